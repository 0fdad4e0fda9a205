/*
 * strcat: append a string.
 */
#include <u.h>
#include <string.h>

/* Append src to dst; return dst. */
char*
strcat(char *dst, const char *src)
{
	strcpy(dst + strlen(dst), src);
	return dst;
}
