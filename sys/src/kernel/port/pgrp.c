/*
 * pgrp.c: namespaces.  A process's Pgrp maps scheme names to the roots
 * they name: one root, or a union of several tried in order.  fork
 * shares the Pgrp (as in Plan 9); rfork(RFNAMEG) gives a copy and
 * RFCNAMEG an empty one; RFNOMNT forbids mount and bind.  Names that
 * are not in the namespace fall through to the kernel's own schemes
 * (boot:, sys:, ...).
 */
#include "all.h"

/* newpgrp: an empty namespace */
Pgrp*
newpgrp(void)
{
	Pgrp *pg;

	pg = kzmalloc(sizeof *pg);
	if(pg)
		pg->ref = 1;
	return pg;
}

static void
freemounts(Mount *m)
{
	Mount *next;

	for(; m; m = next){
		next = m->next;
		cclose(m->to);
		kfree(m->src);
		kfree(m);
	}
}

/* putpgrp: one fewer process uses pg */
void
putpgrp(Pgrp *pg)
{
	Mhead *h, *next;

	if(pg == nil || --pg->ref > 0)
		return;
	for(h = pg->heads; h; h = next){
		next = h->next;
		freemounts(h->mount);
		kfree(h);
	}
	kfree(pg);
}

/* dupnamespace: a copy of pg that changes apart from it */
Pgrp*
dupnamespace(Pgrp *pg)
{
	Pgrp *n;
	Mhead *h, *nh, **lh;
	Mount *m, *nm, **lm;

	n = newpgrp();
	if(n == nil)
		return nil;
	n->nomount = pg->nomount;
	lh = &n->heads;
	for(h = pg->heads; h; h = h->next){
		nh = kzmalloc(sizeof *nh);
		if(nh == nil)
			goto nomem;
		memmove(nh->name, h->name, sizeof nh->name);
		*lh = nh;
		lh = &nh->next;
		lm = &nh->mount;
		for(m = h->mount; m; m = m->next){
			nm = kzmalloc(sizeof *nm);
			if(nm == nil)
				goto nomem;
			nm->src = kstrdup(m->src);
			if(nm->src == nil){
				kfree(nm);
				goto nomem;
			}
			nm->to = m->to;
			incref(nm->to);
			nm->flags = m->flags;
			nm->mounted = m->mounted;
			*lm = nm;
			lm = &nm->next;
		}
	}
	return n;
nomem:
	/* never a namespace missing some of its names: none at all */
	putpgrp(n);
	error(Enomem);
	return nil;
}

static Mhead*
lookhead(Pgrp *pg, char *name)
{
	Mhead *h;

	for(h = pg->heads; h; h = h->next)
		if(strcmp(h->name, name) == 0)
			return h;
	return nil;
}

/*
 * nsroot: the i'th member of name: in pg (its root Chan, with a
 * reference the caller must cclose: the mount may be undone while the
 * caller sleeps) and its flags; nil when there are no more.  A name
 * with no entry has one member: the kernel scheme of that name.
 */
Chan*
nsroot(Pgrp *pg, char *name, int i, int *flags)
{
	Mhead *h;
	Mount *m;
	Dev *d;
	static Chan *devroot[16];
	static Dev *devof[16];
	int k;

	h = lookhead(pg, name);
	if(h != nil){
		for(m = h->mount; m && i > 0; m = m->next)
			i--;
		if(m == nil)
			return nil;
		*flags = m->flags;
		incref(m->to);
		return m->to;
	}
	if(i > 0 || (d = devlookup(name)) == nil)
		return nil;
	/* kernel schemes: one root Chan each, made once */
	for(k = 0; k < 16 && devof[k] != nil; k++)
		if(devof[k] == d)
			break;
	if(k == 16)
		return nil;
	if(devof[k] == nil){
		devroot[k] = d->attach("");
		if(devroot[k] == nil)
			return nil;
		devof[k] = d;
	}
	*flags = 0;
	incref(devroot[k]);
	return devroot[k];
}

/* nsmembers: how many members name: has in pg */
int
nsmembers(Pgrp *pg, char *name)
{
	Mhead *h;
	Mount *m;
	int n;

	h = lookhead(pg, name);
	if(h == nil)
		return devlookup(name) != nil;
	n = 0;
	for(m = h->mount; m; m = m->next)
		n++;
	return n;
}

/* addmount: make c (from src) a member of name: in pg as flags say */
static int
addmount(Pgrp *pg, char *name, Chan *c, int flags, char *src, int mounted)
{
	Mhead *h, **lh;
	Mount *m, **l;

	if(strlen(name) == 0 || strlen(name) >= NAMEMAX || strchr(name, '/') || strchr(name, ':'))
		return error(Ebadname);
	if((flags & MORDER) == MORDER)
		return error(Ebadarg);	/* MBEFORE and MAFTER at once */
	m = kzmalloc(sizeof *m);
	if(m == nil)
		return error(Enomem);
	m->to = c;
	m->flags = flags & MCREATE;
	m->src = kstrdup(src);
	m->mounted = mounted;
	h = lookhead(pg, name);
	if(h == nil){
		h = kzmalloc(sizeof *h);
		if(h == nil){
			kfree(m);
			return error(Enomem);
		}
		strlcpy(h->name, name, sizeof h->name);
		/* at the end: ns lists names in the order they were made, as rc must redo them */
		for(lh = &pg->heads; *lh; lh = &(*lh)->next)
			;
		*lh = h;
	}
	switch(flags & MORDER){
	case MBEFORE:
		m->next = h->mount;
		h->mount = m;
		break;
	case MAFTER:
		for(l = &h->mount; *l; l = &(*l)->next)
			;
		*l = m;
		break;
	default:	/* MREPL */
		freemounts(h->mount);
		h->mount = m;
		break;
	}
	return 0;
}

/* scheme: copy the scheme name the user gave (with or without the colon) */
static int
getname(uintptr uname, char *name)
{
	char buf[PATHMAX];
	int n;

	if(validstr(uname, buf, sizeof buf) == nil)
		return -1;
	n = strlen(buf);
	if(n > 0 && buf[n-1] == ':')
		buf[--n] = 0;
	if(n == 0 || n >= NAMEMAX)
		return error(Ebadname);
	strlcpy(name, buf, NAMEMAX);
	return 0;
}

long
sys_mount(u64int *a)
{
	char name[NAMEMAX], aname[PATHMAX], src[PATHMAX+8];
	Chan *c, *root;

	if(up->pgrp->nomount)
		return error(Eperm);
	c = fdtochan(a[0]);
	if(c == nil)
		return -1;
	if(getname(a[1], name) < 0)
		return -1;
	if(a[3] == 0)
		aname[0] = 0;
	else if(validstr(a[3], aname, sizeof aname) == nil)
		return -1;
	root = mntattach(c, aname);
	if(root == nil)
		return -1;
	/* for ns: what rc can mount again, if the file was posted */
	if(srvname(c, src, sizeof src) == nil)
		strlcpy(src, c->url ? c->url : "#chan", sizeof src);
	if(aname[0]){
		strlcat(src, " ", sizeof src);
		strlcat(src, aname, sizeof src);
	}
	if(addmount(up->pgrp, name, root, a[2], src, 1) < 0){
		cclose(root);
		return -1;
	}
	return 0;
}

long
sys_bind(u64int *a)
{
	char url[PATHMAX], full[PATHMAX], name[NAMEMAX];
	Chan *c;

	if(up->pgrp->nomount)
		return error(Eperm);
	if(validstr(a[0], url, sizeof url) == nil || getname(a[1], name) < 0)
		return -1;
	if(fullurl(url, full, sizeof full) < 0)
		return -1;
	c = namec(full, -1, 0);
	if(c == nil)
		return -1;
	if(addmount(up->pgrp, name, c, a[2], full, 0) < 0){
		cclose(c);
		return -1;
	}
	return 0;
}

long
sys_unmount(u64int *a)
{
	char name[NAMEMAX];
	Mhead *h, **l;

	if(up->pgrp->nomount)
		return error(Eperm);
	if(getname(a[0], name) < 0)
		return -1;
	for(l = &up->pgrp->heads; (h = *l) != nil; l = &h->next)
		if(strcmp(h->name, name) == 0){
			*l = h->next;
			freemounts(h->mount);
			kfree(h);
			return 0;
		}
	return error(Enotmounted);
}
