/*
 * vm.c: a process's user memory.  Memory areas (Vma) say what may be
 * mapped where; pages arrive on first touch (zero-filled) and are
 * shared copy-on-write after fork.  System calls check user pointers
 * with validaddr/validstr, which also fault the pages in, so the
 * kernel then reads and writes them directly and never faults itself.
 */
#include "all.h"

static u64int
pteflags(int prot)
{
	u64int f;

	f = 0;
	if(prot & PROT_WRITE)
		f |= PTEW;
	if(!(prot & PROT_EXEC))
		f |= PTENX;
	return f;
}

/* vmadd: a new area [start, end); -1 if it overlaps one or there are too many */
int
vmadd(Proc *p, uintptr start, uintptr end, int prot, int kind)
{
	int i;

	if(start >= end || end > UADDRTOP)
		return error(Ebadaddr);
	for(i = 0; i < p->nvma; i++)
		if(start < p->vma[i].end && p->vma[i].start < end)
			return error(Emapped);
	if(p->nvma >= NVMA)
		return error(Enomaps);
	p->vma[p->nvma].start = start;
	p->vma[p->nvma].end = end;
	p->vma[p->nvma].prot = prot;
	p->vma[p->nvma].kind = kind;
	p->nvma++;
	return 0;
}

/* vmfind: the area holding va, or nil */
Vma*
vmfind(Proc *p, uintptr va)
{
	int i;

	for(i = 0; i < p->nvma; i++)
		if(va >= p->vma[i].start && va < p->vma[i].end)
			return &p->vma[i];
	return nil;
}

static int
unmap1(u64int *pte, uintptr va, void *arg)
{
	USED(arg);
	if(!(*pte & PTENOREF))
		pagedecref(&palloc, *pte & PTEADDR);
	*pte = 0;
	invlpg(va);
	return 0;
}

/* unmap the pages of [start, end) from p's page tables: only those there are */
static void
unmappages(Proc *p, uintptr start, uintptr end)
{
	ptewalk(p->pml4, start, end, unmap1, nil);
}

/* vmdiscard: drop the pages of [start, end) (page aligned), keeping the areas: they fault in zeroed */
void
vmdiscard(Proc *p, uintptr start, uintptr end)
{
	unmappages(p, start, end);
}

/*
 * vmremove: unmap [start, end) (page aligned), cutting or splitting
 * the areas it touches; -1 if an area would have to split and there
 * is no room for the second half.
 */
int
vmremove(Proc *p, uintptr start, uintptr end)
{
	int i;
	Vma *v, keep;

	for(i = 0; i < p->nvma; i++){
		v = &p->vma[i];
		if(end <= v->start || start >= v->end)
			continue;
		if(start > v->start && end < v->end){
			if(p->nvma >= NVMA)
				return error(Enomaps);
			keep = *v;
			keep.start = end;
			v->end = start;
			p->vma[p->nvma++] = keep;
		}else if(start <= v->start && end >= v->end){
			p->vma[i] = p->vma[--p->nvma];
			i--;
		}else if(start <= v->start)
			v->start = end;
		else
			v->end = start;
	}
	unmappages(p, start, end);
	return 0;
}

/*
 * fault: resolve a touch of va (write or not) by p: give a fresh zero
 * page, or copy a shared copy-on-write page.  -1 if the touch is not
 * allowed or memory is out.
 */
int
fault(Proc *p, uintptr va, int write)
{
	Vma *v;
	u64int *pte, old;
	uvlong pa;
	void *n;

	v = vmfind(p, va);
	if(v == nil || (write && !(v->prot & PROT_WRITE)) || !(v->prot & (PROT_READ|PROT_WRITE|PROT_EXEC)))
		return -1;
	va = PGTRUNC(va);
	pte = walkpte(p->pml4, va, 1);
	if(pte == nil)
		return -1;
	if((*pte & PTEP) == 0){
		if(v->kind == Vphys)
			return -1;	/* device or DMA memory is mapped whole, never on demand */
		if((n = upagezalloc()) == nil)
			return -1;
		*pte = PADDR(n) | pteflags(v->prot) | PTEP | PTEU;
		return 0;
	}
	if(!write)
		return -1;	/* present and not a write: a protection fault */
	if(*pte & PTEW)
		return 0;
	if(!(*pte & PTECOW))
		return -1;
	old = *pte;
	pa = old & PTEADDR;
	if(pageref(&palloc, pa) == 1){
		*pte = (old & ~PTECOW) | PTEW;
	}else{
		if((n = upagezalloc()) == nil)
			return -1;
		memmove(n, KADDR(pa), PGSIZE);
		pagedecref(&palloc, pa);
		*pte = PADDR(n) | ((old & ~(PTECOW|PTEADDR)) | PTEW);
	}
	invlpg(va);
	return 0;
}

/* copy1: share one present page of the parent with the child, copy-on-write */
static int
copy1(u64int *pte, uintptr va, void *arg)
{
	Proc *child;
	u64int *cpte;

	child = arg;
	if((*pte & PTEW) && !(*pte & PTESHARED))
		*pte = (*pte & ~PTEW) | PTECOW;
	cpte = walkpte(child->pml4, va, 1);
	if(cpte == nil)
		return -1;
	*cpte = *pte;
	if(!(*pte & PTENOREF))
		pageincref(&palloc, *pte & PTEADDR);
	return 0;
}

/*
 * vmcopy: give child a copy-on-write copy of p's user memory; -1 if
 * out of memory (the child's partial copy is the caller's to free).
 */
int
vmcopy(Proc *p, Proc *child)
{
	int i;

	memmove(child->vma, p->vma, sizeof p->vma);
	child->nvma = p->nvma;
	child->brkbase = p->brkbase;
	child->brk = p->brk;
	child->mmapnext = p->mmapnext;
	for(i = 0; i < p->nvma; i++)
		if(ptewalk(p->pml4, p->vma[i].start, p->vma[i].end, copy1, child) < 0)
			return error(Enomem);
	flushtlb();
	return 0;
}

/*
 * validaddr: may the current process's memory [addr, addr+len) be read
 * (or written)?  Faults every page in so the kernel can then use it
 * directly.  0, or -1 with "bad address".
 */
int
validaddr(uintptr addr, usize len, int write)
{
	uintptr va;
	u64int *pte;

	if(len == 0)
		return 0;
	if(addr >= UADDRTOP || len > UADDRTOP - addr)
		return error(Ebadaddr);
	pte = nil;
	for(va = PGTRUNC(addr); va < addr + len; va += PGSIZE){
		pte = walknext(up->pml4, pte, va);
		if(pte && (*pte & PTEP) && (!write || (*pte & PTEW)))
			continue;
		if(fault(up, va, write) < 0)
			return error(Ebadaddr);
		pte = nil;
	}
	return 0;
}

/*
 * validstr: copy the NUL-terminated user string at addr into buf
 * (max bytes with the NUL); buf, or nil with the error set.
 */
char*
validstr(uintptr addr, char *buf, usize max)
{
	usize i;
	uintptr va;

	for(i = 0; i < max; i++){
		va = addr + i;
		if(i == 0 || (va & (PGSIZE-1)) == 0)
			if(validaddr(va, 1, 0) < 0)
				return nil;
		buf[i] = *(char*)va;
		if(buf[i] == 0)
			return buf;
	}
	error(Etoolong);
	return nil;
}

/*
 * copyto: n bytes from src (the current space, validated) to dst, in
 * the kernel or a user address of the space pml4 (a process asleep),
 * through the direct map; 0, or -1 if a page is not there to write
 * (nothing is faulted in: the caller goes the ordinary way, which does).
 */
int
copyto(u64int *pml4, uchar *dst, uchar *src, long n)
{
	uintptr va;
	u64int *pte;
	long k, o;

	if((uintptr)dst >= UADDRTOP){
		memmove(dst, src, n);
		return 0;
	}
	pte = nil;
	for(o = 0; o < n; o += k){
		va = (uintptr)dst + o;
		k = PGSIZE - (va & (PGSIZE-1));
		if(k > n - o)
			k = n - o;
		pte = walknext(pml4, pte, va);
		if(pte == nil || (*pte & (PTEP|PTEW|PTEU)) != (PTEP|PTEW|PTEU))
			return -1;
		memmove((uchar*)KADDR(*pte & PTEADDR) + (va & (PGSIZE-1)), src + o, k);
	}
	return 0;
}

/* copyout: n bytes from the kernel to user address dst; 0 or -1 */
int
copyout(uintptr dst, void *src, usize n)
{
	if(validaddr(dst, n, 1) < 0)
		return -1;
	memmove((void*)dst, src, n);
	return 0;
}

/* copyin: n bytes from user address src into the kernel; 0 or -1 */
int
copyin(void *dst, uintptr src, usize n)
{
	if(validaddr(src, n, 0) < 0)
		return -1;
	memmove(dst, (void*)src, n);
	return 0;
}
