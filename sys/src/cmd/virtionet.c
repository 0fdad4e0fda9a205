/*
 * virtionet: the driver of QEMU's virtio-net-pci through its legacy
 * (transitional) interface, serving the card as ether0: (see ether(4)
 * and virtionet(8)).
 *	virtionet [-n name] bus.dev.fn
 * Init starts it from rc/lib/drivers, granted the card's I/O ports, its
 * interrupt line, configuration writes and a DMA quota only.
 *
 * Two processes, as e1000 has:
 *	the server	answers 9P on ether0: and owns the virtqueues;
 *	the listener	waits on irq:/N, reads (and so acknowledges) the
 *			ISR register and, when it is set, writes it to
 *			ether0:/intr, a Twrite like any other.
 *
 * The registers are BAR 0, I/O ports, reached through port:.  Receive
 * queue 0 and transmit queue 1 are legacy vrings (descriptors, the
 * available ring, then the used ring on the next 4096 boundary), and
 * with the packet buffers are one phys:/dma allocation shared by the
 * two processes through fork.  Each buffer is a chain of two
 * descriptors: the 10-byte virtio_net_hdr, then the frame (a legacy
 * device without VIRTIO_F_ANY_LAYOUT wants the header alone).
 * Received frames wait in the used ring until a read takes them (one
 * copy: the DMA buffer into the reply), then their buffer goes back on
 * the available ring.  A write copies its frame into a free transmit
 * buffer and notifies the card; with none free the write is held
 * until the card gives one back.
 */
#include <libc.h>
#include <9p.h>
#include <sys/mman.h>

enum {
	/* legacy registers, offsets in BAR 0 (virtio 1.0, 4.1.4.8) */
	Rhostfeat	= 0x00,	/* 32, device features */
	Rguestfeat	= 0x04,	/* 32, driver features */
	Rqaddr	= 0x08,	/* 32, the queue's PFN (address / 4096) */
	Rqsize	= 0x0C,	/* 16, the queue's size, read-only */
	Rqsel	= 0x0E,	/* 16, queue select */
	Rqnotify	= 0x10,	/* 16, queue notify */
	Rstatus	= 0x12,	/* 8, device status */
	Risr	= 0x13,	/* 8, ISR status, cleared by reading */
	Rcfg	= 0x14,	/* device configuration, MSI-X off */
	Rcfgend	= Rcfg + 8,	/* mac[6] status[2] */

	/* device status */
	Sack	= 1,
	Sdriver	= 2,
	Sdriverok	= 4,
	Sfailed	= 128,

	/* feature bits */
	Fmac	= 1<<5,
	Fstatus	= 1<<16,
	/* the status word */
	Linkup	= 1,

	/* ISR */
	Iqueue	= 1,
	Iconfig	= 2,

	/* descriptor flags */
	Dnext	= 1,
	Dwrite	= 2,
	/* used ring flags */
	Unonotify	= 1,

	Vpage	= 4096,	/* legacy vring alignment and PFN unit */
	Qrx	= 0,
	Qtx	= 1,
	Hdrlen	= 10,	/* virtio_net_hdr without mergeable buffers */
	Bufsize	= 2048,	/* header, then the frame */
	Maxrx	= 64,	/* receive buffers: that many frames wait */
	Maxtx	= 32,
	Minframe = 14,
	Maxframe = 1514,
	Nheld	= 64,	/* reads (and writes) waiting at once */

	Qroot	= 0,
	Qaddr,
	Qstats,
	Qdata,
	Qintr,
	Nq,
};

typedef struct Desc Desc;
typedef struct Avail Avail;
typedef struct Used Used;
typedef struct Vq Vq;

/* a vring descriptor */
struct Desc {
	uvlong	addr;
	u32int	len;
	u16int	flags;
	u16int	next;
};

/* the available ring: what the driver gives the device */
struct Avail {
	u16int	flags;
	u16int	idx;
	u16int	ring[];
};

/* the used ring: what the device gives back */
struct Used {
	u16int	flags;
	u16int	idx;
	struct {
		u32int	id;
		u32int	len;
	} ring[];
};

/* a virtqueue and its buffers */
struct Vq {
	int	index;		/* 0 receive, 1 transmit */
	int	size;		/* descriptors, from the device */
	int	nbuf;		/* buffers, each a chain of two descriptors */
	volatile Desc	*desc;
	volatile Avail	*avail;
	volatile Used	*used;
	u16int	last;		/* used entries taken so far */
	u16int	seen;		/* used entries counted so far (receive) */
	uchar	*buf;		/* nbuf buffers of Bufsize */
	uvlong	bufpa;
};

static char	*names[Nq] = { "/", "addr", "stats", "data", "intr" };
static char	*bdf;
static char	*name = "ether0";
static int	portfd = -1;
static uvlong	iobase;
static int	irqfd = -1;
static int	irqline;
static u32int	features;	/* what was negotiated */
static uchar	mac[6];
static Vq	rxq, txq;

static int	txfree[Maxtx];	/* transmit buffers not in flight */
static int	ntxfree;

static uvlong	nin, nout, nierr, noerr;

static Req	*rheld[Nheld];	/* reads of data waiting for a frame */
static int	nrheld;
static Req	*wheld[Nheld];	/* writes waiting for a transmit buffer */
static int	nwheld;

/* barrier: the compiler keeps memory accesses on their side of it */
#define barrier()	__asm__ volatile("" ::: "memory")
/* fence: and the processor keeps stores before later loads */
#define fence()	__asm__ volatile("mfence" ::: "memory")

/*
 * vioconf: from the text of pci:/B.D.F/config, BAR 0 (which must be
 * I/O ports, enough for the legacy registers and the MAC) and the
 * interrupt line.  0, or -1 if either is missing.
 */
int
vioconf(char *text, uvlong *base, uvlong *size, int *irq)
{
	char *p, kind[8];
	unsigned b, i, pin;
	uvlong a, s;
	int got;

	got = 0;
	*irq = -1;
	for(p = text; p != nil && *p != 0; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : nil){
		if(sscanf(p, "irq %u pin %u", &i, &pin) == 2)
			*irq = i;
		else if(sscanf(p, "bar %u %7s %llx %llu", &b, kind, &a, &s) == 4
		&& b == 0 && strcmp(kind, "io") == 0 && s >= Rcfgend && a + s <= 0x10000){
			*base = a;
			*size = s;
			got = 1;
		}
	}
	if(!got || *irq <= 0 || *irq >= 256)
		return -1;
	return 0;
}

/* vqsizeok: whether n descriptors make a legacy queue (a power of 2, 2 to 32768) */
int
vqsizeok(int n)
{
	return n >= 2 && n <= 32768 && (n & (n - 1)) == 0;
}

/* vringused: the offset of a legacy vring's used ring (n descriptors) */
long
vringused(int n)
{
	return (16L*n + 2*(2 + n) + 2 + Vpage - 1) & ~(long)(Vpage - 1);
}

/* vringsize: the bytes of a legacy vring of n descriptors, whole pages */
long
vringsize(int n)
{
	return vringused(n) + ((2*2 + 8L*n + 2 + Vpage - 1) & ~(long)(Vpage - 1));
}

/* vqpending: used entries the device has added past last (indices wrap at 2^16) */
int
vqpending(u16int idx, u16int last)
{
	return (u16int)(idx - last);
}

/* in8, in16, in32, out8, out16, out32: the legacy registers, through port: */
static u32int
inport(int off, int w)
{
	u32int v;

	v = 0;
	if(pread(portfd, &v, w, iobase + off) != w)
		sysfatal("port %#llx: %r", iobase + off);
	return v;
}

static void
outport(int off, int w, u32int v)
{
	if(pwrite(portfd, &v, w, iobase + off) != w)
		sysfatal("port %#llx: %r", iobase + off);
}

#define in8(o)		((uchar)inport(o, 1))
#define in16(o)		((u16int)inport(o, 2))
#define in32(o)		inport(o, 4)
#define out8(o, v)	outport(o, 1, v)
#define out16(o, v)	outport(o, 2, v)
#define out32(o, v)	outport(o, 4, v)

/* readfile: up to n-1 bytes of url, NUL-terminated; the count or -1 */
static int
readfile(char *url, char *buf, int n)
{
	int fd, m;

	fd = open(url, O_RDONLY);
	if(fd < 0)
		return -1;
	m = read(fd, buf, n - 1);
	close(fd);
	if(m < 0)
		return -1;
	buf[m] = 0;
	return m;
}

/* busmaster: set I/O decoding and bus mastering in the PCI command register */
static void
busmaster(void)
{
	char url[64];
	u16int cmd;
	int fd;

	snprintf(url, sizeof url, "pci:/%s/raw", bdf);
	fd = open(url, O_RDWR);
	if(fd < 0)
		sysfatal("%s: %r", url);
	if(pread(fd, &cmd, 2, 4) != 2)
		sysfatal("%s: read of the command register: %r", url);
	cmd |= 5;
	if(pwrite(fd, &cmd, 2, 4) != 2)
		sysfatal("%s: write of the command register: %r", url);
	close(fd);
}

/* fail: tell the device the driver gave up, then die */
static void
fail(char *why)
{
	out8(Rstatus, Sfailed);
	sysfatal("%s", why);
}

/* qsize: the size of queue q, which must be unused and fit a legacy ring */
static int
qsize(int q)
{
	int n;

	out16(Rqsel, q);
	n = in16(Rqsize);
	if(!vqsizeok(n))
		fail(q == Qrx ? "receive queue: no usable size" : "transmit queue: no usable size");
	if(in32(Rqaddr) != 0)
		fail("a queue already in use after reset");
	return n;
}

/* vqinit: lay q out at mem (physical pa), buffers at buf (bufpa); tell the device */
static void
vqinit(Vq *q, int index, int size, int nbuf, uchar *mem, uvlong pa, uchar *buf, uvlong bufpa)
{
	int i;

	q->index = index;
	q->size = size;
	q->nbuf = nbuf;
	q->desc = (Desc*)mem;
	q->avail = (Avail*)(mem + 16L*size);
	q->used = (Used*)(mem + vringused(size));
	q->last = q->seen = 0;
	q->buf = buf;
	q->bufpa = bufpa;
	for(i = 0; i < nbuf; i++){
		q->desc[2*i].addr = bufpa + (uvlong)i*Bufsize;
		q->desc[2*i].len = Hdrlen;
		q->desc[2*i].flags = Dnext | (index == Qrx ? Dwrite : 0);
		q->desc[2*i].next = 2*i + 1;
		q->desc[2*i+1].addr = bufpa + (uvlong)i*Bufsize + Hdrlen;
		q->desc[2*i+1].len = Bufsize - Hdrlen;
		q->desc[2*i+1].flags = index == Qrx ? Dwrite : 0;
	}
	out16(Rqsel, index);
	out32(Rqaddr, pa / Vpage);
}

/* kick: queue q has new available buffers; tell the device unless it said not to */
static void
kick(Vq *q)
{
	fence();
	if(!(q->used->flags & Unonotify))
		out16(Rqnotify, q->index);
}

/* post: buffer chain head h on q's available ring (the caller kicks) */
static void
post(Vq *q, int h)
{
	u16int i;

	i = q->avail->idx;
	q->avail->ring[i % q->size] = h;
	barrier();
	q->avail->idx = i + 1;
}

/* getmac: the MAC address from the device configuration */
static void
getmac(void)
{
	int i;

	for(i = 0; i < 6; i++)
		mac[i] = in8(Rcfg + i);
}

/* linkup: 1 if the link is up (always, unless the device reports its status) */
static int
linkup(void)
{
	if(!(features & Fstatus))
		return 1;
	return (in16(Rcfg + 6) & Linkup) != 0;
}

/* setup: find the card, reach its ports, reset it, lay out the queues, start it */
static void
setup(void)
{
	char url[64], buf[512];
	uvlong size, dsize, dmapa, pa;
	long rxring, txring, dmabytes;
	int fd, irq, nrx, ntx, nrxd, ntxd, i;
	uchar *dma;

	snprintf(url, sizeof url, "pci:/%s/config", bdf);
	if(readfile(url, buf, sizeof buf) < 0)
		sysfatal("%s: %r", url);
	if(vioconf(buf, &iobase, &size, &irq) < 0)
		sysfatal("%s: no I/O BAR 0 of the legacy interface or no interrupt line", url);
	busmaster();
	portfd = open("port:", O_RDWR);
	if(portfd < 0)
		sysfatal("port:: %r");
	snprintf(url, sizeof url, "irq:/%d", irq);
	irqfd = open(url, O_RDONLY);
	if(irqfd < 0)
		sysfatal("%s: %r", url);
	irqline = irq;

	/* reset, then ACKNOWLEDGE and DRIVER (virtio 1.0, 3.1.2 legacy) */
	out8(Rstatus, 0);
	for(i = 0; i < 100 && in8(Rstatus) != 0; i++)
		usleep(1000);
	out8(Rstatus, Sack);
	out8(Rstatus, Sack | Sdriver);
	features = in32(Rhostfeat) & (Fmac | Fstatus);
	if(!(features & Fmac))
		fail("the device offers no MAC address");
	out32(Rguestfeat, features);
	getmac();

	/* the queues as the device sizes them, then the buffers */
	nrxd = qsize(Qrx);
	ntxd = qsize(Qtx);
	rxring = vringsize(nrxd);
	txring = vringsize(ntxd);
	nrx = nrxd/2 < Maxrx ? nrxd/2 : Maxrx;
	ntx = ntxd/2 < Maxtx ? ntxd/2 : Maxtx;
	dmabytes = rxring + txring + (long)(nrx + ntx)*Bufsize;
	fd = open("phys:/dma", O_RDWR);
	if(fd < 0)
		fail("phys:/dma: cannot open");
	dma = mmap(nil, dmabytes, PROT_READ|PROT_WRITE, MAP_SHARED, fd, 0);
	if(dma == MAP_FAILED){
		out8(Rstatus, Sfailed);
		sysfatal("mmap of %ld bytes of phys:/dma: %r", dmabytes);
	}
	if(pread(fd, buf, sizeof buf - 1, 0) <= 0 || sscanf(buf, "%llx %llu", &dmapa, &dsize) != 2)
		fail("phys:/dma: no physical address");
	close(fd);
	if(dmapa % Vpage != 0 || (dmapa + rxring + txring) / Vpage > 0xFFFFFFFFULL)
		fail("phys:/dma: memory a legacy queue cannot address");
	pa = dmapa + rxring + txring;
	vqinit(&rxq, Qrx, nrxd, nrx, dma, dmapa, dma + rxring + txring, pa);
	vqinit(&txq, Qtx, ntxd, ntx, dma + rxring, dmapa + rxring,
		dma + rxring + txring + (long)nrx*Bufsize, pa + (uvlong)nrx*Bufsize);

	/* every receive buffer to the device; every transmit buffer free */
	for(i = 0; i < nrx; i++)
		post(&rxq, 2*i);
	for(i = 0; i < ntx; i++)
		txfree[i] = ntx - 1 - i;
	ntxfree = ntx;
	out8(Rstatus, Sack | Sdriver | Sdriverok);
	out16(Rqnotify, Qrx);
}

/* txreclaim: count the frames the device has sent and free their buffers */
static void
txreclaim(void)
{
	u32int id;

	while(vqpending(txq.used->idx, txq.last) > 0){
		barrier();
		id = txq.used->ring[txq.last % txq.size].id;
		txq.last++;
		if(id % 2 != 0 || id/2 >= (u32int)txq.nbuf || ntxfree >= txq.nbuf){
			noerr++;	/* the device gave back what it was not given */
			continue;
		}
		txfree[ntxfree++] = id / 2;
		nout++;
	}
}

/* rxcount: count newly arrived frames in "in" */
static void
rxcount(void)
{
	while(vqpending(rxq.used->idx, rxq.seen) > 0){
		nin++;
		rxq.seen++;
	}
}

/* rxanswer: give waiting reads the frames waiting in the used ring, oldest first */
static void
rxanswer(void)
{
	u32int id, len;
	long n;
	int posted;
	Req *r;

	rxcount();
	posted = 0;
	while(nrheld > 0 && vqpending(rxq.seen, rxq.last) > 0){
		barrier();
		id = rxq.used->ring[rxq.last % rxq.size].id;
		len = rxq.used->ring[rxq.last % rxq.size].len;
		rxq.last++;
		if(id % 2 != 0 || id/2 >= (u32int)rxq.nbuf){
			nierr++;	/* not a buffer of ours: nothing to give back */
			continue;
		}
		posted = 1;
		if(len < Hdrlen + Minframe || len > Bufsize){
			nierr++;
			post(&rxq, id);
			continue;
		}
		r = rheld[0];
		memmove(rheld, rheld+1, --nrheld * sizeof rheld[0]);
		n = len - Hdrlen;
		if(n > r->ifcall.count)
			n = r->ifcall.count;
		memmove(r->ofcall.data, rxq.buf + (id/2)*Bufsize + Hdrlen, n);
		r->ofcall.count = n;
		post(&rxq, id);
		respond(r, nil);
	}
	if(posted)
		kick(&rxq);
}

/* transmit: start r's frame if a buffer is free; 1 if done, 0 if it must wait */
static int
transmit(Req *r)
{
	uchar *b;
	long n;
	int i;

	txreclaim();
	if(ntxfree == 0)
		return 0;
	i = txfree[--ntxfree];
	n = r->ifcall.count;
	b = txq.buf + (long)i*Bufsize;
	memset(b, 0, Hdrlen);	/* no offloads: an empty header */
	memmove(b + Hdrlen, r->ifcall.data, n);
	txq.desc[2*i+1].len = n;
	barrier();
	post(&txq, 2*i);
	kick(&txq);
	r->ofcall.count = n;
	respond(r, nil);
	return 1;
}

/* txanswer: start the writes that waited for room */
static void
txanswer(void)
{
	while(nwheld > 0 && transmit(wheld[0]))
		memmove(wheld, wheld+1, --nwheld * sizeof wheld[0]);
}

static Qid
mkqid(int q)
{
	Qid qid;

	qid.path = q;
	qid.vers = 0;
	qid.type = q == Qroot ? QTDIR : QTFILE;
	return qid;
}

static void
fsattach(Req *r)
{
	r->fid->qid = mkqid(Qroot);
	r->ofcall.qid = r->fid->qid;
	respond(r, nil);
}

static char*
fswalk1(Fid *f, char *nm, Qid *qid)
{
	int q;

	if(strcmp(nm, "..") == 0){
		*qid = mkqid(Qroot);
		return nil;
	}
	if(f->qid.path != Qroot)
		return Enotdir;
	for(q = Qaddr; q < Nq; q++)
		if(strcmp(nm, names[q]) == 0){
			*qid = mkqid(q);
			return nil;
		}
	return Enofile;
}

static void
fill(Dir *d, int q)
{
	memset(d, 0, sizeof *d);
	d->qid = mkqid(q);
	d->mode = q == Qroot ? DMDIR|0555 : q == Qdata ? 0666 : q == Qintr ? 0200 : 0444;
	d->name = q == Qroot ? name : names[q];
	d->uid = d->gid = d->muid = "sys";
}

/* dirgen: the directory lists addr, stats and data; intr is the listener's */
static int
dirgen(int i, Dir *d, void *aux)
{
	USED(aux);
	if(i >= Qintr - 1)
		return -1;
	fill(d, Qaddr + i);
	return 0;
}

static void
fsopen(Req *r)
{
	int q, m;

	q = r->fid->qid.path;
	m = r->ifcall.mode & 3;
	if((q == Qaddr || q == Qstats) && m != OREAD){
		respond(r, Eperm);
		return;
	}
	if(q == Qintr && m != OWRITE){
		respond(r, Eperm);
		return;
	}
	respond(r, nil);
}

static void
fsread(Req *r)
{
	char buf[512];

	switch(r->fid->qid.path){
	case Qroot:
		respond(r, dirread9p(r, dirgen, nil));
		return;
	case Qaddr:
		snprintf(buf, sizeof buf, "%02x%02x%02x%02x%02x%02x\n",
			mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
		readstr(r, buf);
		respond(r, nil);
		return;
	case Qstats:
		txreclaim();
		rxcount();
		/* a virtio link has no speed; 1000 is nominal */
		snprintf(buf, sizeof buf,
			"in %llu\nout %llu\nierrors %llu\noerrors %llu\nlink %d\nmbps 1000\naddr %02x%02x%02x%02x%02x%02x\n",
			nin, nout, nierr, noerr, linkup(),
			mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
		readstr(r, buf);
		respond(r, nil);
		return;
	case Qdata:
		if(nrheld >= Nheld){
			respond(r, "too many readers");
			return;
		}
		rheld[nrheld++] = r;
		rxanswer();
		return;
	}
	respond(r, Eperm);
}

static void
fswrite(Req *r)
{
	switch(r->fid->qid.path){
	case Qdata:
		if(r->ifcall.count < Minframe || r->ifcall.count > Maxframe){
			noerr++;
			respond(r, Ebadarg);	/* not 14 to 1514 bytes */
			return;
		}
		if(nwheld == 0 && transmit(r))
			return;
		if(nwheld >= Nheld){
			noerr++;
			respond(r, "too many writers");
			return;
		}
		wheld[nwheld++] = r;
		return;
	case Qintr:
		/* what the cause was matters not: look at both queues */
		r->ofcall.count = r->ifcall.count;
		respond(r, nil);
		txreclaim();
		txanswer();
		rxanswer();
		return;
	}
	respond(r, Eperm);
}

/* unhold: take r out of list q of *n; 1 if it was there */
static int
unhold(Req **q, int *n, Req *r)
{
	int i;

	for(i = 0; i < *n; i++)
		if(q[i] == r){
			memmove(q+i, q+i+1, (*n-i-1) * sizeof q[0]);
			(*n)--;
			return 1;
		}
	return 0;
}

/* flush: a reader or writer gave up: forget its request */
static void
fsflush(Req *r)
{
	if(unhold(rheld, &nrheld, r->oldreq) || unhold(wheld, &nwheld, r->oldreq)){
		respond(r->oldreq, "interrupted");
		return;
	}
	respond(r, nil);
}

static void
fsstat(Req *r)
{
	fill(&r->d, r->fid->qid.path);
	respond(r, dirdup9p(&r->d) < 0 ? Enomem : nil);
}

static Srv fs = {
	.attach = fsattach,
	.walk1 = fswalk1,
	.open = fsopen,
	.read = fsread,
	.write = fswrite,
	.flush = fsflush,
	.stat = fsstat,
};

/*
 * listen: the listener's loop: read (so acknowledge) the ISR and pass
 * the interrupt on when it was the device's.  irq:/N was opened before
 * DRIVER_OK, so no interrupt of the device came while nobody held it.
 */
static void
listen(void)
{
	char url[64], msg[16], tick[32];
	int isr, fd;

	snprintf(url, sizeof url, "%s:/intr", name);
	fd = open(url, O_WRONLY);
	if(fd < 0)
		sysfatal("%s: %r", url);
	for(;;){
		isr = in8(Risr);	/* reading acknowledges, and lowers the line */
		if(isr & (Iqueue|Iconfig)){
			snprintf(msg, sizeof msg, "%02x", isr);
			if(write(fd, msg, strlen(msg)) < 0)
				exits(nil);	/* the server is gone */
		}
		if(read(irqfd, tick, sizeof tick) < 0)
			sysfatal("irq:/%d: %r", irqline);
	}
}

/* freename: the first etherN: not yet mounted */
static char*
freename(void)
{
	static char buf[16];
	int i, fd;

	for(i = 0; i < 16; i++){
		snprintf(buf, sizeof buf, "ether%d:", i);
		if((fd = open(buf, O_RDONLY)) < 0)
			break;
		close(fd);
	}
	buf[strlen(buf) - 1] = 0;
	return buf;
}

static void
usage(void)
{
	fprint(2, "usage: virtionet [-n name] bus.dev.fn\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *n;

	n = nil;
	ARGBEGIN{
	case 'n':
		n = EARGF(usage());
		break;
	default:
		usage();
	}ARGEND
	if(argc != 1)
		usage();
	bdf = argv[0];
	name = n ? n : freename();
	setup();
	if(mountsrv(&fs, name, MREPL) < 0)
		sysfatal("mount %s: %r", name);
	/* the listener runs on; this returns once name: is there, as servers do */
	switch(rfork(RFPROC|RFFDG|RFNOWAIT)){
	case -1:
		sysfatal("fork: %r");
	case 0:
		listen();
	}
	close(irqfd);
	return 0;
}
