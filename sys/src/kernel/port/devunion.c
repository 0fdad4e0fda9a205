/*
 * devunion.c: reading the root of a union.  Opening name: when name:
 * has several members gives a Chan of this Dev, which holds each
 * member's root, opened, and reads them one after another, so a
 * directory read lists every member's entries in order.  Reads are
 * sequential, as directory reads are; a read at offset 0 starts over.
 */
#include "all.h"

enum { NMEMBER = 8 };

typedef struct Union Union;
struct Union {
	Chan	*m[NMEMBER];
	int	nm;
	int	cur;		/* the member being read */
	vlong	moff;		/* offset in it */
};

extern Dev uniondev;

/*
 * unionopen: a Chan reading the roots of name:'s members in pg, or nil
 * (then the caller reads the first member alone).
 */
Chan*
unionopen(Pgrp *pg, char *name, Chan *first)
{
	Union *u;
	Chan *root, *m, *c;
	int i, flags;

	u = kzmalloc(sizeof *u);
	if(u == nil)
		return nil;
	for(i = 0; u->nm < NMEMBER && (root = nsroot(pg, name, i, &flags)) != nil; i++){
		m = cclone(root);
		cclose(root);
		if(m == nil)
			continue;
		if(!(m->qid.type & QTDIR) || m->dev->open(m, OREAD) < 0){
			cclose(m);
			continue;
		}
		m->mode = OREAD;
		u->m[u->nm++] = m;
	}
	c = newchan(&uniondev);
	if(c == nil || u->nm < 2){
		while(u->nm > 0)
			cclose(u->m[--u->nm]);
		kfree(u);
		if(c)
			kfree(c);
		return nil;
	}
	c->auxp = u;
	c->qid = first->qid;
	c->mode = OREAD;
	return c;
}

static long
unionread(Chan *c, void *buf, long n, vlong off)
{
	Union *u;
	long r;

	u = c->auxp;
	if(off == 0){
		u->cur = 0;
		u->moff = 0;
	}
	while(u->cur < u->nm){
		r = u->m[u->cur]->dev->read(u->m[u->cur], buf, n, u->moff);
		if(r < 0)
			return -1;
		if(r > 0){
			u->moff += r;
			return r;
		}
		u->cur++;
		u->moff = 0;
	}
	return 0;
}

static long
unionwrite(Chan *c, void *buf, long n, vlong off)
{
	USED(c); USED(buf); USED(n); USED(off);
	return error(Eisdir);
}

static void
unionclose(Chan *c)
{
	Union *u;

	u = c->auxp;
	if(u == nil)
		return;
	while(u->nm > 0)
		cclose(u->m[--u->nm]);
	kfree(u);
}

static int
unionstat(Chan *c, uchar *buf, int n)
{
	Union *u;

	u = c->auxp;
	return u->m[0]->dev->stat(u->m[0], buf, n);
}

Dev uniondev = {
	.name = "union",
	.read = unionread,
	.write = unionwrite,
	.close = unionclose,
	.stat = unionstat,
};
