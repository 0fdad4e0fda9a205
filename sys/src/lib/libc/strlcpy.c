/*
 * strlcpy: bounded string copy.  Shared with the kernel.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/*
 * Copy src into dst of size bytes, always terminated when size > 0;
 * return strlen(src), so a result >= size means it was cut.
 */
size_t
strlcpy(char *dst, const char *src, size_t size)
{
	size_t n;

	for(n = 0; src[n] != 0; n++)
		if(n + 1 < size)
			dst[n] = src[n];
	if(size > 0)
		dst[n < size ? n : size - 1] = 0;
	return n;
}
