/*
 * malloc, free, realloc, calloc: the memory allocator.
 *
 * Memory comes from sbrk in 16-byte units.  Each block starts with
 * a header (its size in units, and the next free block or a magic
 * value while allocated).  Free blocks sit on one circular list in
 * address order, so free merges a block with free neighbours on both
 * sides.  malloc is first fit, starting where the last search ended.
 * When free leaves a free block of TRIM bytes or more at the top of
 * the heap (ending at the break), the break moves down so that only
 * NALLOC units stay: the kernel gets the pages back.
 */
#include <u.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct Hdr Hdr;
struct Hdr {
	Hdr	*next;		/* next free block, or MAGIC when allocated */
	size_t	size;		/* in units of sizeof(Hdr), header included */
};

enum {
	NALLOC	= 4096,		/* units asked of sbrk at least: 64 KiB */
	TRIM	= 128*1024,	/* a free top block this big goes back to the kernel */
	PAGE	= 4096,		/* the kernel takes back whole pages */
};

#define MAGIC	((Hdr*)0xa110ca7edb10cca1UL)

static Hdr	base;
static Hdr	*freep;

/* Return block bp (whose header is filled in) to the free list. */
static void
release(Hdr *bp)
{
	Hdr *p;

	for(p = freep; !(bp > p && bp < p->next); p = p->next)
		if(p >= p->next && (bp > p || bp < p->next))
			break;
	if(bp + bp->size == p->next){
		bp->size += p->next->size;
		bp->next = p->next->next;
	}else
		bp->next = p->next;
	if(p + p->size == bp){
		p->size += bp->size;
		p->next = bp->next;
	}else
		p->next = bp;
	freep = p;
}

/* Get at least nu more units from sbrk onto the free list. */
static int
morecore(size_t nu)
{
	char *cp;
	size_t extra;
	Hdr *up;

	if(nu < NALLOC)
		nu = NALLOC;
	if(nu > (LONG_MAX - 16) / sizeof(Hdr))
		return -1;
	extra = -(uintptr)sbrk(0) & (sizeof(Hdr) - 1);
	cp = sbrk(nu * sizeof(Hdr) + extra);
	if(cp == (char*)-1)
		return -1;
	up = (Hdr*)(cp + extra);
	up->size = nu;
	release(up);
	return 0;
}

/*
 * If the free block p ends at the break and is TRIM bytes or more,
 * give all of it but NALLOC units back to the kernel, in whole pages.
 */
static void
trim(Hdr *p)
{
	char *top;
	size_t cut;

	if(p == &base || p->size * sizeof(Hdr) < TRIM)
		return;
	top = sbrk(0);
	if(top != (char*)(p + p->size))
		return;	/* something else moved the break, or p is not on top */
	cut = (p->size - NALLOC) * sizeof(Hdr);
	cut -= -((uintptr)top - cut) & (PAGE - 1);	/* the new break on a page boundary */
	if(cut == 0 || sbrk(-(long)cut) == (void*)-1)
		return;
	p->size -= cut / sizeof(Hdr);
}

/* Allocate n bytes aligned to 16; nil (ENOMEM) when out of memory. */
void*
malloc(size_t n)
{
	Hdr *p, *prevp;
	size_t nu;

	if(n > LONG_MAX - 2*sizeof(Hdr)){
		errno = ENOMEM;
		return nil;
	}
	nu = (n + sizeof(Hdr) - 1) / sizeof(Hdr) + 1;
	if(freep == nil){
		base.next = freep = &base;
		base.size = 0;
	}
	prevp = freep;
	for(p = prevp->next;; prevp = p, p = p->next){
		if(p->size >= nu){
			if(p->size == nu)
				prevp->next = p->next;
			else{
				p->size -= nu;
				p += p->size;
				p->size = nu;
			}
			freep = prevp;
			p->next = MAGIC;
			return p + 1;
		}
		if(p == freep){
			if(morecore(nu) < 0){
				errno = ENOMEM;
				return nil;
			}
			p = freep;
		}
	}
}

/* Give back a block from malloc; nil is ignored, a bad pointer aborts. */
void
free(void *ap)
{
	Hdr *bp;

	if(ap == nil)
		return;
	bp = (Hdr*)ap - 1;
	if(bp->next != MAGIC)
		abort();
	release(bp);
	/* the merged block is freep (bp joined it) or the one after */
	trim(freep);
	trim(freep->next);
}

/*
 * Resize the block at ap to n bytes, moving it if need be; nil ap
 * is malloc, n == 0 frees.  On failure the old block is untouched.
 */
void*
realloc(void *ap, size_t n)
{
	Hdr *bp;
	void *np;
	size_t have;

	if(ap == nil)
		return malloc(n);
	if(n == 0){
		free(ap);
		return nil;
	}
	bp = (Hdr*)ap - 1;
	if(bp->next != MAGIC)
		abort();
	have = (bp->size - 1) * sizeof(Hdr);
	if(n <= have)
		return ap;
	np = malloc(n);
	if(np == nil)
		return nil;
	memcpy(np, ap, have);
	free(ap);
	return np;
}

/* Allocate nmemb zeroed elements of size bytes, checking for overflow. */
void*
calloc(size_t nmemb, size_t size)
{
	void *p;

	if(size != 0 && nmemb > LONG_MAX / size){
		errno = ENOMEM;
		return nil;
	}
	p = malloc(nmemb * size);
	if(p != nil)
		memset(p, 0, nmemb * size);
	return p;
}
