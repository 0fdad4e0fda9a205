/*
 * fns.h: prototypes of the x86_64 part of the kernel, by file, and
 * the small inline instructions everything uses.
 */

/* acpi.c */
void	acpiinit(void);
void	acpipoweroff(void);
void	machreboot(void) __attribute__((noreturn));
void	qemuexit(int code);

/* clock.c */
void	clockinit(void);
uvlong	nsec(void);
uvlong	tscnsec(void);
uvlong	tscns(uvlong);
void	microdelay(int us);

/* gdt.c */
void	gdtinit(void);
void	setkstack(uintptr top);

/* i8259.c */
void	i8259init(void);
void	i8259enable(int irq);
void	i8259mask(int irq);
void	i8259eoi(int irq);

/* main.c */
void	kmain(u32int magic, uintptr mbinfo) __attribute__((noreturn));

/* mmu.c */
void	mmuinit(void);
u64int*	newpml4(void);
void	freepml4(u64int *pml4);
u64int*	walkpte(u64int *pml4, uintptr va, int alloc);
int	ptewalk(u64int *pml4, uintptr start, uintptr end, int (*f)(u64int*, uintptr, void*), void *arg);
int	mapuser(u64int *pml4, uintptr va, uvlong pa, u64int flags);
void	switchuvm(Proc *p);
void	kernuvm(void);
void	flushtlb(void);
void	invlpg(uintptr va);
void*	pagezalloc(void);
void*	upagezalloc(void);
int	userpages(uvlong n);

/* multiboot.c */
int	mbparse(u32int magic, uintptr info, Memrange *ram, int nram, Memrange *mod, char **cmdline);

/* rtc.c */
void	rtcinit(void);
extern uvlong	rtcboot, rtcnsec;

/* trap.c */
void	trapinit(void);
void	trap(Ureg *u);
void	backtrace(uintptr rbp);
void	forkret(void) __attribute__((noreturn));
void	fpuinit(void);
void	fpinit(Proc *p);

/* trap.asm */
extern uintptr vectors[];
void	syscallentry(void);
void	trapret(void);
void	swtch(Context **from, Context *to);

/* uart.c */
void	uartinit(void);
void	uartputc(int c);
void	uartputs(char *s, int n);
int	uartgetc(void);
void	uartintr(void);
long	kconsread(void *buf, long n);

static inline void
outb(u16int port, u8int v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline u8int
inb(u16int port)
{
	u8int v;

	__asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void
outw(u16int port, u16int v)
{
	__asm__ volatile("outw %0, %1" : : "a"(v), "Nd"(port));
}

static inline u16int
inw(u16int port)
{
	u16int v;

	__asm__ volatile("inw %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline u32int
inl(u16int port)
{
	u32int v;

	__asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void
outl(u16int port, u32int v)
{
	__asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port));
}

static inline uvlong
rdtsc(void)
{
	u32int lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return (uvlong)hi<<32 | lo;
}

static inline void
wrmsr(u32int msr, u64int v)
{
	__asm__ volatile("wrmsr" : : "c"(msr), "a"((u32int)v), "d"((u32int)(v>>32)));
}

static inline u64int
rdmsr(u32int msr)
{
	u32int lo, hi;

	__asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return (u64int)hi<<32 | lo;
}

static inline uintptr
getcr2(void)
{
	uintptr v;

	__asm__ volatile("mov %%cr2, %0" : "=r"(v));
	return v;
}

/*
 * walknext: va's entry, given pte, the entry of the page before it (or
 * nil): the next in the same table, unless va begins another table
 */
static inline u64int*
walknext(u64int *pml4, u64int *pte, uintptr va)
{
	if(pte != nil && (va & (512*PGSIZE - 1)) != 0)
		return pte + 1;
	return walkpte(pml4, va, 0);
}

static inline void
putcr3(uintptr v)
{
	__asm__ volatile("mov %0, %%cr3" : : "r"(v) : "memory");
}

static inline uintptr
getcr3(void)
{
	uintptr v;

	__asm__ volatile("mov %%cr3, %0" : "=r"(v));
	return v;
}
