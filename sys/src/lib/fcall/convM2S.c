/*
 * convM2S.c: unpack the bytes of one 9P2000 message into an Fcall,
 * checking everything a peer could get wrong.  The kernel and user
 * space share this file.
 *
 * Strings and data are not copied: the Fcall's pointers point into the
 * caller's buffer.  To give each string its NUL in place, the string's
 * bytes are moved down one byte, over the high byte of its own n[2]
 * count, and the NUL goes where its last byte was:
 *
 *	before:	n0 n1 s0 s1 ... s(n-1)
 *	after:	n0 s0 s1 ... s(n-1) NUL
 *
 * Each string stays inside its own field, so no other field (the next
 * string's count, a perm, walk names, data) is touched, whatever the
 * message type.  The buffer is changed only once the whole message
 * has been checked: when convM2S returns 0 the buffer is as it was.
 * Once changed, the buffer no longer holds a valid message; pack the
 * Fcall again with convS2M to get one.
 */
#include <u.h>
#include <string.h>
#include <fcall.h>

#define HDRSZ	(BIT32SZ+BIT8SZ+BIT16SZ)	/* size[4] type[1] tag[2] */

typedef struct Unpack Unpack;
struct Unpack {
	uchar	*p;	/* next byte to read */
	uchar	*e;	/* end of the message */
	int	bad;	/* something ran past e, or a string was bad */
	int	nstr;	/* strings seen, to be terminated at the end */
	uchar	*str[MAXWELEM];	/* each string's n[2] */
	char	**slot[MAXWELEM];	/* where its pointer goes */
};

/* need: true if n more bytes are there to read; marks u bad if not */
static int
need(Unpack *u, uvlong n)
{
	if(u->bad || n > (uvlong)(u->e - u->p)){
		u->bad = 1;
		return 0;
	}
	return 1;
}

/* g8, g16, g32, g64: the next 1, 2, 4, 8-byte integer (0 if past the end) */
static uint
g8(Unpack *u)
{
	if(!need(u, BIT8SZ))
		return 0;
	return *u->p++;
}

static uint
g16(Unpack *u)
{
	uint v;

	if(!need(u, BIT16SZ))
		return 0;
	v = GBIT16(u->p);
	u->p += BIT16SZ;
	return v;
}

static u32int
g32(Unpack *u)
{
	u32int v;

	if(!need(u, BIT32SZ))
		return 0;
	v = GBIT32(u->p);
	u->p += BIT32SZ;
	return v;
}

static uvlong
g64(Unpack *u)
{
	uvlong v;

	if(!need(u, BIT64SZ))
		return 0;
	v = GBIT64(u->p);
	u->p += BIT64SZ;
	return v;
}

/* gqid: the next qid into q */
static void
gqid(Unpack *u, Qid *q)
{
	q->type = g8(u);
	q->vers = g32(u);
	q->path = g64(u);
}

/*
 * gstring: check the next string (its bytes there, no NUL among them)
 * and note it, to be terminated into *sp once the message checks out.
 */
static void
gstring(Unpack *u, char **sp)
{
	uchar *s;
	uint n, i;

	s = u->p;
	n = g16(u);
	if(!need(u, n))
		return;
	for(i = 0; i < n; i++)
		if(u->p[i] == 0){
			u->bad = 1;
			return;
		}
	u->p += n;
	if(u->nstr >= MAXWELEM){	/* cannot happen: at most MAXWELEM a message */
		u->bad = 1;
		return;
	}
	u->str[u->nstr] = s;
	u->slot[u->nstr] = sp;
	u->nstr++;
}

/* gbytes: point *dp at the next n bytes */
static void
gbytes(Unpack *u, void **dp, uvlong n)
{
	if(!need(u, n))
		return;
	*dp = u->p;
	u->p += n;
}

/* terminate: NUL-terminate every noted string in place (see the top) */
static void
terminate(Unpack *u)
{
	uchar *s;
	uint n;
	int i;

	for(i = 0; i < u->nstr; i++){
		s = u->str[i];
		n = GBIT16(s);
		memmove(s+1, s+2, n);
		s[1+n] = 0;
		*u->slot[i] = (char*)(s+1);
	}
}

/*
 * gstat: Rstat's and Twstat's n[2] stat[n]: n must be what is left of
 * the message, and the stat entry's own size[2] must say n-2.  The
 * entry's inside is for convM2D/statcheck to judge.
 */
static void
gstat(Unpack *u, Fcall *f)
{
	void *d;

	f->nstat = g16(u);
	if(u->bad || f->nstat != u->e - u->p || f->nstat < BIT16SZ
	|| GBIT16(u->p) != f->nstat - BIT16SZ){
		u->bad = 1;
		return;
	}
	d = nil;
	gbytes(u, &d, f->nstat);
	f->stat = d;
}

/*
 * convM2S: unpack the message in buf, which holds exactly one message
 * of nbuf bytes, into f.  Returns nbuf, or 0 if the message is
 * malformed: shorter than its header, size[4] not nbuf, an unknown
 * type (or Terror), more than MAXWELEM walk names or qids, a count or
 * string running past the end, bytes left over, a string holding a
 * NUL, or a stat whose counts disagree.  See the top for what happens
 * to buf.
 */
_Static_assert(__builtin_offsetof(Fcall, iounit) + sizeof(u32int) <= FCALLZERO
	&& __builtin_offsetof(Fcall, data) + sizeof(char*) <= FCALLZERO
	&& __builtin_offsetof(Fcall, aname) + sizeof(char*) <= FCALLZERO
	&& __builtin_offsetof(Fcall, wname) + sizeof(char*) <= FCALLZERO, "FCALLZERO misses a field");

uint
convM2S(uchar *buf, uint nbuf, Fcall *f)
{
	Unpack u;
	void *d;
	int i;

	if(nbuf < HDRSZ || GBIT32(buf) != nbuf)
		return 0;
	memset(f, 0, FCALLZERO);
	memset(&u, 0, sizeof u);
	u.p = buf + BIT32SZ;
	u.e = buf + nbuf;
	f->type = g8(&u);
	f->tag = g16(&u);
	switch(f->type){
	default:
		return 0;
	case Tversion:
	case Rversion:
		f->msize = g32(&u);
		gstring(&u, &f->version);
		break;
	case Tauth:
		f->afid = g32(&u);
		gstring(&u, &f->uname);
		gstring(&u, &f->aname);
		break;
	case Rauth:
		gqid(&u, &f->aqid);
		break;
	case Tattach:
		f->fid = g32(&u);
		f->afid = g32(&u);
		gstring(&u, &f->uname);
		gstring(&u, &f->aname);
		break;
	case Rattach:
		gqid(&u, &f->qid);
		break;
	case Rerror:
		gstring(&u, &f->ename);
		break;
	case Tflush:
		f->oldtag = g16(&u);
		break;
	case Rflush:
	case Rclunk:
	case Rremove:
	case Rwstat:
		break;
	case Twalk:
		f->fid = g32(&u);
		f->newfid = g32(&u);
		f->nwname = g16(&u);
		if(f->nwname > MAXWELEM)
			return 0;
		for(i = 0; i < f->nwname; i++)
			gstring(&u, &f->wname[i]);
		break;
	case Rwalk:
		f->nwqid = g16(&u);
		if(f->nwqid > MAXWELEM)
			return 0;
		for(i = 0; i < f->nwqid; i++)
			gqid(&u, &f->wqid[i]);
		break;
	case Topen:
		f->fid = g32(&u);
		f->mode = g8(&u);
		break;
	case Ropen:
	case Rcreate:
		gqid(&u, &f->qid);
		f->iounit = g32(&u);
		break;
	case Tcreate:
		f->fid = g32(&u);
		gstring(&u, &f->name);
		f->perm = g32(&u);
		f->mode = g8(&u);
		break;
	case Tread:
		f->fid = g32(&u);
		f->offset = g64(&u);
		f->count = g32(&u);
		break;
	case Rread:
		f->count = g32(&u);
		d = nil;
		gbytes(&u, &d, f->count);
		f->data = d;
		break;
	case Twrite:
		f->fid = g32(&u);
		f->offset = g64(&u);
		f->count = g32(&u);
		d = nil;
		gbytes(&u, &d, f->count);
		f->data = d;
		break;
	case Rwrite:
		f->count = g32(&u);
		break;
	case Tclunk:
	case Tremove:
	case Tstat:
		f->fid = g32(&u);
		break;
	case Rstat:
		gstat(&u, f);
		break;
	case Twstat:
		f->fid = g32(&u);
		gstat(&u, f);
		break;
	}
	if(u.bad || u.p != u.e)
		return 0;
	terminate(&u);
	return nbuf;
}
