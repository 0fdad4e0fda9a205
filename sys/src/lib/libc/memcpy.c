/*
 * memcpy: copy memory that does not overlap.  Shared with the kernel.
 * Written with rep movsb so the compiler cannot turn it into a call
 * to itself.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/* Copy n bytes from src to dst; return dst. */
void*
memcpy(void *dst, const void *src, size_t n)
{
	void *d;

	d = dst;
	__asm__ volatile("rep movsb"
		: "+D"(d), "+S"(src), "+c"(n)
		:
		: "memory");
	return dst;
}
