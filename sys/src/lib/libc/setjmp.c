/*
 * setjmp, longjmp: non-local goto (x86_64 System V).
 *
 * A jmp_buf holds the callee-saved registers and the caller's stack
 * and return address: rbx rbp r12 r13 r14 r15 rsp rip, in that order.
 * Written as top-level assembly so the compiler adds no frame.
 */

__asm__(
	".text\n"
	".globl setjmp\n"
	".type setjmp, @function\n"
	"setjmp:\n"
	"	movq %rbx, 0(%rdi)\n"
	"	movq %rbp, 8(%rdi)\n"
	"	movq %r12, 16(%rdi)\n"
	"	movq %r13, 24(%rdi)\n"
	"	movq %r14, 32(%rdi)\n"
	"	movq %r15, 40(%rdi)\n"
	"	leaq 8(%rsp), %rdx\n"		/* rsp as it will be after ret */
	"	movq %rdx, 48(%rdi)\n"
	"	movq (%rsp), %rdx\n"		/* the return address */
	"	movq %rdx, 56(%rdi)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	".size setjmp, .-setjmp\n"

	".globl longjmp\n"
	".type longjmp, @function\n"
	"longjmp:\n"
	"	movl %esi, %eax\n"
	"	testl %eax, %eax\n"
	"	jnz 1f\n"
	"	incl %eax\n"			/* longjmp(b, 0) returns 1 */
	"1:\n"
	"	movq 0(%rdi), %rbx\n"
	"	movq 8(%rdi), %rbp\n"
	"	movq 16(%rdi), %r12\n"
	"	movq 24(%rdi), %r13\n"
	"	movq 32(%rdi), %r14\n"
	"	movq 40(%rdi), %r15\n"
	"	movq 48(%rdi), %rsp\n"
	"	jmpq *56(%rdi)\n"
	".size longjmp, .-longjmp\n"
);
