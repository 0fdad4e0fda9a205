/*
 * elf.h: checking a static ELF64 x86_64 executable.  Pure code over
 * bytes in memory, so the host unit tests run it too.
 */

enum {
	ELFNSEG	= 16,		/* loadable segments at most */
	ELFHDRMAX = 4096,	/* the header and program headers fit in this */
};

typedef struct Elfseg Elfseg;
struct Elfseg {
	uvlong	vaddr;
	uvlong	memsz;
	uvlong	offset;
	uvlong	filesz;
	int	prot;		/* PROT_* */
};

typedef struct Elfimg Elfimg;
struct Elfimg {
	uvlong	entry;
	int	nseg;
	Elfseg	seg[ELFNSEG];
};

char*	elfparse(uchar *hdr, usize nhdr, uvlong filesize, uvlong lo, uvlong hi, Elfimg *img);
