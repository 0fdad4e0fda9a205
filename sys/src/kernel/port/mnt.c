/*
 * mnt.c: the kernel as a 9P2000 client, as Plan 9's mount driver.
 * A Mnt is one connection to a server over a channel end; each file of
 * the server is a Chan holding a fid.  Each system call becomes an RPC:
 * a T-message with a fresh tag goes to the server's end, and the caller
 * sleeps until the R-message with that tag comes back (in any order),
 * the server goes away, or the caller is killed (then a Tflush is sent
 * and the tag stays reserved until the server answers it).
 * The requests themselves are mntrpc.c's.
 */
#include "all.h"
#include "mnt.h"

static Mnt	*pullmnts;	/* mounts over files, to share a session */

static uvlong	nmntid;	/* the last session's id */

extern Dev mntdev;

static int mntwalk(Chan *c, Chan *nc, char **names, int n);
static int mntcreate(Chan *c, char *name, int omode, ulong perm);

void
putmnt(Mnt *m)
{
	if(--m->ref > 0)
		return;
	while(m->rpcs)
		freerpc(m, m->rpcs);
	if(m->xc != nil){
		Mnt **l;

		for(l = &pullmnts; *l; l = &(*l)->xnext)
			if(*l == m){
				*l = m->xnext;
				break;
			}
		cclose(m->xc);
		kfree(m->xbuf);
	}else
		connrelease(m->conn, m->end);
	kfree(m->rbuf);
	kfree(m);
}

/*
 * mntattach: start a 9P session over the channel end c (Tversion,
 * Tattach with aname); the root's Chan, or nil.
 */
static Chan*	session(Mnt *m, char *aname, int fresh);

/*
 * pullattach: a 9P session over c, an open file of another server (a
 * TCP connection): the mount reads it itself.  One session per file.
 */
static Chan*
pullattach(Chan *c, char *aname)
{
	Mnt *m;

	/* a stream (QTAPPEND: netd's data files): never a Tversion into an ordinary file */
	if(c->dev != &mntdev || c->mode != ORDWR || !(c->qid.type & QTAPPEND)){
		error(Enot9pfile);
		return nil;
	}
	for(m = pullmnts; m; m = m->xnext)
		if(m->xc == c){
			if(m->dead){
				error(Ehungup);
				return nil;
			}
			m->ref++;
			return session(m, aname, 0);
		}
	m = kzmalloc(sizeof *m);
	if(m == nil || (m->rbuf = kmalloc(MSIZE)) == nil || (m->xbuf = kmalloc(MSIZE)) == nil){
		if(m != nil){
			kfree(m->rbuf);
			kfree(m);
		}
		error(Enomem);
		return nil;
	}
	m->ref = 1;
	m->id = ++nmntid;
	m->msize = MSIZE;
	m->stream = 1;
	m->xc = c;
	incref(c);
	m->xnext = pullmnts;
	pullmnts = m;
	return session(m, aname, 1);
}

Chan*
mntattach(Chan *c, char *aname)
{
	Conn *k;
	int end;
	Mnt *m;

	k = connof(c, &end);
	if(k == nil)
		return pullattach(c, aname);
	m = connmnt(k, end);
	if(m != nil){
		/* mounted already: one 9P session, a new attach on it (as Plan 9) */
		if(m->dead){
			error(Ehungup);
			return nil;
		}
		m->ref++;
		return session(m, aname, 0);
	}
	if(connclosed(k, end)){
		error(Ehungup);
		return nil;
	}
	m = kzmalloc(sizeof *m);
	if(m == nil){
		error(Enomem);
		return nil;
	}
	m->ref = 1;
	m->id = ++nmntid;
	m->conn = k;
	m->end = end;
	m->msize = MSIZE;
	m->stream = connisstream(k);
	if(m->stream && (m->rbuf = kmalloc(MSIZE)) == nil){
		kfree(m);
		error(Enomem);
		return nil;
	}
	connsetmnt(k, end, m);
	return session(m, aname, 1);
}

/*
 * session: on m (whose reference the caller gives), Tversion if fresh,
 * then Tattach with aname: the root's Chan, or nil (m let go).
 */
static Chan*
session(Mnt *m, char *aname, int fresh)
{
	Fcall t, rx;
	uchar *b;
	Chan *root;

	if(fresh){
		t.type = Tversion;
		t.msize = MSIZE;
		t.version = VERSION9P;
		b = rpc(m, &t, &rx);
		if(b == nil)
			goto bad;
		if(strcmp(rx.version, VERSION9P) != 0 || rx.msize < 256 || rx.msize > MSIZE){
			kfree(b);
			error(Enot9p);
			goto bad;
		}
		m->msize = rx.msize;
		kfree(b);
	}
	t.type = Tattach;
	t.fid = m->nextfid++;
	t.afid = NOFID;
	t.uname = "none";
	t.aname = aname;
	b = rpc(m, &t, &rx);
	if(b == nil)
		goto bad;
	root = newchan(&mntdev);
	if(root == nil){
		kfree(b);
		goto bad;
	}
	root->mnt = m;
	root->fid = t.fid;
	root->qid = rx.qid;
	kfree(b);
	return root;
bad:
	putmnt(m);
	return nil;
}

static int
mntwalk(Chan *c, Chan *nc, char **names, int n)
{
	Mnt *m;
	Fcall t, rx;
	uchar *b;
	int i, k, first;

	m = c->mnt;
	t.type = Twalk;
	t.fid = c->fid;
	t.newfid = m->nextfid++;
	nc->mnt = m;
	nc->fid = t.newfid;
	nc->qid = c->qid;
	first = 1;
	i = 0;
	do{
		k = n - i;
		if(k > MAXWELEM)
			k = MAXWELEM;
		t.nwname = k;
		memmove(t.wname, names + i, k*sizeof(char*));
		b = rpc(m, &t, &rx);
		if(b == nil || rx.nwqid != k){
			if(b != nil){
				kfree(b);
				error(Enonexist);
			}
			if(!first)
				goto clunk;
			nc->mnt = nil;
			return -1;
		}
		if(k > 0)
			nc->qid = rx.wqid[k-1];
		kfree(b);
		first = 0;
		i += k;
		t.fid = t.newfid;	/* on from where we got */
	}while(i < n);
	m->ref++;
	return 0;
clunk:
	/* newfid exists but stands part way: let it go */
	t.type = Tclunk;
	t.fid = nc->fid;
	if((b = rpc(m, &t, &rx)) != nil)
		kfree(b);
	nc->mnt = nil;
	return -1;
}

/*
 * mntwalkopen: mntwalk and mntopen in one round trip: the Topen of the
 * new fid goes out behind the Twalk that makes it, without waiting.
 * A server may take requests in any order: an open refused before its
 * walk was answered (the fid not made yet) is tried again alone.  An
 * open refused after is refused: trying again would do twice what
 * the failure did (a refused dial).  1: walked and open; 0: walked,
 * not open (nc holds the fid); -1: not walked.
 */
static int
mntwalkopen(Chan *c, Chan *nc, char **names, int n, int omode)
{
	Mnt *m;
	Fcall t, o, rx;
	Rpc rw, ro;
	uchar *b;
	int sent;

	if(n > MAXWELEM){
		if(mntwalk(c, nc, names, n) < 0)
			return -1;
		return mntcreate(nc, nil, omode, 0) < 0 ? 0 : 1;
	}
	m = c->mnt;
	m->ref++;	/* as rpcread: held while this sleeps */
	t.type = Twalk;
	t.fid = c->fid;
	t.newfid = m->nextfid++;
	t.nwname = n;
	memmove(t.wname, names, n*sizeof(char*));
	o.type = Topen;
	o.fid = t.newfid;
	o.mode = omode & (3|OTRUNC|ORCLOSE);
	if(start(m, &t, &rw, nil) < 0){
		putmnt(m);
		return -1;
	}
	sent = start(m, &o, &ro, nil) == 0;
	b = await(m, &t, &rw, &rx);
	if(b == nil || rx.nwqid != n){
		if(b != nil){
			kfree(b);
			error(Enonexist);
		}
		if(sent)
			abandon(m, &ro);
		putmnt(m);
		return -1;
	}
	nc->mnt = m;	/* its reference is the one taken above */
	nc->fid = t.newfid;
	nc->qid = n > 0 ? rx.wqid[n-1] : c->qid;
	kfree(b);
	if(sent && (b = await(m, &o, &ro, &rx)) != nil){
		nc->qid = rx.qid;
		nc->iounit = rx.iounit;
		kfree(b);
		return 1;
	}
	if(sent && !(ro.done && ro.seq < rw.seq))
		return 0;	/* refused in its turn, or interrupted */
	return mntcreate(nc, nil, omode, 0) < 0 ? 0 : 1;
}

/* mntcreate: Tcreate, or with no name Topen */
static int
mntcreate(Chan *c, char *name, int omode, ulong perm)
{
	Fcall t, rx;
	uchar *b;

	t.type = name != nil ? Tcreate : Topen;
	t.fid = c->fid;
	t.name = name;
	t.perm = perm;
	t.mode = omode & (3|OTRUNC|ORCLOSE);
	b = rpc(c->mnt, &t, &rx);
	if(b == nil)
		return -1;
	c->qid = rx.qid;
	c->iounit = rx.iounit;
	kfree(b);
	return 0;
}

static int
mntopen(Chan *c, int omode)
{
	return mntcreate(c, nil, omode, 0);
}

/* the most data one message may carry */
static long
maxio(Chan *c)
{
	long n;

	n = c->mnt->msize - IOHDRSZ;
	if(c->iounit > 0 && c->iounit < (u32int)n)
		n = c->iounit;
	return n;
}

/*
 * A read sent ahead.  poll asks whether a read would wait, and 9P has
 * no way to ask that, so the kernel sends the read itself (a Tread of
 * at most Aheadmax) and keeps its answer in the Chan for the next
 * read, whoever of the Chan's holders makes it: nothing read is lost.
 * Only for a stream, a file marked append-only (QTAPPEND: netd's data
 * files, cons:), whose offset means nothing; any other file is always
 * ready, as a regular file is in POSIX.  When the poll ends without
 * its answer, the read is flushed, so that no read is left waiting at
 * the server to take what another reader of the stream (a shell
 * after the poller exits) should have; an answer that comes before
 * the flush's is kept all the same.  close flushes it too.
 */
typedef struct Ahead Ahead;
struct Ahead {
	Rpc	*r;
	int	flushing;	/* the poll ended: a Tflush is out for it */
	long	pos;	/* bytes of its data already read */
	long	count;	/* what it asked for */
};

enum { Aheadmax = 32*1024 };

/*
 * gone: a was flushed before it was answered, by the Rflush itself or
 * by an error for the read (lib9p answers a flushed read "interrupted")
 */
static int
gone(Ahead *a)
{
	Rpc *r;

	r = a->r;
	return r->done && (r->flushed || (a->flushing && (r->reply == nil || r->reply[4] == Rerror)));
}

static void
aheadfree(Chan *c)
{
	Ahead *a;

	a = c->ahead;
	c->ahead = nil;
	cancel(c->mnt, a->r, a->flushing);
	kfree(a);
}

/* mntready: poll's question: a read sent ahead is answered (Dev.ready) */
static int
mntready(Chan *c, int want)
{
	Mnt *m;
	Ahead *a;
	Fcall t;
	uchar *b;

	m = c->mnt;
	if(m->dead)
		return Pollin|Pollout|Pollerr|Pollhup;
	a = c->ahead;
	if(want == 0){
		/* the poll is over: stop waiting */
		if(a != nil && !a->r->done && !a->flushing){
			a->flushing = 1;
			sendflush(m, a->r);
		}
		return 0;
	}
	/* what poll need not ask: not a stream, not for reading, a mount over another server's file */
	if(!(want & Pollin) || c->mode == OWRITE || !(c->qid.type & QTAPPEND) || m->xc != nil)
		return Pollin|Pollout;
	if(a != nil && gone(a)){
		aheadfree(c);	/* flushed before it was answered: ask again */
		a = nil;
	}
	if(a == nil){
		a = kzmalloc(sizeof *a);
		if(a == nil)
			return Pollin|Pollout;	/* the read will say */
		t.type = Tread;
		t.fid = c->fid;
		t.offset = 0;
		t.count = maxio(c) < Aheadmax ? maxio(c) : Aheadmax;
		a->r = sendheap(m, &t, 0);
		if(a->r == nil){
			kfree(a);
			return Pollin|Pollout|Pollerr;
		}
		a->count = t.count;
		c->ahead = a;
	}
	if(!a->r->done)
		return Pollout;
	b = a->r->reply;
	if(b != nil && a->r->nreply >= 11 && b[4] == Rread && GBIT32(b+7) == 0)
		return Pollin|Pollout|Pollhup;	/* end of file */
	if(b == nil || b[4] != Rread)
		return Pollin|Pollout|Pollerr;	/* the read gives the error */
	return Pollin|Pollout;
}

/*
 * aheadread: a read served by the read sent ahead; -2 if it was
 * flushed unanswered, or another holder of c, woken with this one,
 * took all of it first (then an ordinary read follows)
 */
static long
aheadread(Chan *c, void *buf, long n)
{
	Ahead *a;
	Mnt *m;
	Rpc *r;
	Fcall rx;
	long k;

	m = c->mnt;
	while((a = c->ahead) != nil && !a->r->done && !m->dead){
		sleep(a->r);
		if(interrupted())
			return error(Eintr);	/* it stays out: its data is not lost */
	}
	if(a == nil)
		return -2;
	r = a->r;
	if(!r->done){
		aheadfree(c);
		return error(Ehungup);
	}
	if(gone(a)){
		aheadfree(c);
		return -2;
	}
	if(r->reply == nil){
		aheadfree(c);
		return error(Enomem);
	}
	if(convM2S(r->reply, r->nreply, &rx) == 0 || (rx.type != Rread && rx.type != Rerror)
	|| (rx.type == Rread && rx.count > (u32int)a->count)){
		aheadfree(c);
		return error(Eproto);
	}
	if(rx.type == Rerror){
		error(ourerr(rx.ename));
		aheadfree(c);
		return -1;
	}
	k = rx.count - a->pos;
	if(k > n)
		k = n;
	memmove(buf, rx.data + a->pos, k);
	a->pos += k;
	if(a->pos >= (long)rx.count)
		aheadfree(c);
	return k;
}

/*
 * dirfix: the type and dev of the n bytes of stat entries at p say
 * which server, as Plan 9's mount driver has it: a file is known by
 * them and its qid (st_dev and st_ino), whatever the server put there
 */
static void
dirfix(Chan *c, uchar *p, long n)
{
	for(; n >= 8 && GBIT16(p) + 2 <= n; n -= GBIT16(p) + 2, p += GBIT16(p) + 2){
		PBIT16(p+2, 'M');
		PBIT32(p+4, c->mnt->id);
	}
}

static long
mntread(Chan *c, void *buf, long n, vlong off)
{
	Fcall t, rx;
	uchar *b;
	long got, k;

	if(c->ahead != nil && (k = aheadread(c, buf, n)) != -2)
		return k;
	got = 0;
	while(got < n){
		k = n - got;
		if(k > maxio(c))
			k = maxio(c);
		t.type = Tread;
		t.fid = c->fid;
		t.offset = off + got;
		t.count = k;
		b = rpcread(c->mnt, &t, &rx, (uchar*)buf + got);
		if(b == nil)
			return got ? got : -1;
		if(rx.count > (u32int)k){
			kfree(b);
			error(Ereadmore);
			return got ? got : -1;
		}
		if(rx.data != nil)
			memmove((uchar*)buf + got, rx.data, rx.count);
		kfree(b);
		got += rx.count;
		if(rx.count < (u32int)k || (c->qid.type & QTDIR))
			break;	/* short: the end, or all there is now */
	}
	if(c->qid.type & QTDIR)
		dirfix(c, buf, got);
	return got;
}

static long
mntwrite(Chan *c, void *buf, long n, vlong off)
{
	Fcall t, rx;
	uchar *b;
	long done, k;

	done = 0;
	do{
		k = n - done;
		if(k > maxio(c))
			k = maxio(c);
		t.type = Twrite;
		t.fid = c->fid;
		t.offset = off + done;
		t.count = k;
		t.data = (char*)buf + done;
		b = rpc(c->mnt, &t, &rx);
		if(b == nil)
			return done ? done : -1;
		kfree(b);
		if(rx.count > (u32int)k){
			error(Ewrotemore);
			return done ? done : -1;
		}
		done += rx.count;
		if(rx.count < (u32int)k)
			break;
	}while(done < n);
	return done;
}

static int
mntstat(Chan *c, uchar *buf, int n)
{
	Fcall t, rx;
	uchar *b;
	int r;

	t.type = Tstat;
	t.fid = c->fid;
	b = rpc(c->mnt, &t, &rx);
	if(b == nil)
		return -1;
	if(statcheck(rx.stat, rx.nstat) < 0){
		kfree(b);
		return error(Ebadstat9p);
	}
	r = rx.nstat;
	if(r > n){
		kfree(b);
		return error(Eshort);
	}
	memmove(buf, rx.stat, r);
	dirfix(c, buf, r);
	kfree(b);
	return r;
}

static int
mntwstat(Chan *c, uchar *buf, int n)
{
	Fcall t, rx;
	uchar *b;

	t.type = Twstat;
	t.fid = c->fid;
	t.stat = buf;
	t.nstat = n;
	b = rpc(c->mnt, &t, &rx);
	if(b == nil)
		return -1;
	kfree(b);
	return 0;
}

static int
mntremove(Chan *c)
{
	Fcall t, rx;
	uchar *b;
	Mnt *m;

	m = c->mnt;
	t.type = Tremove;
	t.fid = c->fid;
	b = rpc(m, &t, &rx);
	/* the fid is gone whatever the answer */
	c->mnt = nil;
	putmnt(m);
	if(b == nil)
		return -1;
	kfree(b);
	return 0;
}

static void
mntclose(Chan *c)
{
	Fcall t;
	Mnt *m;

	m = c->mnt;
	if(m == nil)
		return;
	if(c->ahead != nil)
		aheadfree(c);	/* flushed before the clunk */
	/* clunk without waiting: the answer is dropped when it comes */
	if(!m->dead){
		t.type = Tclunk;
		t.fid = c->fid;
		sendheap(m, &t, 1);
	}
	putmnt(m);
}

Dev mntdev = {
	.name = "mnt",
	.walk = mntwalk,
	.walkopen = mntwalkopen,
	.open = mntopen,
	.create = mntcreate,
	.read = mntread,
	.write = mntwrite,
	.close = mntclose,
	.stat = mntstat,
	.wstat = mntwstat,
	.remove = mntremove,
	.ready = mntready,
};

/* mntid: the session a channel's file is of (0 for a kernel device), never reused */
uvlong
mntid(Chan *c)
{
	return c->mnt != nil ? c->mnt->id : 0;
}
