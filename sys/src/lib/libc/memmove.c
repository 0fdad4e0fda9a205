/*
 * memmove: copy memory that may overlap.  Shared with the kernel.
 * Forwards eight bytes a step (see memcpy.c); backwards, when dst is
 * above src and they overlap, a byte at a time.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/* Copy n bytes from src to dst, backwards when dst is above src; return dst. */
void*
memmove(void *dst, const void *src, size_t n)
{
	uchar *d;
	const uchar *s;
	size_t q, r;

	d = dst;
	s = src;
	if(d <= s || d >= s + n){
		q = n >> 3;
		r = n & 7;
		__asm__ volatile("rep movsq; mov %3, %%rcx; rep movsb"
			: "+D"(d), "+S"(s), "+c"(q)
			: "r"(r)
			: "memory");
	}else if(n > 0){
		d += n - 1;
		s += n - 1;
		__asm__ volatile("std; rep movsb; cld"
			: "+D"(d), "+S"(s), "+c"(n)
			:
			: "memory");
	}
	return dst;
}
