/*
 * strlcat: bounded string concatenation.
 */
#include <u.h>
#include <string.h>

/*
 * Append src to dst, a buffer of size bytes, keeping it terminated;
 * return the length the whole result would have.
 */
size_t
strlcat(char *dst, const char *src, size_t size)
{
	size_t n;

	n = strnlen(dst, size);
	if(n == size)
		return n + strlen(src);
	return n + strlcpy(dst + n, src, size - n);
}
