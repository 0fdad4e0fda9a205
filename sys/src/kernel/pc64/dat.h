/*
 * dat.h: x86_64 machine structures: the saved user registers (Ureg),
 * a kernel context for swtch, the per-process machine state.
 */

/* what trap.asm pushes: the order matters */
typedef struct Ureg Ureg;
struct Ureg {
	u64int	r15, r14, r13, r12, r11, r10, r9, r8;
	u64int	rbp, rdi, rsi, rdx, rcx, rbx, rax;
	u64int	trapno;
	u64int	err;
	u64int	rip, cs, rflags, rsp, ss;
};

/* callee-saved registers as swtch leaves them */
typedef struct Context Context;
struct Context {
	u64int	r15, r14, r13, r12, rbx, rbp;
	u64int	rip;
};

/* FPU/SSE state for fxsave/fxrstor */
typedef struct Fpsave Fpsave;
struct Fpsave {
	uchar	regs[512];
} __attribute__((aligned(16)));

#define TSYSCALL	0x100
#define IRQBASE		32
