/*
 * sysproc.c: the system calls on processes and memory: exits, rfork,
 * exec, await, getpid, brk, mmap, munmap, sleep, postnote, nsec.
 */
#include "all.h"

extern Dev physdev;

long
sys_exits(u64int *a)
{
	pexit((int)a[0] & 0xFF);
}

/* nsflags: the namespace pg becomes by rfork flags (pg's reference passes on) */
static Pgrp*
nsflags(Pgrp *pg, int flags)
{
	Pgrp *n;

	if(flags & (RFNAMEG|RFCNAMEG)){
		n = (flags & RFCNAMEG) ? newpgrp() : dupnamespace(pg);
		if(n == nil)
			return nil;
		n->nomount = pg->nomount;	/* RFNOMNT holds for every namespace made from it */
		putpgrp(pg);
		pg = n;
	}
	if(flags & RFNOMNT)
		pg->nomount = 1;
	return pg;
}

/*
 * rfork: with RFPROC, a new process, a copy-on-write copy of this
 * one, that returns 0 where this returns its pid; it shares this one's
 * namespace unless RFNAMEG (a copy) or RFCNAMEG (an empty one).  The fd
 * table is copied, or empty with RFCFDG.  Without RFPROC the namespace
 * flags change this process.
 */
long
sys_rfork(u64int *a)
{
	Proc *p;
	Pgrp *pg;
	int i, flags;

	flags = a[0];
	if(!(flags & RFPROC)){
		if(flags & (RFMEM|RFNOWAIT))
			return error(Ebadarg);
		up->pgrp->ref++;
		pg = nsflags(up->pgrp, flags);
		if(pg == nil){
			up->pgrp->ref--;
			return error(Enomem);
		}
		putpgrp(up->pgrp);
		up->pgrp = pg;
		if(flags & RFNOTEG)
			up->noteid = up->pid;
		return 0;
	}
	if(flags & RFMEM)
		return error(Ebadarg);
	p = newproc();
	if(p == nil)
		return -1;
	p->pml4 = newpml4();
	if(p->pml4 == nil || vmcopy(up, p) < 0){
		if(p->pml4)
			freepml4(p->pml4);
		p->pml4 = nil;
		pagefree(&palloc, PADDR(p->kstack), KSTACK/PGSIZE);
		p->state = Pfree;
		return error(Enomem);
	}
	up->pgrp->ref++;
	p->pgrp = nsflags(up->pgrp, flags);
	if(p->pgrp == nil){
		up->pgrp->ref--;
		freepml4(p->pml4);
		p->pml4 = nil;
		pagefree(&palloc, PADDR(p->kstack), KSTACK/PGSIZE);
		p->state = Pfree;
		return error(Enomem);
	}
	memmove(p->dot, up->dot, sizeof p->dot);
	memmove(p->args, up->args, sizeof p->args);
	/* a driver's children share its hardware; init's right to all does not pass on */
	p->hw = up->hw;
	p->hw.all = 0;
	p->notify = up->notify;	/* the same program: the same handler */
	p->noteid = (flags & RFNOTEG) ? p->pid : up->noteid;
	p->protect = up->protect;	/* a server's helpers are the server's */
	p->none = up->none;
	*p->ureg = *up->ureg;
	p->ureg->rax = 0;
	__asm__ volatile("fxsave %0" : "=m"(p->fp));
	memmove(p->name, up->name, sizeof p->name);
	if(!(flags & RFCFDG))
		for(i = 0; i < NFD; i++)
			if(up->fd[i]){
				p->fd[i] = up->fd[i];
				p->fdcexec[i] = up->fdcexec[i];
				incref(p->fd[i]);
			}
	p->parent = (flags & RFNOWAIT) ? nil : up;
	ready(p);
	return p->pid;
}

long
sys_exec(u64int *a)
{
	return sysexec((char*)a[0], (char**)a[1], (char**)a[2]);
}

long
sys_await(u64int *a)
{
	int status, pid;

	if(a[1] && validaddr(a[1], sizeof(int), 1) < 0)
		return -1;
	pid = procawait((int)a[0], &status, a[2]);
	if(pid > 0 && a[1])
		*(int*)a[1] = status;
	return pid;
}

long
sys_getpid(u64int *a)
{
	USED(a);
	return up->pid;
}

/* brk: move the end of the heap to a[0] (0: just say where it is) */
long
sys_brk(u64int *a)
{
	uintptr want, old, new;
	Vma *v;
	int i;

	want = a[0];
	if(want == 0)
		return up->brk;
	if(want < up->brkbase || want >= UMMAPBASE)
		return error(Ebadaddr);
	old = PGROUND(up->brk);
	new = PGROUND(want);
	v = nil;
	if(old > up->brkbase)
		v = vmfind(up, old - 1);
	if(new > old){
		if(!userpages((new - old) / PGSIZE))
			return error(Enomem);	/* no promise of pages there are not */
		for(i = 0; i < up->nvma; i++)
			if(&up->vma[i] != v && up->vma[i].start < new && old < up->vma[i].end)
				return error(Emapped);
		if(v != nil && v->kind == Vheap)
			v->end = new;
		else if(vmadd(up, old, new, PROT_READ|PROT_WRITE, Vheap) < 0)
			return -1;
	}else if(new < old)
		vmremove(up, new, old);
	up->brk = want;
	return want;
}

/*
 * mmap: anonymous private memory, or (fd a[4] at offset a[5]) a file
 * of phys: (device registers, DMA memory: devphys.c), shared.
 */
long
sys_mmap(u64int *a)
{
	uintptr addr, len;
	int prot, flags, i;
	Chan *c;
	Vma *v;

	addr = a[0];
	len = PGROUND(a[1]);
	prot = a[2];
	flags = a[3];
	c = nil;
	if(len == 0 || a[1] > UADDRTOP)
		return error(Ebadarg);
	if(!(flags & MAP_ANONYMOUS)){
		if((c = fdtochan(a[4])) == nil)
			return -1;
		if(c->dev != &physdev || c->mode < 0)
			return error(Ebadarg);	/* only phys: files map */
	}else if((flags & MAP_FIXED) && !(addr & (PGSIZE-1)) && addr + len > addr
	&& (v = vmfind(up, addr)) != nil && addr + len <= v->end && v->kind != Vphys
	&& v->prot == (prot & (PROT_READ|PROT_WRITE|PROT_EXEC))){
		/*
		 * fresh zero pages over part of an area like it: the pages
		 * there go back now (malloc gives free memory back this way)
		 */
		vmdiscard(up, addr, addr + len);
		return addr;
	}else if(!userpages(len / PGSIZE))
		return error(Enomem);	/* no promise of pages there are not */
	if(flags & MAP_FIXED){
		if(addr & (PGSIZE-1) || addr < UTZERO || addr >= UADDRTOP || len > UADDRTOP - addr)
			return error(Ebadarg);
		vmremove(up, addr, addr + len);
	}else{
		if(up->mmapnext < UMMAPBASE)
			up->mmapnext = UMMAPBASE;
		/* the first gap at or above mmapnext: past each area in the way */
		addr = up->mmapnext;
		for(i = 0; i < up->nvma; i++){
			if(addr >= USTKTOP - USTKSIZE || len > USTKTOP - USTKSIZE - addr)
				return error(Enomem);
			if(up->vma[i].start < addr + len && addr < up->vma[i].end){
				addr = up->vma[i].end;
				i = -1;
			}
		}
		if(addr >= USTKTOP - USTKSIZE || len > USTKTOP - USTKSIZE - addr)
			return error(Enomem);
		up->mmapnext = addr + len;
	}
	if(vmadd(up, addr, addr + len, prot & (PROT_READ|PROT_WRITE|PROT_EXEC), c ? Vphys : Vanon) < 0)
		return -1;
	if(c != nil && physmmap(c, addr, len, prot, a[5]) < 0){
		vmremove(up, addr, addr + len);
		return -1;
	}
	return addr;
}

long
sys_munmap(u64int *a)
{
	uintptr addr, len;

	addr = a[0];
	len = PGROUND(a[1]);
	if(addr & (PGSIZE-1) || addr >= UADDRTOP || len > UADDRTOP - addr)
		return error(Ebadarg);
	return vmremove(up, addr, addr + len);
}

long
sys_sleep(u64int *a)
{
	if((long)a[0] > 0)
		tsleep(a[0]);
	else
		yield();
	if(interrupted())
		return error(Eintr);
	return 0;
}

long
sys_postnote(u64int *a)
{
	char note[ERRMAX];

	if(validstr(a[1], note, sizeof note) == nil)
		return -1;
	return postnote(a[0], note);
}

long
sys_nsec(u64int *a)
{
	USED(a);
	return nsec();
}
