/*
 * feed.c: what MD5 and SHA-1 share: bytes gathered into 64-byte
 * blocks, each whole one handed to the digest's block function.
 */
#include <u.h>
#include <string.h>
#include <sec.h>
#include "feed.h"

/*
 * secfeed: n bytes at p into the digest whose state is h, with buf
 * (nbuf bytes of a block not yet whole) and len (bytes fed so far)
 */
void
secfeed(u32int *h, uchar buf[64], int *nbuf, uvlong *len, void (*block)(u32int*, uchar*), void *p, usize n)
{
	uchar *b;
	usize m;

	b = p;
	*len += n;
	if(*nbuf > 0){
		m = 64 - *nbuf;
		if(m > n)
			m = n;
		memmove(buf + *nbuf, b, m);
		*nbuf += m;
		b += m;
		n -= m;
		if(*nbuf < 64)
			return;
		block(h, buf);
		*nbuf = 0;
	}
	for(; n >= 64; n -= 64, b += 64)
		block(h, b);
	memmove(buf, b, n);
	*nbuf = n;
}
