/*
 * strlen: the length of a string.  Shared with the kernel.
 * Eight bytes a step, in aligned words (so never past the page that
 * holds the NUL), the bytes before s in the first word made nonzero: a
 * word holds a NUL when z = (x - 0x01..01) & ~x & 0x80..80 is not zero,
 * and its lowest set bit marks the first one.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

typedef u64int __attribute__((may_alias)) Word;

enum { Lo = 0x0101010101010101ULL, Hi = 0x8080808080808080ULL };

/* Return the number of bytes before the NUL. */
size_t
strlen(const char *s)
{
	const Word *w;
	u64int x, z;
	int k;

	k = (uintptr)s & 7;
	w = (const Word*)(s - k);
	x = *w | ((1ULL << 8*k) - 1);	/* k = 0: nothing */
	while((z = (x - Lo) & ~x & Hi) == 0)
		x = *++w;
	return (const char*)w - s + (__builtin_ctzll(z) >> 3);
}
