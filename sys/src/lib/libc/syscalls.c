/*
 * syscalls: one stub _sys_NAME per entry of SYSCALLS in syscall.h,
 * all generated here, so a new system call needs no change in this
 * file.  A stub returns the kernel's raw result: -errno on failure.
 */
#include <u.h>
#include "impl.h"

/* Trap into the kernel: number in rax, arguments in rdi rsi rdx r10 r8 r9. */
static inline long
syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6)
{
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	register long r9 __asm__("r9") = a6;
	long r;

	__asm__ volatile("syscall"
		: "=a"(r)
		: "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8), "r"(r9)
		: "rcx", "r11", "memory");
	return r;
}

#define DEFS0	void
#define DEFS1	long a1
#define DEFS2	long a1, long a2
#define DEFS3	long a1, long a2, long a3
#define DEFS4	long a1, long a2, long a3, long a4
#define DEFS5	long a1, long a2, long a3, long a4, long a5
#define DEFS6	long a1, long a2, long a3, long a4, long a5, long a6
#define USES0	0, 0, 0, 0, 0, 0
#define USES1	a1, 0, 0, 0, 0, 0
#define USES2	a1, a2, 0, 0, 0, 0
#define USES3	a1, a2, a3, 0, 0, 0
#define USES4	a1, a2, a3, a4, 0, 0
#define USES5	a1, a2, a3, a4, a5, 0
#define USES6	a1, a2, a3, a4, a5, a6

/* _sys_NAME(args...): make system call number num with nargs arguments. */
#define STUB(num, name, nargs) \
	long _sys_##name(DEFS##nargs) { return syscall6(num, USES##nargs); }
SYSCALLS(STUB)
