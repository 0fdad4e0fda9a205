; trap.asm: the ways into and out of the kernel.  Interrupt and
; exception stubs build a Ureg (see dat.h) and call trap(); syscall
; builds the same Ureg and calls syscall(); both return through the
; Ureg, so fork and exec need only edit it.  swtch() changes kernel
; stacks between processes.

%define UDSEL	(0x20|3)
%define UCSEL	(0x28|3)

extern trap
extern syscall
extern kstacktop

section .text

%macro SAVE 0
	push	rax
	push	rbx
	push	rcx
	push	rdx
	push	rsi
	push	rdi
	push	rbp
	push	r8
	push	r9
	push	r10
	push	r11
	push	r12
	push	r13
	push	r14
	push	r15
%endmacro

%macro RESTORE 0
	pop	r15
	pop	r14
	pop	r13
	pop	r12
	pop	r11
	pop	r10
	pop	r9
	pop	r8
	pop	rbp
	pop	rdi
	pop	rsi
	pop	rdx
	pop	rcx
	pop	rbx
	pop	rax
%endmacro

; vectors that push an error code themselves
%macro VEC 1
vec%1:
%if %1 == 8 || (%1 >= 10 && %1 <= 14) || %1 == 17 || %1 == 21 || %1 == 29 || %1 == 30
%else
	push	0
%endif
	push	%1
	jmp	alltraps
%endmacro

%assign i 0
%rep 48
VEC i
%assign i i+1
%endrep
VEC 255

alltraps:
	cld
	SAVE
	mov	rdi, rsp
	call	trap
global trapret
trapret:
	RESTORE
	add	rsp, 16			; trapno, error code
	iretq

; the table idt.c installs
section .rodata
global vectors
vectors:
%assign i 0
%rep 48
	dq	vec %+ i
%assign i i+1
%endrep
	dq	vec255

section .text
; syscall: rcx = user rip, r11 = user rflags, interrupts masked by
; SFMASK.  Switch to the process's kernel stack and build a Ureg.
section .bss
ursp:	resq	1
section .text
global syscallentry
syscallentry:
	mov	[rel ursp], rsp
	mov	rsp, [rel kstacktop]
	push	UDSEL
	push	qword [rel ursp]
	push	r11
	push	UCSEL
	push	rcx
	push	0
	push	0x100			; trapno: system call
	SAVE
	mov	rdi, rsp
	call	syscall
	test	eax, eax		; 1: every register of the Ureg matters
	jnz	trapret
	; back to user: sysret unless the return address is not canonical
	mov	rcx, [rsp + 17*8]
	mov	rax, rcx
	sar	rax, 47
	jz	.sysret
	jmp	trapret
.sysret:
	RESTORE
	add	rsp, 16
	mov	rcx, [rsp]		; rip
	mov	r11, [rsp + 16]		; rflags
	mov	rsp, [rsp + 24]		; user rsp
	o64 sysret

; swtch(Context **from, Context *to): save callee-saved registers on
; this stack, record it in *from, and resume the stack `to`.
global swtch
swtch:
	push	rbp
	push	rbx
	push	r12
	push	r13
	push	r14
	push	r15
	mov	[rdi], rsp
	mov	rsp, rsi
	pop	r15
	pop	r14
	pop	r13
	pop	r12
	pop	rbx
	pop	rbp
	ret
