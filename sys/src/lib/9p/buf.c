/*
 * buf.c: the big buffers of requests (a T-message, a Tread's data),
 * kept for the next request instead of freed: a server moving a large
 * file would otherwise scatter 64 KiB holes through its heap that
 * malloc cannot always reuse, and its memory would only grow.  The
 * buffer srv reads messages into is one of them, so that a big
 * message (a Twrite's data) is handed to its request, not copied.
 */
#include <u.h>
#include <libc.h>
#include <9p.h>
#include "impl.h"

enum {
	Small	= 256,		/* up to this, a small block (most T-messages), kept */
	Medium	= Bufmedium,	/* up to this, plain malloc */
	Big	= Bufsize,	/* every bigger one is this size, kept */
	Ncache	= 8,
	Nsmall	= 32,
};

static void	*cache[Ncache];
static int	ncache;
static void	*small[Nsmall];	/* spare small blocks: a malloc and free fewer per request */
static int	nsmall;

/* bufalloc: n bytes for a request; nil if out of memory */
void*
bufalloc(long n)
{
	if(n <= Small){
		if(nsmall > 0)
			return small[--nsmall];
		return malloc(Small);
	}
	if(n <= Medium)
		return malloc(n);
	if(n > Big)
		return nil;
	if(ncache > 0)
		return cache[--ncache];
	return malloc(Big);
}

/* buffree: give back p, got by bufalloc(n) */
void
buffree(void *p, long n)
{
	if(p == nil)
		return;
	if(n <= Small){
		if(nsmall < Nsmall)
			small[nsmall++] = p;
		else
			free(p);
		return;
	}
	if(n <= Medium || ncache == Ncache){
		free(p);
		return;
	}
	cache[ncache++] = p;
}

