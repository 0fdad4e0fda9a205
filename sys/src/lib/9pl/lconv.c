/*
 * lconv.c: pack and unpack 9P2000.L messages (convL2M, convM2L) and
 * the entries of Rreaddir (ldirent).  One description of each
 * message's layout (layout()) serves both directions: a Cursor either
 * puts the Lcall's fields into the buffer or gets them out of it, and
 * every get is checked against the end of the message (and strings
 * for NULs inside), so any bytes a peer sends either unpack or are
 * refused with 0.
 */
#include <u.h>
#include <string.h>
#include <fcall.h>
#include <9pl.h>

typedef struct Cursor Cursor;
struct Cursor {
	uchar	*p;	/* next byte */
	uchar	*e;	/* end of the buffer (put) or message (get) */
	int	put;	/* 1: pack, 0: unpack */
	int	bad;	/* ran past e, or a field is out of range */
	char	*s;	/* unpack: where the next string's copy goes */
};

/* room: n more bytes fit; marks c bad if not */
static int
room(Cursor *c, uint n)
{
	if(c->bad || (uint)(c->e - c->p) < n){
		c->bad = 1;
		return 0;
	}
	return 1;
}

static void
x8(Cursor *c, uchar *v)
{
	if(!room(c, 1))
		return;
	if(c->put)
		PBIT8(c->p, *v);
	else
		*v = GBIT8(c->p);
	c->p += 1;
}

static void
x16(Cursor *c, ushort *v)
{
	if(!room(c, 2))
		return;
	if(c->put)
		PBIT16(c->p, *v);
	else
		*v = GBIT16(c->p);
	c->p += 2;
}

static void
x32(Cursor *c, u32int *v)
{
	if(!room(c, 4))
		return;
	if(c->put)
		PBIT32(c->p, *v);
	else
		*v = GBIT32(c->p);
	c->p += 4;
}

static void
x64(Cursor *c, uvlong *v)
{
	if(!room(c, 8))
		return;
	if(c->put)
		PBIT64(c->p, *v);
	else
		*v = GBIT64(c->p);
	c->p += 8;
}

static void
xqid(Cursor *c, Qid *q)
{
	u32int v;

	x8(c, &q->type);
	v = q->vers;
	x32(c, &v);
	q->vers = v;
	x64(c, &q->path);
}

/* xstr: a string n[2] s[n]; unpacked into a NUL-terminated copy */
static void
xstr(Cursor *c, char **s)
{
	ushort n;
	size_t len;

	if(c->put){
		len = *s ? strlen(*s) : 0;
		if(len > 0xFFFF){
			c->bad = 1;
			return;
		}
		n = len;
		x16(c, &n);
		if(room(c, n)){
			memmove(c->p, *s, n);
			c->p += n;
		}
		return;
	}
	x16(c, &n);
	if(!room(c, n))
		return;
	if(memchr(c->p, 0, n) != nil){	/* a NUL inside: not a string */
		c->bad = 1;
		return;
	}
	memmove(c->s, c->p, n);
	c->s[n] = 0;
	*s = c->s;
	c->s += n + 1;
	c->p += n;
}

/* xdata: count[4] then count bytes, which stay in the message */
static void
xdata(Cursor *c, u32int *count, uchar **data)
{
	x32(c, count);
	if(!room(c, *count))
		return;
	if(c->put){
		if(*count > 0)
			memmove(c->p, *data, *count);
	}else
		*data = c->p;
	c->p += *count;
}

static void
xattr(Cursor *c, Lattr *a)
{
	x64(c, &a->valid);
	xqid(c, &a->qid);
	x32(c, &a->mode);
	x32(c, &a->uid);
	x32(c, &a->gid);
	x64(c, &a->nlink);
	x64(c, &a->rdev);
	x64(c, &a->size);
	x64(c, &a->blksize);
	x64(c, &a->blocks);
	x64(c, &a->atime);
	x64(c, &a->atimens);
	x64(c, &a->mtime);
	x64(c, &a->mtimens);
	x64(c, &a->ctime);
	x64(c, &a->ctimens);
	x64(c, &a->btime);
	x64(c, &a->btimens);
	x64(c, &a->gen);
	x64(c, &a->dataversion);
}

static void
xsetattr(Cursor *c, Lattr *a)
{
	u32int v;

	v = a->valid;
	x32(c, &v);
	a->valid = v;
	x32(c, &a->mode);
	x32(c, &a->uid);
	x32(c, &a->gid);
	x64(c, &a->size);
	x64(c, &a->atime);
	x64(c, &a->atimens);
	x64(c, &a->mtime);
	x64(c, &a->mtimens);
}

/* layout: the fields after size[4] type[1] tag[2]; 0, or -1 for a type
   this library does not know */
static int
layout(Cursor *c, Lcall *f)
{
	int i;

	switch(f->type){
	default:
		return -1;
	case Tversion:
	case Rversion:
		x32(c, &f->msize);
		xstr(c, &f->version);
		break;
	case Tattach:
		x32(c, &f->fid);
		x32(c, &f->afid);
		xstr(c, &f->uname);
		xstr(c, &f->aname);
		x32(c, &f->nuname);
		break;
	case Rattach:
	case Rmkdir:
		xqid(c, &f->qid);
		break;
	case Rlerror:
		x32(c, &f->ecode);
		break;
	case Tflush:
		x16(c, &f->oldtag);
		break;
	case Twalk:
		x32(c, &f->fid);
		x32(c, &f->newfid);
		x16(c, &f->nwname);
		if(f->nwname > MAXWELEM){
			c->bad = 1;
			break;
		}
		for(i = 0; i < f->nwname; i++)
			xstr(c, &f->wname[i]);
		break;
	case Rwalk:
		x16(c, &f->nwqid);
		if(f->nwqid > MAXWELEM){
			c->bad = 1;
			break;
		}
		for(i = 0; i < f->nwqid; i++)
			xqid(c, &f->wqid[i]);
		break;
	case Tread:
	case Treaddir:
		x32(c, &f->fid);
		x64(c, &f->offset);
		x32(c, &f->count);
		break;
	case Rread:
	case Rreaddir:
		xdata(c, &f->count, &f->data);
		break;
	case Twrite:
		x32(c, &f->fid);
		x64(c, &f->offset);
		xdata(c, &f->count, &f->data);
		break;
	case Rwrite:
		x32(c, &f->count);
		break;
	case Tclunk:
	case Tremove:
	case Tstatfs:
		x32(c, &f->fid);
		break;
	case Tfsync:
		x32(c, &f->fid);
		x32(c, &f->datasync);
		break;
	case Rflush:
	case Rclunk:
	case Rremove:
	case Rsetattr:
	case Rrename:
	case Rrenameat:
	case Runlinkat:
	case Rfsync:
		break;
	case Tlopen:
		x32(c, &f->fid);
		x32(c, &f->flags);
		break;
	case Rlopen:
	case Rlcreate:
		xqid(c, &f->qid);
		x32(c, &f->iounit);
		break;
	case Tlcreate:
		x32(c, &f->fid);
		xstr(c, &f->name);
		x32(c, &f->flags);
		x32(c, &f->mode);
		x32(c, &f->gid);
		break;
	case Tmkdir:
		x32(c, &f->fid);
		xstr(c, &f->name);
		x32(c, &f->mode);
		x32(c, &f->gid);
		break;
	case Tgetattr:
		x32(c, &f->fid);
		x64(c, &f->mask);
		break;
	case Rgetattr:
		xattr(c, &f->attr);
		break;
	case Tsetattr:
		x32(c, &f->fid);
		xsetattr(c, &f->attr);
		break;
	case Trename:
		x32(c, &f->fid);
		x32(c, &f->newfid);
		xstr(c, &f->name);
		break;
	case Trenameat:
		x32(c, &f->fid);
		xstr(c, &f->name);
		x32(c, &f->newfid);
		xstr(c, &f->newname);
		break;
	case Tunlinkat:
		x32(c, &f->fid);
		xstr(c, &f->name);
		x32(c, &f->flags);
		break;
	case Rstatfs:
		x32(c, &f->statfs.type);
		x32(c, &f->statfs.bsize);
		x64(c, &f->statfs.blocks);
		x64(c, &f->statfs.bfree);
		x64(c, &f->statfs.bavail);
		x64(c, &f->statfs.files);
		x64(c, &f->statfs.ffree);
		x64(c, &f->statfs.fsid);
		x32(c, &f->statfs.namelen);
		break;
	}
	return 0;
}

/*
 * convL2M: pack f into buf; the message's size, or 0 if it does not
 * fit in nbuf or f's type is not one this library knows.
 */
uint
convL2M(Lcall *f, uchar *buf, uint nbuf)
{
	Cursor c;
	uint n;

	if(nbuf < 7)
		return 0;
	memset(&c, 0, sizeof c);
	c.put = 1;
	c.p = buf + 7;
	c.e = buf + nbuf;
	if(layout(&c, f) < 0 || c.bad)
		return 0;
	n = c.p - buf;
	PBIT32(buf, n);
	PBIT8(buf+4, f->type);
	PBIT16(buf+5, f->tag);
	return n;
}

/*
 * convM2L: unpack the message at buf (nbuf bytes, at least its
 * size[4]) into f; strings are copied into strs, which must have room
 * for nbuf bytes.  The message's size, or 0 if it is malformed: short,
 * a size that disagrees, a count past the end, bytes left over, or a
 * type this library does not know.
 */
uint
convM2L(uchar *buf, uint nbuf, Lcall *f, char *strs)
{
	Cursor c;
	uint n;

	if(nbuf < 7)
		return 0;
	n = GBIT32(buf);
	if(n < 7 || n > nbuf)
		return 0;
	memset(f, 0, sizeof *f);
	f->type = buf[4];
	f->tag = GBIT16(buf+5);
	memset(&c, 0, sizeof c);
	c.p = buf + 7;
	c.e = buf + n;
	c.s = strs;
	if(layout(&c, f) < 0 || c.bad || c.p != c.e)
		return 0;
	return n;
}

/*
 * ldirent: unpack the directory entry at *pp (before e) into d, its
 * name copied into name (nname bytes, so at most nname-1 of it) and
 * *pp moved past it.  1, 0 at e, -1 if the entry is malformed or its
 * name too long or holds a NUL or a slash.
 */
int
ldirent(uchar **pp, uchar *e, Ldirent *d, char *name, uint nname)
{
	Cursor c;
	ushort n;

	if(*pp >= e)
		return 0;
	memset(&c, 0, sizeof c);
	c.p = *pp;
	c.e = e;
	xqid(&c, &d->qid);
	x64(&c, &d->offset);
	x8(&c, &d->type);
	x16(&c, &n);
	if(c.bad || n >= nname || !room(&c, n) || n == 0)
		return -1;
	memmove(name, c.p, n);
	name[n] = 0;
	if(strlen(name) != n || strchr(name, '/') != nil)
		return -1;
	d->name = name;
	*pp = c.p + n;
	return 1;
}
