; entry.asm: where GRUB leaves us.  The multiboot2 header, then 32-bit
; code that builds boot page tables (identity and direct map of the
; first 4 GiB, the kernel image at -2 GiB), enters long mode and jumps
; to the higher half, where kmain(magic, mbinfo) takes over.

KTEXT	equ	0xFFFFFFFF80000000

section .mbhdr
align 8
mbhdr:
	dd	0xE85250D6			; multiboot2 magic
	dd	0				; i386 protected mode
	dd	mbhdrend - mbhdr
	dd	-(0xE85250D6 + 0 + (mbhdrend - mbhdr))
	dw	0, 0				; end tag
	dd	8
mbhdrend:

section .boot
bits 32
global start32
start32:
	cli
	mov	edi, eax			; multiboot2 magic
	mov	esi, ebx			; multiboot2 info (physical)

	; pml4[0] and pml4[256] -> pdpt0 (identity, direct map 4 GiB)
	; pml4[511] -> pdptk; pdptk[510] -> pd0 (-2 GiB -> 0)
	mov	eax, pdpt0
	or	eax, 3
	mov	[pml4], eax
	mov	[pml4 + 256*8], eax
	mov	eax, pdptk
	or	eax, 3
	mov	[pml4 + 511*8], eax
	mov	eax, pd0
	or	eax, 3
	mov	[pdptk + 510*8], eax

	; pdpt0[0..3] -> pd0..pd3
	mov	ecx, 0
.pdpt:
	mov	eax, ecx
	shl	eax, 12
	add	eax, pd0
	or	eax, 3
	mov	[pdpt0 + ecx*8], eax
	inc	ecx
	cmp	ecx, 4
	jne	.pdpt

	; pd0..pd3: 2048 entries of 2 MiB pages, present|write|large
	mov	ecx, 0
.pd:
	mov	eax, ecx
	shl	eax, 21
	or	eax, 0x83
	mov	[pd0 + ecx*8], eax
	mov	eax, ecx
	shr	eax, 11
	mov	[pd0 + ecx*8 + 4], eax
	inc	ecx
	cmp	ecx, 2048
	jne	.pd

	mov	eax, cr4
	or	eax, (1<<5)			; PAE
	mov	cr4, eax
	mov	eax, pml4
	mov	cr3, eax
	mov	ecx, 0xC0000080			; EFER
	rdmsr
	or	eax, (1<<8)|(1<<11)|(1<<0)	; LME, NXE, SCE
	wrmsr
	mov	eax, cr0
	or	eax, (1<<31)|(1<<16)|1		; PG, WP, PE
	mov	cr0, eax
	lgdt	[gdtptr]
	jmp	0x08:start64low

bits 64
start64low:
	mov	rax, start64
	jmp	rax

align 16
gdt:
	dq	0
	dq	0x00209A0000000000		; 0x08 kernel code, 64-bit
	dq	0x0000920000000000		; 0x10 kernel data
gdtptr:
	dw	gdtptr - gdt - 1
	dd	gdt

align 4096
pml4:	times 4096 db 0
pdpt0:	times 4096 db 0
pdptk:	times 4096 db 0
pd0:	times 4*4096 db 0

section .text
extern kmain
start64:
	mov	ax, 0x10
	mov	ds, ax
	mov	es, ax
	mov	ss, ax
	xor	ax, ax
	mov	fs, ax
	mov	gs, ax
	mov	rsp, bootstack + 16384
	xor	rbp, rbp
	mov	edi, edi			; magic, zero-extended
	mov	esi, esi			; mbinfo physical
	call	kmain
.hang:
	cli
	hlt
	jmp	.hang

section .bss
align 16
global bootstack
bootstack:
	resb	16384
