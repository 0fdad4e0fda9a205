/*
 * convS2M.c: pack an Fcall into the bytes of one 9P2000 message,
 * laid out as intro(5) says: size[4] type[1] tag[2], then the fields
 * of the type, little-endian, strings as n[2] and n bytes (no NUL).
 * A nil string packs as the empty string.  The kernel and user space
 * share this file.
 */
#include <u.h>
#include <string.h>
#include <fcall.h>

#define HDRSZ	(BIT32SZ+BIT8SZ+BIT16SZ)	/* size[4] type[1] tag[2] */
#define BAD	((uvlong)~0ULL)

/* ssize: the wire size of string s, n[2] and its bytes; BAD if too long */
static uvlong
ssize(char *s)
{
	usize n;

	if(s == nil)
		return BIT16SZ;
	n = strlen(s);
	if(n > 0xFFFF)
		return BAD;
	return BIT16SZ + n;
}

/* add: a+b, where BAD in either stays BAD */
static uvlong
add(uvlong a, uvlong b)
{
	if(a == BAD || b == BAD)
		return BAD;
	return a + b;
}

/*
 * msgsize: the whole message's size, counting size[4], or BAD if f
 * cannot be packed (unknown type, too many walk elements, a string
 * over 65535 bytes, data or stat missing, more than 4G in all).
 */
static uvlong
msgsize(Fcall *f)
{
	uvlong n;
	int i;

	n = HDRSZ;
	switch(f->type){
	default:
		return BAD;
	case Tversion:
	case Rversion:
		n = add(n + BIT32SZ, ssize(f->version));
		break;
	case Tauth:
		n = add(add(n + BIT32SZ, ssize(f->uname)), ssize(f->aname));
		break;
	case Rauth:
	case Rattach:
		n += QIDSZ;
		break;
	case Tattach:
		n = add(add(n + 2*BIT32SZ, ssize(f->uname)), ssize(f->aname));
		break;
	case Rerror:
		n = add(n, ssize(f->ename));
		break;
	case Tflush:
		n += BIT16SZ;
		break;
	case Rflush:
	case Rclunk:
	case Rremove:
	case Rwstat:
		break;
	case Twalk:
		if(f->nwname > MAXWELEM)
			return BAD;
		n += 2*BIT32SZ + BIT16SZ;
		for(i = 0; i < f->nwname; i++)
			n = add(n, ssize(f->wname[i]));
		break;
	case Rwalk:
		if(f->nwqid > MAXWELEM)
			return BAD;
		n += BIT16SZ + (uvlong)f->nwqid*QIDSZ;
		break;
	case Topen:
		n += BIT32SZ + BIT8SZ;
		break;
	case Ropen:
	case Rcreate:
		n += QIDSZ + BIT32SZ;
		break;
	case Tcreate:
		n = add(n + BIT32SZ, ssize(f->name));
		n = add(n, BIT32SZ + BIT8SZ);
		break;
	case Tread:
		n += BIT32SZ + BIT64SZ + BIT32SZ;
		break;
	case Rread:
		if(f->data == nil && f->count > 0)
			return BAD;
		n += BIT32SZ + (uvlong)f->count;
		break;
	case Twrite:
		if(f->data == nil && f->count > 0)
			return BAD;
		n += BIT32SZ + BIT64SZ + BIT32SZ + (uvlong)f->count;
		break;
	case Rwrite:
		n += BIT32SZ;
		break;
	case Tclunk:
	case Tremove:
	case Tstat:
		n += BIT32SZ;
		break;
	case Rstat:
		if(f->stat == nil && f->nstat > 0)
			return BAD;
		n += BIT16SZ + f->nstat;
		break;
	case Twstat:
		if(f->stat == nil && f->nstat > 0)
			return BAD;
		n += BIT32SZ + BIT16SZ + f->nstat;
		break;
	}
	if(n == BAD || n > 0xFFFFFFFFULL)
		return BAD;
	return n;
}

/* sizeS2M: the bytes convS2M needs for f, or 0 if f cannot be packed */
uint
sizeS2M(Fcall *f)
{
	uvlong n;

	n = msgsize(f);
	return n == BAD ? 0 : (uint)n;
}

/* pstring: put string s (nil: empty) at p; returns the next byte */
static uchar*
pstring(uchar *p, char *s)
{
	uint n;

	n = s == nil ? 0 : strlen(s);
	PBIT16(p, n);
	p += BIT16SZ;
	if(n > 0)
		memmove(p, s, n);
	return p + n;
}

/* pqid: put qid q at p; returns the next byte */
static uchar*
pqid(uchar *p, Qid *q)
{
	PBIT8(p, q->type);
	PBIT32(p+1, (u32int)q->vers);
	PBIT64(p+5, q->path);
	return p + QIDSZ;
}

/* pbytes: put n bytes from d at p; returns the next byte */
static uchar*
pbytes(uchar *p, void *d, uint n)
{
	if(n > 0)
		memmove(p, d, n);
	return p + n;
}

/*
 * convS2M: pack f into buf, which has room for nbuf bytes.  Returns
 * the message's size (the bytes used), or 0 if buf is too small or f
 * cannot be packed.  Nothing is written when 0 is returned.
 */
uint
convS2M(Fcall *f, uchar *buf, uint nbuf)
{
	uvlong size;
	uchar *p;
	int i;

	size = msgsize(f);
	if(size == BAD || size > nbuf)
		return 0;
	p = buf;
	PBIT32(p, (u32int)size);
	PBIT8(p+4, f->type);
	PBIT16(p+5, f->tag);
	p += HDRSZ;
	switch(f->type){
	case Tversion:
	case Rversion:
		PBIT32(p, f->msize);
		p = pstring(p+BIT32SZ, f->version);
		break;
	case Tauth:
		PBIT32(p, f->afid);
		p = pstring(p+BIT32SZ, f->uname);
		p = pstring(p, f->aname);
		break;
	case Rauth:
		p = pqid(p, &f->aqid);
		break;
	case Tattach:
		PBIT32(p, f->fid);
		PBIT32(p+4, f->afid);
		p = pstring(p+2*BIT32SZ, f->uname);
		p = pstring(p, f->aname);
		break;
	case Rattach:
		p = pqid(p, &f->qid);
		break;
	case Rerror:
		p = pstring(p, f->ename);
		break;
	case Tflush:
		PBIT16(p, f->oldtag);
		p += BIT16SZ;
		break;
	case Rflush:
	case Rclunk:
	case Rremove:
	case Rwstat:
		break;
	case Twalk:
		PBIT32(p, f->fid);
		PBIT32(p+4, f->newfid);
		PBIT16(p+8, f->nwname);
		p += 2*BIT32SZ + BIT16SZ;
		for(i = 0; i < f->nwname; i++)
			p = pstring(p, f->wname[i]);
		break;
	case Rwalk:
		PBIT16(p, f->nwqid);
		p += BIT16SZ;
		for(i = 0; i < f->nwqid; i++)
			p = pqid(p, &f->wqid[i]);
		break;
	case Topen:
		PBIT32(p, f->fid);
		PBIT8(p+4, f->mode);
		p += BIT32SZ + BIT8SZ;
		break;
	case Ropen:
	case Rcreate:
		p = pqid(p, &f->qid);
		PBIT32(p, f->iounit);
		p += BIT32SZ;
		break;
	case Tcreate:
		PBIT32(p, f->fid);
		p = pstring(p+BIT32SZ, f->name);
		PBIT32(p, f->perm);
		PBIT8(p+4, f->mode);
		p += BIT32SZ + BIT8SZ;
		break;
	case Tread:
		PBIT32(p, f->fid);
		PBIT64(p+4, f->offset);
		PBIT32(p+12, f->count);
		p += BIT32SZ + BIT64SZ + BIT32SZ;
		break;
	case Rread:
		PBIT32(p, f->count);
		p = pbytes(p+BIT32SZ, f->data, f->count);
		break;
	case Twrite:
		PBIT32(p, f->fid);
		PBIT64(p+4, f->offset);
		PBIT32(p+12, f->count);
		p = pbytes(p+BIT32SZ+BIT64SZ+BIT32SZ, f->data, f->count);
		break;
	case Rwrite:
		PBIT32(p, f->count);
		p += BIT32SZ;
		break;
	case Tclunk:
	case Tremove:
	case Tstat:
		PBIT32(p, f->fid);
		p += BIT32SZ;
		break;
	case Rstat:
		PBIT16(p, f->nstat);
		p = pbytes(p+BIT16SZ, f->stat, f->nstat);
		break;
	case Twstat:
		PBIT32(p, f->fid);
		PBIT16(p+4, f->nstat);
		p = pbytes(p+BIT32SZ+BIT16SZ, f->stat, f->nstat);
		break;
	}
	if(p - buf != size)
		return 0;	/* cannot happen: msgsize and this switch agree */
	return (uint)size;
}
