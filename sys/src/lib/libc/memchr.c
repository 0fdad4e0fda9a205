/*
 * memchr: find a byte in memory.  Shared with the kernel.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/* Return the first of the n bytes at p equal to c, or nil. */
void*
memchr(const void *p, int c, size_t n)
{
	const uchar *s;

	for(s = p; n > 0; n--, s++)
		if(*s == (uchar)c)
			return (void*)s;
	return nil;
}
