/*
 * mnt.c: the kernel as a 9P2000 client, as Plan 9's mount driver.
 * A Mnt is one connection to a server over a channel end; each file of
 * the server is a Chan holding a fid.  Each system call becomes an RPC:
 * a T-message with a fresh tag goes to the server's end, and the caller
 * sleeps until the R-message with that tag comes back (in any order),
 * the server goes away, or the caller is killed (then a Tflush is sent
 * and the tag stays reserved until the server answers it).
 */
#include "all.h"

typedef struct Rpc Rpc;
struct Rpc {
	Rpc	*next;
	ushort	tag;
	int	done;		/* the reply is here */
	int	orphan;		/* nobody waits: dropped on reply */
	uvlong	seq;		/* the reply came as the mount's seq'th */
	Rpc	*flushof;	/* for a Tflush: the request it flushes */
	uchar	*reply;
	long	nreply;
	int	heap;		/* kmalloc'd; else on its caller's stack */

	/*
	 * A Tread's destination: an Rread's data goes straight from the
	 * server's write into it (one copy), the reply keeps its header.
	 */
	uchar	*dst;		/* the caller's buffer (a user address in dpml4, or the kernel's) */
	long	ndst;
	u64int	*dpml4;
	int	direct;		/* the data went there */
};

struct Mnt {
	int	ref;		/* Chans of this server, and callers in rpc */
	uvlong	id;		/* this session's number, never used again */
	Conn	*conn;
	int	end;		/* the client's end of conn */
	u32int	msize;
	int	dead;
	Rpc	*rpcs;
	ushort	nexttag;
	u32int	nextfid;
	uvlong	nreply;		/* replies taken, to number them */
	int	stream;		/* conn is a pipe: messages come in pieces */
	uchar	*rbuf;		/* a stream's partial message */
	long	nrbuf;

	/*
	 * A mount over a file of another server (a TCP connection of
	 * netd) has no Conn to push replies: whichever caller waits
	 * first reads the file (Plan 9's mountio), the others sleep.
	 */
	Chan	*xc;		/* the file, or nil */
	Proc	*reader;	/* who reads it now */
	uchar	*xbuf;		/* what one read brings */
	Mnt	*xnext;		/* on pullmnts */
};

static Mnt	*pullmnts;	/* mounts over files, to share a session */

static uvlong	nmntid;	/* the last session's id */
static void putmnt(Mnt *m);

extern Dev mntdev;

static void
unlink(Mnt *m, Rpc *r)
{
	Rpc **l;

	for(l = &m->rpcs; *l; l = &(*l)->next)
		if(*l == r){
			*l = r->next;
			return;
		}
}

static void
freerpc(Mnt *m, Rpc *r)
{
	Rpc *o;

	unlink(m, r);
	for(o = m->rpcs; o; o = o->next)
		if(o->flushof == r)
			o->flushof = nil;
	kfree(r->reply);
	if(r->heap)
		kfree(r);
}

/* heaprpc: r, on its caller's stack, moved to the heap (the caller leaves) */
static Rpc*
heaprpc(Mnt *m, Rpc *r)
{
	Rpc *h, **l, *o;

	h = kmalloc(sizeof *h);
	if(h == nil)
		return nil;
	*h = *r;
	h->heap = 1;
	h->dst = nil;
	for(l = &m->rpcs; *l; l = &(*l)->next)
		if(*l == r){
			*l = h;
			break;
		}
	for(o = m->rpcs; o; o = o->next)
		if(o->flushof == r)
			o->flushof = h;
	return h;
}

/*
 * todst: n bytes of an Rread's data into r's destination, through the
 * direct map when it is a user address of the waiting process; 0, or
 * -1 if a page is not there to write (the ordinary copy then serves).
 */
static int
todst(Rpc *r, uchar *src, long n)
{
	uintptr va;
	u64int *pte;
	long k, o;

	if((uintptr)r->dst >= UADDRTOP){
		memmove(r->dst, src, n);
		return 0;
	}
	for(o = 0; o < n; o += k){
		va = (uintptr)r->dst + o;
		k = PGSIZE - (va & (PGSIZE-1));
		if(k > n - o)
			k = n - o;
		pte = walkpte(r->dpml4, va, 0);
		if(pte == nil || (*pte & (PTEP|PTEW|PTEU)) != (PTEP|PTEW|PTEU))
			return -1;
		memmove((uchar*)KADDR(*pte & PTEADDR) + (va & (PGSIZE-1)), src + o, k);
	}
	return 0;
}

static ushort
newtag(Mnt *m)
{
	Rpc *r;

	for(;;){
		m->nexttag++;
		if(m->nexttag == NOTAG)
			m->nexttag = 0;
		for(r = m->rpcs; r; r = r->next)
			if(r->tag == m->nexttag)
				break;
		if(r == nil)
			return m->nexttag;
	}
}

/*
 * send: queue t for the server with a fresh tag, r (zeroed by the
 * caller: on its stack, or from the heap with heap set) the request to
 * wait on; 0, or -1 with r let go.  On a channel the message is made
 * in place, in the message the server will read.
 */
static int
send(Mnt *m, Fcall *t, Rpc *r)
{
	uchar *buf;
	Msg *msg;
	uint n;

	if(m->dead){
		if(r->heap)
			kfree(r);
		return error(Ehungup);
	}
	if(t->type == Tversion)
		r->tag = t->tag = NOTAG;	/* intro(5): Tversion's tag is NOTAG */
	else
		r->tag = t->tag = newtag(m);
	r->next = m->rpcs;
	m->rpcs = r;
	n = sizeS2M(t);
	if(m->xc == nil){
		msg = connmsg(n, &buf);
		if(msg == nil || convS2M(t, buf, n) != n){
			kfree(msg);
			freerpc(m, r);
			return error(Enomem);
		}
		if(connput(m->conn, m->end, msg) < 0){
			freerpc(m, r);
			return -1;
		}
		return 0;
	}
	buf = kmalloc(n);
	if(buf == nil || convS2M(t, buf, n) != n){
		kfree(buf);
		freerpc(m, r);
		return error(Enomem);
	}
	if(m->xc->dev->write(m->xc, buf, n, 0) != (long)n){
		kfree(buf);
		freerpc(m, r);
		return -1;
	}
	kfree(buf);
	return 0;
}

/* sendheap: send t with an Rpc of its own nobody waits for (orphan); it, or nil */
static Rpc*
sendheap(Mnt *m, Fcall *t)
{
	Rpc *r;

	r = kzmalloc(sizeof *r);
	if(r == nil){
		error(Enomem);
		return nil;
	}
	r->heap = 1;
	r->orphan = 1;
	if(send(m, t, r) < 0)
		return nil;
	return r;
}

/*
 * flush: the caller of r is gone: tell the server, forget the answer.
 * r moves to the heap, to keep its tag until the server answers.
 */
static void
flush(Mnt *m, Rpc *r)
{
	Fcall t;
	Rpc *f, *h;

	h = heaprpc(m, r);
	if(h == nil){
		/* no memory to keep the tag: forget it (a late answer is dropped as unknown) */
		unlink(m, r);
		return;
	}
	h->orphan = 1;
	t.type = Tflush;
	t.oldtag = h->tag;
	f = sendheap(m, &t);
	if(f != nil)
		f->flushof = h;
}

/*
 * abandon: the caller will not wait for r after all: its answer, here
 * or to come, is dropped (r moves to the heap to keep its tag until then).
 */
static void
abandon(Mnt *m, Rpc *r)
{
	Rpc *h;

	if(r->done || m->dead){
		freerpc(m, r);
		return;
	}
	h = heaprpc(m, r);
	if(h == nil){
		unlink(m, r);	/* a late answer is dropped as unknown */
		return;
	}
	h->orphan = 1;
}

/*
 * rpc: send t, wait for its answer in rx; the reply buffer (for the
 * caller to kfree; rx's strings and data point into it), or nil with
 * the error set (an Rerror's string, "server gone", "interrupted", or
 * "protocol botch" for a reply that makes no sense).
 */
static uchar* rpc1(Mnt *m, Fcall *t, Fcall *rx, uchar *dst);
static uchar* rpcread(Mnt *m, Fcall *t, Fcall *rx, uchar *dst);
static int start(Mnt *m, Fcall *t, Rpc *r, uchar *dst);
static uchar* await(Mnt *m, Fcall *t, Rpc *r, Fcall *rx);
static int mntwalk(Chan *c, Chan *nc, char **names, int n);
static int mntopen(Chan *c, int omode);

/*
 * pull: be m's reader until r's answer comes (or the server goes, or
 * the caller is interrupted), handing each message read to its
 * request; then let another waiter take over reading.
 */
static void
pull(Mnt *m, Rpc *r)
{
	Rpc *o;
	long n;

	m->reader = up;
	while(!r->done && !m->dead && !interrupted()){
		/* a piece no bigger than one message of the file's server, so one read never waits twice */
		n = m->xc->dev->read(m->xc, m->xbuf, 8192, 0);
		if(n <= 0){
			mntdead(m);	/* end of file or an error: the server is gone */
			break;
		}
		mntinput(m, m->xbuf, n);
	}
	m->reader = nil;
	for(o = m->rpcs; o; o = o->next)
		if(o != r && !o->done && !o->orphan){
			wakeup(o);	/* the next waiter reads */
			break;
		}
}

static uchar*
rpc(Mnt *m, Fcall *t, Fcall *rx)
{
	return rpcread(m, t, rx, nil);
}

/*
 * rpcread: rpc, for a Tread whose data may go straight to dst (t->count
 * bytes; nil for none): if it did, rx->data is nil and the data is in
 * place.
 */
static uchar*
rpcread(Mnt *m, Fcall *t, Fcall *rx, uchar *dst)
{
	uchar *b;

	/* hold m: a Chan of it may go while this sleeps (unmount by another process) */
	m->ref++;
	b = rpc1(m, t, rx, dst);
	putmnt(m);
	return b;
}

static uchar*
rpc1(Mnt *m, Fcall *t, Fcall *rx, uchar *dst)
{
	Rpc r;

	if(start(m, t, &r, dst) < 0)
		return nil;
	return await(m, t, &r, rx);
}

/* start: send t, r (the caller's, to await) its request; dst as rpcread's */
static int
start(Mnt *m, Fcall *t, Rpc *r, uchar *dst)
{
	memset(r, 0, sizeof *r);
	if(dst != nil && m->xc == nil){
		r->dst = dst;
		r->ndst = t->count;
		r->dpml4 = up->pml4;
	}
	return send(m, t, r);
}

/*
 * await: wait for the answer to t, sent with r; the reply buffer, as
 * rpc's.  r is let go either way.
 */
static uchar*
await(Mnt *m, Fcall *t, Rpc *r, Fcall *rx)
{
	uchar *b;

	while(!r->done && !m->dead){
		if(m->xc != nil && m->reader == nil){
			pull(m, r);
			continue;
		}
		sleep(r);
		if(interrupted() && !r->done){
			flush(m, r);
			error(Eintr);
			return nil;
		}
	}
	if(!r->done){
		freerpc(m, r);
		error(Ehungup);
		return nil;
	}
	b = r->reply;
	r->reply = nil;
	if(b == nil){
		/* the reply came but there was no memory to keep it */
		freerpc(m, r);
		error(Enomem);
		return nil;
	}
	if(r->direct){
		/* an Rread whose data is at dst already: its header here */
		memset(rx, 0, sizeof *rx);
		rx->type = Rread;
		rx->tag = r->tag;
		rx->count = GBIT32(b+7);
		freerpc(m, r);
		return b;
	}
	if(convM2S(b, r->nreply, rx) == 0){
		freerpc(m, r);
		kfree(b);
		error(Eproto);
		return nil;
	}
	freerpc(m, r);
	if(rx->type == Rerror){
		error(ourerr(rx->ename));
		kfree(b);
		return nil;
	}
	if(rx->type != t->type + 1){
		kfree(b);
		error(Eproto);
		return nil;
	}
	return b;
}

/*
 * mntreply: the server wrote a message; hand it to the request with
 * its tag.  -1 (an error for the server's write) if it has no such
 * request or is malformed; the mount carries on either way.
 */
int
mntreply(Mnt *m, uchar *data, long n)
{
	Rpc *r;
	ushort tag;

	if(n < 7 || GBIT32(data) != (u32int)n)
		return error(Ebadsize);
	tag = GBIT16(data+5);
	for(r = m->rpcs; r; r = r->next)
		if(r->tag == tag && !r->done)
			break;
	if(r == nil)
		return error(Ebadtag);
	r->done = 1;
	r->seq = ++m->nreply;
	/* an Rread for a waiting Tread with a destination: the data straight there */
	if(!r->orphan && r->dst != nil && n >= 11 && data[4] == Rread
	&& GBIT32(data+7) == (u32int)(n - 11) && n - 11 <= r->ndst && todst(r, data + 11, n - 11) == 0){
		r->direct = 1;
		n = 11;
	}
	r->reply = r->orphan ? nil : kmalloc(n);
	if(r->reply != nil){
		memmove(r->reply, data, n);
		r->nreply = n;
	}
	/* no memory: the waiter still wakes, and fails with "out of memory" */
	if(r->orphan){
		if(r->flushof)
			freerpc(m, r->flushof);
		freerpc(m, r);
		return 0;
	}
	wakeup(r);
	return 0;
}

/*
 * mntinput: n bytes the server wrote.  On a channel each write is one
 * message; on a pipe the bytes are a stream, cut into messages by
 * their size[4] as Plan 9's mount driver does.  A stream that loses
 * its framing (a size too small or beyond msize) cannot be trusted
 * again: the mount is dead.
 */
int
mntinput(Mnt *m, uchar *data, long n)
{
	long k, need;

	if(!m->stream)
		return mntreply(m, data, n);
	if(m->dead)
		return error(Ehungup);
	while(n > 0){
		if(m->nrbuf < BIT32SZ)
			need = BIT32SZ;
		else{
			need = GBIT32(m->rbuf);
			if(need < 7 || need > (long)MSIZE){
				mntdead(m);
				return error(Ebadsize);
			}
		}
		k = need - m->nrbuf;
		if(k > n)
			k = n;
		memmove(m->rbuf + m->nrbuf, data, k);
		m->nrbuf += k;
		data += k;
		n -= k;
		if(m->nrbuf >= BIT32SZ && m->nrbuf == (long)GBIT32(m->rbuf)){
			mntreply(m, m->rbuf, m->nrbuf);	/* a bad one fails only its request */
			m->nrbuf = 0;
		}
	}
	return 0;
}

/* mntdead: the server's end closed: every request fails from now on */
void
mntdead(Mnt *m)
{
	Rpc *r, *next;

	m->dead = 1;
	for(r = m->rpcs; r; r = next){
		next = r->next;
		if(r->orphan)
			freerpc(m, r);
		else
			wakeup(r);
	}
}

static void
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
		if(b == nil){
			if(!first)
				goto clunk;
			nc->mnt = nil;
			return -1;
		}
		if(rx.nwqid != k){
			kfree(b);
			error(Enonexist);
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
		return mntopen(nc, omode) < 0 ? 0 : 1;
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
	return mntopen(nc, omode) < 0 ? 0 : 1;
}

static int
mntopen(Chan *c, int omode)
{
	Fcall t, rx;
	uchar *b;

	t.type = Topen;
	t.fid = c->fid;
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
mntcreate(Chan *c, char *name, int omode, ulong perm)
{
	Fcall t, rx;
	uchar *b;

	t.type = Tcreate;
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

static long
mntread(Chan *c, void *buf, long n, vlong off)
{
	Fcall t, rx;
	uchar *b;
	long got, k;

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
	/* clunk without waiting: the answer is dropped when it comes */
	if(!m->dead){
		t.type = Tclunk;
		t.fid = c->fid;
		sendheap(m, &t);
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
};

/* mntid: the session a channel's file is of (0 for a kernel device), never reused */
uvlong
mntid(Chan *c)
{
	return c->mnt != nil ? c->mnt->id : 0;
}
