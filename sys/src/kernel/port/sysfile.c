/*
 * sysfile.c: the system calls on files: open, close, pread, pwrite,
 * seek, dup, fstat, stat, fwstat, wstat, remove, chdir, getwd, errstr.  Arguments are checked here first,
 * then handed to the channel's Dev.
 */
#include "all.h"

/*
 * read or write in pieces of at most this, each checked then done;
 * more than a message, so a channel's read is never split
 */
enum { IOCHUNK = 2*MSIZE };

long
sys_open(u64int *a)
{
	char path[PATHMAX];
	Chan *c;
	int fd, omode;

	if(validstr(a[0], path, sizeof path) == nil)
		return -1;
	omode = a[1];
	if((omode & 3) == OEXEC)
		omode = (omode & ~3) | OREAD;
	c = namec(path, omode, a[2]);
	if(c == nil)
		return -1;
	c->append = (omode & OAPPEND) != 0;
	/* a stream (a TCP connection) may be mounted: ns names it by its URL */
	if((c->qid.type & QTAPPEND) && c->url == nil && fullurl(path, path, sizeof path) == 0)
		c->url = kstrdup(path);
	fd = newfd(c);
	if(fd < 0)
		cclose(c);
	else
		up->fdcexec[fd] = (omode & OCEXEC) != 0;
	return fd;
}

long
sys_close(u64int *a)
{
	Chan *c;

	c = fdtochan(a[0]);
	if(c == nil)
		return -1;
	up->fd[a[0]] = nil;
	up->fdcexec[a[0]] = 0;
	cclose(c);
	return 0;
}

/* rw: pread/pwrite: move n bytes between user buf and c at off (-1: c's offset) */
static vlong chanlength(Chan *c);

static long
rw(u64int *a, int write)
{
	Chan *c;
	uintptr buf;
	long n, m, done;
	vlong off;
	int useoff;

	c = fdtochan(a[0]);
	if(c == nil)
		return -1;
	if(c->mode < 0)
		return error(Enotopen);
	if(write && c->mode == OREAD)
		return error(Enotwrite);
	if(!write && c->mode == OWRITE)
		return error(Enotread);
	buf = a[1];
	n = a[2];
	if(n < 0)
		return error(Ebadarg);
	off = a[3];
	useoff = off == -1;
	if(useoff)
		off = c->offset;
	/* an append-only file (QTAPPEND) is put at its end by its server: no stat needed */
	if(write && useoff && c->append && !(c->qid.type & QTAPPEND)){
		off = chanlength(c);
		if(off < 0)
			return -1;
	}
	if(off < 0)
		return error(Ebadarg);
	done = 0;
	do{
		m = n - done;
		if(m > IOCHUNK)
			m = IOCHUNK;
		/*
		 * A read of a pipe or channel has its pages checked by
		 * connread, only those it fills (a server's big buffer
		 * takes small messages); here only that it is user memory.
		 */
		if(!write && isstream(c)){
			if(buf + done >= UADDRTOP || (uintptr)m > UADDRTOP - (buf + done))
				return done ? done : error(Ebadaddr);
		}else if(validaddr(buf + done, m, !write) < 0)
			return done ? done : -1;
		if(write)
			m = c->dev->write(c, (void*)(buf + done), m, off);
		else
			m = c->dev->read(c, (void*)(buf + done), m, off);
		if(m < 0)
			return done ? done : -1;
		done += m;
		off += m;
		if(useoff)
			c->offset = off;
		if(!write && isstream(c))
			break;	/* a pipe gives what it has: never wait again with data in hand */
	}while(m == IOCHUNK && done < n);
	return done;
}

long
sys_pread(u64int *a)
{
	return rw(a, 0);
}

long
sys_pwrite(u64int *a)
{
	return rw(a, 1);
}

/* chanlength: the length of c's file, from its stat entry; -1 on error */
static vlong
chanlength(Chan *c)
{
	Dir d;
	uchar buf[STATFIXLEN + 4*256];

	if(c->dev->stat == nil || c->dev->stat(c, buf, sizeof buf) < 0)
		return -1;
	if(convM2D(buf, sizeof buf, &d, nil) == 0)
		return error(Eproto);
	return d.length;
}

long
sys_seek(u64int *a)
{
	Chan *c;
	vlong off, len;

	c = fdtochan(a[0]);
	if(c == nil)
		return -1;
	if(isstream(c))
		return error(Espipe);
	off = a[1];
	switch(a[2]){
	case SEEK_SET:
		break;
	case SEEK_CUR:
		off += c->offset;
		break;
	case SEEK_END:
		if((len = chanlength(c)) < 0)
			return -1;
		off += len;
		break;
	default:
		return error(Ebadarg);
	}
	if(off < 0)
		return error(Ebadarg);
	/* a directory is read as whole entries: it can only start again */
	if((c->qid.type & QTDIR) && off != 0 && off != c->offset)
		return error(Eisdir);
	c->offset = off;
	return off;
}

long
sys_dup(u64int *a)
{
	Chan *c;
	long new, old;

	c = fdtochan(a[0]);
	if(c == nil)
		return -1;
	new = (long)a[1];
	if(new != -1 && (new & (DGETCEXEC|DSETCEXEC|DCLRCEXEC))){
		/* fd's close-on-exec flag; back: the old flag, the open mode <<1, OAPPEND 8 */
		new &= 0xffff;
		if(new != (long)a[0])
			return error(Ebadarg);
		old = up->fdcexec[new] | (c->mode & 3) << 1 | (c->append ? 8 : 0);
		if(a[1] & (DSETCEXEC|DCLRCEXEC))
			up->fdcexec[new] = (a[1] & DSETCEXEC) != 0;
		return old;
	}
	if(new == -1){
		new = newfd(c);
		if(new < 0)
			return -1;
		incref(c);
		return new;
	}
	if(new < 0 || new >= NFD)
		return error(Ebadfd);
	if(new == (long)a[0])
		return new;
	incref(c);
	if(up->fd[new])
		cclose(up->fd[new]);
	up->fd[new] = c;
	up->fdcexec[new] = 0;
	return new;
}

/* statout: c's stat entry into the user buffer a[1] of a[2] bytes */
static long
statout(Chan *c, u64int *a)
{
	usize n;
	long r;

	n = a[2];
	if(n > STATMAX)
		n = STATMAX;
	if(n < BIT16SZ)
		return error(Eshort);
	if(validaddr(a[1], n, 1) < 0)
		return -1;
	if(c->dev->stat == nil)
		return error(Eperm);
	r = c->dev->stat(c, (uchar*)a[1], n);
	return r;
}

/* statin: check the user's stat entry a[1], a[2] and apply it to c */
static long
statin(Chan *c, u64int *a)
{
	if(a[2] > STATMAX || validaddr(a[1], a[2], 0) < 0)
		return error(Ebadaddr);
	if(statcheck((uchar*)a[1], a[2]) < 0)
		return error(Ebadstat);
	if(c->dev->wstat == nil)
		return error(Eperm);
	return c->dev->wstat(c, (uchar*)a[1], a[2]);
}

long
sys_fwstat(u64int *a)
{
	Chan *c;

	c = fdtochan(a[0]);
	if(c == nil)
		return -1;
	return statin(c, a);
}

long
sys_wstat(u64int *a)
{
	char path[PATHMAX];
	Chan *c;
	long r;

	if(validstr(a[0], path, sizeof path) == nil)
		return -1;
	c = namec(path, -1, 0);
	if(c == nil)
		return -1;
	r = statin(c, a);
	cclose(c);
	return r;
}

long
sys_remove(u64int *a)
{
	char path[PATHMAX];
	Chan *c;
	long r;

	if(validstr(a[0], path, sizeof path) == nil)
		return -1;
	c = namec(path, -1, 0);
	if(c == nil)
		return -1;
	if(c->dev->remove == nil){
		cclose(c);
		return error(Eperm);
	}
	r = c->dev->remove(c);
	cclose(c);
	return r;
}

long
sys_chdir(u64int *a)
{
	char path[PATHMAX], full[PATHMAX];
	Chan *c;
	int isdir;

	if(validstr(a[0], path, sizeof path) == nil)
		return -1;
	if(fullurl(path, full, sizeof full) < 0)
		return -1;
	c = namec(full, -1, 0);
	if(c == nil)
		return -1;
	isdir = (c->qid.type & QTDIR) != 0;
	cclose(c);
	if(!isdir)
		return error(Enotdir);
	strlcpy(up->dot, full, sizeof up->dot);
	return 0;
}

long
sys_getwd(u64int *a)
{
	usize n;

	n = strlen(up->dot) + 1;
	if(n > a[1])
		return error(Eshort);
	if(copyout(a[0], up->dot, n) < 0)
		return -1;
	return n - 1;
}

long
sys_fstat(u64int *a)
{
	Chan *c;

	c = fdtochan(a[0]);
	if(c == nil)
		return -1;
	return statout(c, a);
}

long
sys_stat(u64int *a)
{
	char path[PATHMAX];
	Chan *c;
	long r;

	if(validstr(a[0], path, sizeof path) == nil)
		return -1;
	c = namec(path, -1, 0);
	if(c == nil)
		return -1;
	r = statout(c, a);
	cclose(c);
	return r;
}

long
sys_errstr(u64int *a)
{
	usize n;

	n = strlen(up->err) + 1;
	if(n > a[1])
		n = a[1];
	if(n == 0)
		return 0;
	if(validaddr(a[0], n, 1) < 0)
		return -1;
	memmove((void*)a[0], up->err, n-1);
	((char*)a[0])[n-1] = 0;
	return n-1;
}
