/*
 * devphys.c: phys:, physical memory for drivers, only as granted.
 *	phys:/mem	pread/pwrite at offset A reads or writes physical
 *			memory at A; mmap(fd, offset A) maps device
 *			registers (a granted range, a memory BAR)
 *			uncached, so each access is one bus access of
 *			its own width
 *	phys:/dma	DMA memory: the first mmap of an open file
 *			allocates that many bytes, physically contiguous
 *			and zeroed, out of the process's DMA quota; later
 *			mmaps of the same open file (after fork, or by a
 *			process given it through srv:) map the same
 *			memory; a read says "PHYSADDR SIZE" for the
 *			driver to give its device.  The memory goes when
 *			the file is closed and the last mapping is gone.
 */
#include "all.h"
#include "dev.h"

enum { Qroot, Qmem, Qdma };

typedef struct Dma Dma;
struct Dma {
	uvlong	pa;
	uvlong	size;
	int	owner;		/* pid whose quota it came from */
};

static Dirtab phystab[] = {
	{ "mem",	Qmem,	0660 },
	{ "dma",	Qdma,	0660 },
};

extern Dev physdev;

static Chan* physattach(char *spec) { USED(spec); return devattach(&physdev, QTDIR); }

static int
physwalk(Chan *c, char *elem)
{
	return devwalktab(c, elem, phystab, nelem(phystab));
}

static int
physopen(Chan *c, int omode)
{
	switch(c->qid.path){
	case Qroot:
		return (omode & 3) == OREAD ? 0 : error(Eisdir);
	case Qmem:
		if(!up->hw.all && up->hw.nphys == 0)
			return error(Eperm);
		return 0;
	case Qdma:
		if(!up->hw.all && up->hw.dma == 0)
			return error(Eperm);
		return 0;
	}
	return error(Enonexist);
}

static int
physgen(int i, Dir *d, void *aux)
{
	USED(aux);
	return devtabgen(phystab, nelem(phystab), i, d, "sys");
}

static long
physread(Chan *c, void *buf, long n, vlong off)
{
	Dma *d;
	char s[64];

	switch(c->qid.path){
	case Qroot:
		return devdirread(c, buf, n, off, physgen, c);
	case Qdma:
		d = c->auxp;
		if(d == nil)
			return 0;
		snprintf(s, sizeof s, "%#llx %llu\n", d->pa, d->size);
		return devreadstr(s, buf, n, off);
	}
	if(off < 0 || !hasphys(up, off, n))
		return error(Eperm);
	if((uvlong)off + n > KZEROSIZE)
		return error(Enotmapped);
	memmove(buf, KADDR(off), n);
	return n;
}

static long
physwrite(Chan *c, void *buf, long n, vlong off)
{
	if(c->qid.path != Qmem)
		return error(Eperm);
	if(off < 0 || !hasphys(up, off, n))
		return error(Eperm);
	if((uvlong)off + n > KZEROSIZE)
		return error(Enotmapped);
	memmove(KADDR(off), buf, n);
	return n;
}

/* physclose: the open file's hold on its DMA memory goes (its mappings keep theirs) */
static void
physclose(Chan *c)
{
	Dma *d;
	Proc *p;
	uvlong a;

	d = c->auxp;
	if(c->qid.path != Qdma || d == nil)
		return;
	for(a = 0; a < d->size; a += PGSIZE)
		pagedecref(&palloc, d->pa + a);
	p = findproc(d->owner);
	if(p != nil && !p->hw.all)
		p->hw.dma += d->size;	/* the quota comes back */
	kfree(d);
	c->auxp = nil;
}

static int
physstat(Chan *c, uchar *buf, int n)
{
	return devstattab(c, buf, n, phystab, nelem(phystab), "sys");
}

/* dmaalloc: len bytes of contiguous zeroed memory for c, from up's quota */
static Dma*
dmaalloc(Chan *c, uvlong len)
{
	Dma *d;
	uvlong pa;

	if(!up->hw.all && up->hw.dma < len){
		error(Enomem);
		return nil;
	}
	d = kzmalloc(sizeof *d);
	if(d == nil){
		error(Enomem);
		return nil;
	}
	pa = userpages(len/PGSIZE) ? pagealloc(&palloc, len/PGSIZE) : 0;
	if(pa == 0){
		kfree(d);
		error(Enomem);
		return nil;
	}
	memset(KADDR(pa), 0, len);
	d->pa = pa;
	d->size = len;
	d->owner = up->pid;
	if(!up->hw.all)
		up->hw.dma -= len;
	c->auxp = d;
	return d;
}

/*
 * physmmap: map len bytes (page multiples) of c's memory at va in the
 * current process, from offset off: device registers of phys:/mem
 * (uncached, counted by no one), or the DMA memory of phys:/dma
 * (allocated by the first mmap).  Both stay shared, not copied, by
 * fork.  The caller made the area [va, va+len).  0 or -1.
 */
long
physmmap(Chan *c, uintptr va, uintptr len, int prot, uvlong off)
{
	Dma *d;
	uvlong pa, a;
	u64int flags, *pte;

	if(off & (PGSIZE-1))
		return error(Ebadarg);
	flags = PTEP | PTEU | PTESHARED;
	if(prot & PROT_WRITE)
		flags |= PTEW;
	if(!(prot & PROT_EXEC))
		flags |= PTENX;
	switch(c->qid.path){
	case Qmem:
		if(!hasphys(up, off, len))
			return error(Eperm);
		pa = off;
		flags |= PTENOREF | PTEPCD | PTEPWT;
		break;
	case Qdma:
		d = c->auxp;
		if(d == nil){
			if(off != 0)
				return error(Ebadarg);
			if((d = dmaalloc(c, len)) == nil)
				return -1;
		}
		if(off > d->size || len > d->size - off)
			return error(Ebadarg);
		pa = d->pa + off;
		break;
	default:
		return error(Ebadarg);
	}
	for(a = 0; a < len; a += PGSIZE){
		pte = walkpte(up->pml4, va + a, 1);
		if(pte == nil)
			return error(Enomem);
		*pte = (pa + a) | flags;
		if(!(flags & PTENOREF))
			pageincref(&palloc, pa + a);
	}
	return 0;
}

Dev physdev = {
	.name = "phys",
	.attach = physattach,
	.walk1 = physwalk,
	.open = physopen,
	.read = physread,
	.write = physwrite,
	.close = physclose,
	.stat = physstat,
};
