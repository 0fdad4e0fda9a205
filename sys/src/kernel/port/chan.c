/*
 * chan.c: channels (open files), file descriptors and name lookup.
 * A URL `scheme:path` names a root in the caller's namespace (pgrp.c)
 * and a file by the path walked from it.  A name without a scheme is
 * relative to the current directory, itself a URL.
 */
#include "all.h"
#include "url.h"

extern Dev bootdev, sysdev, procdev, irqdev, portdev, physdev, srvdev, pcidev;

/* the kernel-resident schemes */
static Dev *devtab[] = {
	&bootdev,
	&sysdev,
	&procdev,
	&irqdev,
	&portdev,
	&physdev,
	&srvdev,
	&pcidev,
};

/* devlookup: the kernel-resident scheme called name, or nil */
Dev*
devlookup(char *name)
{
	uint i;

	for(i = 0; i < nelem(devtab); i++)
		if(strcmp(devtab[i]->name, name) == 0)
			return devtab[i];
	return nil;
}

/* newchan: a channel of d, not yet open, with one reference */
Chan*
newchan(Dev *d)
{
	Chan *c;

	c = kzmalloc(sizeof *c);
	if(c == nil){
		error(Enomem);
		return nil;
	}
	c->ref = 1;
	c->dev = d;
	c->mode = -1;
	return c;
}

/* devattach: a new channel of d's root (qid path 0), of the given qid type */
Chan*
devattach(Dev *d, int type)
{
	Chan *c;

	if((c = newchan(d)) != nil)
		c->qid.type = type;
	return c;
}

/* incref: one more user of c */
void
incref(Chan *c)
{
	c->ref++;
}

/* cclose: one fewer; the last one closes it */
void
cclose(Chan *c)
{
	if(--c->ref > 0)
		return;
	if(c->dev->close)
		c->dev->close(c);
	kfree(c->url);
	kfree(c);
}

/*
 * The Unix device names programs and users type, and the schemes that
 * are those devices here (as Redox's libc maps them): rc's >/dev/null
 * or a ported program's fopen("/dev/null") would otherwise name a file
 * of file: (or of whatever scheme the current directory is in).  Only
 * these exact names; file:/dev/null is a file name like any other.
 */
static char *devnames[][2] = {
	{ "/dev/null",	"null:" },
	{ "/dev/zero",	"zero:" },
	{ "/dev/random",	"rand:" },
	{ "/dev/urandom",	"rand:" },
	{ "/dev/cons",	"cons:" },
	{ "/dev/tty",	"cons:" },
};

/*
 * fullurl: url made absolute against the current directory and cleaned
 * of ".", ".." and repeated slashes: "scheme:/a/b" (or "scheme:/"), by
 * cleanurl (url.c).  0, or -1 if it will
 * not fit in n bytes or is empty (no file is named "", as in POSIX:
 * `ls ''` is an error, not the current directory).  url and out may be
 * the same buffer.
 */
int
fullurl(char *url, char *out, int n)
{
	/*
	 * for url in out: one for the kernel, which never sleeps here
	 * and runs one process at a time with interrupts off
	 */
	static char copy[PATHMAX];
	uint i;

	if(url[0] == 0)
		return error(Enonexist);
	if(strncmp(url, "/dev/", 5) == 0)
		for(i = 0; i < nelem(devnames); i++)
			if(strcmp(url, devnames[i][0]) == 0){
				url = devnames[i][1];
				break;
			}
	if(url == out){
		if(strlcpy(copy, url, sizeof copy) >= sizeof copy)
			return error(Etoolong);
		url = copy;
	}
	if(cleanurl(url, up->dot, out, n) < 0)
		return error(Etoolong);
	return 0;
}

/* walkchan: a new Chan for the file n names below c, not open */
static Chan*
walkchan(Chan *c, char **names, int n)
{
	Chan *nc;
	int i;

	nc = newchan(c->dev);
	if(nc == nil)
		return nil;
	if(c->dev->walk){
		if(c->dev->walk(c, nc, names, n) < 0){
			nc->mnt = nil;
			cclose(nc);
			return nil;
		}
		return nc;
	}
	nc->qid = c->qid;
	nc->aux = c->aux;
	nc->auxp = c->auxp;
	for(i = 0; i < n; i++)
		if(c->dev->walk1 == nil || c->dev->walk1(nc, names[i]) < 0){
			if(c->dev->walk1 == nil)
				error(Enotdir);
			cclose(nc);
			return nil;
		}
	return nc;
}

/* cclone: a new, unopened Chan for c's file */
Chan*
cclone(Chan *c)
{
	return walkchan(c, nil, 0);
}

static int
openchan(Chan *c, int omode)
{
	if(c->dev->open(c, omode) < 0)
		return -1;
	c->mode = omode & 3;
	c->offset = 0;
	return 0;
}

/*
 * walkopenchan: walkchan of c and openchan of the result, in one step
 * where the Dev can; the open Chan, or nil with *walked saying whether
 * the file was there (the open failed) or not.
 */
static Chan*
walkopenchan(Chan *c, char **names, int n, int omode, int *walked)
{
	Chan *nc;
	int r;

	if(c->dev->walkopen == nil){
		nc = walkchan(c, names, n);
		*walked = nc != nil;
		if(nc != nil && openchan(nc, omode) < 0){
			cclose(nc);
			return nil;
		}
		return nc;
	}
	*walked = 0;
	if((nc = newchan(c->dev)) == nil)
		return nil;
	r = c->dev->walkopen(c, nc, names, n, omode);
	*walked = r >= 0;
	if(r <= 0){
		if(r < 0)
			nc->mnt = nil;
		cclose(nc);
		return nil;
	}
	nc->mode = omode & 3;
	nc->offset = 0;
	return nc;
}

static Chan* namec1(char *url, int omode, ulong perm, char *full, char **names);

/*
 * namec: the file named by url: walked, and opened with omode unless
 * omode is -1.  With OCREATE in omode a missing file is created with
 * perm (DMDIR for a directory) in the first member of a union marked
 * MCREATE (or its only member).  The Chan, or nil with the error set.
 */
Chan*
namec(char *url, int omode, ulong perm)
{
	char *buf;
	Chan *c;

	buf = kmalloc(PATHMAX + PATHMAX/2*sizeof(char*));
	if(buf == nil){
		error(Enomem);
		return nil;
	}
	c = namec1(url, omode, perm, buf, (char**)(buf + PATHMAX));
	kfree(buf);
	return c;
}

static Chan*
namec1(char *url, int omode, ulong perm, char *full, char **names)
{
	char *p, *scheme;
	Chan *root, *c;
	int n, i, flags, creat, nm, walked;

	if(fullurl(url, full, PATHMAX) < 0)
		return nil;
	p = strchr(full, ':');
	*p++ = 0;
	scheme = full;
	n = 0;
	while(*p){
		while(*p == '/')
			*p++ = 0;
		if(*p == 0)
			break;
		names[n++] = p;
		while(*p && *p != '/')
			p++;
	}
	creat = omode >= 0 && (omode & OCREATE);
	nm = nsmembers(up->pgrp, scheme);
	if(nm == 0){
		error(Enoscheme);
		return nil;
	}
	c = nil;
	if(nm == 1 && omode >= 0 && !(creat && (omode & OEXCL))){
		/* the common case, a file opened in a lone member: walk and open at once */
		if((root = nsroot(up->pgrp, scheme, 0, &flags)) == nil){
			error(Enoscheme);
			return nil;
		}
		c = walkopenchan(root, names, n, omode & ~(OCREATE|OEXCL), &walked);
		cclose(root);
		if(c == nil && walked)
			return nil;
	}else
		for(i = 0; (root = nsroot(up->pgrp, scheme, i, &flags)) != nil; i++){
			c = walkchan(root, names, n);
			cclose(root);
			if(c != nil)
				break;
		}
	if(c != nil){
		if(creat && (omode & OEXCL)){
			cclose(c);
			error(Eexist);
			return nil;
		}
		if(omode >= 0 && c->mode < 0 && openchan(c, omode & ~(OCREATE|OEXCL)) < 0){
			cclose(c);
			return nil;
		}
		/* srv:/NAME opens as the file posted there */
		if(omode >= 0 && (root = srvposted(c)) != nil){
			cclose(c);
			return root;
		}
		/* the root of a union, read as a directory: every member's entries */
		if(n == 0 && omode >= 0 && (omode & 3) == OREAD && (c->qid.type & QTDIR)
		&& nsmembers(up->pgrp, scheme) > 1){
			root = unionopen(up->pgrp, scheme, c);
			if(root != nil){
				cclose(c);
				return root;
			}
		}
		return c;
	}
	if(!creat || n == 0)
		return nil;
	/* create: in the first MCREATE member, else a lone member */
	for(i = 0; (root = nsroot(up->pgrp, scheme, i, &flags)) != nil; i++){
		if(flags & MCREATE)
			break;
		cclose(root);
	}
	if(root == nil){
		if(nsmembers(up->pgrp, scheme) != 1){
			error(Enocreate);
			return nil;
		}
		root = nsroot(up->pgrp, scheme, 0, &flags);
		if(root == nil){
			error(Enoscheme);
			return nil;
		}
	}
	c = walkchan(root, names, n-1);
	cclose(root);
	if(c == nil)
		return nil;
	if(c->dev->create == nil){
		cclose(c);
		error(Eperm);
		return nil;
	}
	if(c->dev->create(c, names[n-1], omode & ~(OCREATE|OEXCL), perm) < 0){
		cclose(c);
		return nil;
	}
	c->mode = omode & 3;
	c->offset = 0;
	return c;
}

/* newfd: the lowest free descriptor now refers to c; -1 if none */
int
newfd(Chan *c)
{
	int i;

	for(i = 0; i < NFD; i++)
		if(up->fd[i] == nil){
			up->fd[i] = c;
			up->fdcexec[i] = 0;
			return i;
		}
	return error(Enofd);
}

/* fdtochan: the channel of fd (any 64-bit value the user gave), or nil with the error set */
Chan*
fdtochan(uvlong fd)
{
	if(fd >= NFD || up->fd[fd] == nil){
		error(Ebadfd);
		return nil;
	}
	return up->fd[fd];
}
