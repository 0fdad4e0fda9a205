/*
 * memset: fill memory with a byte.  Shared with the kernel.
 * Written with rep stosb so the compiler cannot turn it into a call
 * to itself.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/* Set n bytes at p to c; return p. */
void*
memset(void *p, int c, size_t n)
{
	void *d;

	d = p;
	__asm__ volatile("rep stosb"
		: "+D"(d), "+c"(n)
		: "a"(c)
		: "memory");
	return p;
}
