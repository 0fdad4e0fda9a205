/*
 * virtio9p: the driver of QEMU's virtio-9p-pci (a host directory
 * shared as 9P2000.L) through its legacy interface, serving the share
 * as the scheme named by its mount tag, through lib9pl's translator
 * (see virtio9p(8)).
 *	virtio9p [-D] [-n name] bus.dev.fn
 * Init starts it from rc/lib/drivers, granted the device's I/O ports,
 * its interrupt line, configuration writes and a DMA quota only.
 *
 * One virtqueue (0, "requests").  Each request slot is two buffers in
 * DMA memory, msize bytes each: the .L T-message (the device reads
 * it) and room for the R-message (the device writes it), a chain of
 * two descriptors.  The server process translates the kernel's 9P2000
 * (from a channel, as any server) into .L messages, each copied into a
 * free slot (or queued until one frees) and announced to the device;
 * the listener process waits on irq:/N, reads (so acknowledges) the
 * ISR and, through a second attach of the server's own channel (aname
 * "#intr", lxside in 9pl(2)), tells the server, which takes the
 * replies from the used ring and hands them to the translator.
 */
#include <libc.h>
#include <fcall.h>
#include <9p.h>
#include <9pl.h>
#include <ether.h>
#include <sys/mman.h>

enum {
	/* legacy registers, offsets in BAR 0 (virtio 1.0, 4.1.4.8) */
	Rhostfeat	= 0x00,
	Rguestfeat	= 0x04,
	Rqaddr	= 0x08,
	Rqsize	= 0x0C,
	Rqsel	= 0x0E,
	Rqnotify	= 0x10,
	Rstatus	= 0x12,
	Risr	= 0x13,
	Rcfg	= 0x14,	/* tag_len[2] tag[tag_len], MSI-X off */

	Sack	= 1,
	Sdriver	= 2,
	Sdriverok	= 4,
	Sfailed	= 128,

	Ftag	= 1<<0,	/* VIRTIO_9P_MOUNT_TAG */
	Iqueue	= 1,

	Dnext	= 1,
	Dwrite	= 2,
	Unonotify	= 1,

	Vpage	= 4096,
	/*
	 * each buffer, and the .L msize asked for: the kernel's own
	 * (fcall.h's MSIZE), so a read of 64 KiB is one request; with
	 * 32 KiB a 20 MB read took twice the trips through QEMU
	 */
	Msize	= 64*1024 + IOHDRSZ,
	Maxslot	= 4,	/* requests at the device at once (the DMA quota: rc/lib/drivers) */
	Tagmax	= 64,
};

typedef struct Desc Desc;
struct Desc {
	uvlong	addr;
	u32int	len;
	u16int	flags;
	u16int	next;
};

typedef struct Avail Avail;
struct Avail {
	u16int	flags;
	u16int	idx;
	u16int	ring[];
};

typedef struct Used Used;
struct Used {
	u16int	flags;
	u16int	idx;
	struct {
		u32int	id;
		u32int	len;
	} ring[];
};

/* a .L message waiting for a free slot */
typedef struct Wait Wait;
struct Wait {
	uchar	*m;
	uint	n;
	Wait	*next;
};

static int	portfd = -1;
static uvlong	iobase;
static int	irq, irqfd = -1;
static char	tag[Tagmax+1];
static int	chatty;

static int	qsize;
static volatile Desc	*desc;
static volatile Avail	*avail;
static volatile Used	*used;
static u16int	last;	/* used entries taken */
static uchar	*slots;	/* Maxslot pairs of Msize buffers */
static uvlong	slotspa;
static int	nslot;
static int	freeslot[Maxslot], nfree;
static int	busy[Maxslot];
static Wait	*whead, *wtail;
static u32int	msize;

static Lx	*lx;
static int	chanfd;

#define barrier()	__asm__ volatile("" ::: "memory")
#define fence()	__asm__ volatile("mfence" ::: "memory")

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

static void
fail(char *why)
{
	out8(Rstatus, Sfailed);
	sysfatal("%s", why);
}

/* the slot's buffers: what the device reads, and what it writes */
static uchar*
outbuf(int s)
{
	return slots + (long)s*2*Msize;
}

static uchar*
inbuf(int s)
{
	return slots + (long)s*2*Msize + Msize;
}

/* vringused: the offset of a legacy vring's used ring (n descriptors) */
static long
vringused(int n)
{
	return (16L*n + 2*(2 + n) + 2 + Vpage - 1) & ~(long)(Vpage - 1);
}

static long
vringsize(int n)
{
	return vringused(n) + ((2*2 + 8L*n + 2 + Vpage - 1) & ~(long)(Vpage - 1));
}

/* put: msg (n bytes) to the device in a free slot; 0, or -1 if none is free */
static int
put(uchar *msg, uint n)
{
	u16int i;
	int s;

	if(nfree == 0)
		return -1;
	s = freeslot[--nfree];
	busy[s] = 1;
	memmove(outbuf(s), msg, n);
	desc[2*s].len = n;
	desc[2*s+1].len = Msize;
	barrier();
	i = avail->idx;
	avail->ring[i % qsize] = 2*s;
	barrier();
	avail->idx = i + 1;
	fence();
	if(!(used->flags & Unonotify))
		out16(Rqnotify, 0);
	return 0;
}

/* sendl: the translator's .L request to the device, or to the queue */
static void
sendl(Lx *l, uchar *msg, uint n)
{
	Wait *w;

	USED(l);
	if(whead == nil && put(msg, n) == 0)
		return;
	w = malloc(sizeof *w + n);
	if(w == nil)
		sysfatal("out of memory");
	w->m = (uchar*)(w + 1);
	w->n = n;
	memmove(w->m, msg, n);
	w->next = nil;
	if(wtail)
		wtail->next = w;
	else
		whead = w;
	wtail = w;
}

/*
 * take: the next reply from the used ring: its slot in *sp (still busy:
 * the translator reads, and may write, the reply where it lies); its
 * size, 0 if none
 */
static uint
take(int *sp)
{
	u32int id, len, size;
	int s;

	if(used->idx == last)
		return 0;
	barrier();
	id = used->ring[last % qsize].id;
	len = used->ring[last % qsize].len;
	last++;
	s = id / 2;
	if(id % 2 != 0 || s >= nslot || !busy[s])
		fail("the device gave back what it was not given");
	size = len >= 7 ? GBIT32(inbuf(s)) : 0;
	if(size < 7 || size > len || size > Msize)
		fail("the device's reply is malformed");
	*sp = s;
	return size;
}

/* drain: hand every reply to the translator, then free its slot; send what waited for one */
static void
drain(void)
{
	Wait *w;
	uchar *m;
	uint n;
	int s;

	while((n = take(&s)) > 0){
		m = inbuf(s);
		if(chatty){
			Lcall f;
			char buf[256], *strs;
			if((strs = malloc(n)) != nil){
				if(convM2L(m, n, &f, strs) == n && lcallfmt(buf, sizeof buf, &f) > 0)
					fprint(2, "virtio9p: <- %s\n", buf);
				free(strs);
			}
		}
		if(lxrmsg(lx, m, n) < 0)
			fail("protocol botch from the device");
		busy[s] = 0;
		freeslot[nfree++] = s;
		while((w = whead) != nil && put(w->m, w->n) == 0){
			whead = w->next;
			if(whead == nil)
				wtail = nil;
			free(w);
		}
	}
}

static void
reply(Lx *l, uchar *msg, uint n)
{
	USED(l);
	if(write(chanfd, msg, n) != (long)n)
		exits(nil);
}

/* intr: the listener's write: the device has interrupted */
static void
intr(Lxside *s, uchar *data, uint n)
{
	USED(s);
	USED(data);
	USED(n);
	drain();
}

static void
listenergone(Lxside *s)
{
	USED(s);
	fail("the interrupt listener has gone");
}

static Lxside side = {
	.aname = "#intr",
	.write = intr,
	.gone = listenergone,
};

/* serve: the server process; never returns */
static void
serve(void)
{
	uchar *buf;
	long n;

	buf = malloc(MSIZE);
	if(buf == nil)
		sysfatal("out of memory");
	for(;;){
		n = read(chanfd, buf, MSIZE);
		if(n <= 0)
			exits(nil);
		if(lxside(lx, &side, buf, n))
			continue;
		if(lxtmsg(lx, buf, n) < 0)
			fprint(2, "virtio9p: bad message from the kernel\n");
	}
}

/* listen: the listener process: acknowledge the device's interrupts and tell the server; never returns */
static void
listen(int fd)
{
	char tick[32];
	int out, isr;

	if(mount(fd, "virtio9pintr", MREPL, "#intr") < 0 || (out = open("virtio9pintr:", OWRITE)) < 0)
		sysfatal("listener: %r");
	close(fd);
	for(;;){
		isr = in8(Risr);	/* reading acknowledges */
		if((isr & Iqueue) && write(out, "i", 1) < 0)
			exits(nil);	/* the server is gone */
		if(read(irqfd, tick, sizeof tick) < 0)
			sysfatal("irq:/%d: %r", irq);
	}
}

/* setup: find the device, reset it, read its tag, lay out the queue, start it */
static void
setup(char *bdf)
{
	char url[64], buf[512];
	uvlong size, dmapa, dsize;
	long ring;
	int fd, i, n;
	uchar *dma;

	snprintf(url, sizeof url, "pci:/%s/config", bdf);
	if(etherreadfile(url, buf, sizeof buf) < 0)
		sysfatal("%s: %r", url);
	if(etherpciconf(buf, "io", &iobase, &size, &irq) < 0 || size < Rcfg + 2 || iobase + size > 0x10000)
		sysfatal("%s: no I/O BAR 0 of the legacy interface or no interrupt line", url);
	etherbusmaster(bdf, 5);
	portfd = open("port:", O_RDWR);
	if(portfd < 0)
		sysfatal("port:: %r");
	snprintf(url, sizeof url, "irq:/%d", irq);
	irqfd = open(url, O_RDONLY);
	if(irqfd < 0)
		sysfatal("%s: %r", url);

	out8(Rstatus, 0);
	for(i = 0; i < 100 && in8(Rstatus) != 0; i++)
		usleep(1000);
	out8(Rstatus, Sack);
	out8(Rstatus, Sack | Sdriver);
	if(!(in32(Rhostfeat) & Ftag))
		fail("the device offers no mount tag");
	out32(Rguestfeat, Ftag);
	n = in16(Rcfg);
	if(n == 0 || n > Tagmax || Rcfg + 2 + n > (int)size)
		fail("the device's mount tag is empty or too long");
	for(i = 0; i < n; i++){
		tag[i] = in8(Rcfg + 2 + i);
		if(tag[i] == 0 || tag[i] == ':' || tag[i] == '/')
			fail("the device's mount tag is not a scheme name");
	}
	tag[n] = 0;

	out16(Rqsel, 0);
	qsize = in16(Rqsize);
	if(qsize < 2 || qsize > 32768 || (qsize & (qsize - 1)) != 0 || in32(Rqaddr) != 0)
		fail("request queue: no usable size");
	nslot = qsize/2 < Maxslot ? qsize/2 : Maxslot;
	ring = vringsize(qsize);
	fd = open("phys:/dma", O_RDWR);
	if(fd < 0)
		fail("phys:/dma: cannot open");
	dma = mmap(nil, ring + (long)nslot*2*Msize, PROT_READ|PROT_WRITE, MAP_SHARED, fd, 0);
	if(dma == MAP_FAILED){
		out8(Rstatus, Sfailed);
		sysfatal("mmap of phys:/dma: %r");
	}
	if(pread(fd, buf, sizeof buf - 1, 0) <= 0 || sscanf(buf, "%llx %llu", &dmapa, &dsize) != 2)
		fail("phys:/dma: no physical address");
	close(fd);
	if(dmapa % Vpage != 0 || (dmapa + ring) / Vpage > 0xFFFFFFFFULL)
		fail("phys:/dma: memory a legacy queue cannot address");
	desc = (Desc*)dma;
	avail = (Avail*)(dma + 16L*qsize);
	used = (Used*)(dma + vringused(qsize));
	slots = dma + ring;
	slotspa = dmapa + ring;
	for(i = 0; i < nslot; i++){
		desc[2*i].addr = slotspa + (uvlong)i*2*Msize;
		desc[2*i].flags = Dnext;
		desc[2*i].next = 2*i + 1;
		desc[2*i+1].addr = slotspa + (uvlong)i*2*Msize + Msize;
		desc[2*i+1].flags = Dwrite;
		freeslot[nfree++] = nslot - 1 - i;
	}
	out32(Rqaddr, dmapa / Vpage);
	out8(Rstatus, Sack | Sdriver | Sdriverok);
}

/* version: agree 9P2000.L and msize with the device, polling (no interrupts yet) */
static void
version(void)
{
	uchar buf[64];
	uint n;
	int i, s;

	msize = Msize;
	n = lxversion(buf, sizeof buf, msize);
	if(put(buf, n) < 0)
		fail("no slot");
	for(i = 0; i < 5000 && (n = take(&s)) == 0; i++)
		usleep(1000);
	if(n == 0)
		fail("no answer to Tversion");
	if(lxrversion(inbuf(s), n, &msize) < 0)
		fail("the device does not speak 9P2000.L");
	busy[s] = 0;
	freeslot[nfree++] = s;
}

static void
usage(void)
{
	fprint(2, "usage: virtio9p [-D] [-n name] bus.dev.fn\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *name;
	int p[2];

	name = nil;
	ARGBEGIN{
	case 'D':
		chatty = 1;
		break;
	case 'n':
		name = EARGF(usage());
		break;
	default:
		usage();
	}ARGEND
	if(argc != 1)
		usage();
	setup(argv[0]);
	version();
	if(name == nil)
		name = tag;
	lx = lxnew(msize);
	if(lx == nil)
		fail("out of memory");
	lx->uname = "root";
	lx->sendl = sendl;
	lx->reply = reply;

	if(chan(p) < 0)
		fail("chan: cannot make one");
	switch(rfork(RFPROC|RFFDG|RFNAMEG|RFNOWAIT)){
	case -1:
		fail("fork: cannot");
	case 0:
		close(p[1]);
		close(irqfd);
		chanfd = p[0];
		serve();
	}
	close(p[0]);
	switch(rfork(RFPROC|RFFDG|RFNAMEG|RFNOWAIT)){
	case -1:
		fail("fork: cannot");
	case 0:
		listen(p[1]);
	}
	close(irqfd);
	if(mount(p[1], name, MREPL, "") < 0)
		sysfatal("mount %s: %r", name);
	close(p[1]);
	exits(nil);
}
