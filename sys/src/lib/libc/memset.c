/*
 * memset: fill memory with a byte.  Shared with the kernel.
 * Eight bytes a step with rep stosq, the rest with rep stosb (see
 * memcpy.c).  Written in asm so the compiler cannot turn it into a
 * call to itself.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/* Set n bytes at p to c; return p. */
void*
memset(void *p, int c, size_t n)
{
	void *d;
	size_t q, r;
	u64int v;

	d = p;
	q = n >> 3;
	r = n & 7;
	v = (uchar)c * 0x0101010101010101ULL;
	__asm__ volatile("rep stosq; mov %3, %%rcx; rep stosb"
		: "+D"(d), "+c"(q)
		: "a"(v), "r"(r)
		: "memory");
	return p;
}
