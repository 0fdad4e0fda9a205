/*
 * e1000: the driver of the Intel 82540EM (QEMU's -device e1000),
 * serving the card as ether0: (see ether(4) and e1000(8)).
 *	e1000 [-n name] bus.dev.fn
 * Init starts it from rc/lib/drivers, granted the card's registers, its
 * interrupt line, configuration writes and a DMA quota only.
 *
 * Two processes, as cons has:
 *	the server	answers 9P on ether0: and owns the descriptor rings;
 *	the listener	waits on irq:/N, reads (and so acknowledges) the
 *			card's interrupt cause and, when it is the card's,
 *			writes it to ether0:/intr, a Twrite like any other.
 *
 * The rings and packet buffers are one phys:/dma allocation, shared by
 * the two processes through fork.  Received frames wait in the receive
 * ring itself until a read takes them (one copy: the DMA buffer into the
 * reply), so the queue is the ring: Nrx-1 frames.  A write copies its
 * frame into a transmit buffer and starts it; when the transmit ring is
 * full the write is held until the card has sent one.
 */
#include <libc.h>
#include <9p.h>
#include <sys/mman.h>

enum {
	/* registers (8254x manual, section 13) */
	Rctrl	= 0x0000,
	Rstatus	= 0x0008,
	Reerd	= 0x0014,
	Ricr	= 0x00C0,
	Ritr	= 0x00C4,
	Rims	= 0x00D0,
	Rimc	= 0x00D8,
	Rrctl	= 0x0100,
	Rtctl	= 0x0400,
	Rtipg	= 0x0410,
	Rrdbal	= 0x2800,
	Rrdbah	= 0x2804,
	Rrdlen	= 0x2808,
	Rrdh	= 0x2810,
	Rrdt	= 0x2818,
	Rrdtr	= 0x2820,
	Rtdbal	= 0x3800,
	Rtdbah	= 0x3804,
	Rtdlen	= 0x3808,
	Rtdh	= 0x3810,
	Rtdt	= 0x3818,
	Rtidv	= 0x3820,
	Rmpc	= 0x4010,	/* missed packets, cleared by reading */
	Rmta	= 0x5200,	/* 128 words of multicast table */
	Rral	= 0x5400,
	Rrah	= 0x5404,

	/* CTRL */
	Cfd	= 1<<0,
	Casde	= 1<<5,
	Cslu	= 1<<6,
	Crst	= 1<<26,
	/* STATUS */
	Slu	= 1<<1,
	/* EERD */
	Eestart	= 1<<0,
	Eedone	= 1<<4,
	/* RAH */
	Rav	= 1u<<31,
	/* RCTL */
	Ren	= 1<<1,
	Rbam	= 1<<15,	/* accept broadcast */
	Rsecrc	= 1<<26,	/* strip the CRC */
	/* BSIZE 00 with BSEX 0: 2048-byte buffers */
	/* TCTL */
	Ten	= 1<<1,
	Tpsp	= 1<<3,		/* pad short packets */
	Tct	= 0x10<<4,	/* collision threshold */
	Tcold	= 0x40<<12,	/* collision distance, full duplex */
	Tipg	= 10 | 8<<10 | 6<<20,
	/* interrupt causes (ICR, IMS) */
	Itxdw	= 1<<0,
	Ilsc	= 1<<2,
	Irxdmt0	= 1<<4,
	Irxo	= 1<<6,
	Irxt0	= 1<<7,
	Iours	= Itxdw|Ilsc|Irxdmt0|Irxo|Irxt0,

	/* descriptor bits */
	Ddd	= 1<<0,		/* status: done */
	Deop	= 1<<1,		/* rx status: end of packet */
	Tceop	= 1<<0,		/* tx command: end of packet */
	Tcifcs	= 1<<1,		/* insert the CRC */
	Tcrs	= 1<<3,		/* report status */

	Nrx	= 64,		/* receive descriptors: Nrx-1 frames wait */
	Ntx	= 32,
	Bufsize	= 2048,
	Ringbytes = 4096,	/* both rings, in the first page */
	Dmabytes = Ringbytes + (Nrx + Ntx) * Bufsize,
	Minframe = 14,
	Maxframe = 1514,
	Nheld	= 64,		/* reads (and writes) waiting at once */

	Qroot	= 0,
	Qaddr,
	Qstats,
	Qdata,
	Qintr,
	Nq,
};

typedef struct Rd Rd;
typedef struct Td Td;

/* a legacy receive descriptor */
struct Rd {
	uvlong	addr;
	u16int	len;
	u16int	csum;
	uchar	status;
	uchar	errors;
	u16int	special;
};

/* a legacy transmit descriptor */
struct Td {
	uvlong	addr;
	u16int	len;
	uchar	cso;
	uchar	cmd;
	uchar	status;
	uchar	css;
	u16int	special;
};

static char	*names[Nq] = { "/", "addr", "stats", "data", "intr" };
static char	*bdf;
static int	irqline;
static char	*name = "ether0";
static volatile uchar	*regs;
static uchar	*dma;		/* rings, then Nrx then Ntx buffers */
static uvlong	dmapa;
static volatile Rd	*rx;
static volatile Td	*tx;
static uchar	mac[6];

static int	rxnext;		/* oldest frame not yet read */
static int	rxseen;		/* next descriptor to count in "in" */
static int	txnext;		/* next descriptor to fill (TDT) */
static int	txclean;	/* oldest descriptor not yet reclaimed */

static uvlong	nin, nout, nierr, noerr;

static Req	*rheld[Nheld];	/* reads of data waiting for a frame */
static int	nrheld;
static Req	*wheld[Nheld];	/* writes waiting for a transmit slot */
static int	nwheld;

/* barrier: the compiler keeps memory accesses on their side of it */
#define barrier()	__asm__ volatile("" ::: "memory")

static u32int
rd32(int off)
{
	return *(volatile u32int*)(regs + off);
}

static void
wr32(int off, u32int v)
{
	*(volatile u32int*)(regs + off) = v;
}

/*
 * pciconf: from the text of pci:/B.D.F/config, BAR 0 (which must be
 * memory) and the interrupt line.  0, or -1 if either is missing.
 */
int
pciconf(char *text, uvlong *base, uvlong *size, int *irq)
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
		&& b == 0 && strcmp(kind, "mem") == 0){
			*base = a;
			*size = s;
			got = 1;
		}
	}
	if(!got || *irq <= 0 || *irq >= 256)
		return -1;
	return 0;
}

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

/* busmaster: set memory decoding and bus mastering in the PCI command register */
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
	cmd |= 6;
	if(pwrite(fd, &cmd, 2, 4) != 2)
		sysfatal("%s: write of the command register: %r", url);
	close(fd);
}

/* eeprom: word w of the EEPROM through EERD; -1 if it never answers */
static int
eeprom(int w)
{
	u32int v;
	int i;

	wr32(Reerd, w<<8 | Eestart);
	for(i = 0; i < 1000; i++){
		v = rd32(Reerd);
		if(v & Eedone)
			return v >> 16;
		usleep(10);
	}
	return -1;
}

/* getmac: the address in RAL0/RAH0 if valid, else the EEPROM's; programs RA0 */
static void
getmac(void)
{
	u32int lo, hi;
	int i, w;

	lo = rd32(Rral);
	hi = rd32(Rrah);
	if(hi & Rav){
		for(i = 0; i < 4; i++)
			mac[i] = lo >> 8*i;
		mac[4] = hi;
		mac[5] = hi >> 8;
	}else{
		for(i = 0; i < 3; i++){
			if((w = eeprom(i)) < 0)
				sysfatal("no MAC address: the EEPROM does not answer");
			mac[2*i] = w;
			mac[2*i+1] = w >> 8;
		}
	}
	wr32(Rral, mac[0] | mac[1]<<8 | mac[2]<<16 | (u32int)mac[3]<<24);
	wr32(Rrah, mac[4] | mac[5]<<8 | Rav);
}

/* reset: the card reset, its interrupts off, MAC read, rings set up, link up */
static void
reset(void)
{
	int i;

	wr32(Rimc, ~0);
	wr32(Rrctl, 0);
	wr32(Rtctl, 0);
	wr32(Rctrl, rd32(Rctrl) | Crst);
	usleep(10000);
	for(i = 0; i < 100 && (rd32(Rctrl) & Crst); i++)
		usleep(1000);
	wr32(Rimc, ~0);
	rd32(Ricr);
	getmac();
	for(i = 0; i < 128; i++)
		wr32(Rmta + 4*i, 0);

	/* receive: every descriptor but one given to the card */
	for(i = 0; i < Nrx; i++){
		rx[i].addr = dmapa + Ringbytes + i*Bufsize;
		rx[i].status = 0;
	}
	wr32(Rrdbal, dmapa);
	wr32(Rrdbah, dmapa >> 32);
	wr32(Rrdlen, Nrx * sizeof(Rd));
	wr32(Rrdh, 0);
	wr32(Rrdt, Nrx - 1);
	wr32(Rrdtr, 0);
	wr32(Ritr, 0);
	rxnext = rxseen = 0;
	wr32(Rrctl, Ren | Rbam | Rsecrc);

	/* transmit */
	for(i = 0; i < Ntx; i++){
		tx[i].addr = dmapa + Ringbytes + (Nrx + i)*Bufsize;
		tx[i].status = 0;
	}
	wr32(Rtdbal, dmapa + Ringbytes/2);
	wr32(Rtdbah, (dmapa + Ringbytes/2) >> 32);
	wr32(Rtdlen, Ntx * sizeof(Td));
	wr32(Rtdh, 0);
	wr32(Rtdt, 0);
	wr32(Rtidv, 0);
	txnext = txclean = 0;
	wr32(Rtipg, Tipg);
	wr32(Rtctl, Ten | Tpsp | Tct | Tcold);

	wr32(Rctrl, (rd32(Rctrl) | Cslu | Casde | Cfd));
}

/* setup: find the card, map its registers and DMA memory, reset it */
static void
setup(void)
{
	char url[64], buf[512];
	uvlong base, size, dsize;
	int fd, irq;

	snprintf(url, sizeof url, "pci:/%s/config", bdf);
	if(readfile(url, buf, sizeof buf) < 0)
		sysfatal("%s: %r", url);
	if(pciconf(buf, &base, &size, &irq) < 0)
		sysfatal("%s: no memory BAR 0 or no interrupt line", url);
	busmaster();
	fd = open("phys:/mem", O_RDWR);
	if(fd < 0)
		sysfatal("phys:/mem: %r");
	regs = mmap(nil, size, PROT_READ|PROT_WRITE, MAP_SHARED, fd, base);
	close(fd);
	if(regs == MAP_FAILED)
		sysfatal("mmap of BAR 0 at %#llx: %r", base);
	fd = open("phys:/dma", O_RDWR);
	if(fd < 0)
		sysfatal("phys:/dma: %r");
	dma = mmap(nil, Dmabytes, PROT_READ|PROT_WRITE, MAP_SHARED, fd, 0);
	if(dma == MAP_FAILED)
		sysfatal("mmap of %d bytes of phys:/dma: %r", Dmabytes);
	if(pread(fd, buf, sizeof buf - 1, 0) <= 0 || sscanf(buf, "%llx %llu", &dmapa, &dsize) != 2)
		sysfatal("phys:/dma: no physical address");
	close(fd);
	rx = (Rd*)dma;
	tx = (Td*)(dma + Ringbytes/2);
	reset();
	irqline = irq;
}

/* txreclaim: count the frames the card has sent and free their slots */
static void
txreclaim(void)
{
	while(txclean != txnext && (tx[txclean].status & Ddd)){
		nout++;
		tx[txclean].status = 0;
		txclean = (txclean + 1) % Ntx;
	}
}

/* rxcount: count newly arrived frames in "in" */
static void
rxcount(void)
{
	while(rxseen != (rxnext + Nrx - 1) % Nrx && (rx[rxseen].status & Ddd)){
		nin++;
		rxseen = (rxseen + 1) % Nrx;
	}
}

/* rxgive: descriptor rxnext back to the card */
static void
rxgive(void)
{
	rx[rxnext].status = 0;
	rx[rxnext].errors = 0;
	wr32(Rrdt, rxnext);
	rxnext = (rxnext + 1) % Nrx;
}

/* rxanswer: give waiting reads the frames waiting in the ring, oldest first */
static void
rxanswer(void)
{
	volatile Rd *d;
	Req *r;
	long n;

	rxcount();
	while(nrheld > 0 && rxnext != rxseen){
		d = &rx[rxnext];
		if((d->status & (Ddd|Deop)) != (Ddd|Deop) || d->errors != 0 || d->len < Minframe){
			nierr++;
			rxgive();
			continue;
		}
		r = rheld[0];
		barrier();
		memmove(rheld, rheld+1, --nrheld * sizeof rheld[0]);
		n = d->len;
		if(n > r->ifcall.count)
			n = r->ifcall.count;
		memmove(r->ofcall.data, dma + Ringbytes + rxnext*Bufsize, n);
		r->ofcall.count = n;
		rxgive();
		respond(r, nil);
	}
}

/* transmit: start r's frame if a slot is free; 1 if done, 0 if it must wait */
static int
transmit(Req *r)
{
	long n;

	txreclaim();
	if((txnext + 1) % Ntx == txclean)
		return 0;
	n = r->ifcall.count;
	memmove(dma + Ringbytes + (Nrx + txnext)*Bufsize, r->ifcall.data, n);
	tx[txnext].len = n;
	tx[txnext].cmd = Tceop | Tcifcs | Tcrs;
	tx[txnext].status = 0;
	txnext = (txnext + 1) % Ntx;
	barrier();
	wr32(Rtdt, txnext);
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
	u32int st;
	int mbps;

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
		nierr += rd32(Rmpc);
		st = rd32(Rstatus);
		mbps = (st >> 6 & 3) == 0 ? 10 : (st >> 6 & 3) == 1 ? 100 : 1000;
		snprintf(buf, sizeof buf,
			"in %llu\nout %llu\nierrors %llu\noerrors %llu\nlink %d\nmbps %d\naddr %02x%02x%02x%02x%02x%02x\n",
			nin, nout, nierr, noerr, (st & Slu) != 0, mbps,
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
		/* what the cause was matters not: look at both rings */
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

/* listen: the listener's loop: acknowledge the card's interrupts and pass them on */
static void
listen(int irq)
{
	char url[64], msg[16], tick[32];
	u32int icr;
	int ifd, fd;

	snprintf(url, sizeof url, "irq:/%d", irq);
	ifd = open(url, O_RDONLY);
	if(ifd < 0)
		sysfatal("%s: %r", url);
	snprintf(url, sizeof url, "%s:/intr", name);
	fd = open(url, O_WRONLY);
	if(fd < 0)
		sysfatal("%s: %r", url);
	wr32(Rims, Iours);
	for(;;){
		icr = rd32(Ricr);	/* reading acknowledges */
		if(icr & Iours){
			snprintf(msg, sizeof msg, "%08x", icr);
			if(write(fd, msg, strlen(msg)) < 0)
				exits(nil);	/* the server is gone */
		}
		if(read(ifd, tick, sizeof tick) < 0)
			sysfatal("irq:/%d: %r", irq);
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
	fprint(2, "usage: e1000 [-n name] bus.dev.fn\n");
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
		listen(irqline);
	}
	return 0;
}
