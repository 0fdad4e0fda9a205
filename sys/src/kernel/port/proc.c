/*
 * proc.c: processes and the scheduler.  One CPU; the kernel runs with
 * interrupts off, so nothing here needs a lock.  Ready processes wait
 * in one FIFO queue; with none ready the CPU idles in schedule() on the
 * boot stack until an interrupt makes one ready.
 */
#include "all.h"

Proc	*up;
uvlong	ticks;

static Proc	procs[NPROC];
static Proc	*runq, *runqtail;
static Proc	*sleepers[64];	/* by hash of what they sleep on */
static Context	*idlectx;
static int	nextpid = 1;

static void freeproc(Proc *p);
static int	norphans;	/* zombies nobody will wait for (RFNOWAIT) */

/* reaporphans: free the zombies nobody waits for, but the current process */
static void
reaporphans(void)
{
	int i;

	for(i = 0; i < NPROC; i++)
		if(procs[i].state == Pzombie && procs[i].parent == nil && &procs[i] != up){
			freeproc(&procs[i]);
			norphans--;
		}
}

/* procinit: nothing yet: the table starts zeroed (all Pfree) */
void
procinit(void)
{
}

/* findproc: the live process pid, or nil */
Proc*
findproc(int pid)
{
	int i;

	for(i = 0; i < NPROC; i++)
		if(procs[i].state != Pfree && procs[i].pid == pid)
			return &procs[i];
	return nil;
}

/*
 * newproc: a fresh process with a kernel stack whose Ureg is zeroed
 * and whose context resumes in trapret (so it starts in user mode with
 * whatever the caller puts in the Ureg); nil if out of memory.
 */
Proc*
newproc(void)
{
	Proc *p;
	uvlong pa;
	Context *c;
	int i;

	p = nil;
	for(i = 0; i < NPROC; i++)
		if(procs[i].state == Pfree){
			p = &procs[i];
			break;
		}
	if(p == nil){
		error(Enoproc);
		return nil;
	}
	pa = userpages(KSTACK/PGSIZE) ? pagealloc(&palloc, KSTACK/PGSIZE) : 0;
	if(pa == 0){
		error(Enomem);
		return nil;
	}
	memset(p, 0, sizeof *p);
	p->kstack = KADDR(pa);
	*(uvlong*)p->kstack = STACKMAGIC;	/* overwritten: the stack overflowed */
	p->pid = nextpid++;
	p->ureg = (Ureg*)(p->kstack + KSTACK) - 1;
	memset(p->ureg, 0, sizeof *p->ureg);
	c = (Context*)p->ureg - 1;
	memset(c, 0, sizeof *c);
	c->rip = (u64int)forkret;
	p->ctx = c;
	p->state = Pembryo;	/* not free, not runnable until ready() */
	p->born = nsec();
	return p;
}

/* freeproc: give back what a reaped process still holds */
static void
freeproc(Proc *p)
{
	pagefree(&palloc, PADDR(p->kstack), KSTACK/PGSIZE);
	p->kstack = nil;
	p->state = Pfree;
}

static Proc**
bucket(void *chan)
{
	return &sleepers[((uintptr)chan >> 4) % nelem(sleepers)];
}

/* unsleep: take a sleeping p off its bucket */
static void
unsleep(Proc *p)
{
	Proc **l;

	for(l = bucket(p->waitchan); *l; l = &(*l)->snext)
		if(*l == p){
			*l = p->snext;
			break;
		}
	p->snext = nil;
}

/* ready: p may run; it joins the end of the queue */
void
ready(Proc *p)
{
	if(p->state == Psleep)
		unsleep(p);
	p->state = Pready;
	p->qnext = nil;
	if(runqtail)
		runqtail->qnext = p;
	else
		runq = p;
	runqtail = p;
}

static Proc*
dequeue(void)
{
	Proc *p;

	p = runq;
	if(p){
		runq = p->qnext;
		if(runq == nil)
			runqtail = nil;
	}
	return p;
}

/*
 * sched: the current process gives up the CPU (its state already says
 * why) and resumes here when next chosen.
 */
void
sched(void)
{
	Proc *p, *next;
	uvlong now;

	p = up;
	if(*(uvlong*)p->kstack != STACKMAGIC)
		panic("proc %d (%s): kernel stack overflow", p->pid, p->name);
	__asm__ volatile("fxsave %0" : "=m"(p->fp));
	now = rdtsc();	/* CPU time is kept in TSC counts: no divide a switch */
	p->cpu += now - p->swin;
	if(sysprof){
		p->swout = nsec();
		nswitch++;
	}
	next = dequeue();
	if(next != nil){
		/* straight to the next, not through the idle loop */
		next->state = Prunning;
		next->swin = now;
		up = next;
		if(next != p){
			switchuvm(next);
			swtch(&p->ctx, next->ctx);
		}
	}else{
		up = nil;
		swtch(&p->ctx, idlectx);
	}
	/* back: someone made us up again */
	__asm__ volatile("fxrstor %0" : : "m"(p->fp));
	if(sysprof && p->swout)
		p->away += nsec() - p->swout;
	if(norphans > 0)
		reaporphans();	/* off their stacks now */
}

/*
 * schedule: the scheduler loop on the boot stack.  Picks the next
 * ready process and runs it; idles with interrupts on when none is.
 */
void
schedule(void)
{
	Proc *p;
	uvlong t0;

	for(;;){
		p = dequeue();
		if(p == nil){
			t0 = sysprof ? nsec() : 0;
			__asm__ volatile("sti; hlt; cli");
			if(t0)
				idlens += nsec() - t0;
			continue;
		}
		p->state = Prunning;
		p->swin = rdtsc();
		up = p;
		switchuvm(p);
		swtch(&idlectx, p->ctx);
	}
}

/* yield: let the others run if any are waiting */
void
yield(void)
{
	if(runq == nil)
		return;
	ready(up);
	sched();
}

/* sleep: wait until someone calls wakeup(chan) (or a note comes) */
void
sleep(void *chan)
{
	if(interrupted())
		return;
	up->waitchan = chan;
	up->state = Psleep;
	up->snext = *bucket(chan);
	*bucket(chan) = up;
	sched();
	up->waitchan = nil;
}

/* wakeup: every process sleeping on chan becomes ready */
void
wakeup(void *chan)
{
	Proc **l, *p;

	for(l = bucket(chan); (p = *l) != nil; ){
		if(p->waitchan == chan){
			*l = p->snext;
			p->snext = nil;
			p->state = Pready;	/* off the bucket already: ready need not */
			ready(p);
		}else
			l = &p->snext;
	}
}

/*
 * tsleep: sleep for ms milliseconds (or until a note).  The end is
 * kept in nsec()'s time, the clock that programs read, so a sleep is
 * never shorter by it even when the emulated timer's ticks come
 * unevenly; the ticks only wake the sleeper to look.
 */
void
tsleep(uvlong ms)
{
	uvlong end, now, left;

	end = nsec() + ms*1000000ULL;
	while((now = nsec()) < end && !interrupted()){
		left = (end - now + 1000000000ULL/HZ - 1) / (1000000000ULL/HZ);
		up->wakeup = ticks + (left ? left : 1);
		sleep(&up->wakeup);
	}
	up->wakeup = 0;
}

/* clockproc: a clock tick: wake the timed sleepers that are due (tsleep, pollwait) */
void
clockproc(void)
{
	int i;
	Proc *p;

	ticks++;
	for(i = 0; i < NPROC; i++){
		p = &procs[i];
		if(p->state == Psleep && p->wakeup != 0 && p->wakeup <= ticks)
			ready(p);
	}
}

/*
 * pexit: the current process ends with status.  Its memory and files
 * go now; its children pass to init; the parent reaps it in await.
 */
void
pexit(int status)
{
	Proc *p, *init;
	int i;

	p = up;
	if(p->pid == 1)
		panic("init exited with status %d", status);
	for(i = 0; i < NFD; i++)
		if(p->fd[i]){
			cclose(p->fd[i]);
			p->fd[i] = nil;
		}
	if(p->pml4){
		kernuvm();
		freepml4(p->pml4);
		p->pml4 = nil;
	}
	putpgrp(p->pgrp);
	p->pgrp = nil;
	init = findproc(1);
	for(i = 0; i < NPROC; i++)
		if(procs[i].parent == p){
			procs[i].parent = init;
			if(procs[i].state == Pzombie && init)
				wakeup(init);
		}
	p->exitstatus = status;
	p->state = Pzombie;
	if(p->parent)
		wakeup(p->parent);
	else
		norphans++;
	sched();
	panic("zombie ran");
}

/*
 * await: reap a child (pid, or any if -1): its pid, with its status
 * stored in *status.  Sleeps until one exits unless flags has WNOHANG.
 */
int
procawait(int pid, int *status, int flags)
{
	int i, have;
	Proc *p;

	for(;;){
		have = 0;
		for(i = 0; i < NPROC; i++){
			p = &procs[i];
			if(p->state == Pfree || p->parent != up || (pid != -1 && p->pid != pid))
				continue;
			have = 1;
			if(p->state != Pzombie)
				continue;
			pid = p->pid;
			*status = p->exitstatus;
			up->ccpu += p->cpu + p->ccpu;
			up->cuticks += p->uticks + p->cuticks;
			freeproc(p);
			return pid;
		}
		if(!have)
			return error(Enochild);
		if(flags & WNOHANG)
			return 0;
		sleep(up);
		if(interrupted())
			return error(Eintr);
	}
}

/* procnth: the i'th live process in the table, for proc:'s directory */
Proc*
procnth(int i)
{
	int k;

	for(k = 0; k < NPROC; k++)
		if(procs[k].state != Pfree && procs[k].state != Pembryo && i-- == 0)
			return &procs[k];
	return nil;
}

/* postnotepg: note to every process in note group noteid (not init, nor protected servers) */
int
postnotepg(int noteid, char *note)
{
	int k, n;

	n = 0;
	for(k = 0; k < NPROC; k++)
		if(procs[k].state != Pfree && procs[k].state != Pzombie && procs[k].noteid == noteid
		&& procs[k].pid != 1 && (!procs[k].protect || &procs[k] == up)){
			postnote(procs[k].pid, note);
			n++;
		}
	return n;
}
