/*
 * e1000: the driver of the Intel 82540EM (QEMU's -device e1000),
 * serving the card as ether0: (see ether(4) and e1000(8)).
 *	e1000 [-n name] bus.dev.fn
 * Init starts it from rc/lib/drivers, granted the card's registers, its
 * interrupt line, configuration writes and a DMA quota only.
 * The file server and the listener process are libether's (ether(2));
 * this file is the card: the server owns the descriptor rings, and the
 * listener reads (and so acknowledges) the interrupt cause.
 *
 * The rings are one page of phys:/dma of the driver's own, shared by
 * the two processes through fork; the frame buffers they point at are
 * libether's, shared with netd (ether(2)).  Received frames wait in the
 * receive ring itself until a read takes them, so the queue is the
 * ring: Nrx-1 frames; each descriptor's buffer is the one libether
 * gives back for it (the same, or a spare when the frame's buffer was
 * lent to netd).  A frame to send is a buffer of libether's, which a
 * descriptor points at until the card has sent it.
 */
#include <libc.h>
#include <9p.h>
#include <sys/mman.h>
#include <ether.h>

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
	/* BSIZE 00 with BSEX 0: 2048-byte buffers, libether's ETHERBUFSIZE */
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
	Ringbytes = 4096,	/* both rings, the driver's allocation */
	Minframe = ETHERMINFRAME,
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

static Ether	ether;		/* the card to libether (filled in at the end) */
static volatile uchar	*regs;
static uchar	*dma;		/* the rings */
static uvlong	dmapa;
static volatile Rd	*rx;
static volatile Td	*tx;
static int	rxbuf[Nrx];	/* each receive descriptor's buffer (libether's) */
static int	txbuf[Ntx];	/* each transmit descriptor's */

static int	rxnext;		/* oldest frame not yet read */
static int	rxseen;		/* next descriptor to count in "in" */
static int	txnext;		/* next descriptor to fill (TDT) */
static int	txclean;	/* oldest descriptor not yet reclaimed */

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
	return etherpciconf(text, "mem", base, size, irq);
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
			ether.mac[i] = lo >> 8*i;
		ether.mac[4] = hi;
		ether.mac[5] = hi >> 8;
	}else{
		for(i = 0; i < 3; i++){
			if((w = eeprom(i)) < 0)
				sysfatal("no MAC address: the EEPROM does not answer");
			ether.mac[2*i] = w;
			ether.mac[2*i+1] = w >> 8;
		}
	}
	wr32(Rral, ether.mac[0] | ether.mac[1]<<8 | ether.mac[2]<<16 | (u32int)ether.mac[3]<<24);
	wr32(Rrah, ether.mac[4] | ether.mac[5]<<8 | Rav);
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
		rxbuf[i] = i;
		rx[i].addr = etherbufpa(&ether, i);
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
	for(i = 0; i < Ntx; i++)
		tx[i].status = 0;
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
setup(Ether *e)
{
	char url[64], buf[512];
	uvlong base, size, dsize;
	int fd, irq;

	snprintf(url, sizeof url, "pci:/%s/config", e->bdf);
	if(etherreadfile(url, buf, sizeof buf) < 0)
		sysfatal("%s: %r", url);
	if(pciconf(buf, &base, &size, &irq) < 0)
		sysfatal("%s: no memory BAR 0 or no interrupt line", url);
	etherbusmaster(e->bdf, 6);	/* memory decoding, bus mastering */
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
	dma = mmap(nil, Ringbytes, PROT_READ|PROT_WRITE, MAP_SHARED, fd, 0);
	if(dma == MAP_FAILED)
		sysfatal("mmap of %d bytes of phys:/dma: %r", Ringbytes);
	if(pread(fd, buf, sizeof buf - 1, 0) <= 0 || sscanf(buf, "%llx %llu", &dmapa, &dsize) != 2)
		sysfatal("phys:/dma: no physical address");
	close(fd);
	rx = (Rd*)dma;
	tx = (Td*)(dma + Ringbytes/2);
	etherbufs(e, Nrx, Ntx - 1);
	reset();
	e->irq = irq;
}

/* txreclaim: count the frames the card has sent, free their slots, give back their buffers */
static void
txreclaim(void)
{
	while(txclean != txnext && (tx[txclean].status & Ddd)){
		ether.nout++;
		tx[txclean].status = 0;
		ethersent(&ether, txbuf[txclean]);
		txclean = (txclean + 1) % Ntx;
	}
}

/* rxcount: count newly arrived frames in "in" */
static void
rxcount(void)
{
	while(rxseen != (rxnext + Nrx - 1) % Nrx && (rx[rxseen].status & Ddd)){
		ether.nin++;
		rxseen = (rxseen + 1) % Nrx;
	}
}

/* rxgive: descriptor rxnext back to the card (receive moves the tail after the last) */
static void
rxgive(void)
{
	rx[rxnext].status = 0;
	rx[rxnext].errors = 0;
	rxnext = (rxnext + 1) % Nrx;
}

/* receive: give waiting reads the frames waiting in the ring, oldest first; the tail moves once */
static void
receive(Ether *e)
{
	volatile Rd *d;
	int given;

	rxcount();
	given = 0;
	while(etherreaders(e) > 0 && rxnext != rxseen){
		d = &rx[rxnext];
		given = 1;
		if((d->status & (Ddd|Deop)) != (Ddd|Deop) || d->errors != 0 || d->len < Minframe){
			e->nierr++;
			rxgive();
			continue;
		}
		barrier();
		rxbuf[rxnext] = etherframe(e, rxbuf[rxnext], d->len);
		d->addr = etherbufpa(e, rxbuf[rxnext]);
		rxgive();
	}
	if(given){
		barrier();
		wr32(Rrdt, (rxnext + Nrx - 1) % Nrx);	/* the last given is the one held back */
	}
}

/* send: buffer b, n bytes, in the next slot if one is free; 1 if done, 0 if it must wait */
static int
send(Ether *e, int b, long n)
{
	txreclaim();
	if((txnext + 1) % Ntx == txclean)
		return 0;
	txbuf[txnext] = b;
	tx[txnext].addr = etherbufpa(e, b);
	tx[txnext].len = n;
	tx[txnext].cmd = Tceop | Tcifcs | Tcrs;
	tx[txnext].status = 0;
	txnext = (txnext + 1) % Ntx;
	return 1;
}

/* kick: the card sends what send put in the ring */
static void
kick(Ether *e)
{
	USED(e);
	barrier();
	wr32(Rtdt, txnext);
}

/* check: count what was sent, received and missed */
static void
check(Ether *e)
{
	txreclaim();
	rxcount();
	e->nierr += rd32(Rmpc);
}

/* link: whether the link is up, and its speed */
static int
link(Ether *e, int *mbps)
{
	u32int st;

	USED(e);
	st = rd32(Rstatus);
	*mbps = (st >> 6 & 3) == 0 ? 10 : (st >> 6 & 3) == 1 ? 100 : 1000;
	return (st & Slu) != 0;
}

/* intr: the listener's: read (so acknowledge) the cause; 0 if not the card's */
static u32int
intr(Ether *e)
{
	u32int icr;

	USED(e);
	icr = rd32(Ricr);
	return icr & Iours ? icr : 0;
}

/* enable: the listener's: the card's interrupts on */
static void
enable(Ether *e)
{
	USED(e);
	wr32(Rims, Iours);
}

static Ether ether = {
	.driver = "e1000",
	.irqfd = -1,
	.send = send,
	.kick = kick,
	.receive = receive,
	.check = check,
	.link = link,
	.intr = intr,
	.enable = enable,
};

int
main(int argc, char **argv)
{
	ethermain(&ether, argc, argv, setup);
	return 0;
}
