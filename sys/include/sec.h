/*
 * sec.h: libsec, message digests for sha1sum and md5sum: SHA-1 (RFC
 * 3174) and MD5 (RFC 1321).  Pure functions over memory: init a
 * state, feed it any number of pieces, and final gives the digest.
 * See sec(2).  Needs u.h.
 */
#ifndef SEC_H
#define SEC_H

enum {
	SHA1dlen	= 20,	/* digest lengths in bytes */
	MD5dlen		= 16,
};

typedef struct Sha1 Sha1;
struct Sha1 {
	u32int	h[5];
	uvlong	len;		/* bytes fed so far */
	uchar	buf[64];	/* a block not yet whole */
	int	nbuf;
};

typedef struct Md5 Md5;
struct Md5 {
	u32int	h[4];
	uvlong	len;
	uchar	buf[64];
	int	nbuf;
};

void	sha1init(Sha1 *s);
void	sha1update(Sha1 *s, void *p, usize n);
void	sha1final(Sha1 *s, uchar digest[SHA1dlen]);
void	md5init(Md5 *s);
void	md5update(Md5 *s, void *p, usize n);
void	md5final(Md5 *s, uchar digest[MD5dlen]);

#endif
