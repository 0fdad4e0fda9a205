/*
 * fid.c: the tables of fids and of outstanding requests.  Each is a
 * small hash of singly linked lists inside the Srv.  A Fid counts its
 * references: one for the table while the client holds it, one for
 * each request using it; the last put calls srv->destroyfid.
 */
#include <u.h>
#include <stdlib.h>
#include <string.h>
#include <9p.h>
#include "impl.h"

#define FHASH(fid)	((fid) % nelem(((Srv*)0)->fids))
#define RHASH(tag)	((tag) % nelem(((Srv*)0)->reqs))

/*
 * Fids let go are kept for the next (a walk and a clunk for each file
 * a client opens), with their uid strings: most fids of a session have
 * the same user, and a malloc and free fewer is a walk of the heap's
 * free list fewer.
 */
enum { Nsparefid = 16 };
static Fid	*sparefid;
static int	nsparefid;

/* newfidstruct: a fresh Fid numbered fid, in no table, with one reference */
Fid*
newfidstruct(Srv *s, u32int fid)
{
	Fid *f;
	char *u;

	if((f = sparefid) != nil){
		sparefid = f->next;
		nsparefid--;
		u = f->uid;
		memset(f, 0, sizeof *f);
		f->uid = u;	/* kept for setfiduid; every maker of a fid sets it */
	}else if((f = calloc(1, sizeof *f)) == nil)
		return nil;
	f->fid = fid;
	f->omode = -1;
	f->srv = s;
	f->ref = 1;
	return f;
}

/* allocfid: enter a new fid in the table (its reference); nil if in use */
Fid*
allocfid(Srv *s, u32int fid)
{
	Fid *f;

	if(lookupfid(s, fid) != nil)
		return nil;
	f = newfidstruct(s, fid);
	if(f == nil)
		return nil;
	f->next = s->fids[FHASH(fid)];
	s->fids[FHASH(fid)] = f;
	return f;
}

/* lookupfid: the fid numbered fid, or nil; takes no reference */
Fid*
lookupfid(Srv *s, u32int fid)
{
	Fid *f;

	for(f = s->fids[FHASH(fid)]; f != nil; f = f->next)
		if(f->fid == fid)
			return f;
	return nil;
}

/*
 * getfid: like lookupfid, with a reference for the caller; a walk's
 * newfid is not there until the walk is answered (a client may send
 * its Topen behind the Twalk, and a server may answer the walk later).
 */
Fid*
getfid(Srv *s, u32int fid)
{
	Fid *f;

	f = lookupfid(s, fid);
	if(f == nil || f->walking)
		return nil;
	f->ref++;
	return f;
}

/*
 * removefid: take fid out of the table; the table's reference passes
 * to the caller.  A walk's newfid not yet answered is not there (see
 * getfid) unless its walk's own bookkeeping takes it (walking 0 first).
 */
Fid*
removefid(Srv *s, u32int fid)
{
	Fid **l, *f;

	for(l = &s->fids[FHASH(fid)]; (f = *l) != nil; l = &f->next)
		if(f->fid == fid){
			if(f->walking)
				return nil;
			*l = f->next;
			f->next = nil;
			return f;
		}
	return nil;
}

void
incfid(Fid *f)
{
	if(f != nil)
		f->ref++;
}

/* putfid: drop one reference; the last calls destroyfid and frees f */
void
putfid(Fid *f)
{
	if(f == nil || --f->ref > 0)
		return;
	if(f->srv != nil && f->srv->destroyfid != nil)
		f->srv->destroyfid(f);
	if(nsparefid < Nsparefid){
		f->next = sparefid;
		sparefid = f;
		nsparefid++;
		return;
	}
	free(f->uid);
	free(f);
}

/* setfiduid: make f's user u (nil: none), keeping its string if it says u already */
void
setfiduid(Fid *f, char *u)
{
	if(u != nil && f->uid != nil && strcmp(f->uid, u) == 0)
		return;
	free(f->uid);
	f->uid = u != nil ? strdup(u) : nil;
}

/* lookupreq: the outstanding request with this tag, or nil */
Req*
lookupreq(Srv *s, ushort tag)
{
	Req *r;

	for(r = s->reqs[RHASH(tag)]; r != nil; r = r->next)
		if(r->tag == tag)
			return r;
	return nil;
}

/* spare Reqs, kept for the next requests instead of freed and allocated again */
enum { Nspare = 16 };
static Req	*spare;
static int	nspare;

/* allocreq: a new outstanding request with this tag; nil if the tag is in use */
Req*
allocreq(Srv *s, ushort tag)
{
	Req *r;

	if(lookupreq(s, tag) != nil)
		return nil;
	if((r = spare) != nil){
		spare = r->next;
		nspare--;
		/* zero but ifcall, which handle sets, and ofcall's walk array (FCALLZERO) */
		memset(r, 0, offsetof(Req, ifcall));
		memset(&r->ofcall, 0, FCALLZERO);
		memset(&r->d, 0, sizeof *r - offsetof(Req, d));
	}else if((r = calloc(1, sizeof *r)) == nil)
		return nil;
	r->tag = tag;
	r->srv = s;
	r->next = s->reqs[RHASH(tag)];
	s->reqs[RHASH(tag)] = r;
	return r;
}

/* removereq: take r out of the tag table, if it is there */
void
removereq(Srv *s, Req *r)
{
	Req **l;

	for(l = &s->reqs[RHASH(r->tag)]; *l != nil; l = &(*l)->next)
		if(*l == r){
			*l = r->next;
			r->next = nil;
			return;
		}
}

/*
 * freereq: release what r holds, after it has been answered; for a
 * Tstat that includes the strings of r->d (see 9p(2)).
 */
void
freereq(Req *r)
{
	if(r->srv->destroyreq != nil)
		r->srv->destroyreq(r);
	putfid(r->fid);
	putfid(r->newfid);
	putfid(r->afid);
	putfid(r->tmpfid);
	buffree(r->buf, r->nbuf);
	if(r->ifcall.type == Tread && r->rdata != nil)
		buffree(r->rdata - IOHDRSZ, r->nrdata);
	else
		free(r->rdata);
	free(r->dstrs);
	free(r->flush);
	if(r->ifcall.type == Tstat){
		/* the stat callback's strings: malloc'd, now the library's */
		free(r->d.name);
		free(r->d.uid);
		free(r->d.gid);
		free(r->d.muid);
	}
	if(nspare < Nspare){
		r->next = spare;
		spare = r;
		nspare++;
	}else
		free(r);
}

/*
 * resetsrv: forget the session (Tversion, or the client gone): every
 * outstanding request is dropped (answered later, but never sent),
 * every fid clunked.
 */
void
resetsrv(Srv *s)
{
	Req *r;
	Fid *f;
	int i;

	for(i = 0; i < nelem(s->reqs); i++)
		while((r = s->reqs[i]) != nil){
			s->reqs[i] = r->next;
			r->next = nil;
			r->dropped = 1;
		}
	for(i = 0; i < nelem(s->fids); i++)
		while((f = s->fids[i]) != nil){
			s->fids[i] = f->next;
			f->next = nil;
			putfid(f);
		}
}
