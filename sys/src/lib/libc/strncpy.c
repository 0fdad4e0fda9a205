/*
 * strncpy: copy a string into a fixed-size field.
 */
#include <u.h>
#include <string.h>

/* Copy at most n bytes of src to dst and pad with NULs to n; return dst. */
char*
strncpy(char *dst, const char *src, size_t n)
{
	size_t i;

	for(i = 0; i < n && src[i] != 0; i++)
		dst[i] = src[i];
	for(; i < n; i++)
		dst[i] = 0;
	return dst;
}
