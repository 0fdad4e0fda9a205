/*
 * conn.c: kernel channels and pipes.  A Conn has two ends, each an fd.
 * What is written at one end is read at the other: for a channel, one
 * whole message per write and per read (a buffer too small for the
 * next message is an error); for a pipe, a byte stream (pipe(2): fd[0]
 * reads, fd[1] writes, as in Unix).  An end given to mount(2) belongs
 * to the kernel's 9P client: what the server writes at the other end
 * goes straight to it (mnt.c) instead of waiting in a queue.
 */
#include "all.h"

enum {
	QMAX	= 256*1024,	/* bytes that may wait at one end */
};

struct Msg {
	Msg	*next;
	long	n;		/* bytes left */
	long	off;		/* bytes already read (pipes) */
	uchar	data[];
};

struct Conn {
	int	ref[2];		/* open Chans of each end */
	int	stream;		/* a pipe */
	Msg	*q[2];		/* waiting to be read at end i */
	Msg	*qtail[2];
	long	qbytes[2];
	Mnt	*mnt[2];	/* end i is a mount's: writes at 1-i go there */
	int	rendez[2];	/* readers of end i sleep on &rendez[i] */
	int	wrendez[2];	/* writers to end i sleep on &wrendez[i] */
};

extern Dev conndev;

static Chan*
endchan(Conn *k, int end)
{
	Chan *c;

	c = newchan(&conndev);
	if(c == nil)
		return nil;
	c->auxp = k;
	c->aux = end;
	c->mode = ORDWR;
	c->qid.path = (uvlong)(uintptr)k + end;
	c->qid.type = QTFILE;
	k->ref[end]++;
	return c;
}

/* isstream: is c a pipe or channel end (reads return what is there, no seeking)? */
int
isstream(Chan *c)
{
	return c->dev == &conndev;
}

/* connof: the Conn of a channel end, and which end; nil if c is not one */
Conn*
connof(Chan *c, int *end)
{
	if(c->dev != &conndev)
		return nil;
	*end = c->aux;
	return c->auxp;
}

/* connsetmnt: end of k now belongs to the 9P client m */
void
connsetmnt(Conn *k, int end, Mnt *m)
{
	k->mnt[end] = m;
}

/* connmnt: the 9P client that end of k belongs to, or nil */
Mnt*
connmnt(Conn *k, int end)
{
	return k->mnt[end];
}

/* connisstream: is k a pipe (a byte stream), not a channel? */
int
connisstream(Conn *k)
{
	return k->stream;
}

static void freeconn(Conn *k);

/* connclosed: is the other end of end gone (no Chans and no mount)? */
int
connclosed(Conn *k, int end)
{
	return k->ref[1-end] == 0 && k->mnt[1-end] == nil;
}

/* connrelease: the 9P client lets go of end: its server sees end of file */
void
connrelease(Conn *k, int end)
{
	k->mnt[end] = nil;
	if(k->ref[end] > 0)
		return;
	wakeup(&k->rendez[1-end]);
	wakeup(&k->wrendez[end]);
	pollwake();
	if(k->ref[0] == 0 && k->ref[1] == 0 && k->mnt[0] == nil && k->mnt[1] == nil)
		freeconn(k);
}

static void
freeconn(Conn *k)
{
	Msg *m;
	int i;

	for(i = 0; i < 2; i++)
		while((m = k->q[i]) != nil){
			k->q[i] = m->next;
			kfree(m);
		}
	kfree(k);
}

/*
 * connsend: deliver n bytes written at end to the other end: to its
 * mount, or into its queue (waiting while the queue is full).
 * n, or -1 with the error set.
 */
int
connsend(Conn *k, int end, uchar *data, long n)
{
	Msg *m;
	uchar *p;

	if(k->mnt[1-end] != nil)
		return mntinput(k->mnt[1-end], data, n) < 0 ? -1 : n;
	m = connmsg(n, &p);
	if(m == nil)
		return error(Enomem);
	memmove(p, data, n);
	return connput(k, end, m) < 0 ? -1 : n;
}

/* connmsg: a message of n bytes for connput; its bytes in *data; nil if no memory */
Msg*
connmsg(long n, uchar **data)
{
	Msg *m;

	m = kmalloc(sizeof *m + n);
	if(m == nil)
		return nil;
	m->next = nil;
	m->n = n;
	m->off = 0;
	*data = m->data;
	return m;
}

/*
 * connput: queue m, written at end, for the other end to read (the
 * queue given m, or m freed); 0, or -1 if the other end is gone or the
 * writer was interrupted waiting for room.
 */
int
connput(Conn *k, int end, Msg *m)
{
	int to, r;

	to = 1 - end;
	if(k->mnt[to] != nil){
		/* both ends mounted: straight to the other mount */
		r = mntinput(k->mnt[to], m->data, m->n);
		kfree(m);
		return r < 0 ? -1 : 0;
	}
	while(k->qbytes[to] >= QMAX && !connclosed(k, to) && k->ref[to] > 0){
		sleep(&k->wrendez[to]);
		if(interrupted()){
			kfree(m);
			return error(Eintr);
		}
	}
	if(k->ref[to] == 0){
		kfree(m);
		if(!k->stream)
			return error(Ehungup);
		/* as Unix's SIGPIPE: the writer dies of it unless it handles notes */
		postnote(up->pid, "sys: write on closed pipe");
		return error(Epipe);
	}
	if(k->qtail[to])
		k->qtail[to]->next = m;
	else
		k->q[to] = m;
	k->qtail[to] = m;
	k->qbytes[to] += m->n;
	wakeup(&k->rendez[to]);
	pollwake();
	return 0;
}

static long
connread(Chan *c, void *buf, long n, vlong off)
{
	Conn *k;
	int end;
	Msg *m;
	long r;

	USED(off);
	k = c->auxp;
	end = c->aux;
	while(k->q[end] == nil){
		if(connclosed(k, end))
			return 0;
		sleep(&k->rendez[end]);
		if(interrupted())
			return error(Eintr);
	}
	m = k->q[end];
	if(!k->stream && m->n > n)
		return error(Emsgshort);
	r = m->n < n ? m->n : n;
	if((uintptr)buf < UADDRTOP && validaddr((uintptr)buf, r, 1) < 0)
		return -1;
	memmove(buf, m->data + m->off, r);
	m->off += r;
	m->n -= r;
	k->qbytes[end] -= r;
	if(m->n == 0){
		k->q[end] = m->next;
		if(k->q[end] == nil)
			k->qtail[end] = nil;
		kfree(m);
	}
	wakeup(&k->wrendez[end]);
	pollwake();
	return r;
}

static long
connwrite(Chan *c, void *buf, long n, vlong off)
{
	Conn *k;

	USED(off);
	k = c->auxp;
	if(!k->stream && n > MSIZE)
		return error(Emsglarge);
	if(n == 0 && k->stream)
		return 0;
	return connsend(k, c->aux, buf, n);
}

static void
connclose(Chan *c)
{
	Conn *k;
	int end;

	k = c->auxp;
	end = c->aux;
	k->ref[end]--;
	if(k->ref[end] > 0)
		return;
	/*
	 * the other side learns: its readers see end of file, its writers
	 * (asleep on this end's full queue) "write on closed pipe", its
	 * mount "server gone"
	 */
	wakeup(&k->rendez[1-end]);
	wakeup(&k->wrendez[end]);
	pollwake();
	if(k->mnt[1-end] != nil)
		mntdead(k->mnt[1-end]);
	if(k->ref[0] == 0 && k->ref[1] == 0 && k->mnt[0] == nil && k->mnt[1] == nil)
		freeconn(k);
}

static int
connstat(Chan *c, uchar *buf, int n)
{
	Dir d;
	Conn *k;

	k = c->auxp;
	memset(&d, 0, sizeof d);
	d.qid = c->qid;
	d.mode = 0600;
	d.length = k->qbytes[c->aux];
	d.name = k->stream ? "pipe" : "chan";
	d.uid = d.gid = d.muid = "none";
	return devstatout(&d, buf, n);
}

/*
 * connready: what end may do without waiting: read (a message is
 * queued, or the other end is gone: end of file, Pollhup), write (the
 * other end's queue has room; Pollerr if it is gone).  A pipe's fd[0]
 * only reads and its fd[1] only writes.
 */
static int
connready(Chan *c, int want)
{
	Conn *k;
	int end, r;

	USED(want);
	k = c->auxp;
	end = c->aux;
	r = 0;
	if(!k->stream || end == 0){
		if(k->q[end] != nil)
			r |= Pollin;
		else if(connclosed(k, end))
			r |= Pollin|Pollhup;
	}
	if(!k->stream || end == 1){
		if(connclosed(k, end))
			r |= k->stream ? Pollerr : Pollhup;
		else if(k->qbytes[1-end] < QMAX)
			r |= Pollout;
	}
	return r;
}

static int
connopen(Chan *c, int omode)
{
	USED(c); USED(omode);
	return 0;
}

Dev conndev = {
	.name = "pipe",
	.open = connopen,
	.read = connread,
	.write = connwrite,
	.close = connclose,
	.stat = connstat,
	.ready = connready,
};

/* newconn: a Conn and fds for both its ends, stored in user fd[2] */
static long
newconn(uintptr ufd, int stream)
{
	Conn *k;
	Chan *c0, *c1;
	int fd[2];

	if(validaddr(ufd, 2*sizeof(int), 1) < 0)
		return -1;
	k = kzmalloc(sizeof *k);
	if(k == nil)
		return error(Enomem);
	k->stream = stream;
	c0 = endchan(k, 0);
	c1 = endchan(k, 1);
	if(c0 == nil || c1 == nil){
		if(c0) cclose(c0);
		if(c1) cclose(c1);
		return -1;
	}
	fd[0] = newfd(c0);
	fd[1] = fd[0] < 0 ? -1 : newfd(c1);
	if(fd[1] < 0){
		if(fd[0] >= 0)
			up->fd[fd[0]] = nil;
		cclose(c0);
		cclose(c1);
		return -1;
	}
	memmove((void*)ufd, fd, sizeof fd);
	return 0;
}

long
sys_chan(u64int *a)
{
	return newconn(a[0], 0);
}

long
sys_pipe(u64int *a)
{
	return newconn(a[0], 1);
}
