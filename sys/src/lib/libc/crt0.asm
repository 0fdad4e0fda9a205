; crt0: the process entry point.  The kernel starts us with rsp at
; argc, then argv[0..argc-1], NULL, envp..., NULL, auxv (System V).
; Set environ and call _cstart(argc, argv, envp), which never returns.

	bits	64
	section	.text
	global	_start
	extern	_cstart
	extern	environ

_start:
	xor	ebp, ebp			; outermost frame
	mov	rdi, [rsp]			; argc
	lea	rsi, [rsp+8]			; argv
	lea	rdx, [rsi+rdi*8+8]		; envp, past argv's NULL
	mov	[rel environ], rdx
	and	rsp, -16
	call	_cstart
	ud2
