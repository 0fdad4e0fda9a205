/*
 * syscall.c: the system call table, generated from sys/include/syscall.h,
 * and the dispatch from trap.asm's syscall entry.
 */
#include "all.h"

#define DECL(num, name, nargs)	long sys_##name(u64int *a);
SYSCALLS(DECL)
#undef DECL

typedef struct Systab Systab;
struct Systab {
	long	(*f)(u64int*);
	char	*name;
};

static Systab systab[] = {
#define ENT(num, name, nargs)	[num] = { sys_##name, #name },
	SYSCALLS(ENT)
#undef ENT
};

/*
 * syscall: run system call u->rax with the arguments in the Ureg; the
 * result goes back in u->rax: a value, or -errno with up->err set.
 * Returns 1 when every register of u must be restored (iretq): after
 * noted, or when a note handler is to run.
 */
int
syscall(Ureg *u)
{
	u64int a[6];
	u64int n;
	long r;

	up->ureg = u;
	n = u->rax;
	a[0] = u->rdi;
	a[1] = u->rsi;
	a[2] = u->rdx;
	a[3] = u->r10;
	a[4] = u->r8;
	a[5] = u->r9;
	if(n >= nelem(systab) || systab[n].f == nil){
		error(Ebadsys);
		r = -1;
	}else
		r = systab[n].f(a);
	if(*(uvlong*)up->kstack != STACKMAGIC)
		panic("proc %d (%s): kernel stack overflow in %s", up->pid, up->name, systab[n].name);
	if(up->iretq){
		/* noted: u is the interrupted context, rax and all */
		up->iretq = 0;
		return 1 | notifyuser(u);
	}
	if(r == -1)
		r = -errno4(up->err);
	u->rax = r;
	if(up->killed)
		pexit(up->exitstatus);
	return notifyuser(u);
}
