/*
 * sha1.c: SHA-1 (RFC 3174, FIPS 180-4).  The message is taken in
 * 64-byte blocks, each read as sixteen big-endian words and mixed into
 * five words of state in eighty rounds; the end is padded with 0x80,
 * zeros and the length in bits.
 */
#include <u.h>
#include <string.h>
#include <sec.h>
#include "feed.h"

#define ROL(x, n)	((x)<<(n) | (x)>>(32-(n)))

/* block: mix one 64-byte block into the state */
static void
block(u32int h[5], uchar *p)
{
	u32int w[80], a, b, c, d, e, f, k, t;
	int i;

	for(i = 0; i < 16; i++)
		w[i] = (u32int)p[4*i]<<24 | p[4*i+1]<<16 | p[4*i+2]<<8 | p[4*i+3];
	for(; i < 80; i++){
		t = w[i-3] ^ w[i-8] ^ w[i-14] ^ w[i-16];
		w[i] = ROL(t, 1);
	}
	a = h[0];
	b = h[1];
	c = h[2];
	d = h[3];
	e = h[4];
	for(i = 0; i < 80; i++){
		if(i < 20){
			f = (b & c) | (~b & d);
			k = 0x5A827999;
		}else if(i < 40){
			f = b ^ c ^ d;
			k = 0x6ED9EBA1;
		}else if(i < 60){
			f = (b & c) | (b & d) | (c & d);
			k = 0x8F1BBCDC;
		}else{
			f = b ^ c ^ d;
			k = 0xCA62C1D6;
		}
		t = ROL(a, 5) + f + e + k + w[i];
		e = d;
		d = c;
		c = ROL(b, 30);
		b = a;
		a = t;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
}

/* sha1init: the state before any byte */
void
sha1init(Sha1 *s)
{
	s->h[0] = 0x67452301;
	s->h[1] = 0xEFCDAB89;
	s->h[2] = 0x98BADCFE;
	s->h[3] = 0x10325476;
	s->h[4] = 0xC3D2E1F0;
	s->len = 0;
	s->nbuf = 0;
}

/* sha1update: feed n bytes at p */
void
sha1update(Sha1 *s, void *p, usize n)
{
	secfeed(s->h, s->buf, &s->nbuf, &s->len, block, p, n);
}

/* sha1final: pad, and write the 20-byte digest; s is spent */
void
sha1final(Sha1 *s, uchar digest[SHA1dlen])
{
	uchar pad[72];
	uvlong bits;
	int i, n;

	bits = s->len * 8;
	/* 0x80, zeros to 56 mod 64, then the 8-byte length */
	n = s->nbuf < 56 ? 56 - s->nbuf : 120 - s->nbuf;
	memset(pad, 0, n);
	pad[0] = 0x80;
	for(i = 0; i < 8; i++)
		pad[n+i] = bits >> (56 - 8*i);
	sha1update(s, pad, n + 8);
	for(i = 0; i < 20; i++)
		digest[i] = s->h[i/4] >> (24 - 8*(i%4));
}
