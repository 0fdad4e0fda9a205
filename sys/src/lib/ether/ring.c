/*
 * ring.c: the queues and records of ether(4)'s ring, shared by the
 * driver's side (ether.c) and netd's: each queue has one producer,
 * which keeps its own count and publishes it after the entry, and one
 * consumer, which keeps its own count of what it took and believes
 * neither the other side's count nor its entries beyond their bounds.
 * Pure: tests/unit/ether_test.c runs it on the host.
 */
#include <libc.h>
#include <ether.h>

/* barrier: the compiler keeps memory accesses on their side of it (x86 keeps stores in order) */
#define barrier()	__asm__ volatile("" ::: "memory")

/* ringput: v the next entry of q; *mine, the producer's count, then published in *put */
void
ringput(volatile u16int *q, volatile u32int *put, u32int *mine, int v)
{
	q[*mine % ETHERRINGQ] = v;
	barrier();
	*put = ++*mine;
}

/*
 * ringtake: up to max entries of q (the producer's count in *put, the
 * consumer's in *get) into out; how many, or -1 if *put is more than a
 * whole queue ahead (nonsense: *get jumps to it, nothing taken).
 */
int
ringtake(volatile u16int *q, volatile u32int *put, u32int *get, u16int *out, int max)
{
	u32int p;
	int n;

	p = *put;
	barrier();
	if(p - *get > ETHERRINGQ){
		*get = p;
		return -1;
	}
	for(n = 0; n < max && *get != p; n++){
		out[n] = q[*get % ETHERRINGQ];
		++*get;
	}
	return n;
}

/* ringrec: the record of buffer b, n bytes, at p */
void
ringrec(uchar *p, int b, int n)
{
	p[0] = b;
	p[1] = b >> 8;
	p[2] = n;
	p[3] = n >> 8;
}

/*
 * ringcheck: copy the ring's head h (of a mapping of size bytes) into
 * *copy, once, and check it: the magic, 2048-byte buffers, 1 to
 * ETHERRINGQ of each kind, all within the mapping and after the head.
 * 0, or -1 if the head is not to be trusted.
 */
int
ringcheck(volatile Etherring *h, uvlong size, Etherring *copy)
{
	Etherring *c;

	c = copy;
	if(size < sizeof(Etherring))
		return -1;
	c->magic = h->magic;
	c->nrx = h->nrx;
	c->ntx = h->ntx;
	c->bufsize = h->bufsize;
	c->rxoff = h->rxoff;
	c->txoff = h->txoff;
	c->size = h->size;
	if(c->magic != ETHERRINGMAGIC || c->bufsize != ETHERBUFSIZE)
		return -1;
	if(c->nrx < 1 || c->nrx > ETHERRINGQ || c->ntx < 1 || c->ntx > ETHERRINGQ)
		return -1;
	if(c->rxoff < sizeof(Etherring) || c->txoff < sizeof(Etherring))
		return -1;
	if((uvlong)c->rxoff + (uvlong)c->nrx*ETHERBUFSIZE > size
	|| (uvlong)c->txoff + (uvlong)c->ntx*ETHERBUFSIZE > size)
		return -1;
	return 0;
}
