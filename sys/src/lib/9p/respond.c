/*
 * respond.c: finishing a request.  respond() completes the library's
 * bookkeeping for the message type (the fid a walk or attach made,
 * the open mode, the packed stat), sends the reply unless the request
 * was dropped, answers the Tflushes that waited for it, and frees it.
 */
#include <u.h>
#include <libc.h>
#include <9p.h>
#include "impl.h"

/* forget: take r's new fid out of the table again (a failed attach, auth or walk) */
static void
forget(Req *r)
{
	Fid *f;

	if(r->newfid == nil || (r->newfid == r->fid && r->ifcall.type == Twalk))
		return;
	r->newfid->walking = 0;
	if(lookupfid(r->srv, r->newfid->fid) == r->newfid){
		f = removefid(r->srv, r->newfid->fid);
		putfid(f);
	}
}

/* walkdone: a Twalk's outcome for newfid; err may be replaced */
static char*
walkdone(Req *r, char *err)
{
	Fid *t, *f;
	void *aux;
	int full;

	if(err == nil && r->ofcall.nwqid == 0 && r->ifcall.nwname > 0)
		err = Enofile;
	full = err == nil && r->ofcall.nwqid == r->ifcall.nwname;
	if(!full){
		forget(r);
		return err;
	}
	f = r->newfid;
	f->walking = 0;
	if((t = r->tmpfid) != nil){
		/* fid walked in place: take the copy's state, let the copy keep the old */
		f = r->fid;
		aux = f->aux;
		f->aux = t->aux;
		t->aux = aux;
		f->qid = t->qid;
	}else if(r->ifcall.nwname > 0)
		f->qid = r->ofcall.wqid[r->ofcall.nwqid-1];
	else if(f != r->fid)
		f->qid = r->fid->qid;
	return nil;
}

/* unwait: take the Tflush r off its old request's list of waiters */
static void
unwait(Req *r)
{
	Req *old;
	int i;

	old = r->oldreq;
	for(i = 0; i < old->nflush; i++)
		if(old->flush[i] == r){
			old->flush[i] = old->flush[--old->nflush];
			break;
		}
	r->oldreq = nil;
}

/* finish: the library's part of a successful or failed reply; may change err */
static char*
finish(Req *r, char *err)
{
	Fid *f;
	uint n;
	uchar *b;

	f = r->fid;
	switch(r->ifcall.type){
	case Tauth:
		if(err != nil)
			forget(r);
		else
			r->newfid->qid = r->ofcall.aqid;
		break;
	case Tattach:
		if(err != nil)
			forget(r);
		else
			r->newfid->qid = r->ofcall.qid;
		break;
	case Twalk:
		err = walkdone(r, err);
		break;
	case Topen:
	case Tcreate:
		if(err == nil){
			f->omode = r->ifcall.mode;
			f->qid = r->ofcall.qid;
			f->diroffset = 0;
			f->dirindex = 0;
		}
		break;
	case Tread:
		if(err == nil && r->ofcall.count > r->ifcall.count)
			err = "read count too large";
		break;
	case Twrite:
		if(err == nil && r->ofcall.count > r->ifcall.count)
			r->ofcall.count = r->ifcall.count;
		break;
	case Tstat:
		if(err != nil)
			break;
		n = sizeD2M(&r->d);
		if((b = malloc(n)) == nil)
			return Enomem;
		free(r->rdata);
		r->rdata = (char*)b;
		if(convD2M(&r->d, b, n) != n)
			return "stat too large";
		r->ofcall.stat = b;
		r->ofcall.nstat = n;
		break;
	case Tflush:
		/* answered before its old request: that one is dropped */
		if(r->oldreq != nil){
			removereq(r->srv, r->oldreq);
			r->oldreq->dropped = 1;
			unwait(r);
		}
		break;
	}
	return err;
}

/*
 * sendread: r's Rread in one write, its header put in the 11 bytes
 * before the data: r->rdata's room for it, or (r->inplace) the
 * server's own bytes, which are put back after.
 */
static void
sendread(Srv *s, Req *r)
{
	enum { H = BIT32SZ+BIT8SZ+BIT16SZ+BIT32SZ };
	uchar *h, save[H];

	h = (uchar*)r->ofcall.data - H;
	if(r->ofcall.data != r->rdata)
		memmove(save, h, H);
	PBIT32(h, H + r->ofcall.count);
	h[4] = Rread;
	PBIT16(h+5, r->ofcall.tag);
	PBIT32(h+7, r->ofcall.count);
	write(s->outfd, h, H + r->ofcall.count);
	if(r->ofcall.data != r->rdata)
		memmove(h, save, H);
}

/*
 * respond: answer r with err (nil: success, the reply in r->ofcall).
 * The Tflushes waiting for r are answered next, and r is freed: the
 * caller must not touch it afterwards.
 */
void
respond(Req *r, char *err)
{
	Srv *s;
	Req *fl;
	int i;

	s = r->srv;
	if(r->responded){
		fprint(2, "lib9p: tag %d answered twice\n", r->tag);
		return;
	}
	r->responded = 1;
	err = finish(r, err);
	r->ofcall.tag = r->ifcall.tag;
	if(err != nil){
		r->ofcall.type = Rerror;
		r->ofcall.ename = err;
	}else
		r->ofcall.type = r->ifcall.type + 1;
	if(!r->dropped && r->ofcall.type == Rread && r->rdata != nil
	&& (r->ofcall.data == r->rdata || r->inplace)
	&& r->ofcall.count <= r->ifcall.count && s->chatty == 0){
		sendread(s, r);
		removereq(s, r);
	}else if(!r->dropped){
		sendreply(s, &r->ofcall);
		removereq(s, r);
	}
	while(r->nflush > 0){
		fl = r->flush[0];
		for(i = 1; i < r->nflush; i++)
			r->flush[i-1] = r->flush[i];
		r->nflush--;
		fl->oldreq = nil;
		respond(fl, nil);
	}
	freereq(r);
}
