/*
 * ether.h: libether, the ether(4) file server shared by the network
 * card drivers (e1000, virtionet), in the manner of Plan 9's etherif:
 * a driver fills an Ether with its card's address and callbacks, has
 * libether allocate the frame buffers (etherbufs) and points its
 * card's descriptors at them, and calls etherserve (or ethermain, a
 * driver's whole main), which serves etherN: (addr, stats, data, ring
 * and the listener's intr), holds reads until frames come and writes
 * until there is room, and forks the listener that passes the card's
 * interrupts on.  The driver keeps only its device code.  See ether(2).
 *
 * The frame buffers are one phys:/dma allocation that the driver
 * shares with netd (ether(4)'s ring, posted as srv:/etherN.ring); it
 * begins with an Etherring, below, which netd checks before it trusts
 * any of it.  Needs <libc.h> and <9p.h> first, or just <u.h> for the
 * ring's layout alone (netd).
 */
#ifndef ETHER_H
#define ETHER_H

enum {
	ETHERMINFRAME = 14,	/* destination, source, type */
	ETHERMAXFRAME = 1514,	/* and 1500 bytes of payload */

	/* the ring (ether(4)) */
	ETHERBUFSIZE = 2048,	/* each frame buffer */
	ETHERRINGQ = 256,	/* entries of each queue; buffers of a kind at most */
	ETHERRINGMAGIC = 0x676e6952,	/* "Ring" */
	ETHERRINGREC = 4,	/* bytes of a record: buffer, length, 16 bits each, little-endian */
	ETHERRINGWAIT = 0xFFFF,	/* a write's record: wait for a transmit buffer */
};

/*
 * The head of the shared memory, at offset 0: written by the driver
 * when the ring is opened; after that the driver writes only txput and
 * txq, netd only rxput and rxq.  Each side keeps its own count of what
 * it has taken from the other's queue and checks every entry.
 */
typedef struct Etherring Etherring;
struct Etherring {
	u32int	magic;		/* ETHERRINGMAGIC */
	u32int	nrx;		/* receive buffers, at rxoff */
	u32int	ntx;		/* transmit buffers of the ring, at txoff */
	u32int	bufsize;	/* ETHERBUFSIZE */
	u32int	rxoff;		/* offset of receive buffer 0 */
	u32int	txoff;		/* offset of transmit buffer 0 */
	u32int	size;		/* bytes of the whole allocation */
	u32int	pad;
	u32int	rxput;		/* netd's: receive buffers given back so far */
	u32int	txput;		/* the driver's: transmit buffers given to netd so far */
	u16int	rxq[ETHERRINGQ];	/* entry i%ETHERRINGQ: the ith given back */
	u16int	txq[ETHERRINGQ];	/* entry i%ETHERRINGQ: the ith given */
};

#ifdef NINEP_H
typedef struct Ether Ether;
struct Ether {
	char	*driver;	/* the command, for its usage line */
	char	*bdf;		/* the card in pci(4), bus.dev.fn */
	char	*name;		/* etherN; nil: the first not yet mounted */
	uchar	mac[6];
	int	irq;		/* the interrupt line */
	int	irqfd;		/* irq:/N if the driver opened it, else -1 */
	uvlong	nin, nout, nierr, noerr;	/* the counters of stats */
	uvlong	nringin, nringout, nringerr;	/* libether's */

	/* queue buffer b (n bytes, 14 to 1514) for the card: 1, or 0 if it has no room */
	int	(*send)(Ether*, int b, long n);
	/* tell the card frames were queued by send since the last kick */
	void	(*kick)(Ether*);
	/* give waiting reads the frames that came: etherframe while etherreaders */
	void	(*receive)(Ether*);
	/* bring nin, nout, nierr, noerr up to date, ethersent for each frame sent */
	void	(*check)(Ether*);
	/* the link: 1 if up, 0 if down; its speed in *mbps */
	int	(*link)(Ether*, int *mbps);
	/* the listener's: read (so acknowledge) the interrupt cause; 0 if not the card's */
	u32int	(*intr)(Ether*);
	/* the listener's, nil if none: turn the card's interrupts on */
	void	(*enable)(Ether*);
	void	*aux;
};

void	ethermain(Ether *e, int argc, char **argv, void (*setup)(Ether*));
void	etherserve(Ether *e);
void	etherbufs(Ether *e, int nrx, int ntx);
uvlong	etherbufpa(Ether *e, int b);
int	etherreaders(Ether *e);
int	etherframe(Ether *e, int b, long n);
void	ethersent(Ether *e, int b);
int	etherpciconf(char *text, char *kind, uvlong *base, uvlong *size, int *irq);
int	etherreadfile(char *url, char *buf, int n);
void	etherbusmaster(char *bdf, int bits);
#endif

/* ring.c: the queues and records, the driver's and netd's */
void	ringput(volatile u16int *q, volatile u32int *put, u32int *mine, int v);
int	ringtake(volatile u16int *q, volatile u32int *put, u32int *get, u16int *out, int max);
void	ringrec(uchar *p, int b, int n);
int	ringcheck(volatile Etherring *h, uvlong size, Etherring *copy);

#endif
