/*
 * ring.c: netd's side of the card's ring (ether(4)): the frame buffers
 * the driver shares, mapped from srv:/etherN.ring, and the records that
 * name them on etherN:/ring.  A frame in comes as a record, from the
 * reader through ip:/ether; it is copied once, into a pbuf, and its
 * buffer goes back to the driver in rxq.  A frame out is copied once,
 * from lwIP's pbuf into a transmit buffer the driver gave in txq, and
 * its record written to etherN:/ring: at once, or, between ringhold
 * and ringflush (a 9P request's handling), with the request's other
 * frames in one write.  Nothing the driver says is
 * believed beyond its bounds: a bad record or queue entry is counted
 * (ringerrs, in ip:/ifc) and left alone.
 */
#include "netd.h"
#include <sys/mman.h>
#include <ether.h>

enum {
	Tdriver,		/* a transmit buffer in the driver's hands */
	Tfree,			/* given to netd in txq, not in use */
};

int	ringfd = -1;
unsigned long	ringerrs;

static uchar	*mem;		/* the shared buffers */
static volatile Etherring	*head;
static Etherring	geo;	/* the head as checked once */
static u32int	rxput;		/* receive buffers given back in rxq */
static u32int	txget;		/* transmit buffers taken from txq */
static uchar	txstate[ETHERRINGQ];
static int	txfree[ETHERRINGQ];
static int	ntxfree;
static uchar	batch[ETHERRINGQ*ETHERRINGREC];	/* records not yet written */
static int	nbatch;		/* bytes of them */
static int	holding;	/* between ringhold and ringflush */

/*
 * ringmap: open dev's ring (the driver then serves this open, and
 * gives it every transmit buffer) and map the buffers posted as
 * srv:/dev.ring; dies if it cannot or the head is not to be trusted.
 */
void
ringmap(char *dev)
{
	char url[64], buf[64];
	uvlong pa, size;
	int fd, n;

	snprintf(url, sizeof url, "%s:/ring", dev);
	if((ringfd = open(url, ORDWR)) < 0)
		sysfatal("%s: %r", url);
	snprintf(url, sizeof url, "srv:/%s.ring", dev);
	if((fd = open(url, ORDWR)) < 0)
		sysfatal("%s: %r", url);
	n = pread(fd, buf, sizeof buf - 1, 0);
	buf[n > 0 ? n : 0] = 0;
	if(sscanf(buf, "%llx %llu", &pa, &size) != 2 || size == 0 || size > 64*1024*1024)
		sysfatal("%s: not DMA memory", url);
	mem = mmap(nil, size, PROT_READ|PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	if(mem == MAP_FAILED)
		sysfatal("mmap of %s: %r", url);
	head = (Etherring*)mem;
	if(ringcheck(head, size, &geo) < 0)
		sysfatal("%s: a bad ring head", url);
	memset(txstate, Tdriver, sizeof txstate);
}

/*
 * ringinput: the reader's n bytes of records from the driver: each
 * frame into lwIP (etherinput copies it) and its buffer back in rxq.
 */
void
ringinput(uchar *p, long n)
{
	long i;
	int b, len;

	if(n % ETHERRINGREC != 0)
		ringerrs++;
	for(i = 0; i + ETHERRINGREC <= n; i += ETHERRINGREC){
		b = p[i] | p[i+1]<<8;
		len = p[i+2] | p[i+3]<<8;
		if(b >= (int)geo.nrx){
			ringerrs++;	/* not a buffer: nothing to give back */
			continue;
		}
		if(len > (int)geo.bufsize)
			ringerrs++;
		else
			etherinput(&ether, mem + geo.rxoff + (long)b*geo.bufsize, len);
		ringput(head->rxq, &head->rxput, &rxput, b);
	}
}

/* txreap: the transmit buffers the driver gave back are free */
static void
txreap(void)
{
	u16int got[ETHERRINGQ];
	int i, n, t;

	n = ringtake(head->txq, &head->txput, &txget, got, ETHERRINGQ);
	if(n < 0)
		ringerrs++;
	for(i = 0; i < n; i++){
		t = got[i];
		if(t >= (int)geo.ntx || txstate[t] != Tdriver){
			ringerrs++;	/* not one the driver holds */
			continue;
		}
		txstate[t] = Tfree;
		txfree[ntxfree++] = t;
	}
}

/*
 * send: write the records held to the driver.  If it refuses them (it
 * is gone), their buffers stay the driver's: one it took may be on
 * the card.
 */
static void
send(void)
{
	int n;

	if(nbatch == 0)
		return;
	n = nbatch;
	nbatch = 0;
	if(write(ringfd, batch, n) != n)
		ether.outerrs += n / ETHERRINGREC;
}

/* ringhold: hold the records of frames sent from now, until ringflush */
void
ringhold(void)
{
	holding = 1;
}

/* ringflush: write the records held */
void
ringflush(void)
{
	holding = 0;
	send();
}

/*
 * ringtransmit: lwIP's frame of n bytes out: into a free transmit
 * buffer (waiting for the driver to give one back if none is) and its
 * record to the driver, now unless held.  n, or -1.
 */
long
ringtransmit(const void *frame, long n)
{
	uchar rec[ETHERRINGREC];
	int t;

	if(n < ETHERMINFRAME || n > ETHERMAXFRAME || ringfd < 0)
		return -1;
	if(ntxfree == 0)
		txreap();
	if(ntxfree == 0){
		/* all with the driver: it answers once it gives one back */
		send();
		ringrec(rec, ETHERRINGWAIT, txget & 0xFFFF);
		if(write(ringfd, rec, sizeof rec) != sizeof rec)
			return -1;
		txreap();
		if(ntxfree == 0)
			return -1;
	}
	t = txfree[--ntxfree];
	memmove(mem + geo.txoff + (long)t*geo.bufsize, frame, n);
	txstate[t] = Tdriver;
	ringrec(batch + nbatch, t, n);
	nbatch += ETHERRINGREC;
	if(!holding || nbatch == sizeof batch)
		send();
	return n;
}
