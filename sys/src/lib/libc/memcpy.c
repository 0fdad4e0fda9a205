/*
 * memcpy: copy memory that does not overlap.  Shared with the kernel.
 * Eight bytes a step with rep movsq, the rest with rep movsb: one
 * instruction for every eight bytes matters under emulation (QEMU
 * counts each step of a rep as an instruction).  Written in asm so
 * the compiler cannot turn it into a call to itself.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/* Copy n bytes from src to dst; return dst. */
void*
memcpy(void *dst, const void *src, size_t n)
{
	void *d;
	size_t q, r;

	d = dst;
	q = n >> 3;
	r = n & 7;
	__asm__ volatile("rep movsq; mov %3, %%rcx; rep movsb"
		: "+D"(d), "+S"(src), "+c"(q)
		: "r"(r)
		: "memory");
	return dst;
}
