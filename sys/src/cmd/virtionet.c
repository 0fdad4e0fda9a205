/*
 * virtionet: the driver of QEMU's virtio-net-pci through its legacy
 * (transitional) interface, serving the card as ether0: (see ether(4)
 * and virtionet(8)).
 *	virtionet [-n name] bus.dev.fn
 * Init starts it from rc/lib/drivers, granted the card's I/O ports, its
 * interrupt line, configuration writes and a DMA quota only.
 *
 * The file server and the listener process are libether's (ether(2));
 * this file is the device: the server owns the virtqueues, and the
 * listener reads (and so acknowledges) the ISR register.
 *
 * The registers are BAR 0, I/O ports, reached through port:.  Receive
 * queue 0 and transmit queue 1 are legacy vrings (descriptors, the
 * available ring, then the used ring on the next 4096 boundary), and
 * with a page of virtio_net_hdrs are one phys:/dma allocation of the
 * driver's own, shared by the two processes through fork; the frame
 * buffers are libether's, shared with netd (ether(2)).  Each slot of a
 * queue is a chain of two descriptors: the 10-byte virtio_net_hdr, in
 * the driver's memory, then the frame, in a buffer of libether's (a
 * legacy device without VIRTIO_F_ANY_LAYOUT wants the header alone).
 * Received frames wait in the used ring until a read takes them, then
 * their slot goes back on the available ring with the buffer libether
 * gives back for it (the same, or a spare when the frame's buffer was
 * lent to netd).  A frame to send is a buffer of libether's, put in a
 * free transmit slot until the card gives the slot back.
 */
#include <libc.h>
#include <9p.h>
#include <sys/mman.h>
#include <ether.h>

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
	Hdrsize	= 16,	/* each slot's header, in the header page */
	Maxrx	= 64,	/* receive slots: that many frames wait */
	Maxtx	= 32,
	Minframe = ETHERMINFRAME,
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

/* a virtqueue and its slots */
struct Vq {
	int	index;		/* 0 receive, 1 transmit */
	int	size;		/* descriptors, from the device */
	int	nbuf;		/* slots, each a chain of two descriptors */
	volatile Desc	*desc;
	volatile Avail	*avail;
	volatile Used	*used;
	u16int	last;		/* used entries taken so far */
	u16int	seen;		/* used entries counted so far (receive) */
	int	buf[Maxrx];	/* each slot's frame buffer (libether's) */
};

static Ether	ether;		/* the card to libether (filled in at the end) */
static int	portfd = -1;
static uvlong	iobase;
static u32int	features;	/* what was negotiated */
static Vq	rxq, txq;

static int	txfree[Maxtx];	/* transmit slots not in flight */
static int	ntxfree;

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
	if(etherpciconf(text, "io", base, size, irq) < 0 || *size < Rcfgend || *base + *size > 0x10000)
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

/*
 * vqinit: lay q out at mem (physical pa), its slots' headers at hdrpa;
 * receive slot i gets buffer i of libether's; tell the device
 */
static void
vqinit(Vq *q, int index, int size, int nbuf, uchar *mem, uvlong pa, uvlong hdrpa)
{
	int i;

	q->index = index;
	q->size = size;
	q->nbuf = nbuf;
	q->desc = (Desc*)mem;
	q->avail = (Avail*)(mem + 16L*size);
	q->used = (Used*)(mem + vringused(size));
	q->last = q->seen = 0;
	for(i = 0; i < nbuf; i++){
		q->desc[2*i].addr = hdrpa + (uvlong)i*Hdrsize;
		q->desc[2*i].len = Hdrlen;
		q->desc[2*i].flags = Dnext | (index == Qrx ? Dwrite : 0);
		q->desc[2*i].next = 2*i + 1;
		q->desc[2*i+1].len = ETHERBUFSIZE;
		q->desc[2*i+1].flags = index == Qrx ? Dwrite : 0;
		if(index == Qrx){
			q->buf[i] = i;
			q->desc[2*i+1].addr = etherbufpa(&ether, i);
		}
	}
	out16(Rqsel, index);
	out32(Rqaddr, pa / Vpage);
}

/* vqnotify: queue q has new available buffers; tell the device unless it said not to */
static void
vqnotify(Vq *q)
{
	fence();
	if(!(q->used->flags & Unonotify))
		out16(Rqnotify, q->index);
}

/* post: buffer chain head h on q's available ring (the caller notifies) */
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
		ether.mac[i] = in8(Rcfg + i);
}

/* link: 1 if the link is up (always, unless the device reports its status); no speed, 1000 is nominal */
static int
link(Ether *e, int *mbps)
{
	USED(e);
	*mbps = 1000;
	if(!(features & Fstatus))
		return 1;
	return (in16(Rcfg + 6) & Linkup) != 0;
}

/* setup: find the card, reach its ports, reset it, lay out the queues, start it */
static void
setup(Ether *e)
{
	char url[64], buf[512];
	uvlong size, dsize, dmapa, pa;
	long rxring, txring, dmabytes;
	int fd, irq, nrx, ntx, nrxd, ntxd, i;
	uchar *dma;

	snprintf(url, sizeof url, "pci:/%s/config", e->bdf);
	if(etherreadfile(url, buf, sizeof buf) < 0)
		sysfatal("%s: %r", url);
	if(vioconf(buf, &iobase, &size, &irq) < 0)
		sysfatal("%s: no I/O BAR 0 of the legacy interface or no interrupt line", url);
	etherbusmaster(e->bdf, 5);	/* I/O decoding, bus mastering */
	portfd = open("port:", O_RDWR);
	if(portfd < 0)
		sysfatal("port:: %r");
	snprintf(url, sizeof url, "irq:/%d", irq);
	e->irqfd = open(url, O_RDONLY);
	if(e->irqfd < 0)
		sysfatal("%s: %r", url);
	e->irq = irq;

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
	dmabytes = rxring + txring + Vpage;	/* and the headers' page */
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
	etherbufs(e, nrx, ntx);
	pa = dmapa + rxring + txring;
	vqinit(&rxq, Qrx, nrxd, nrx, dma, dmapa, pa);
	vqinit(&txq, Qtx, ntxd, ntx, dma + rxring, dmapa + rxring, pa + (uvlong)Maxrx*Hdrsize);

	/* every receive slot to the device; every transmit slot free */
	for(i = 0; i < nrx; i++)
		post(&rxq, 2*i);
	for(i = 0; i < ntx; i++)
		txfree[i] = ntx - 1 - i;
	ntxfree = ntx;
	out8(Rstatus, Sack | Sdriver | Sdriverok);
	out16(Rqnotify, Qrx);
}

/* txreclaim: count the frames the device has sent, free their slots, give back their buffers */
static void
txreclaim(void)
{
	u32int id;

	while(vqpending(txq.used->idx, txq.last) > 0){
		barrier();
		id = txq.used->ring[txq.last % txq.size].id;
		txq.last++;
		if(id % 2 != 0 || id/2 >= (u32int)txq.nbuf || ntxfree >= txq.nbuf){
			ether.noerr++;	/* the device gave back what it was not given */
			continue;
		}
		txfree[ntxfree++] = id / 2;
		ether.nout++;
		ethersent(&ether, txq.buf[id/2]);
	}
}

/* rxcount: count newly arrived frames in "in" */
static void
rxcount(void)
{
	while(vqpending(rxq.used->idx, rxq.seen) > 0){
		ether.nin++;
		rxq.seen++;
	}
}

/* receive: give waiting reads the frames waiting in the used ring, oldest first */
static void
receive(Ether *e)
{
	u32int id, len;
	int posted;

	rxcount();
	posted = 0;
	while(etherreaders(e) > 0 && vqpending(rxq.seen, rxq.last) > 0){
		barrier();
		id = rxq.used->ring[rxq.last % rxq.size].id;
		len = rxq.used->ring[rxq.last % rxq.size].len;
		rxq.last++;
		if(id % 2 != 0 || id/2 >= (u32int)rxq.nbuf){
			e->nierr++;	/* not a buffer of ours: nothing to give back */
			continue;
		}
		posted = 1;
		if(len < Hdrlen + Minframe || len > Hdrlen + ETHERBUFSIZE){
			e->nierr++;
			post(&rxq, id);
			continue;
		}
		rxq.buf[id/2] = etherframe(e, rxq.buf[id/2], len - Hdrlen);
		rxq.desc[id+1].addr = etherbufpa(e, rxq.buf[id/2]);
		post(&rxq, id);
	}
	if(posted)
		vqnotify(&rxq);
}

/* send: buffer b, n bytes, in a free slot (its header is empty: no offloads); 1 if done, 0 if it must wait */
static int
send(Ether *e, int b, long n)
{
	int i;

	txreclaim();
	if(ntxfree == 0)
		return 0;
	i = txfree[--ntxfree];
	txq.buf[i] = b;
	txq.desc[2*i+1].addr = etherbufpa(e, b);
	txq.desc[2*i+1].len = n;
	barrier();
	post(&txq, 2*i);
	return 1;
}

/* kick: the device sends what send put on the available ring */
static void
kick(Ether *e)
{
	USED(e);
	vqnotify(&txq);
}

/* check: count what was sent and received */
static void
check(Ether *e)
{
	USED(e);
	txreclaim();
	rxcount();
}

/*
 * intr: the listener's: read (so acknowledge, and lower the line) the
 * ISR; 0 if it was not the device's.  irq:/N was opened before
 * DRIVER_OK, so no interrupt of the device came while nobody held it.
 */
static u32int
intr(Ether *e)
{
	int isr;

	USED(e);
	isr = in8(Risr);
	return isr & (Iqueue|Iconfig) ? isr : 0;
}

static Ether ether = {
	.driver = "virtionet",
	.irqfd = -1,
	.send = send,
	.kick = kick,
	.receive = receive,
	.check = check,
	.link = link,
	.intr = intr,
};

int
main(int argc, char **argv)
{
	ethermain(&ether, argc, argv, setup);
	return 0;
}
