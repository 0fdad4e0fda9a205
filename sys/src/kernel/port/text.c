/*
 * text.c: the read-only segments (the text) of the programs run
 * lately, kept so that running one again maps the same frames, as
 * Plan 9's image cache and Unix's shared text do, instead of reading
 * the file again through 9P into fresh ones.  Under QEMU's TCG this
 * matters most: its translated code is kept by physical address, so
 * the same frames keep their translations, where fresh ones (often
 * holding another program's code a moment ago) are translated anew.
 *
 * A segment is known by its file (the device, the 9P session, the
 * qid's path and version, the length and mtime) and its place in it:
 * a file written since has another version (ramfs counts every write)
 * or, from a server that does not count, another mtime or length.  Each frame kept holds one count (page.c), so a frame goes
 * only when the cache and every process mapping it let go.  The least
 * recently run goes first, and all go when user memory runs short
 * (userpages).
 */
#include "all.h"

enum {
	Ntext	= 16,		/* segments kept */
	Maxpages	= 4096,	/* the most a kept segment may have (16 MiB) */
};

typedef struct Text Text;
struct Text {
	Dev	*dev;		/* nil: an empty slot */
	uvlong	srv;		/* mntid */
	uvlong	path;
	ulong	vers;
	vlong	length;
	ulong	mtime;
	Elfseg	seg;
	uvlong	*pa;		/* its frames */
	int	npage;
	uvlong	used;		/* when last mapped */
};

static Text	texts[Ntext];
static uvlong	tick;

static int
same(Text *t, Chan *c, Dir *d, Elfseg *s)
{
	return t->dev == c->dev && t->srv == mntid(c) && t->path == d->qid.path
		&& t->vers == d->qid.vers && t->length == d->length && t->mtime == d->mtime
		&& t->seg.vaddr == s->vaddr && t->seg.memsz == s->memsz
		&& t->seg.offset == s->offset && t->seg.filesz == s->filesz && t->seg.prot == s->prot;
}

static void
drop(Text *t)
{
	int i;

	for(i = 0; i < t->npage; i++)
		pagedecref(&palloc, t->pa[i]);
	kfree(t->pa);
	memset(t, 0, sizeof *t);
}

/*
 * textmap: map the kept frames of segment s of c's file (d its stat)
 * into pml4 with flags: 1 if they were kept, 0 if not, -1 if out of
 * memory for the page tables
 */
int
textmap(Chan *c, Dir *d, Elfseg *s, u64int *pml4, u64int flags)
{
	Text *t;
	u64int *pte;
	uintptr va;
	int i;

	for(t = texts; t < texts + Ntext; t++)
		if(t->dev != nil && same(t, c, d, s))
			break;
	if(t == texts + Ntext)
		return 0;
	va = PGTRUNC(s->vaddr);
	for(i = 0; i < t->npage; i++, va += PGSIZE){
		if((pte = walkpte(pml4, va, 1)) == nil)
			return error(Enomem);
		*pte = t->pa[i] | flags;
		pageincref(&palloc, t->pa[i]);
	}
	t->used = ++tick;
	return 1;
}

/*
 * textkeep: keep the frames segment s of c's file (d its stat) was
 * just loaded into in pml4, in place of the least recently run
 */
void
textkeep(Chan *c, Dir *d, Elfseg *s, u64int *pml4)
{
	Text *t, *old;
	u64int *pte;
	uintptr va;
	int i, n;

	if(s->prot & PROT_WRITE)
		return;
	n = (PGROUND(s->vaddr + s->memsz) - PGTRUNC(s->vaddr)) / PGSIZE;
	if(n <= 0 || n > Maxpages)
		return;
	old = texts;
	for(t = texts; t < texts + Ntext; t++){
		if(t->dev != nil && same(t, c, d, s))
			return;
		if(t->dev == nil || (old->dev != nil && t->used < old->used))
			old = t;
	}
	t = old;
	if(t->dev != nil)
		drop(t);
	if((t->pa = kmalloc(n * sizeof t->pa[0])) == nil)
		return;
	va = PGTRUNC(s->vaddr);
	for(i = 0; i < n; i++, va += PGSIZE){
		pte = walkpte(pml4, va, 0);
		if(pte == nil || !(*pte & PTEP)){
			t->npage = i;
			drop(t);
			return;
		}
		t->pa[i] = *pte & PTEADDR;
		pageincref(&palloc, t->pa[i]);
	}
	t->npage = n;
	t->dev = c->dev;
	t->srv = mntid(c);
	t->path = d->qid.path;
	t->vers = d->qid.vers;
	t->length = d->length;
	t->mtime = d->mtime;
	t->seg = *s;
	t->used = ++tick;
}

/* textevict: let go of every segment kept; 0 if none was */
int
textevict(void)
{
	Text *t;
	int n;

	n = 0;
	for(t = texts; t < texts + Ntext; t++)
		if(t->dev != nil){
			drop(t);
			n++;
		}
	return n;
}
