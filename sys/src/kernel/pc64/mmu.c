/*
 * mmu.c: 4-level page tables.  The kernel half (the direct map of
 * physical memory at KZERO and the image at KTEXT) is built by
 * entry.asm and shared by every address space; the user half
 * (PML4 entries 0-255) is each process's own.
 */
#include "../port/all.h"

static u64int *kpml4;

/* pagezalloc: one zeroed page, by its kernel address; nil if none */
void*
pagezalloc(void)
{
	uvlong pa;
	void *v;

	pa = pagealloc(&palloc, 1);
	if(pa == 0)
		return nil;
	v = KADDR(pa);
	memset(v, 0, PGSIZE);
	return v;
}

/*
 * userpages: may user memory take n more pages?  The last few (1/32
 * of memory, at least 1 MiB) are the kernel's alone, so a process that
 * fills memory gets "out of memory" while the kernel can still answer
 * every other request (rm on a full file: among them).
 */
int
userpages(uvlong n)
{
	uvlong reserve;

	reserve = palloc.ntotal / 32;
	if(reserve < 256)
		reserve = 256;
	/* short: the text kept of programs run lately goes first (text.c) */
	while(palloc.nfree < reserve || n > palloc.nfree - reserve)
		if(!textevict())
			return 0;
	return 1;
}

/* upagezalloc: a zeroed page for user memory (pagezalloc within userpages) */
void*
upagezalloc(void)
{
	if(!userpages(1))
		return nil;
	return pagezalloc();
}

/* mmuinit: drop the boot identity map; the boot PML4 becomes the kernel's */
void
mmuinit(void)
{
	kpml4 = KADDR(getcr3());
	kpml4[0] = 0;
	flushtlb();
}

/* newpml4: an empty user address space sharing the kernel half */
u64int*
newpml4(void)
{
	u64int *p;

	p = pagezalloc();
	if(p == nil)
		return nil;
	memmove(p+256, kpml4+256, 256*sizeof(u64int));
	return p;
}

/*
 * walkpte: the level-1 entry for va in pml4, making the tables on the
 * way if alloc; nil if a table is missing (or cannot be made).
 */
u64int*
walkpte(u64int *pml4, uintptr va, int alloc)
{
	u64int *t, *e;
	int level, shift;
	void *n;

	t = pml4;
	for(level = 3; level > 0; level--){
		shift = 12 + 9*level;
		e = &t[(va >> shift) & 511];
		if((*e & PTEP) == 0){
			if(!alloc || (n = pagezalloc()) == nil)
				return nil;
			*e = PADDR(n) | PTEP | PTEW | PTEU;
		}
		t = KADDR(*e & PTEADDR);
	}
	return &t[(va >> 12) & 511];
}

static int
ptewalk1(u64int *t, int level, uintptr base, uintptr start, uintptr end,
	int (*f)(u64int*, uintptr, void*), void *arg)
{
	uintptr span, lo, va;
	int i, i0, i1;

	span = 1ULL << (12 + 9*level);
	lo = start > base ? start : base;
	i0 = (lo - base) / span;
	i1 = (end - 1 - base) / span;
	if(i1 > 511)
		i1 = 511;
	for(i = i0; i <= i1; i++){
		if((t[i] & PTEP) == 0)
			continue;	/* nothing mapped below: skip the whole span */
		va = base + i*span;
		if(level == 0){
			if(f(&t[i], va, arg) < 0)
				return -1;
		}else if(ptewalk1(KADDR(t[i] & PTEADDR), level-1, va, start, end, f, arg) < 0)
			return -1;
	}
	return 0;
}

/*
 * ptewalk: f(pte, va, arg) for every present page of [start, end) in
 * pml4, visiting only the tables that exist, so the time it takes
 * follows what is mapped, not the length of the range.  Stops at the
 * first f that returns -1, and returns that.
 */
int
ptewalk(u64int *pml4, uintptr start, uintptr end, int (*f)(u64int*, uintptr, void*), void *arg)
{
	if(start >= end)
		return 0;
	if(end > UADDRTOP)
		end = UADDRTOP;
	return ptewalk1(pml4, 3, 0, start, end, f, arg);
}

/* mapuser: map the page at pa at va with flags; -1 if out of memory */
int
mapuser(u64int *pml4, uintptr va, uvlong pa, u64int flags)
{
	u64int *pte;

	pte = walkpte(pml4, va, 1);
	if(pte == nil)
		return -1;
	*pte = pa | flags | PTEP | PTEU;
	return 0;
}

static void
freetable(u64int *t, int level)
{
	int i;

	for(i = 0; i < 512; i++){
		if((t[i] & PTEP) == 0)
			continue;
		if(level == 0){
			if(!(t[i] & PTENOREF))
				pagedecref(&palloc, t[i] & PTEADDR);
		}
		else
			freetable(KADDR(t[i] & PTEADDR), level-1);
	}
	pagefree(&palloc, PADDR(t), 1);
}

/* freepml4: release every user page and table of an address space */
void
freepml4(u64int *pml4)
{
	int i;

	for(i = 0; i < 256; i++)
		if(pml4[i] & PTEP)
			freetable(KADDR(pml4[i] & PTEADDR), 2);
	pagefree(&palloc, PADDR(pml4), 1);
}

/*
 * switchuvm: run in p's address space, on p's kernel stack.  Processes
 * sharing memory share the space: loading it again would only empty
 * the TLB (and, under QEMU's TCG, every cached translation).
 */
void
switchuvm(Proc *p)
{
	setkstack((uintptr)p->kstack + KSTACK);
	if(p->pml4 != nil && getcr3() != PADDR(p->pml4))
		putcr3(PADDR(p->pml4));
}

/* kernuvm: run in the kernel's own address space (no user half) */
void
kernuvm(void)
{
	putcr3(PADDR(kpml4));
}

/* flushtlb: forget every cached user translation */
void
flushtlb(void)
{
	putcr3(getcr3());
}

/* invlpg: forget the translation of va */
void
invlpg(uintptr va)
{
	__asm__ volatile("invlpg (%0)" : : "r"(va) : "memory");
}
