/*
 * memmove: copy memory that may overlap.  Shared with the kernel.
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

	d = dst;
	s = src;
	if(d <= s || d >= s + n)
		__asm__ volatile("rep movsb"
			: "+D"(d), "+S"(s), "+c"(n)
			:
			: "memory");
	else if(n > 0){
		d += n - 1;
		s += n - 1;
		__asm__ volatile("std; rep movsb; cld"
			: "+D"(d), "+S"(s), "+c"(n)
			:
			: "memory");
	}
	return dst;
}
