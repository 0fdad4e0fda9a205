/*
 * convM2D.c: unpack and check 9P2000 stat bytes.
 */
#include <u.h>
#include <string.h>
#include <fcall.h>

#define GET2(p)	((uint)(p)[0] | (uint)(p)[1]<<8)
#define GET4(p)	(GET2(p) | (ulong)GET2((p)+2)<<16)
#define GET8(p)	(GET4(p) | (uvlong)GET4((p)+4)<<32)

/* statcheck: 0 if buf holds exactly one well-formed stat entry, else -1 */
int
statcheck(uchar *buf, uint nbuf)
{
	uchar *p, *e;
	int i;

	if(nbuf < STATFIXLEN || GET2(buf) != nbuf-BIT16SZ)
		return -1;
	p = buf + STATFIXLEN - 4*BIT16SZ;
	e = buf + nbuf;
	for(i = 0; i < 4; i++){
		if(p + BIT16SZ > e)
			return -1;
		p += BIT16SZ + GET2(p);
		if(p > e)
			return -1;
	}
	return p == e ? 0 : -1;
}

static uchar*
getstr(uchar *p, char **sp, char **strs)
{
	uint n;

	n = GET2(p);
	p += BIT16SZ;
	if(*strs == nil){
		*sp = nil;
		return p + n;
	}
	memmove(*strs, p, n);
	(*strs)[n] = 0;
	*sp = *strs;
	*strs += n + 1;
	return p + n;
}

/*
 * convM2D: unpack the stat entry in buf into d; the strings go into
 * strs, which must hold nbuf bytes (nil: leave the strings out).
 * Returns the bytes used, or 0 if the entry is malformed.
 */
uint
convM2D(uchar *buf, uint nbuf, Dir *d, char *strs)
{
	uchar *p;
	uint n;

	if(nbuf < BIT16SZ)
		return 0;
	n = GET2(buf) + BIT16SZ;
	if(n > nbuf || statcheck(buf, n) < 0)
		return 0;
	p = buf + BIT16SZ;
	d->type = GET2(p); p += 2;
	d->dev = GET4(p); p += 4;
	d->qid.type = *p++;
	d->qid.vers = GET4(p); p += 4;
	d->qid.path = GET8(p); p += 8;
	d->mode = GET4(p); p += 4;
	d->atime = GET4(p); p += 4;
	d->mtime = GET4(p); p += 4;
	d->length = GET8(p); p += 8;
	p = getstr(p, &d->name, &strs);
	p = getstr(p, &d->uid, &strs);
	p = getstr(p, &d->gid, &strs);
	p = getstr(p, &d->muid, &strs);
	return n;
}
