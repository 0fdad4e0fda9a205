/*
 * memcmp: compare memory.  Shared with the kernel.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/* Compare n bytes as unsigned chars: <0, 0 or >0. */
int
memcmp(const void *a, const void *b, size_t n)
{
	const uchar *p, *q;

	p = a;
	q = b;
	for(; n > 0; n--, p++, q++)
		if(*p != *q)
			return *p - *q;
	return 0;
}
