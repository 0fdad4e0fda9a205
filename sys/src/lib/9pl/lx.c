/*
 * lx.c: the translator from 9P2000 to 9P2000.L (9pl(2)).
 *
 * Each 9P2000 request from the client becomes a job.  A job sends one
 * or more .L requests, each under a .L tag of the translator's own
 * that remembers the job and the step (the kind) it was sent for; each
 * .L reply runs the job's step function, which sends more or answers
 * the client.  A job is freed once it has answered and none of its .L
 * requests is outstanding.
 *
 * Fids: every client fid (an Lxfid) has a .L fid of its own, its path
 * from the attach root (for Tunlinkat and Trenameat, which want the
 * parent directory) and, for an open directory, an unopened clone to
 * walk to each entry from (for the Tgetattr that a 9P2000 stat entry
 * needs).  .L fids are numbered by a counter.
 */
#include <u.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <syscall.h>
#include <fcall.h>
#include <9pl.h>
#include "lxi.h"

static Lxjob orphan;	/* the owner of .L requests nobody waits on */
char ebotch[] = "protocol botch";
char enofid[] = "unknown fid";
char einuse[] = "fid in use";

/* lxnew: a translator for a .L session of msize; nil if out of memory */
Lx*
lxnew(u32int msize)
{
	Lx *lx;

	if(msize < 256)
		return nil;
	lx = calloc(1, sizeof *lx);
	if(lx == nil)
		return nil;
	lx->msize = msize;
	lx->nuname = LNONUNAME;
	lx->gid = LNONUNAME;
	lx->nltag = 256;
	lx->ltag = calloc(lx->nltag, sizeof lx->ltag[0]);
	lx->lkind = calloc(lx->nltag, sizeof(u32int));
	lx->lbuf = malloc(msize);
	lx->rbuf = malloc(msize);
	lx->nextfid = 1;
	if(lx->ltag == nil || lx->lkind == nil || lx->lbuf == nil || lx->rbuf == nil){
		lxfree(lx);
		return nil;
	}
	return lx;
}

static void jfree(Lxjob*);

/* lxfree: free lx and everything it holds (nothing is sent) */
void
lxfree(Lx *lx)
{
	Lxfid *f;
	Lxjob *j;
	int i;

	if(lx == nil)
		return;
	while((j = lx->jobs) != nil){
		j->npend = 0;
		jfree(j);
	}
	lx->sendl = nil;	/* the roots' clunks go nowhere */
	for(i = 0; i < Fidhash; i++)
		while((f = lx->fids[i]) != nil)
			fdetach(lx, f);
	free(lx->ltag);
	free(lx->lkind);
	free(lx->lbuf);
	free(lx->rbuf);
	free(lx);
}

/* lxversion: a .L Tversion for msize into buf; its size, or 0 */
uint
lxversion(uchar *buf, uint n, u32int msize)
{
	Lcall t;

	memset(&t, 0, sizeof t);
	t.type = Tversion;
	t.tag = NOTAG;
	t.msize = msize;
	t.version = VERSION9PL;
	return convL2M(&t, buf, n);
}

/* lxrversion: check the peer's Rversion in buf; 0 and *msize, or -1 */
int
lxrversion(uchar *buf, uint n, u32int *msize)
{
	Lcall r;
	char *strs;
	int ok;

	strs = malloc(n + 1);
	if(strs == nil)
		return -1;
	ok = convM2L(buf, n, &r, strs) != 0 && r.type == Rversion &&
		strcmp(r.version, VERSION9PL) == 0 && r.msize >= 256;
	if(ok && r.msize < *msize)
		*msize = r.msize;
	free(strs);
	return ok ? 0 : -1;
}

/*
 * Fids
 */

Lxfid*
flook(Lx *lx, u32int fid)
{
	Lxfid *f;

	for(f = lx->fids[fid % Fidhash]; f != nil; f = f->next)
		if(f->fid == fid)
			return f;
	return nil;
}

u32int
newlfid(Lx *lx)
{
	if(lx->nextfid == NOFID)
		lx->nextfid = 1;
	return lx->nextfid++;
}

Lxfid*
fnew(Lx *lx, u32int fid, u32int lfid, Qid qid, char *path, Lxroot *root)
{
	Lxfid *f;

	f = calloc(1, sizeof *f);
	if(f == nil)
		return nil;
	f->lx = lx;
	f->fid = fid;
	f->lfid = lfid;
	f->lwalk = NOFID;
	f->qid = qid;
	f->path = path;
	f->root = root;
	f->omode = -1;
	f->ref = 1;
	root->ref++;
	f->next = lx->fids[fid % Fidhash];
	lx->fids[fid % Fidhash] = f;
	lx->nfid++;
	return f;
}

/* fdetach: take f out of the table (the client has clunked it) */
void
fdetach(Lx *lx, Lxfid *f)
{
	Lxfid **l;

	for(l = &lx->fids[f->fid % Fidhash]; *l != nil; l = &(*l)->next)
		if(*l == f){
			*l = f->next;
			lx->nfid--;
			break;
		}
	f->gone = 1;
	fput(f);	/* the table's reference */
}

/*
 * lxbusy: whether the client holds any fid or a request is unanswered.
 * Once the client has attached, a translator that is not busy has been
 * let go of: the kernel clunks a mount's fids when it is unmounted.
 */
int
lxbusy(Lx *lx)
{
	return lx->nfid > 0 || lx->jobs != nil;
}

/* fput: drop a reference; the last frees f (its .L fids are clunked by then) */
void
fput(Lxfid *f)
{
	if(f == nil || --f->ref > 0)
		return;
	rootput(f->lx, f->root);
	free(f->path);
	free(f->pend);
	free(f);
}

/*
 * Sending and answering
 */

/* growtags: room for more .L tags; 0, or -1 at the limit */
static int
growtags(Lx *lx)
{
	Lxjob **t;
	u32int *k;
	uint n;

	if(lx->nltag >= Ntagmax)
		return -1;
	n = lx->nltag * 2;
	if(n > Ntagmax)
		n = Ntagmax;
	t = realloc(lx->ltag, n * sizeof t[0]);
	if(t == nil)
		return -1;
	lx->ltag = t;
	k = realloc(lx->lkind, n * sizeof k[0]);
	if(k == nil)
		return -1;
	lx->lkind = k;
	memset(t + lx->nltag, 0, (n - lx->nltag) * sizeof t[0]);
	lx->nexttag = lx->nltag;
	lx->nltag = n;
	return 0;
}


/*
 * lsend: send t for job j (orphan: nobody waits) as step kind; the .L
 * tag is chosen here, round-robin so a tag is not soon used again.
 */
void
lsend(Lx *lx, Lxjob *j, Lcall *t, u32int kind)
{
	uint i, tag, n;

	if(lx->sendl == nil)
		return;
	for(;;){
		for(i = 0; i < lx->nltag; i++){
			tag = (lx->nexttag + i) % lx->nltag;
			if(lx->ltag[tag] == nil)
				goto found;
		}
		if(growtags(lx) < 0){
			if(j != &orphan)
				rerr(j, "too many requests");
			return;
		}
	}
found:
	lx->nexttag = tag + 1;
	t->tag = tag;
	n = convL2M(t, lx->lbuf, lx->msize);
	if(n == 0){
		if(j != &orphan)
			rerr(j, "message too big");
		return;
	}
	lx->ltag[tag] = j;
	lx->lkind[tag] = kind | (u32int)t->type << 24;
	if(j != &orphan)
		j->npend++;
	lx->sendl(lx, lx->lbuf, n);
}

/* lclunk: clunk a .L fid, waiting for nothing */
void
lclunk(Lx *lx, u32int lfid)
{
	Lcall t;

	if(lfid == NOFID)
		return;
	memset(&t, 0, sizeof t);
	t.type = Tclunk;
	t.fid = lfid;
	lsend(lx, &orphan, &t, Kany);
}

void
rootput(Lx *lx, Lxroot *r)
{
	if(r == nil || --r->ref > 0)
		return;
	lclunk(lx, r->lfid);
	free(r);
}

/* answering: the job is done; 1 if its answer is to go (it was not flushed) */
static int
answering(Lxjob *j)
{
	if(j->done)
		return 0;
	j->done = 1;
	return !j->flushed;
}

/* reply: answer the client (unless the request was flushed); the job is done */
void
reply(Lxjob *j, Fcall *r)
{
	Lx *lx;
	uint n;

	if(!answering(j))
		return;
	lx = j->lx;
	r->tag = j->t.tag;
	n = convS2M(r, lx->rbuf, lx->msize);
	if(n == 0){
		r->type = Rerror;
		r->ename = "reply too big";
		n = convS2M(r, lx->rbuf, lx->msize);
	}
	lx->reply(lx, lx->rbuf, n);
}

/*
 * replyread: answer a Tread with the count bytes at data, which are an
 * .L Rread's own, at its offset 11: the header is written over the .L
 * one, in place, so the data is not copied again (an .L Rread is laid
 * out as a 9P2000 Rread, but for the tag).
 */
void
replyread(Lxjob *j, uchar *data, u32int count)
{
	enum { Hdr = BIT32SZ + BIT8SZ + BIT16SZ + BIT32SZ };	/* size, type, tag, count */
	uchar *h;

	if(!answering(j))
		return;
	h = data - Hdr;
	PBIT32(h, count + Hdr);
	h[4] = Rread;
	PBIT16(h + 5, j->t.tag);
	PBIT32(h + 7, count);
	j->lx->reply(j->lx, h, count + Hdr);
}

void
rerr(Lxjob *j, char *err)
{
	Fcall r;

	memset(&r, 0, sizeof r);
	r.type = Rerror;
	r.ename = err;
	reply(j, &r);
}

/* rsimple: answer with the R-message of t's type that has no fields */
void
rsimple(Lxjob *j)
{
	Fcall r;

	memset(&r, 0, sizeof r);
	r.type = j->t.type + 1;
	r.fid = j->t.fid;
	reply(j, &r);
}

/* lerr: r as an error string, or nil if r is not Rlerror */
char*
lerr(Lxjob *j, Lcall *r)
{
	if(r->type != Rlerror)
		return nil;
	return lerrstr(r->ecode, j->ebuf, sizeof j->ebuf);
}

static void
jfree(Lxjob *j)
{
	Lxjob **l;
	int i;

	for(l = &j->lx->jobs; *l != nil; l = &(*l)->next)
		if(*l == j){
			*l = j->next;
			break;
		}
	fput(j->f);
	rootput(j->lx, j->root);	/* an attach's */
	free(j->buf);
	free(j->path);
	free(j->comp);
	free(j->dstrs);
	for(i = 0; i < j->nents; i++)
		free(j->ents[i].name);
	free(j->ents);
	free(j);
}

/* xone: the step of a job that was answered at once */
static void
xone(Lxjob *j, Lcall *r, u32int kind)
{
	USED(j);
	USED(r);
	USED(kind);
}

/* reset: a new Tversion: every fid goes */
static void
reset(Lx *lx)
{
	Lxfid *f;
	int i;

	for(i = 0; i < Fidhash; i++)
		while((f = lx->fids[i]) != nil){
			lclunk(lx, f->lfid);
			lclunk(lx, f->lwalk);
			f->lwalk = NOFID;
			fdetach(lx, f);
		}
}

/* flush: the client's Tflush of oldtag: the job answers nothing, its .L requests are flushed */
static void
flush(Lx *lx, ushort oldtag)
{
	Lxjob *j;
	Lcall t;
	u32int *kinds;
	uint i;

	kinds = lx->lkind;
	for(j = lx->jobs; j != nil; j = j->next)
		if(j->t.tag == oldtag && !j->flushed && !j->done)
			break;
	if(j == nil)
		return;
	j->flushed = 1;
	for(i = 0; i < lx->nltag; i++)
		if(lx->ltag[i] == j && (kinds[i] & 0xFF) != Kflush){
			memset(&t, 0, sizeof t);
			t.type = Tflush;
			t.oldtag = i;
			lsend(lx, j, &t, Kflush | i << 8);
		}
}

/*
 * lxtmsg: a 9P2000 T-message from the client (n bytes at msg).  0, or
 * -1 if it is malformed or lx is out of memory (nothing is answered).
 */
int
lxtmsg(Lx *lx, uchar *msg, uint n)
{
	Lxjob *j;
	Fcall rr;
	void (*step)(Lxjob*, Lcall*, u32int);
	int needfid;

	j = calloc(1, sizeof *j);
	if(j == nil)
		return -1;
	j->buf = malloc(n);
	if(j->buf == nil){
		free(j);
		return -1;
	}
	memmove(j->buf, msg, n);
	if(convM2S(j->buf, n, &j->t) != n){
		free(j->buf);
		free(j);
		return -1;
	}
	j->lx = lx;
	j->lnew = j->ltmp = j->lw = NOFID;
	j->next = lx->jobs;
	lx->jobs = j;
	memset(&rr, 0, sizeof rr);
	needfid = 1;
	step = nil;
	switch(j->t.type){
	default:
		rerr(j, "bad message type");
		break;
	case Tversion:
		reset(lx);
		rr.type = Rversion;
		rr.msize = j->t.msize < lx->msize ? j->t.msize : lx->msize;
		rr.version = strncmp(j->t.version, "9P2000", 6) == 0 ? "9P2000" : "unknown";
		reply(j, &rr);
		break;
	case Tauth:
		rerr(j, "authentication not required");
		break;
	case Tflush:
		flush(lx, j->t.oldtag);
		rr.type = Rflush;
		reply(j, &rr);
		break;
	case Tattach:
		needfid = 0;
		step = xattach;
		break;
	case Twalk:	step = xwalk; break;
	case Topen:	step = xopen; break;
	case Tcreate:	step = xcreate; break;
	case Tread:	step = xread; break;
	case Twrite:	step = xrw; break;
	case Tclunk:	step = xclunk; break;
	case Tremove:	step = xremove; break;
	case Tstat:	step = xstat; break;
	case Twstat:	step = xwstat; break;
	}
	if(step != nil){
		if(needfid){
			j->f = flook(lx, j->t.fid);
			if(j->f == nil){
				rerr(j, enofid);
				step = xone;
			}else
				j->f->ref++;
		}
		j->step = step;
		step(j, nil, 0);
	}
	if(j->done && j->npend == 0)
		jfree(j);
	return 0;
}

/*
 * lxrmsg: a .L R-message from the peer.  0, or -1 if it is malformed
 * or answers nothing asked (the peer is then not to be trusted).
 */
int
lxrmsg(Lx *lx, uchar *msg, uint n)
{
	Lcall r, ir;
	Lxjob *j;
	char *strs;
	u32int kind, *kinds;
	uint old;

	strs = malloc(n + 1);
	if(strs == nil)
		return -1;
	/* convM2L's 0 for nothing decoded would equal an empty message's size */
	if(n < BIT32SZ+BIT8SZ+BIT16SZ || convM2L(msg, n, &r, strs) != n
	|| r.tag >= lx->nltag || lx->ltag[r.tag] == nil){
		free(strs);
		return -1;
	}
	kinds = lx->lkind;
	kind = kinds[r.tag];
	if(r.type != Rlerror && r.type != (kind >> 24) + 1){
		free(strs);
		return -1;
	}
	kind &= 0xFFFFFF;
	j = lx->ltag[r.tag];
	lx->ltag[r.tag] = nil;
	if(j == &orphan){
		free(strs);
		return 0;
	}
	j->npend--;
	if((kind & 0xFF) == Kflush){
		/* the flushed request, if still waiting, will get no answer */
		old = kind >> 8;
		if(old < lx->nltag && lx->ltag[old] == j){
			lx->ltag[old] = nil;
			memset(&ir, 0, sizeof ir);
			ir.type = Rlerror;
			ir.ecode = 4;	/* EINTR */
			ir.tag = old;
			j->npend--;
			j->step(j, &ir, kinds[old] & 0xFFFFFF);
		}
	}else
		j->step(j, &r, kind);
	if(j->npend == 0 && !j->done && j->flushed)
		j->done = 1;
	if(j->done && j->npend == 0)
		jfree(j);
	free(strs);
	return 0;
}

/*
 * lxgone: the peer has gone: every job waiting answers err, and
 * nothing more will come for it.
 */
void
lxgone(Lx *lx, char *err)
{
	Lxjob *j;
	uint i;

	for(i = 0; i < lx->nltag; i++)
		lx->ltag[i] = nil;
	while((j = lx->jobs) != nil){
		j->npend = 0;
		rerr(j, err);
		jfree(j);
	}
}
