/*
 * setjmp.h: non-local jumps.  A jmp_buf keeps rbx rbp r12-r15, the
 * stack pointer and the return address.  sigsetjmp and siglongjmp are
 * the same (the signal mask is not saved).  Jumping out of a signal
 * (note) handler is not supported: a handler must return.
 */
#ifndef SETJMP_H
#define SETJMP_H

typedef long	jmp_buf[8];
typedef long	sigjmp_buf[8];

int	setjmp(jmp_buf b) __attribute__((returns_twice));
_Noreturn void	longjmp(jmp_buf b, int v);

#define sigsetjmp(b, savemask)	setjmp(b)
#define siglongjmp(b, v)	longjmp(b, v)
#define _setjmp(b)	setjmp(b)
#define _longjmp(b, v)	longjmp(b, v)

#endif
