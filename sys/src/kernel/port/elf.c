/*
 * elf.c: check an ELF64 executable's headers and list what to load.
 * The caller gives the first bytes of the file (at least the ELF and
 * program headers), the file's size and the user address range
 * [lo, hi) the segments must fall in.
 */
#include <u.h>
#include <syscall.h>
#include "elf.h"

#define G2(p)	((uint)(p)[0] | (uint)(p)[1]<<8)
#define G4(p)	(G2(p) | (uint)G2((p)+2)<<16)
#define G8(p)	((uvlong)G4(p) | (uvlong)G4((p)+4)<<32)

enum {
	PT_LOAD = 1,
	PF_X = 1, PF_W = 2, PF_R = 4,
	ET_EXEC = 2,
	EM_X86_64 = 62,
	EHSIZE = 64,
	PHSIZE = 56,
};

/*
 * elfparse: fill img from the headers; nil if all is well, else the
 * reason the file cannot be run.
 */
char*
elfparse(uchar *h, usize nh, uvlong filesize, uvlong lo, uvlong hi, Elfimg *img)
{
	uvlong phoff, i, j;
	uint phnum, phentsize;
	uchar *ph;
	Elfseg *s, *t;

	if(nh < EHSIZE || h[0] != 0x7f || h[1] != 'E' || h[2] != 'L' || h[3] != 'F')
		return "not an executable";
	if(h[4] != 2 || h[5] != 1 || h[6] != 1)
		return "not a 64-bit little-endian ELF file";
	if(G2(h+16) != ET_EXEC)
		return "not a static executable";
	if(G2(h+18) != EM_X86_64)
		return "not an x86_64 executable";
	img->entry = G8(h+24);
	phoff = G8(h+32);
	phentsize = G2(h+54);
	phnum = G2(h+56);
	if(phentsize != PHSIZE || phnum == 0 || phnum > 64)
		return "bad program headers";
	if(phoff > nh || phoff + (uvlong)phnum*PHSIZE > nh)
		return "program headers out of range";
	img->nseg = 0;
	for(i = 0; i < phnum; i++){
		ph = h + phoff + i*PHSIZE;
		if(G4(ph) != PT_LOAD)
			continue;
		if(img->nseg >= ELFNSEG)
			return "too many segments";
		s = &img->seg[img->nseg++];
		s->prot = 0;
		if(G4(ph+4) & PF_R)
			s->prot |= PROT_READ;
		if(G4(ph+4) & PF_W)
			s->prot |= PROT_WRITE;
		if(G4(ph+4) & PF_X)
			s->prot |= PROT_EXEC;
		s->offset = G8(ph+8);
		s->vaddr = G8(ph+16);
		s->filesz = G8(ph+32);
		s->memsz = G8(ph+40);
		if(s->filesz > s->memsz)
			return "segment file size exceeds memory size";
		if(s->offset > filesize || s->filesz > filesize - s->offset)
			return "segment beyond end of file";
		if(s->vaddr < lo || s->vaddr >= hi || s->memsz > hi - s->vaddr)
			return "segment outside user memory";
		if((s->vaddr & 4095) != (s->offset & 4095))
			return "segment misaligned";
	}
	if(img->nseg == 0)
		return "no loadable segments";
	/* no two segments may share a page: each gets its own pages */
	for(i = 0; i < (uvlong)img->nseg; i++)
		for(j = i+1; j < (uvlong)img->nseg; j++){
			s = &img->seg[i];
			t = &img->seg[j];
			if((s->vaddr & ~4095ULL) < ((t->vaddr + t->memsz + 4095) & ~4095ULL)
			&& (t->vaddr & ~4095ULL) < ((s->vaddr + s->memsz + 4095) & ~4095ULL))
				return "overlapping segments";
		}
	for(i = 0; i < (uvlong)img->nseg; i++){
		s = &img->seg[i];
		if(img->entry >= s->vaddr && img->entry < s->vaddr + s->memsz && (s->prot & PROT_EXEC))
			return nil;
	}
	return "entry point not in an executable segment";
}
