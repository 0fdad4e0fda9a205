/*
 * alloc.c: the kernel heap.  Small blocks come from power-of-two size
 * classes (32 bytes to 2 KiB) carved out of whole pages and kept on a
 * free list per class; larger ones are runs of whole pages.  Every
 * block has a 16-byte header saying which.
 */
#include "all.h"

enum {
	MINSHIFT = 5,		/* 32 bytes */
	MAXSHIFT = 11,		/* 2048 bytes */
	HDR	= 16,
};

typedef struct Block Block;
struct Block {
	uvlong	size;		/* class size, or pages*PGSIZE for a run */
	Block	*next;		/* on a free list */
};

static Block *freelist[MAXSHIFT+1];
uvlong heapfree;	/* bytes of small blocks on the free lists */

/* kmalloc: n bytes of kernel memory, not zeroed; nil if out */
void*
kmalloc(usize n)
{
	int s;
	uvlong pa, np, i, sz;
	Block *b;
	uchar *pg;

	if(n > (1ULL<<MAXSHIFT) - HDR){
		np = (n + HDR + PGSIZE-1) / PGSIZE;
		pa = pagealloc(&palloc, np);
		if(pa == 0)
			return nil;
		b = KADDR(pa);
		b->size = np * PGSIZE;
		return (uchar*)b + HDR;
	}
	for(s = MINSHIFT; (1ULL<<s) - HDR < n; s++)
		;
	if(freelist[s] == nil){
		pa = pagealloc(&palloc, 1);
		if(pa == 0)
			return nil;
		pg = KADDR(pa);
		sz = 1ULL<<s;
		for(i = 0; i + sz <= PGSIZE; i += sz){
			b = (Block*)(pg + i);
			b->size = sz;
			b->next = freelist[s];
			freelist[s] = b;
			heapfree += sz;
		}
	}
	b = freelist[s];
	freelist[s] = b->next;
	heapfree -= b->size;
	return (uchar*)b + HDR;
}

/* kzmalloc: kmalloc, zeroed */
void*
kzmalloc(usize n)
{
	void *p;

	p = kmalloc(n);
	if(p)
		memset(p, 0, n);
	return p;
}

/* kfree: give back a block from kmalloc (nil is ignored) */
void
kfree(void *p)
{
	Block *b;
	int s;

	if(p == nil)
		return;
	b = (Block*)((uchar*)p - HDR);
	if(b->size > (1ULL<<MAXSHIFT)){
		pagefree(&palloc, PADDR(b), b->size / PGSIZE);
		return;
	}
	for(s = MINSHIFT; (1ULL<<s) < b->size; s++)
		;
	b->next = freelist[s];
	freelist[s] = b;
	heapfree += b->size;
}

/* kstrdup: a kmalloc'd copy of s */
char*
kstrdup(char *s)
{
	char *d;
	usize n;

	n = strlen(s) + 1;
	d = kmalloc(n);
	if(d)
		memmove(d, s, n);
	return d;
}
