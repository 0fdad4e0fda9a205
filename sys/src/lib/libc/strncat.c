/*
 * strncat: append at most n bytes of a string.
 */
#include <u.h>
#include <string.h>

/* Append at most n bytes of src to dst, then a NUL; return dst. */
char*
strncat(char *dst, const char *src, size_t n)
{
	char *d;

	d = dst + strlen(dst);
	for(; n > 0 && *src != 0; n--)
		*d++ = *src++;
	*d = 0;
	return dst;
}
