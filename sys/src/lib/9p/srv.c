/*
 * srv.c: the main loop of a 9P server and the library's half of each
 * T-message: checks, fid bookkeeping, defaults for nil callbacks.
 * The reply side is in respond.c.
 */
#include <u.h>
#include <libc.h>
#include <9p.h>
#include "impl.h"

enum {
	MINMSIZE = 256,	/* smaller than this, a Tversion is refused */
};

static char Eunknownfid[] = "unknown fid";
static char Edupfid[] = "duplicate fid";
static char Eopen[] = "fid already open";
static char Enotread[] = "fid not open for reading";
static char Enotwrite[] = "fid not open for writing";
static char Enoauth[] = "authentication not required";
static char Ebadname[] = "bad file name";

/* chat: print f on fd 2, prefixed by dir ("<-" or "->"), if s->chatty */
static void
chat(Srv *s, char *dir, Fcall *f)
{
	char buf[256];

	if(!s->chatty)
		return;
	fcallfmt(buf, sizeof buf, f);
	fprint(2, "%s %s\n", dir, buf);
}

/* sendreply: pack f and write it as one message; too big becomes an Rerror */
void
sendreply(Srv *s, Fcall *f)
{
	Fcall e;
	uint n;

	chat(s, "->", f);
	n = convS2M(f, s->wbuf, s->msize);
	if(n == 0){
		memset(&e, 0, sizeof e);
		e.type = Rerror;
		e.tag = f->tag;
		e.ename = "reply too large";
		n = convS2M(&e, s->wbuf, s->msize);
		if(n == 0)
			return;
	}
	write(s->outfd, s->wbuf, n);
}

/* rerror: answer tag with an Rerror, outside any Req */
static void
rerror(Srv *s, ushort tag, char *err)
{
	Fcall f;

	memset(&f, 0, sizeof f);
	f.type = Rerror;
	f.tag = tag;
	f.ename = err;
	sendreply(s, &f);
}

/* sversion: negotiate msize and version, and start a new session */
static void
sversion(Srv *s, Req *r)
{
	Fcall *f;

	f = &r->ifcall;
	r->ofcall.msize = f->msize < MSIZE ? f->msize : MSIZE;
	if(f->msize < MINMSIZE){
		respond(r, "msize too small");
		return;
	}
	if(strncmp(f->version, VERSION9P, strlen(VERSION9P)) == 0){
		r->ofcall.version = VERSION9P;
		s->msize = r->ofcall.msize;
	}else
		r->ofcall.version = "unknown";
	respond(r, nil);
}

/* sauth: a new auth fid, for srv->auth to handle */
static void
sauth(Srv *s, Req *r)
{
	Fid *f;

	if(s->auth == nil){
		respond(r, Enoauth);
		return;
	}
	if((f = allocfid(s, r->ifcall.afid)) == nil){
		respond(r, Edupfid);
		return;
	}
	incfid(f);
	r->newfid = f;
	setfiduid(f, r->ifcall.uname);
	f->qid.type = QTAUTH;
	r->ofcall.aqid = f->qid;
	s->auth(r);
}

/* sattach: a new fid for the root of the tree */
static void
sattach(Srv *s, Req *r)
{
	Fid *f;

	if((f = allocfid(s, r->ifcall.fid)) == nil){
		respond(r, Edupfid);
		return;
	}
	incfid(f);
	incfid(f);
	r->fid = r->newfid = f;
	setfiduid(f, r->ifcall.uname);
	if(r->ifcall.afid != NOFID){
		if(s->auth == nil){
			respond(r, Enoauth);
			return;
		}
		if((r->afid = getfid(s, r->ifcall.afid)) == nil){
			respond(r, Eunknownfid);
			return;
		}
	}
	f->qid.type = QTDIR;
	r->ofcall.qid = f->qid;
	if(s->attach == nil){
		respond(r, nil);
		return;
	}
	s->attach(r);
}

/*
 * sflush: answer the Tflush once the old request has been answered
 * (at once if its tag is unknown).  Without a flush callback the old
 * request is left to the server, which may still hold it: the Rflush
 * follows its reply, whenever that comes (9front's order).
 */
static void
sflush(Srv *s, Req *r)
{
	Req *old, **fl;

	old = lookupreq(s, r->ifcall.oldtag);
	if(old == nil || old == r){
		respond(r, nil);
		return;
	}
	fl = realloc(old->flush, (old->nflush+1) * sizeof fl[0]);
	if(fl == nil){
		respond(r, Enomem);
		return;
	}
	old->flush = fl;
	fl[old->nflush++] = r;
	r->oldreq = old;
	if(old->ifcall.type == Tflush)
		return;	/* answered when its own old request is */
	if(s->flush != nil)
		s->flush(r);
}

/* walkfid: walk1 loop for Twalk on nf, a copy of r->fid */
static void
walkfid(Srv *s, Req *r, Fid *nf)
{
	char *e;
	Qid q;
	int i;

	nf->qid = r->fid->qid;
	if(nf != r->fid)
		setfiduid(nf, r->fid->uid);
	e = nil;
	if(s->clone != nil)
		e = s->clone(r->fid, nf);
	else
		nf->aux = r->fid->aux;
	if(e != nil){
		respond(r, e);
		return;
	}
	for(i = 0; i < r->ifcall.nwname; i++){
		if((nf->qid.type & QTDIR) == 0){
			e = Enotdir;
			break;
		}
		if(s->walk1 == nil){
			e = Enofile;
			break;
		}
		q = nf->qid;
		if((e = s->walk1(nf, r->ifcall.wname[i], &q)) != nil)
			break;
		nf->qid = q;
		r->ofcall.wqid[i] = q;
	}
	r->ofcall.nwqid = i;
	if(i == 0 && r->ifcall.nwname > 0)
		respond(r, e);
	else
		respond(r, nil);
}

/* swalk: Twalk; newfid appears only if every name is walked */
static void
swalk(Srv *s, Req *r)
{
	Fid *nf;

	if((r->fid = getfid(s, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	if(r->fid->omode != -1){
		respond(r, Eopen);
		return;
	}
	/* a server with its own walk decides what may be walked from a file */
	if(s->walk == nil && r->ifcall.nwname > 0 && (r->fid->qid.type & QTDIR) == 0){
		respond(r, Enotdir);
		return;
	}
	if(r->ifcall.newfid != r->ifcall.fid){
		if((nf = allocfid(s, r->ifcall.newfid)) == nil){
			respond(r, Edupfid);
			return;
		}
		nf->walking = 1;	/* until respond */
		incfid(nf);
		r->newfid = nf;
	}else{
		incfid(r->fid);
		r->newfid = r->fid;
		nf = nil;
	}
	if(s->walk != nil){
		if(nf != nil){
			nf->qid = r->fid->qid;
			setfiduid(nf, r->fid->uid);
		}
		s->walk(r);
		return;
	}
	if(nf == nil){
		if(r->ifcall.nwname == 0){
			respond(r, nil);
			return;
		}
		/* walk a copy; respond puts it in place on success */
		if((nf = newfidstruct(s, r->ifcall.fid)) == nil){
			respond(r, Enomem);
			return;
		}
		r->tmpfid = nf;
	}
	walkfid(s, r, nf);
}

/* sopen: Topen; a directory opens only for reading */
static void
sopen(Srv *s, Req *r)
{
	Fid *f;

	if((f = r->fid = getfid(s, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	if(f->omode != -1){
		respond(r, Eopen);
		return;
	}
	if((f->qid.type & QTDIR) && (r->ifcall.mode & ~ORCLOSE) != OREAD){
		respond(r, Eisdir);
		return;
	}
	r->ofcall.qid = f->qid;
	if(s->open == nil){
		respond(r, nil);
		return;
	}
	s->open(r);
}

/* badname: true if name cannot be a file's name */
static int
badname(char *name)
{
	return name[0] == 0 || strcmp(name, ".") == 0 || strcmp(name, "..") == 0
		|| strchr(name, '/') != nil;
}

/* screate: Tcreate in the directory fid */
static void
screate(Srv *s, Req *r)
{
	Fid *f;

	if((f = r->fid = getfid(s, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	if(f->omode != -1){
		respond(r, Eopen);
		return;
	}
	if((f->qid.type & QTDIR) == 0){
		respond(r, Enotdir);
		return;
	}
	if(badname(r->ifcall.name)){
		respond(r, Ebadname);
		return;
	}
	if((r->ifcall.perm & DMDIR) && (r->ifcall.mode & ~ORCLOSE) != OREAD){
		respond(r, Eisdir);
		return;
	}
	if(s->create == nil){
		respond(r, Eperm);
		return;
	}
	s->create(r);
}

/* sread: Tread; the reply's data buffer is ready for the callback */
static void
sread(Srv *s, Req *r)
{
	Fid *f;
	u32int max;

	if((f = r->fid = getfid(s, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	if(f->omode == -1 || (f->omode & 3) == OWRITE){
		respond(r, Enotread);
		return;
	}
	max = s->msize - IOHDRSZ;
	if(r->ifcall.count > max)
		r->ifcall.count = max;
	/* room before the data for the Rread's header: the reply goes out from here, not copied */
	r->nrdata = IOHDRSZ + r->ifcall.count + 1;
	if((r->rdata = bufalloc(r->nrdata)) == nil){
		respond(r, Enomem);
		return;
	}
	r->rdata += IOHDRSZ;
	r->ofcall.data = r->rdata;
	r->ofcall.count = 0;
	if(s->read == nil){
		respond(r, (f->qid.type & QTDIR) ? nil : Eperm);
		return;
	}
	s->read(r);
}

/* swrite: Twrite */
static void
swrite(Srv *s, Req *r)
{
	Fid *f;

	if((f = r->fid = getfid(s, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	if(f->omode == -1 || ((f->omode & 3) != OWRITE && (f->omode & 3) != ORDWR)){
		respond(r, Enotwrite);
		return;
	}
	r->ofcall.count = 0;
	if(s->write == nil){
		respond(r, Eperm);
		return;
	}
	s->write(r);
}

/* sclunk: Tclunk; the fid goes now, destroyfid when its last user is done */
static void
sclunk(Srv *s, Req *r)
{
	if((r->fid = removefid(s, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	respond(r, nil);
}

/* sremove: Tremove; the fid is clunked whatever the outcome */
static void
sremove(Srv *s, Req *r)
{
	if((r->fid = removefid(s, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	if(s->remove == nil){
		respond(r, Eperm);
		return;
	}
	s->remove(r);
}

/*
 * sstat: Tstat; without a callback, a stat made from the qid.  The
 * strings of r->d are malloc'd; freereq frees them after the reply.
 */
static void
sstat(Srv *s, Req *r)
{
	Fid *f;
	char *u;

	if((f = r->fid = getfid(s, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	r->d.qid = f->qid;
	if(s->stat == nil){
		r->d.mode = (ulong)f->qid.type << 24 | ((f->qid.type & QTDIR) ? 0555 : 0444);
		u = f->uid != nil ? f->uid : "none";
		r->d.name = strdup("/");
		r->d.uid = strdup(u);
		r->d.gid = strdup(u);
		r->d.muid = strdup(u);
		if(r->d.name == nil || r->d.uid == nil || r->d.gid == nil || r->d.muid == nil)
			respond(r, Enomem);
		else
			respond(r, nil);
		return;
	}
	s->stat(r);
}

/* swstat: Twstat; the stat arrives unpacked in r->d */
static void
swstat(Srv *s, Req *r)
{
	if((r->fid = getfid(s, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	if((r->dstrs = malloc(r->ifcall.nstat)) == nil){
		respond(r, Enomem);
		return;
	}
	if(convM2D(r->ifcall.stat, r->ifcall.nstat, &r->d, r->dstrs) != r->ifcall.nstat){
		respond(r, "bad stat");
		return;
	}
	if(s->wstat == nil){
		respond(r, Eperm);
		return;
	}
	s->wstat(r);
}

/*
 * bufkeep: a buffer holding the n-byte message at *bp, for a request
 * to keep; its size for buffree in *nb.  A big message (a Twrite's
 * data) is not copied: the request takes *bp itself (of Bufsize, as
 * srv makes it) and *bp becomes another for the next message.  nil if
 * out of memory.
 */
static uchar*
bufkeep(uchar **bp, long n, long *nb)
{
	uchar *m, *b;

	if(n > Bufmedium){
		if((m = bufalloc(Bufsize)) == nil)
			return nil;
		b = *bp;
		*bp = m;
		*nb = Bufsize;
		return b;
	}
	if((m = bufalloc(n)) == nil)
		return nil;
	memmove(m, *bp, n);
	*nb = n;
	return m;
}

/* handle: the message of n bytes in s->rbuf */
static void
handle(Srv *s, uint n)
{
	Fcall f;
	Req *r;
	uchar *m;
	ushort tag;
	long nb;

	if(n < BIT32SZ+BIT8SZ+BIT16SZ)
		return;	/* not even a tag to answer */
	tag = GBIT16(s->rbuf+BIT32SZ+BIT8SZ);
	if((m = bufkeep(&s->rbuf, n, &nb)) == nil){
		rerror(s, tag, Enomem);
		return;
	}
	if(convM2S(m, n, &f) != n){
		buffree(m, nb);
		rerror(s, tag, "malformed message");
		return;
	}
	chat(s, "<-", &f);
	if(f.type < Tversion || f.type >= Tmax || (f.type & 1) || f.type == Terror){
		buffree(m, nb);
		rerror(s, tag, "bad message type");
		return;
	}
	if(f.type == Tversion)
		resetsrv(s);
	if((r = allocreq(s, tag)) == nil){
		buffree(m, nb);
		rerror(s, tag, lookupreq(s, tag) != nil ? "tag in use" : Enomem);
		return;
	}
	r->buf = m;
	r->nbuf = nb;
	/* what convM2S filled: FCALLZERO bytes, and a Twalk's names past them */
	memmove(&r->ifcall, &f, FCALLZERO);
	if(f.type == Twalk)
		memmove(r->ifcall.wname, f.wname, f.nwname * sizeof f.wname[0]);
	switch(f.type){
	case Tversion:	sversion(s, r); break;
	case Tauth:	sauth(s, r); break;
	case Tattach:	sattach(s, r); break;
	case Tflush:	sflush(s, r); break;
	case Twalk:	swalk(s, r); break;
	case Topen:	sopen(s, r); break;
	case Tcreate:	screate(s, r); break;
	case Tread:	sread(s, r); break;
	case Twrite:	swrite(s, r); break;
	case Tclunk:	sclunk(s, r); break;
	case Tremove:	sremove(s, r); break;
	case Tstat:	sstat(s, r); break;
	case Twstat:	swstat(s, r); break;
	}
}

/*
 * srv: serve 9P on s->infd (requests, whole messages as read9pmsg
 * reads them) and s->outfd (replies, one write each) until the client
 * goes (end of file, an error, or a bad size field); then every fid is
 * clunked, srv->end called.  Returns 0, or -1 if memory ran out at the
 * start.
 */
int
srv(Srv *s)
{
	long n;

	memset(s->fids, 0, sizeof s->fids);
	memset(s->reqs, 0, sizeof s->reqs);
	s->msize = MSIZE;
	s->rbuf = bufalloc(Bufsize);	/* handed to a request with a big message (bufkeep) */
	s->wbuf = malloc(MSIZE);
	if(s->rbuf == nil || s->wbuf == nil){
		buffree(s->rbuf, Bufsize);
		free(s->wbuf);
		return -1;
	}
	while((n = readmsg9p(s->infd, s->rbuf, MSIZE, &s->ischan)) > 0)
		handle(s, n);
	resetsrv(s);
	if(s->end != nil)
		s->end(s);
	buffree(s->rbuf, Bufsize);
	free(s->wbuf);
	s->rbuf = s->wbuf = nil;
	return 0;
}
