/*
 * trap.c: the IDT and what happens on every exception and interrupt.
 * A fault in user mode kills just that process, with one line on the
 * console; a fault in the kernel is a panic.  The kernel itself runs
 * with interrupts off (as seL4 does): they arrive in user mode or in
 * the idle loop only.
 */
#include "../port/all.h"

typedef struct Gate Gate;
struct Gate {
	u16int	off0;
	u16int	sel;
	u8int	ist;
	u8int	type;
	u16int	off1;
	u32int	off2;
	u32int	zero;
};

static Gate idt[256];

static char *excname[32] = {
	"divide error", "debug", "nmi", "breakpoint", "overflow",
	"bound range", "invalid opcode", "device not available",
	"double fault", "coprocessor overrun", "invalid tss",
	"segment not present", "stack fault", "general protection fault",
	"page fault", "reserved", "x87 floating point", "alignment check",
	"machine check", "simd floating point", "virtualization",
	"control protection",
};

/* the signal number a fault is reported as, for await's status */
static int
excsig(int v)
{
	switch(v){
	case 0: case 16: case 19:
		return 8;	/* SIGFPE */
	case 6:
		return 4;	/* SIGILL */
	case 3:
		return 5;	/* SIGTRAP */
	}
	return 11;		/* SIGSEGV */
}

static void
setgate(int v, uintptr f, int dpl)
{
	idt[v].off0 = f;
	idt[v].sel = KCSEL;
	idt[v].ist = 0;
	idt[v].type = 0x8E | dpl<<5;	/* interrupt gate: IF cleared */
	idt[v].off1 = f >> 16;
	idt[v].off2 = f >> 32;
	idt[v].zero = 0;
}

/* trapinit: install the vectors of trap.asm and load the IDT */
void
trapinit(void)
{
	struct { u16int limit; u64int base; } __attribute__((packed)) ptr;
	int i;

	for(i = 0; i < 48; i++)
		setgate(i, vectors[i], 0);
	setgate(255, vectors[48], 0);
	ptr.limit = sizeof idt - 1;
	ptr.base = (u64int)idt;
	__asm__ volatile("lidt %0" : : "m"(ptr));
}

static void
dumpregs(Ureg *u)
{
	print("  rax 0x%lx rbx 0x%lx rcx 0x%lx rdx 0x%lx\n", u->rax, u->rbx, u->rcx, u->rdx);
	print("  rsi 0x%lx rdi 0x%lx rbp 0x%lx rsp 0x%lx\n", u->rsi, u->rdi, u->rbp, u->rsp);
	print("  r8 0x%lx r9 0x%lx r10 0x%lx r11 0x%lx\n", u->r8, u->r9, u->r10, u->r11);
	print("  r12 0x%lx r13 0x%lx r14 0x%lx r15 0x%lx\n", u->r12, u->r13, u->r14, u->r15);
	print("  rip 0x%lx cs 0x%lx rflags 0x%lx ss 0x%lx err 0x%lx\n", u->rip, u->cs, u->rflags, u->ss, u->err);
}

/* backtrace: follow the frame pointers from rbp */
void
backtrace(uintptr rbp)
{
	uintptr *fp;
	int i;

	print("backtrace:\n");
	for(i = 0; i < 16 && rbp >= KZERO && (rbp & 7) == 0; i++){
		fp = (uintptr*)rbp;
		print("  0x%lx\n", fp[1]);
		rbp = fp[0];
	}
}

/* a user process did something it may not: one line, then it dies */
static void
userfault(Ureg *u, uintptr addr)
{
	int v;

	v = u->trapno;
	if(v == 14)
		print("proc %d (%s): page fault at 0x%lx rip 0x%lx\n", up->pid, up->name, addr, u->rip);
	else
		print("proc %d (%s): %s rip 0x%lx\n", up->pid, up->name, v < 32 && excname[v] ? excname[v] : "trap", u->rip);
	up->killed = 1;
	up->exitstatus = -excsig(v);
}

static void
kernelfault(Ureg *u)
{
	int v;

	v = u->trapno;
	print("kernel: %s (vector %d) err 0x%lx", v < 32 && excname[v] ? excname[v] : "trap", v, u->err);
	if(v == 14)
		print(" at 0x%lx", getcr2());
	print("\n");
	dumpregs(u);
	backtrace(u->rbp);
	panic("kernel trap");
}

/* trap: every interrupt and exception comes here with its Ureg */
void
trap(Ureg *u)
{
	int v, user, driver;
	uintptr addr;

	v = u->trapno;
	user = (u->cs & 3) == 3;
	if(v >= IRQBASE && v < IRQBASE+16){
		i8259eoi(v - IRQBASE);
		driver = 0;
		switch(v - IRQBASE){
		case 0:
			if(user && up != nil)
				up->uticks++;
			clockproc();
			break;
		case 4:
			if(!(driver = irqclaimed(4)))
				uartintr();
			break;
		default:
			driver = irqclaimed(v - IRQBASE);
			break;
		}
		if(user && up != nil){
			/* the time slice is a tick; a driver woken by its interrupt runs now */
			if(v == IRQBASE || driver)
				yield();
			if(up->killed)
				pexit(up->exitstatus);
			notifyuser(u);
		}
		return;
	}
	if(v == 255 || v == IRQBASE+7 || v == IRQBASE+15)
		return;	/* spurious */
	if(!user)
		kernelfault(u);
	addr = 0;
	if(v == 14){
		addr = getcr2();
		/* a present page (err bit 0) means a protection fault, never resolvable
		 * except a write to a copy-on-write page */
		if(!(u->err & 1) || ((u->err & 2) && !(u->err & 16)))
			if(fault(up, addr, (u->err & 2) != 0) == 0){
				notifyuser(u);
				return;
			}
	}
	userfault(u, addr);
	pexit(up->exitstatus);
}

/*
 * forkret: where a new process first runs (newproc points its context
 * here): load its FPU state and enter user mode from its Ureg.
 */
void
forkret(void)
{
	__asm__ volatile("fxrstor %0" : : "m"(up->fp));
	__asm__ volatile("mov %0, %%rsp; jmp trapret" : : "r"(up->ureg) : "memory");
	for(;;)
		;
}

/* fpuinit: turn on the FPU and SSE for user programs */
void
fpuinit(void)
{
	uintptr cr0, cr4;

	__asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
	cr0 &= ~(1ULL<<2);	/* EM */
	cr0 |= 1ULL<<1;		/* MP */
	__asm__ volatile("mov %0, %%cr0" : : "r"(cr0));
	__asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
	cr4 |= 1ULL<<9 | 1ULL<<10;	/* OSFXSR, OSXMMEXCPT */
	__asm__ volatile("mov %0, %%cr4" : : "r"(cr4));
	__asm__ volatile("fninit");
}

/* fpinit: p starts with a clean FPU (and it is loaded now) */
void
fpinit(Proc *p)
{
	u32int mxcsr;

	mxcsr = 0x1F80;
	__asm__ volatile("fninit");
	__asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
	__asm__ volatile("fxsave %0" : "=m"(p->fp));
}
