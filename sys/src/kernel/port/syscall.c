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
 * Per-call accounting for sys:/prof: calls and the time spent in the
 * kernel (the time switched away, asleep or preempted, left out),
 * counted while sysprof is on.  Under -icount a nanosecond is an
 * instruction, so these say where a round trip's instructions go.
 */
int	sysprof;
static struct {
	uvlong	calls;
	uvlong	ns;
} sysstats[nelem(systab)];
uvlong	nswitch;
uvlong	idlens;		/* time the CPU idled (schedule) */
static uvlong	profstart, profstop;

/* sysprofctl: start counting afresh (on), or stop */
void
sysprofctl(int on)
{
	if(on){
		memset(sysstats, 0, sizeof sysstats);
		nswitch = 0;
		idlens = 0;
		profstart = nsec();
	}else if(sysprof)
		profstop = nsec();
	sysprof = on;
}

/* sysproftext: the counts as text, "name calls ns-per-call" a line, in s (n bytes) */
long
sysproftext(char *s, long n)
{
	long k;
	uint i;

	k = snprintf(s, n, "switches %llu\nelapsed %llu\nidle %llu\n",
		nswitch, (sysprof ? nsec() : profstop) - profstart, idlens);
	for(i = 0; i < nelem(systab) && k < n; i++)
		if(sysstats[i].calls)
			k += snprintf(s + k, n - k, "%s %llu %llu\n", systab[i].name,
				sysstats[i].calls, sysstats[i].ns / sysstats[i].calls);
	return k < n ? k : n;
}

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
	uvlong t0;
	long r;

	t0 = 0;
	if(sysprof){
		t0 = nsec();
		up->away = 0;
	}
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
	if(sysprof && t0 != 0 && n < nelem(systab)){
		sysstats[n].calls++;
		sysstats[n].ns += nsec() - t0 - up->away;
	}
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
