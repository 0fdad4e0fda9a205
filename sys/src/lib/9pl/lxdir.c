/*
 * lxdir.c: the translator's directory reads (9pl(2)).  9P2000 wants
 * stat entries, whole, at byte offsets that count what was given
 * before; .L gives names (Treaddir) at cookies.  Each Treaddir's names
 * are walked to and Tgetattr'd at once, the entries packed and kept on
 * the fid, and each Tread gives as many whole ones as fit.
 */
#include <u.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <syscall.h>
#include <fcall.h>
#include <9pl.h>
#include "lxi.h"
/* dirgive: answer a directory read from f's made entries: whole ones only */
static void
dirgive(Lxjob *j)
{
	Lxfid *f;
	Fcall rr;
	uint n, sz;

	f = j->f;
	n = 0;
	while(n + BIT16SZ <= f->npend){
		sz = GBIT16(f->pend + n) + BIT16SZ;
		if(n + sz > f->npend || n + sz > j->t.count)
			break;
		n += sz;
	}
	if(n == 0 && f->npend > 0){
		rerr(j, "directory read count too small");
		return;
	}
	memset(&rr, 0, sizeof rr);
	rr.type = Rread;
	rr.count = n;
	rr.data = (char*)f->pend;
	reply(j, &rr);
	if(!j->flushed && n > 0){	/* nothing pending may be no buffer at all */
		f->doff += n;
		memmove(f->pend, f->pend + n, f->npend - n);
		f->npend -= n;
	}
}

/* dirpack: the entries j found, as stat entries appended to f->pend */
static void
dirpack(Lxjob *j)
{
	Lxfid *f;
	Dir d;
	char ubuf[12], gbuf[12];
	uchar *p;
	uint sz;
	int i;

	f = j->f;
	for(i = 0; i < j->nents; i++){
		if(!j->ents[i].ok)
			continue;
		attr2dir(&j->ents[i].a, j->ents[i].name, &d, ubuf, gbuf);
		sz = sizeD2M(&d);
		p = realloc(f->pend, f->npend + sz);
		if(p == nil)
			break;
		f->pend = p;
		f->npend += convD2M(&d, f->pend + f->npend, sz);
	}
}

static void
readdirsend(Lxjob *j)
{
	Lcall t;
	u32int n;

	n = j->lx->msize - IOHDRSZ;
	if(n > Readdirmax)
		n = Readdirmax;
	memset(&t, 0, sizeof t);
	t.type = Treaddir;
	t.fid = j->f->lfid;
	t.offset = j->f->cookie;
	t.count = n;
	lsend(j->lx, j, &t, Kreaddir);
}

static void
xdirread(Lxjob *j, Lcall *r, u32int kind)
{
	Lx *lx;
	Lxfid *f;
	Lcall t;
	Ldirent de;
	char *e, name[256];
	uchar *p, *end;
	Ent *ents;
	int i, rc, n;

	lx = j->lx;
	f = j->f;
	if(r == nil){
		if(j->t.offset == 0){
			f->doff = 0;
			f->cookie = 0;
			f->npend = 0;
			f->eof = 0;
		}else if(j->t.offset != f->doff){
			rerr(j, "bad directory offset");
			return;
		}
		if(f->npend > 0 || f->eof){
			dirgive(j);
			return;
		}
		readdirsend(j);
		return;
	}
	i = kind >> 8;
	switch(kind & 0xFF){
	case Kreaddir:
		if((e = lerr(j, r)) != nil){
			rerr(j, e);
			return;
		}
		if(r->count == 0){
			f->eof = 1;
			dirgive(j);
			return;
		}
		/* count the entries, then keep those not . or .. */
		end = r->data + r->count;
		n = 0;
		for(p = r->data; (rc = ldirent(&p, end, &de, name, sizeof name)) > 0; )
			n++;
		if(rc < 0){
			rerr(j, ebotch);
			return;
		}
		ents = calloc(n, sizeof ents[0]);
		if(ents == nil){
			rerr(j, "out of memory");
			return;
		}
		j->ents = ents;
		for(p = r->data; ldirent(&p, end, &de, name, sizeof name) > 0; ){
			f->cookie = de.offset;
			if(strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
				continue;
			ents[j->nents].name = strdup(name);
			if(ents[j->nents].name == nil)
				break;
			ents[j->nents].lfid = newlfid(lx);
			j->nents++;
		}
		if(j->nents == 0){	/* only . and ..: read on */
			free(j->ents);
			j->ents = nil;
			readdirsend(j);
			return;
		}
		for(i = 0; i < j->nents; i++){
			memset(&t, 0, sizeof t);
			t.type = Twalk;
			t.fid = f->lwalk != NOFID ? f->lwalk : f->lfid;
			t.newfid = j->ents[i].lfid;
			t.nwname = 1;
			t.wname[0] = j->ents[i].name;
			lsend(lx, j, &t, Kentwalk | i << 8);
		}
		return;
	case Kentwalk:
		if(i >= j->nents)
			break;
		if(lerr(j, r) == nil && r->nwqid == 1){
			memset(&t, 0, sizeof t);
			t.type = Tgetattr;
			t.fid = j->ents[i].lfid;
			t.mask = LGETBASIC;
			lsend(lx, j, &t, Kentattr | i << 8);
		}
		break;
	case Kentattr:
		if(i >= j->nents)
			break;
		if(lerr(j, r) == nil){
			j->ents[i].a = r->attr;
			j->ents[i].ok = 1;
		}
		lclunk(lx, j->ents[i].lfid);
		break;
	}
	if(j->npend == 0 && !j->done){
		dirpack(j);
		dirgive(j);
	}
}

void
xread(Lxjob *j, Lcall *r, u32int kind)
{
	j->step = (j->f->qid.type & QTDIR) ? xdirread : xrw;
	j->step(j, r, kind);
}
