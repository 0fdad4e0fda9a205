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
		if(level == 0)
			pagedecref(&palloc, t[i] & PTEADDR);
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

/* switchuvm: run in p's address space, on p's kernel stack */
void
switchuvm(Proc *p)
{
	setkstack((uintptr)p->kstack + KSTACK);
	if(p->pml4 != nil)
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
