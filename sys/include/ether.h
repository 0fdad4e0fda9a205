/*
 * ether.h: libether, the ether(4) file server shared by the network
 * card drivers (e1000, virtionet), in the manner of Plan 9's etherif:
 * a driver fills an Ether with its card's address and callbacks and
 * calls etherserve (or ethermain, a driver's whole main), which serves etherN: (addr, stats, data and the
 * listener's intr), holds reads until frames come and writes until
 * the card has room, and forks the listener that passes the card's
 * interrupts on.  The driver keeps only its device code.  See ether(2).
 * Needs <libc.h> and <9p.h> first.
 */
#ifndef ETHER_H
#define ETHER_H

enum {
	ETHERMINFRAME = 14,	/* destination, source, type */
	ETHERMAXFRAME = 1514,	/* and 1500 bytes of payload */
};

typedef struct Ether Ether;
struct Ether {
	char	*driver;	/* the command, for its usage line */
	char	*bdf;		/* the card in pci(4), bus.dev.fn */
	char	*name;		/* etherN; nil: the first not yet mounted */
	uchar	mac[6];
	int	irq;		/* the interrupt line */
	int	irqfd;		/* irq:/N if the driver opened it, else -1 */
	uvlong	nin, nout, nierr, noerr;	/* the counters of stats */

	/* hand one frame (14 to 1514 bytes) to the card: 1, or 0 if it has no room */
	int	(*transmit)(Ether*, uchar *frame, long n);
	/* give waiting reads the frames that came: etherdeliver while etherreaders */
	void	(*receive)(Ether*);
	/* bring nin, nout, nierr, noerr up to date, freeing sent frames' room */
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
int	etherreaders(Ether *e);
void	etherdeliver(Ether *e, uchar *frame, long n);
int	etherpciconf(char *text, char *kind, uvlong *base, uvlong *size, int *irq);
int	etherreadfile(char *url, char *buf, int n);
void	etherbusmaster(char *bdf, int bits);

#endif
