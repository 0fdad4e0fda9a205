/*
 * md5.c: MD5 (RFC 1321).  As SHA-1, 64-byte blocks mixed into the
 * state, but the words are little-endian, there are four of them and
 * 64 rounds of four kinds, each adding a constant from a sine table
 * and rotating by an amount from a fixed list.
 */
#include <u.h>
#include <string.h>
#include <sec.h>
#include "feed.h"

#define ROL(x, n)	((x)<<(n) | (x)>>(32-(n)))

/* T[i] = floor(abs(sin(i+1)) * 2^32), RFC 1321 section 3.4 */
static u32int T[64] = {
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
	0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
	0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
	0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
	0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
	0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

/* the rotations of each round, four per group of sixteen */
static int S[4][4] = {
	{7, 12, 17, 22},
	{5, 9, 14, 20},
	{4, 11, 16, 23},
	{6, 10, 15, 21},
};

/* block: mix one 64-byte block into the state */
static void
block(u32int h[4], uchar *p)
{
	u32int x[16], a, b, c, d, f, t;
	int i, g, r;

	for(i = 0; i < 16; i++)
		x[i] = p[4*i] | p[4*i+1]<<8 | p[4*i+2]<<16 | (u32int)p[4*i+3]<<24;
	a = h[0];
	b = h[1];
	c = h[2];
	d = h[3];
	for(i = 0; i < 64; i++){
		r = i / 16;
		switch(r){
		case 0:
			f = (b & c) | (~b & d);
			g = i;
			break;
		case 1:
			f = (b & d) | (c & ~d);
			g = (5*i + 1) % 16;
			break;
		case 2:
			f = b ^ c ^ d;
			g = (3*i + 5) % 16;
			break;
		default:
			f = c ^ (b | ~d);
			g = (7*i) % 16;
			break;
		}
		t = a + f + T[i] + x[g];
		a = d;
		d = c;
		c = b;
		b += ROL(t, S[r][i%4]);
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
}

/* md5init: the state before any byte */
void
md5init(Md5 *s)
{
	s->h[0] = 0x67452301;
	s->h[1] = 0xefcdab89;
	s->h[2] = 0x98badcfe;
	s->h[3] = 0x10325476;
	s->len = 0;
	s->nbuf = 0;
}

/* md5update: feed n bytes at p */
void
md5update(Md5 *s, void *p, usize n)
{
	secfeed(s->h, s->buf, &s->nbuf, &s->len, block, p, n);
}

/* md5final: pad (the length little-endian), write the 16-byte digest */
void
md5final(Md5 *s, uchar digest[MD5dlen])
{
	uchar pad[72];
	uvlong bits;
	int i, n;

	bits = s->len * 8;
	n = s->nbuf < 56 ? 56 - s->nbuf : 120 - s->nbuf;
	memset(pad, 0, n);
	pad[0] = 0x80;
	for(i = 0; i < 8; i++)
		pad[n+i] = bits >> (8*i);
	md5update(s, pad, n + 8);
	for(i = 0; i < 16; i++)
		digest[i] = s->h[i/4] >> (8*(i%4));
}
