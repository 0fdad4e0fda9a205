/*
 * mem.h: the x86_64 memory layout and machine constants, shared by C
 * and (by hand) entry.asm/trap.asm.
 */
#define PGSHIFT		12
#define PGSIZE		4096ULL
#define BY2PG		PGSIZE
#define PGROUND(x)	(((x)+PGSIZE-1) & ~(PGSIZE-1))
#define PGTRUNC(x)	((x) & ~(PGSIZE-1))

#define KZERO		0xFFFF800000000000ULL	/* direct map of physical memory */
#define KZEROSIZE	(4ULL<<30)		/* mapped at boot: 4 GiB */
#define KTEXT		0xFFFFFFFF80000000ULL	/* kernel image, -2 GiB */
#define KADDR(pa)	((void*)((uintptr)(pa) + KZERO))
#define PADDR(va)	((uintptr)(va) >= KTEXT ? (uintptr)(va) - KTEXT : (uintptr)(va) - KZERO)

#define UTZERO		0x400000ULL		/* lowest user text */
#define USTKTOP		0x00007FFFFFFFF000ULL	/* top of the user stack */
#define USTKSIZE	(8ULL<<20)		/* user stack limit */
#define UMMAPBASE	0x0000100000000000ULL	/* anonymous mappings start here */
#define UADDRTOP	0x0000800000000000ULL	/* first non-user address */

#define KSTACK		(32*1024)		/* kernel stack per process */
#define STACKMAGIC	0x4e696e65666f6c64ULL	/* at the stack's bottom: "Ninefold" */
#define HZ		100			/* clock ticks per second */

/* page table entry bits */
#define PTEP		(1ULL<<0)
#define PTEW		(1ULL<<1)
#define PTEU		(1ULL<<2)
#define PTEPWT		(1ULL<<3)
#define PTEPCD		(1ULL<<4)
#define PTEA		(1ULL<<5)
#define PTED		(1ULL<<6)
#define PTEPS		(1ULL<<7)
#define PTEG		(1ULL<<8)
#define PTECOW		(1ULL<<9)	/* software: copy on write */
#define PTENOREF	(1ULL<<10)	/* software: device memory, no page count */
#define PTESHARED	(1ULL<<11)	/* software: fork shares it, not copy on write */
#define PTENX		(1ULL<<63)
#define PTEADDR		0x000FFFFFFFFFF000ULL

/* segment selectors: the order sysret needs (see gdt.c) */
#define KCSEL		0x08
#define KDSEL		0x10
#define UDSEL		(0x20|3)
#define UCSEL		(0x28|3)
#define TSSSEL		0x30
