/*
 * strcpy: copy a string.
 */
#include <u.h>
#include <string.h>

/* Copy src, with its NUL, to dst; return dst. */
char*
strcpy(char *dst, const char *src)
{
	char *d;

	for(d = dst; (*d = *src) != 0; d++, src++)
		;
	return dst;
}
