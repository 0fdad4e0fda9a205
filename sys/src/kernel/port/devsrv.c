/*
 * devsrv.c: srv:, open files posted under a name for others to use,
 * as Plan 9's srv(3).  One directory for the whole machine:
 *	create srv:/NAME, then write a descriptor's number to it: the
 *		descriptor's open file is posted as NAME;
 *	open srv:/NAME gives that same open file (a channel end or pipe
 *		that a server answers on, ready for mount(2));
 *	remove srv:/NAME takes the post away.
 * A post holds its file open until it is removed, so its server stays.
 */
#include "all.h"
#include "dev.h"

typedef struct Srvent Srvent;
struct Srvent {
	char	name[NAMEMAX];
	char	*uid;		/* who posted it: "sys" or "none" */
	ulong	perm;
	uvlong	path;		/* its qid.path, never 0 (the directory) */
	Chan	*chan;		/* what is posted, nil until written */
	Srvent	*next;
};

static Srvent	*srvs;
static uvlong	srvpath;

extern Dev srvdev;

static Srvent*
lookpath(uvlong path)
{
	Srvent *e;

	for(e = srvs; e; e = e->next)
		if(e->path == path)
			return e;
	return nil;
}

static Chan* srvattach(char *spec) { USED(spec); return devattach(&srvdev, QTDIR); }

static int
srvwalk(Chan *c, char *elem)
{
	Srvent *e;

	if(c->qid.path != 0)
		return error(Enotdir);
	if(strcmp(elem, "..") == 0)
		return 0;
	for(e = srvs; e; e = e->next)
		if(strcmp(e->name, elem) == 0){
			c->qid.path = e->path;
			c->qid.type = QTFILE;
			return 0;
		}
	return error(Enonexist);
}

static int
srvopen(Chan *c, int omode)
{
	Srvent *e;

	if(c->qid.path == 0)
		return devpermit("srv", DMDIR|0555, omode);
	e = lookpath(c->qid.path);
	if(e == nil)
		return error(Enonexist);
	return devpermit(e->uid, e->perm, omode);
}

/* srvposted: the open file posted at c (referenced), nil if c is the directory or an empty post */
Chan*
srvposted(Chan *c)
{
	Srvent *e;

	if(c->dev != &srvdev || c->qid.path == 0 || (e = lookpath(c->qid.path)) == nil || e->chan == nil)
		return nil;
	incref(e->chan);
	return e->chan;
}

/* srvname: "srv:/NAME" if c is posted, for ns; else nil */
char*
srvname(Chan *c, char *buf, int n)
{
	Srvent *e;

	for(e = srvs; e; e = e->next)
		if(e->chan == c){
			snprintf(buf, n, "srv:/%s", e->name);
			return buf;
		}
	return nil;
}

static int
srvcreate(Chan *c, char *name, int omode, ulong perm)
{
	Srvent *e;

	if(c->qid.path != 0)
		return error(Enotdir);
	if(perm & DMDIR)
		return error(Eperm);
	if(strlen(name) == 0 || strlen(name) >= NAMEMAX || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		return error(Ebadfile);
	for(e = srvs; e; e = e->next)
		if(strcmp(e->name, name) == 0)
			return error(Eexist);
	e = kzmalloc(sizeof *e);
	if(e == nil)
		return error(Enomem);
	strlcpy(e->name, name, sizeof e->name);
	e->perm = perm & 0666;
	e->uid = procuser();
	e->path = ++srvpath;
	e->next = srvs;
	srvs = e;
	c->qid.path = e->path;
	c->qid.type = QTFILE;
	USED(omode);
	return 0;
}

static int
srvgen(int i, Dir *d, void *aux)
{
	Srvent *e;

	USED(aux);
	for(e = srvs; e && i > 0; e = e->next)
		i--;
	if(e == nil)
		return -1;
	memset(d, 0, sizeof *d);
	d->qid.path = e->path;
	d->mode = e->perm;
	d->name = e->name;
	d->uid = d->gid = d->muid = e->uid;
	return 0;
}

static long
srvread(Chan *c, void *buf, long n, vlong off)
{
	if(c->qid.path == 0)
		return devdirread(c, buf, n, off, srvgen, c);
	return error(Eperm);
}

/* write "N": post the open file of descriptor N */
static long
srvwrite(Chan *c, void *buf, long n, vlong off)
{
	char s[16];
	Srvent *e;
	Chan *f;
	int i;

	USED(off);
	e = lookpath(c->qid.path);
	if(e == nil)
		return error(Enonexist);
	if(e->chan != nil)
		return error(Eposted);
	if(n <= 0 || n >= (long)sizeof s)
		return error(Ebadfdnum);
	memmove(s, buf, n);
	s[n] = 0;
	for(i = 0; i < n; i++)
		if((s[i] < '0' || s[i] > '9') && !(i == n-1 && s[i] == '\n'))
			return error(Ebadfdnum);
	f = fdtochan(katoi(s));
	if(f == nil)
		return -1;
	if(f->dev == &srvdev)
		return error(Ebadfdnum);
	incref(f);
	e->chan = f;
	return n;
}

static int
srvremove(Chan *c)
{
	Srvent *e, **l;

	for(l = &srvs; (e = *l) != nil; l = &e->next)
		if(e->path == c->qid.path){
			*l = e->next;
			if(e->chan)
				cclose(e->chan);
			kfree(e);
			return 0;
		}
	return error(Enonexist);
}

static int
srvstat(Chan *c, uchar *buf, int n)
{
	Dir d;
	Srvent *e;

	memset(&d, 0, sizeof d);
	if(c->qid.path == 0){
		d.qid.type = QTDIR;
		d.mode = DMDIR|0555;
		d.name = "/";
		d.uid = d.gid = d.muid = "srv";
		return devstatout(&d, buf, n);
	}
	e = lookpath(c->qid.path);
	if(e == nil)
		return error(Enonexist);
	d.qid = c->qid;
	d.mode = e->perm;
	d.name = e->name;
	d.uid = d.gid = d.muid = e->uid;
	return devstatout(&d, buf, n);
}

Dev srvdev = {
	.name = "srv",
	.attach = srvattach,
	.walk1 = srvwalk,
	.open = srvopen,
	.create = srvcreate,
	.read = srvread,
	.write = srvwrite,
	.stat = srvstat,
	.remove = srvremove,
};
