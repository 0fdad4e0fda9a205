/*
 * convD2M.c: pack a Dir into 9P2000 stat bytes.
 */
#include <u.h>
#include <string.h>
#include <fcall.h>

#define PUT2(p, v)	((p)[0] = (v), (p)[1] = (v)>>8)
#define PUT4(p, v)	(PUT2(p, v), PUT2((p)+2, (v)>>16))
#define PUT8(p, v)	(PUT4(p, v), PUT4((p)+4, (uvlong)(v)>>32))

static uint
slen(char *s)
{
	return s == nil ? 0 : strlen(s);
}

/* sizeD2M: the size of d's stat entry, counting its own size field */
uint
sizeD2M(Dir *d)
{
	return STATFIXLEN + slen(d->name) + slen(d->uid) + slen(d->gid) + slen(d->muid);
}

static uchar*
putstr(uchar *p, char *s)
{
	uint n;

	n = slen(s);
	PUT2(p, n);
	if(n)
		memmove(p+2, s, n);
	return p + 2 + n;
}

/* convD2M: write d into buf; the bytes used, or 0 if buf is too small */
uint
convD2M(Dir *d, uchar *buf, uint nbuf)
{
	uint n;
	uchar *p;

	n = sizeD2M(d);
	if(n > nbuf || n > STATMAX)
		return 0;
	p = buf;
	PUT2(p, n-BIT16SZ); p += 2;
	PUT2(p, d->type); p += 2;
	PUT4(p, d->dev); p += 4;
	*p++ = d->qid.type;
	PUT4(p, d->qid.vers); p += 4;
	PUT8(p, d->qid.path); p += 8;
	PUT4(p, d->mode); p += 4;
	PUT4(p, d->atime); p += 4;
	PUT4(p, d->mtime); p += 4;
	PUT8(p, d->length); p += 8;
	p = putstr(p, d->name);
	p = putstr(p, d->uid);
	p = putstr(p, d->gid);
	p = putstr(p, d->muid);
	return p - buf;
}
