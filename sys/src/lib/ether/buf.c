/*
 * buf.c: libether's frame buffers (see ether(2)) and who holds each:
 * frames from the card to the reads that wait, frames to the card from
 * data's writes and the ring's, and the ring's reader and writer
 * (netd) with its queues.  All in the server process.
 *
 * The buffers are one phys:/dma allocation, posted as srv:/NAME.ring
 * for netd to map (the ring, ether(4)); the driver's descriptors, in
 * memory of its own, point into it.  After a page for the Etherring
 * come nrx receive buffers, ntx transmit buffers of the ring and Ndata
 * transmit buffers of data's writes, ETHERBUFSIZE bytes each, numbered
 * b = 0, 1, ... in that order.  A receive buffer is in a descriptor of
 * the card's, or a spare, or lent to the ring's reader with a frame
 * until netd gives it back in rxq (a frame read from data is copied
 * and its buffer goes straight back to the card).  A transmit buffer
 * of the ring is netd's (given to it in txq) or the card's, from a
 * write of ring naming it until the card has sent it.  Nothing netd
 * writes in the shared memory is believed beyond its bounds: a buffer
 * it names must be one it holds.
 */
#include <libc.h>
#include <9p.h>
#include <sys/mman.h>
#include <ether.h>
#include "dat.h"

enum {
	Ndata	= 4,		/* transmit buffers of data's writes */
	Headsize = 4096,	/* the Etherring's page */

	/* a buffer's state */
	Bcard	= 0,		/* in the card's hands (receive: in a descriptor) */
	Bspare,			/* receive: free for a descriptor */
	Blent,			/* receive: with a frame, lent to the ring's reader */
	Bfree,			/* transmit: netd's (of the ring), or free (of data) */
};

Ether	*ether;
Req	*rheld[Nheld];
int	nrheld;
Req	*wheld[Nheld];
int	nwheld;
Req	*waits[Nheld];
int	nwaits;
int	memfd = -1;

static uchar	*mem;		/* the buffers, shared */
static uvlong	mempa;
static volatile Etherring	*ring;	/* at mem */
static int	nrx, ntx, nbuf;	/* receive, ring's transmit, all buffers */
static uchar	*state;		/* each buffer's */
static int	*spare;		/* spare receive buffers */
static int	nspare;
static int	datafree[Ndata];	/* data's transmit buffers not in use */
static int	ndatafree;
static int	*pend, *pendlen;	/* frames for the card, oldest first, a ring */
static int	npend, pendhead;
static int	nringcard;	/* the ring's transmit buffers on the card */

static uintptr	session;	/* the open of ring now served, 0 if none */
static uintptr	nsessions;
static u32int	rxget;		/* receive buffers taken back from rxq */
static u32int	txput;		/* transmit buffers given in txq */

/* bufva: buffer b in this process */
static uchar*
bufva(int b)
{
	return mem + Headsize + (long)b*ETHERBUFSIZE;
}

/* etherbufpa: the physical address of buffer b, for the card */
uvlong
etherbufpa(Ether *e, int b)
{
	USED(e);
	return mempa + Headsize + (uvlong)b*ETHERBUFSIZE;
}

/* mkhead: the ring's head, as netd finds it */
static void
mkhead(void)
{
	ring->magic = ETHERRINGMAGIC;
	ring->nrx = nrx;
	ring->ntx = ntx;
	ring->bufsize = ETHERBUFSIZE;
	ring->rxoff = Headsize;
	ring->txoff = Headsize + nrx*ETHERBUFSIZE;
	ring->size = Headsize + nbuf*ETHERBUFSIZE;
	ring->rxput = 0;
	ring->txput = 0;
}

/*
 * etherbufs: the buffers of a card whose receive ring holds ncard
 * buffers (buffers 0 to ncard-1 are in its descriptors, in order, when
 * it starts) and which sends up to ntxcard frames at once: ncard/2 more
 * receive buffers, to stand in for those lent to the ring's reader,
 * ntxcard transmit buffers for the ring and Ndata for data.  Dies if
 * it cannot.
 */
void
etherbufs(Ether *e, int ncard, int ntxcard)
{
	char buf[64];
	uvlong size;
	long bytes;
	int b;

	ether = e;
	nrx = ncard + ncard/2;
	ntx = ntxcard;
	if(ncard < 1 || nrx > ETHERRINGQ || ntx < 1 || ntx > ETHERRINGQ)
		sysfatal("etherbufs: %d receive and %d transmit buffers", ncard, ntxcard);
	nbuf = nrx + ntx + Ndata;
	bytes = Headsize + (long)nbuf*ETHERBUFSIZE;
	bytes = (bytes + 4095) & ~4095L;
	if((memfd = open("phys:/dma", O_RDWR)) < 0)
		sysfatal("phys:/dma: %r");
	mem = mmap(nil, bytes, PROT_READ|PROT_WRITE, MAP_SHARED, memfd, 0);
	if(mem == MAP_FAILED)
		sysfatal("mmap of %ld bytes of phys:/dma: %r", bytes);
	if(pread(memfd, buf, sizeof buf - 1, 0) <= 0 || sscanf(buf, "%llx %llu", &mempa, &size) != 2)
		sysfatal("phys:/dma: no physical address");
	state = calloc(nbuf, 1);
	spare = calloc(nrx, sizeof spare[0]);
	pend = calloc(ntx + Ndata, sizeof pend[0]);
	pendlen = calloc(ntx + Ndata, sizeof pendlen[0]);
	if(state == nil || spare == nil || pend == nil || pendlen == nil)
		sysfatal("etherbufs: %r");
	ring = (Etherring*)mem;
	mkhead();
	for(b = ncard; b < nrx; b++){
		state[b] = Bspare;
		spare[nspare++] = b;
	}
	for(b = nrx; b < nbuf; b++)
		state[b] = Bfree;
	for(b = nrx + ntx; b < nbuf; b++)
		datafree[ndatafree++] = b;
}

/* isring: r is on an open of ring */
static int
isring(Req *r)
{
	return r->fid->qid.path == Qring;
}

/* ringcurrent: r is on the open of ring now served (not one taken over since) */
int
ringcurrent(Req *r)
{
	return session != 0 && (uintptr)r->fid->aux == session;
}

/* unheld: take entry i out of list q of *n */
void
unheld(Req **q, int *n, int i)
{
	memmove(q+i, q+i+1, (*n-i-1) * sizeof q[0]);
	(*n)--;
}

/* rxreap: the receive buffers netd gave back are spares again; any other is refused */
static void
rxreap(void)
{
	u16int got[ETHERRINGQ];
	int i, n, b;

	if(session == 0)
		return;
	n = ringtake(ring->rxq, &ring->rxput, &rxget, got, ETHERRINGQ);
	if(n < 0)
		ether->nringerr++;
	for(i = 0; i < n; i++){
		b = got[i];
		if(b >= nrx || state[b] != Blent){
			ether->nringerr++;	/* not a buffer netd holds */
			continue;
		}
		state[b] = Bspare;
		spare[nspare++] = b;
	}
}

/* taker: the oldest waiting read that can take a frame now (a ring read needs a spare), or -1 */
static int
taker(void)
{
	int i;

	for(i = 0; i < nrheld; i++){
		if(!isring(rheld[i]))
			return i;
		if(nspare == 0)
			rxreap();
		if(nspare > 0)
			return i;
	}
	return -1;
}

/* etherreaders: how many reads wait for a frame and can take one */
int
etherreaders(Ether *e)
{
	USED(e);
	return taker() >= 0;
}

/*
 * etherframe: the card put a frame of n bytes in receive buffer b: give
 * it to the oldest read that can take it.  A read of data gets a copy
 * (its first bytes if the read is short) and b goes back to the card;
 * the ring's read gets b itself, added to its answer, and a spare goes
 * to the card in its place.  Returns the buffer for the card's
 * descriptor.
 */
int
etherframe(Ether *e, int b, long n)
{
	Req *r;
	int i, nb;

	if((i = taker()) < 0)
		return b;
	r = rheld[i];
	if(!isring(r)){
		unheld(rheld, &nrheld, i);
		if(n > r->ifcall.count)
			n = r->ifcall.count;
		memmove(r->ofcall.data, bufva(b), n);
		r->ofcall.count = n;
		respond(r, nil);
		return b;
	}
	ringrec((uchar*)r->ofcall.data + r->ofcall.count, b, n);
	r->ofcall.count += ETHERRINGREC;
	state[b] = Blent;
	e->nringin++;
	nb = spare[--nspare];
	state[nb] = Bcard;
	if(r->ofcall.count + ETHERRINGREC > r->ifcall.count || nspare == 0){
		unheld(rheld, &nrheld, i);
		respond(r, nil);
	}
	return nb;
}

/* bufreceive: have the driver give out the frames that came, then answer ring reads that got some */
void
bufreceive(void)
{
	int i;

	ether->receive(ether);
	for(i = 0; i < nrheld; )
		if(isring(rheld[i]) && rheld[i]->ofcall.count > 0){
			respond(rheld[i], nil);
			unheld(rheld, &nrheld, i);
		}else
			i++;
}

/* txstart: the frames waiting for the card to it, oldest first, while it has room; then a kick */
static void
txstart(void)
{
	int sent;

	sent = 0;
	while(npend > 0 && ether->send(ether, pend[pendhead], pendlen[pendhead])){
		pendhead = (pendhead + 1) % (ntx + Ndata);
		npend--;
		sent = 1;
	}
	if(sent)
		ether->kick(ether);
}

/* txqueue: buffer b, n bytes, to wait for the card after those waiting (txstart starts them) */
static void
txqueue(int b, long n)
{
	int i;

	state[b] = Bcard;
	if(b < nrx + ntx)
		nringcard++;
	i = (pendhead + npend++) % (ntx + Ndata);
	pend[i] = b;
	pendlen[i] = n;
}

/* waitsanswer: the ring's writes waiting for a transmit buffer have one */
static void
waitsanswer(void)
{
	while(nwaits > 0){
		respond(waits[0], nil);
		unheld(waits, &nwaits, 0);
	}
}

/*
 * ethersent: the card has sent buffer b.  Data's is free again; the
 * ring's goes back to netd in txq.
 */
void
ethersent(Ether *e, int b)
{
	USED(e);
	if(b < nrx || b >= nbuf || state[b] != Bcard)
		return;		/* the driver's mistake */
	state[b] = Bfree;
	if(b >= nrx + ntx){
		datafree[ndatafree++] = b;
		return;
	}
	nringcard--;
	if(session != 0){
		ringput(ring->txq, &ring->txput, &txput, b - nrx);
		waitsanswer();
	}
}

/* bufdatawrite: r's frame into a free buffer of data's and to the card; 1 if done, 0 if it must wait */
int
bufdatawrite(Req *r)
{
	int b;

	if(ndatafree == 0)
		ether->check(ether);
	if(ndatafree == 0)
		return 0;
	b = datafree[--ndatafree];
	memmove(bufva(b), r->ifcall.data, r->ifcall.count);
	txqueue(b, r->ifcall.count);
	txstart();
	r->ofcall.count = r->ifcall.count;
	respond(r, nil);
	return 1;
}

/* buftxanswer: frames waiting for the card to it, then the writes that waited for a buffer */
void
buftxanswer(void)
{
	txstart();
	while(nwheld > 0 && bufdatawrite(wheld[0]))
		unheld(wheld, &nwheld, 0);
}

/*
 * endsession: the ring's reader and writer (netd) are gone, or another
 * took the ring over: its waiting requests fail with err, the receive
 * buffers lent to it are spares again, and the transmit buffers it
 * held are the ring's, for the next.
 */
static void
endsession(char *err)
{
	int i, b;

	for(i = 0; i < nrheld; )
		if(isring(rheld[i])){
			respond(rheld[i], err);
			unheld(rheld, &nrheld, i);
		}else
			i++;
	while(nwaits > 0){
		respond(waits[0], err);
		unheld(waits, &nwaits, 0);
	}
	for(b = 0; b < nrx; b++)
		if(state[b] == Blent){
			state[b] = Bspare;
			spare[nspare++] = b;
		}
	session = 0;
}

/*
 * ringopen: r opens ring and takes it over: the last open is the one
 * served.  The head is written anew, and every transmit buffer of the
 * ring not on the card is given to the new reader at once.
 */
void
ringopen(Req *r)
{
	int b;

	if(session != 0)
		endsession("ring taken over");
	mkhead();
	rxget = 0;
	txput = 0;
	session = ++nsessions;
	r->fid->aux = (void*)session;
	for(b = nrx; b < nrx + ntx; b++)
		if(state[b] == Bfree)
			ringput(ring->txq, &ring->txput, &txput, b - nrx);
}

/*
 * ringwrite: records of the ring's transmit buffers for the card, each
 * buffer netd's and each length 14 to 1514, else refused (those before
 * the bad one go out), all started with one kick; or the one record ETHERRINGWAIT n, answered
 * once the count of buffers given in txq, mod 2^16, is not n (netd has
 * seen n of them), or when none is on the card.
 */
void
ringwrite(Req *r)
{
	uchar *p;
	long i, k;
	int b, n;

	if(!ringcurrent(r)){
		respond(r, "ring taken over");
		return;
	}
	k = r->ifcall.count;
	p = (uchar*)r->ifcall.data;
	if(k == 0 || k % ETHERRINGREC != 0){
		ether->nringerr++;
		respond(r, Ebadarg);
		return;
	}
	r->ofcall.count = k;
	if(k == ETHERRINGREC && (p[0] | p[1]<<8) == ETHERRINGWAIT){
		n = p[2] | p[3]<<8;
		if((txput & 0xFFFF) != (u32int)n || nringcard == 0)
			respond(r, nil);
		else if(nwaits >= Nheld)
			respond(r, "too many writers");
		else
			waits[nwaits++] = r;
		return;
	}
	for(i = 0; i < k; i += ETHERRINGREC){
		b = p[i] | p[i+1]<<8;
		n = p[i+2] | p[i+3]<<8;
		if(b >= ntx || state[nrx + b] != Bfree){
			ether->nringerr++;
			txstart();
			respond(r, "bad ring buffer");
			return;
		}
		if(n < ETHERMINFRAME || n > ETHERMAXFRAME){
			ether->nringerr++;
			txstart();
			respond(r, "bad frame length");
			return;
		}
		ether->nringout++;
		txqueue(nrx + b, n);
	}
	txstart();
	respond(r, nil);
}

/* ringread: a read of ring waits for frames, if it is the open served */
void
ringread(Req *r)
{
	if(!ringcurrent(r)){
		respond(r, "ring taken over");
		return;
	}
	if(r->ifcall.count < ETHERRINGREC){
		respond(r, Ebadarg);
		return;
	}
	if(nrheld >= Nheld){
		respond(r, "too many readers");
		return;
	}
	rxreap();
	r->ofcall.count = 0;
	rheld[nrheld++] = r;
	bufreceive();
}

/* ringclose: f, an open of ring, is closed: if it is the one served, its reader is gone */
void
ringclose(Fid *f)
{
	if(f->omode != -1 && session != 0 && (uintptr)f->aux == session)
		endsession("ring closed");
}
