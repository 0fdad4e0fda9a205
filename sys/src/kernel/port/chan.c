/*
 * chan.c: channels (open files), file descriptors and name lookup.
 * A URL `scheme:path` names a Dev by its scheme and a file by the
 * path walked from that Dev's root.  A name without a scheme is taken
 * relative to boot: until the file: server exists (issue 3 makes the
 * current directory a URL).
 */
#include "all.h"

extern Dev bootdev, sysdev;

static Dev *devtab[] = {
	&bootdev,
	&sysdev,
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
		error("out of memory");
		return nil;
	}
	c->ref = 1;
	c->dev = d;
	c->mode = -1;
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
	kfree(c);
}

/*
 * namec: walk to the file named by url and, if omode >= 0, open it
 * with that mode; the channel, or nil with the error set.
 */
Chan*
namec(char *url, int omode)
{
	char scheme[32], *path, *elem, *e;
	char buf[PATHMAX];
	Dev *d;
	Chan *c;
	int n;

	for(n = 0; url[n] && url[n] != ':' && url[n] != '/'; n++)
		;
	if(url[n] == ':' && n > 0 && n < (int)sizeof scheme){
		memmove(scheme, url, n);
		scheme[n] = 0;
		path = url + n + 1;
	}else{
		strlcpy(scheme, "boot", sizeof scheme);
		path = url;
	}
	d = devlookup(scheme);
	if(d == nil){
		error("unknown scheme");
		return nil;
	}
	c = d->attach("");
	if(c == nil)
		return nil;
	strlcpy(buf, path, sizeof buf);
	for(elem = buf; *elem; elem = e){
		while(*elem == '/')
			elem++;
		if(*elem == 0)
			break;
		e = elem;
		while(*e && *e != '/')
			e++;
		if(*e)
			*e++ = 0;
		if(strcmp(elem, ".") == 0)
			continue;
		if(d->walk(c, elem) < 0){
			cclose(c);
			return nil;
		}
	}
	if(omode >= 0){
		if(d->open(c, omode) < 0){
			cclose(c);
			return nil;
		}
		c->mode = omode & 3;
		c->offset = 0;
	}
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
			return i;
		}
	return error("too many open files");
}

/* fdtochan: the channel of fd, or nil with the error set */
Chan*
fdtochan(int fd)
{
	if(fd < 0 || fd >= NFD || up->fd[fd] == nil){
		error("fd out of range or not open");
		return nil;
	}
	return up->fd[fd];
}
