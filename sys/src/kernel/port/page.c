/*
 * page.c: the physical page allocator (see page.h).  Addresses are
 * physical byte addresses; 0 means "no page" (frame 0 is never free).
 * The caller holds the kernel (interrupts are off in the kernel).
 */
#include <u.h>
#include "page.h"

#define PG	4096ULL

Palloc palloc;

/* pagemetasize: bytes of bookkeeping pageinit needs for npage frames */
usize
pagemetasize(uvlong npage)
{
	return (npage+7)/8 + npage*sizeof(u16int);
}

/* pageinit: cover npage frames, all reserved, with meta as bookkeeping */
void
pageinit(Palloc *pa, uvlong npage, void *meta)
{
	uvlong i;

	pa->npage = npage;
	pa->nfree = 0;
	pa->ntotal = 0;
	pa->hint = 0;
	pa->ref = meta;
	pa->freemap = (uchar*)meta + npage*sizeof(u16int);
	for(i = 0; i < (npage+7)/8; i++)
		pa->freemap[i] = 0;
	for(i = 0; i < npage; i++)
		pa->ref[i] = 0;
}

static int
isfree(Palloc *pa, uvlong f)
{
	return pa->freemap[f/8] & (1<<(f%8));
}

static void
setfree(Palloc *pa, uvlong f, int free)
{
	if(free)
		pa->freemap[f/8] |= 1<<(f%8);
	else
		pa->freemap[f/8] &= ~(1<<(f%8));
}

/* pagefreerange: the whole frames inside [base, base+len) become free */
void
pagefreerange(Palloc *pa, uvlong base, uvlong len)
{
	uvlong f, e;

	f = (base + PG-1) / PG;
	e = (base + len) / PG;
	if(f == 0)
		f = 1;
	for(; f < e && f < pa->npage; f++)
		if(!isfree(pa, f)){
			setfree(pa, f, 1);
			pa->nfree++;
			pa->ntotal++;
		}
}

/* pagereserve: the frames touching [base, base+len) are never handed out */
void
pagereserve(Palloc *pa, uvlong base, uvlong len)
{
	uvlong f, e;

	f = base / PG;
	e = (base + len + PG-1) / PG;
	for(; f < e && f < pa->npage; f++)
		if(isfree(pa, f)){
			setfree(pa, f, 0);
			pa->nfree--;
			pa->ntotal--;
		}
}

/*
 * pagealloc: n physically contiguous frames, each with a share count
 * of 1; the address of the first, or 0 when there is no such run.
 */
uvlong
pagealloc(Palloc *pa, uvlong n)
{
	uvlong f, start, run, tries;

	if(n == 0 || n > pa->nfree)
		return 0;
	f = pa->hint;
	run = 0;
	start = 0;
	for(tries = 0; tries < pa->npage + n; tries++, f++){
		if(f >= pa->npage){
			f = 0;
			run = 0;
		}
		if(!isfree(pa, f)){
			run = 0;
			continue;
		}
		if(run == 0)
			start = f;
		if(++run == n){
			for(f = start; f < start+n; f++){
				setfree(pa, f, 0);
				pa->ref[f] = 1;
			}
			pa->nfree -= n;
			pa->hint = start + n;
			return start * PG;
		}
	}
	return 0;
}

/* pagefree: give back n frames from addr, whatever their counts */
void
pagefree(Palloc *pa, uvlong addr, uvlong n)
{
	uvlong f;

	for(f = addr/PG; f < addr/PG + n && f < pa->npage; f++){
		if(isfree(pa, f))
			continue;	/* double free: ignore rather than corrupt */
		pa->ref[f] = 0;
		setfree(pa, f, 1);
		pa->nfree++;
	}
	if(addr/PG < pa->hint)
		pa->hint = addr/PG;
}

/* pageincref: one more address space shares the frame at addr */
void
pageincref(Palloc *pa, uvlong addr)
{
	pa->ref[addr/PG]++;
}

/* pagedecref: one fewer shares it; frees it at zero; the new count */
int
pagedecref(Palloc *pa, uvlong addr)
{
	uvlong f;

	f = addr/PG;
	if(pa->ref[f] == 0)
		return 0;
	if(--pa->ref[f] == 0){
		pagefree(pa, addr, 1);
		return 0;
	}
	return pa->ref[f];
}

/* pageref: how many share the frame at addr */
int
pageref(Palloc *pa, uvlong addr)
{
	return pa->ref[addr/PG];
}
