/*
 * mntrpc.c: the mount driver's requests (see mnt.c): tags, sending a
 * T-message into the server's end (or writing it to the file a mount
 * reads itself), waiting for its R-message, flushing a request whose
 * caller is gone, and handing each reply the server writes to the
 * request with its tag, straight into a waiting Tread's buffer.
 */
#include "all.h"
#include "mnt.h"

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

void
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

/*
 * sendheap: send t with an Rpc of its own on the heap: nobody waits
 * for it (orphan), or its caller keeps it (a read sent ahead); it, or nil
 */
Rpc*
sendheap(Mnt *m, Fcall *t, int orphan)
{
	Rpc *r;

	r = kzmalloc(sizeof *r);
	if(r == nil){
		error(Enomem);
		return nil;
	}
	r->heap = 1;
	r->orphan = orphan;
	if(send(m, t, r) < 0)
		return nil;
	return r;
}

/*
 * sendflush: send a Tflush for r: if r is kept (not orphan) it is
 * answered either way, by its own reply if that comes first, or by
 * the flush's (flushed set); an orphan goes when the Rflush comes
 */
void
sendflush(Mnt *m, Rpc *r)
{
	Fcall t;
	Rpc *f;

	t.type = Tflush;
	t.oldtag = r->tag;
	f = sendheap(m, &t, 1);
	if(f != nil)
		f->flushof = r;
}

/* cancel: the keeper of r (sendheap, not orphan) lets it go; flushed if not yet answered (unless flushing) */
void
cancel(Mnt *m, Rpc *r, int flushing)
{
	if(r->done || m->dead){
		freerpc(m, r);
		return;
	}
	r->orphan = 1;	/* its answer, if it comes first, is dropped */
	if(!flushing)
		sendflush(m, r);
}

/*
 * flush: the caller of r is gone: tell the server, forget the answer.
 * r moves to the heap, to keep its tag until the server answers.
 */
static void
flush(Mnt *m, Rpc *r)
{
	Rpc *h;

	h = heaprpc(m, r);
	if(h == nil){
		/* no memory to keep the tag: forget it (a late answer is dropped as unknown) */
		unlink(m, r);
		return;
	}
	h->orphan = 1;
	sendflush(m, h);
}

/*
 * abandon: the caller will not wait for r after all: its answer, here
 * or to come, is dropped (r moves to the heap to keep its tag until then).
 */
void
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

uchar*
rpc(Mnt *m, Fcall *t, Fcall *rx)
{
	return rpcread(m, t, rx, nil);
}

/*
 * rpcread: rpc, for a Tread whose data may go straight to dst (t->count
 * bytes; nil for none): if it did, rx->data is nil and the data is in
 * place.
 */
uchar*
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
int
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
uchar*
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
		memset(rx, 0, FCALLZERO);
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
	Rpc *r, *o;
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
	&& GBIT32(data+7) == (u32int)(n - 11) && n - 11 <= r->ndst
	&& copyto(r->dpml4, r->dst, data + 11, n - 11) == 0){
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
		if((o = r->flushof) != nil && o->orphan)
			freerpc(m, o);
		else if(o != nil && !o->done){
			/* a kept request flushed before its answer (sendflush) */
			o->done = o->flushed = 1;
			wakeup(o);
			pollwake();
		}
		freerpc(m, r);
		return 0;
	}
	wakeup(r);
	pollwake();	/* it may be a read sent ahead for poll */
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
	pollwake();
}
