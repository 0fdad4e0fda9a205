/*
 * multiboot.c: read what GRUB hands over in the multiboot2 information:
 * the memory map, the boot archive module and the command line.
 */
#include "../port/all.h"

enum {
	MBMAGIC		= 0x36d76289,
	TagEnd		= 0,
	TagCmdline	= 1,
	TagModule	= 3,
	TagMmap		= 6,
	MemAvailable	= 1,
};

/*
 * mbparse: fill ram (at most nram ranges of usable memory) and mod
 * (the first module); return the number of ram ranges, or -1 if this
 * was not a multiboot2 boot.
 */
int
mbparse(u32int magic, uintptr info, Memrange *ram, int nram, Memrange *mod, char **cmdline)
{
	uchar *p, *e, *q;
	u32int total, type, size, esize;
	uvlong base, len;
	int n;

	if(magic != MBMAGIC)
		return -1;
	p = KADDR(info);
	total = *(u32int*)p;
	e = p + total;
	p += 8;
	n = 0;
	mod->base = mod->len = 0;
	*cmdline = "";
	while(p + 8 <= e){
		type = ((u32int*)p)[0];
		size = ((u32int*)p)[1];
		if(type == TagEnd || size < 8)
			break;
		switch(type){
		case TagCmdline:
			*cmdline = (char*)p + 8;
			break;
		case TagModule:
			if(mod->len == 0){
				mod->base = ((u32int*)p)[2];
				mod->len = ((u32int*)p)[3] - mod->base;
			}
			break;
		case TagMmap:
			esize = ((u32int*)p)[2];
			if(esize < 24)
				break;
			for(q = p + 16; q + esize <= p + size; q += esize){
				base = *(uvlong*)q;
				len = *(uvlong*)(q+8);
				if(*(u32int*)(q+16) == MemAvailable && n < nram){
					ram[n].base = base;
					ram[n].len = len;
					n++;
				}
			}
			break;
		}
		p += (size + 7) & ~7;
	}
	return n;
}
