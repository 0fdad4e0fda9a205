/*
 * main.c: the kernel starts here, on the boot stack, in long mode with
 * the boot page tables (entry.asm).  It sets up the machine, the page
 * allocator, the boot archive, and starts boot:/bin/init as process 1.
 */
#include "../port/all.h"

char *kversion = "0.1";

extern char end[];
extern Dev kconsdev;

/* meminit: the page allocator over the usable RAM below 4 GiB */
static void
meminit(Memrange *ram, int nram, Memrange *mod, uintptr mbinfo)
{
	uvlong top, npage, meta, need, kend;
	int i;

	top = 0;
	for(i = 0; i < nram; i++){
		if(ram[i].base >= KZEROSIZE)
			continue;
		if(ram[i].base + ram[i].len > KZEROSIZE)
			ram[i].len = KZEROSIZE - ram[i].base;
		if(ram[i].base + ram[i].len > top)
			top = ram[i].base + ram[i].len;
	}
	npage = top / PGSIZE;
	need = PGROUND(pagemetasize(npage));
	/* the bookkeeping goes after the kernel, the module and the info */
	kend = PADDR(end);
	meta = PGROUND(kend);
	if(mod->len && PGROUND(mod->base + mod->len) > meta)
		meta = PGROUND(mod->base + mod->len);
	if(PGROUND(mbinfo + 8192) > meta)
		meta = PGROUND(mbinfo + 8192);
	for(i = 0; i < nram; i++)
		if(meta >= ram[i].base && meta + need <= ram[i].base + ram[i].len)
			break;
	if(i == nram)
		panic("no room for the page allocator's %llu bytes at %#llx", need, meta);
	pageinit(&palloc, npage, KADDR(meta));
	for(i = 0; i < nram; i++)
		pagefreerange(&palloc, ram[i].base, ram[i].len);
	pagereserve(&palloc, 0, 0x100000);
	pagereserve(&palloc, 0x100000, kend - 0x100000);
	pagereserve(&palloc, mod->base, mod->len);
	pagereserve(&palloc, mbinfo, 8192);
	pagereserve(&palloc, meta, need);
}

/* userinit: process 1 runs boot:/bin/init with the boot console as fds 0-2 */
static void
userinit(void)
{
	Proc *p;
	Chan *c;
	Args argv, envp;
	static char initargs[] = "init";
	int i;

	p = newproc();
	if(p == nil || (p->pml4 = newpml4()) == nil)
		panic("userinit: out of memory");
	p->pgrp = newpgrp();
	p->hw.all = 1;		/* init holds the hardware and grants it */
	p->noteid = p->pid;
	strlcpy(p->dot, "boot:/", sizeof p->dot);
	c = newchan(&kconsdev);
	c->mode = ORDWR;
	for(i = 0; i < 3; i++){
		p->fd[i] = c;
		if(i > 0)
			incref(c);
	}
	up = p;
	switchuvm(p);
	argv.buf = initargs;
	argv.len = sizeof initargs;
	argv.n = 1;
	envp.buf = "";
	envp.len = 0;
	envp.n = 0;
	if(execk("boot:/bin/init", &argv, &envp) < 0)
		panic("cannot start boot:/bin/init: %s", p->err);
	up = nil;
	ready(p);
}

void
kmain(u32int magic, uintptr mbinfo)
{
	Memrange ram[32], mod;
	char *cmdline;
	int nram, n;

	uartinit();
	print("\nNinefold %s (x86_64)\n", kversion);
	nram = mbparse(magic, mbinfo, ram, nelem(ram), &mod, &cmdline);
	if(nram <= 0)
		panic("not booted by a multiboot2 loader (magic %#x)", magic);
	meminit(ram, nram, &mod, mbinfo);
	print("mem: %llu MiB free\n", palloc.nfree * PGSIZE >> 20);
	gdtinit();
	trapinit();
	i8259init();
	mmuinit();
	fpuinit();
	acpiinit();
	clockinit();
	rtcinit();
	if(mod.len == 0)
		panic("no boot archive: GRUB loaded no module");
	n = archinit(KADDR(mod.base), mod.len);
	if(n < 0)
		panic("boot archive is malformed");
	print("boot: %d files in the archive\n", n);
	procinit();
	userinit();
	schedule();
}
