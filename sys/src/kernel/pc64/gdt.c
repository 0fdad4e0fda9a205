/*
 * gdt.c: segments, the TSS and the syscall MSRs.  The GDT order is the
 * one syscall/sysret need: kernel code, kernel data, then (user code32
 * unused) user data, user code.
 */
#include "../port/all.h"

typedef struct Tss Tss;
struct Tss {
	u32int	reserved0;
	u64int	rsp0;
	u64int	rsp1;
	u64int	rsp2;
	u64int	reserved1;
	u64int	ist[7];
	u64int	reserved2;
	u16int	reserved3;
	u16int	iomapbase;
} __attribute__((packed));

static Tss tss;
static u64int gdt[8];
uintptr kstacktop;		/* trap.asm's syscall entry reads it */

enum {
	Star	= 0xC0000081,
	Lstar	= 0xC0000082,
	Sfmask	= 0xC0000084,
};

/* gdtinit: load the GDT and TSS and set up the syscall instruction */
void
gdtinit(void)
{
	struct { u16int limit; u64int base; } __attribute__((packed)) ptr;
	uintptr t;

	gdt[0] = 0;
	gdt[1] = 0x00209A0000000000ULL;	/* kernel code, long mode */
	gdt[2] = 0x0000920000000000ULL;	/* kernel data */
	gdt[3] = 0x00CFFA000000FFFFULL;	/* user code, 32-bit (unused) */
	gdt[4] = 0x0000F20000000000ULL;	/* user data */
	gdt[5] = 0x0020FA0000000000ULL;	/* user code, long mode */
	t = (uintptr)&tss;
	tss.iomapbase = sizeof tss;	/* no I/O bitmap: user port access faults */
	gdt[6] = (sizeof tss - 1) | (t & 0xFFFFFF) << 16 | 0x89ULL << 40 | ((t >> 24) & 0xFF) << 56;
	gdt[7] = t >> 32;
	ptr.limit = sizeof gdt - 1;
	ptr.base = (u64int)gdt;
	__asm__ volatile("lgdt %0" : : "m"(ptr));
	__asm__ volatile(
		"mov %0, %%ds; mov %0, %%es; mov %0, %%ss;"
		"pushq %1; leaq 1f(%%rip), %%rax; pushq %%rax; lretq; 1:"
		: : "r"((u64int)KDSEL), "i"(KCSEL) : "rax", "memory");
	__asm__ volatile("ltr %w0" : : "r"(TSSSEL));

	wrmsr(Star, (u64int)(0x18|3) << 48 | (u64int)KCSEL << 32);
	wrmsr(Lstar, (u64int)syscallentry);
	wrmsr(Sfmask, 0x47700);		/* clear IF, TF, DF, AC, NT, IOPL */
}

/* setkstack: where the CPU puts the stack on entry from user mode */
void
setkstack(uintptr top)
{
	tss.rsp0 = top;
	kstacktop = top;
}
