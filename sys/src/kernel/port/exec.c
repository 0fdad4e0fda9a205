/*
 * exec.c: replace the current process's program with a static ELF64
 * executable.  Everything that can fail (the file, its headers, the
 * arguments, memory for the new image) is done before the old image
 * goes, so a failed exec returns an error to a caller that is intact.
 */
#include "all.h"


/* copy a user vector of strings (argv or envp) into a */
static int
getargs(uintptr vec, Args *a, long max)
{
	uintptr s;
	long n;
	char *p;

	a->n = 0;
	a->len = 0;
	if(vec == 0)
		return 0;
	for(;;){
		if(copyin(&s, vec + a->n*sizeof(uintptr), sizeof s) < 0)
			return -1;
		if(s == 0)
			return 0;
		p = a->buf + a->len;
		if(validstr(s, p, max - a->len) == nil)
			return error(E2big);
		n = strlen(p) + 1;
		a->len += n;
		a->n++;
		if(a->n > 4096)
			return error(E2big);
	}
}

/*
 * load segment s of the file c (d its stat) into the address space
 * pml4: a read-only one from the frames text.c kept, if it has them
 */
static int
loadseg(Chan *c, Dir *d, Elfseg *s, u64int *pml4)
{
	uintptr va, end, fend;
	uvlong pa;
	u64int flags, *pte;
	uchar *page;
	long off, n, r;

	flags = PTEP | PTEU;
	if(s->prot & PROT_WRITE)
		flags |= PTEW;
	if(!(s->prot & PROT_EXEC))
		flags |= PTENX;
	if(!(s->prot & PROT_WRITE) && (r = textmap(c, d, s, pml4, flags)) != 0)
		return r < 0 ? -1 : 0;
	end = PGROUND(s->vaddr + s->memsz);
	fend = s->vaddr + s->filesz;
	for(va = PGTRUNC(s->vaddr); va < end; va += PGSIZE){
		pte = walkpte(pml4, va, 1);
		if(pte == nil || (page = upagezalloc()) == nil)
			return error(Enomem);
		pa = PADDR(page);
		*pte = pa | flags;
		/* the part of this page that comes from the file */
		if(va + PGSIZE <= s->vaddr || va >= fend)
			continue;
		off = va < s->vaddr ? s->vaddr - va : 0;
		n = PGSIZE - off;
		if(va + off + n > fend)
			n = fend - (va + off);
		r = c->dev->read(c, page + off, n, s->offset + (va + off - s->vaddr));
		if(r < 0)
			return -1;	/* the read's own error: interrupted, server gone */
		if(r != n)
			return error(Eshortexec);
	}
	textkeep(c, d, s, pml4);
	return 0;
}

/* the last element of path, for the process name */
static void
setname(char *path)
{
	char *s;

	s = strrchr(path, '/');
	if(s == nil)
		s = strrchr(path, ':');
	strlcpy(up->name, s ? s+1 : path, sizeof up->name);
}

/* keep the arguments, blank-separated, for proc:/N/args */
static void
setargs(Args *a)
{
	long i;

	memmove(up->args, a->buf, a->len < (long)sizeof up->args ? a->len : (long)sizeof up->args);
	up->args[sizeof up->args - 1] = 0;
	for(i = 0; i < (long)sizeof up->args - 1 && i < a->len - 1; i++)
		if(up->args[i] == 0)
			up->args[i] = ' ';
	if(a->len < (long)sizeof up->args)
		up->args[a->len > 0 ? a->len - 1 : 0] = 0;
}

/* build the System V start-up stack: argc, argv, envp, auxv, strings */
static uintptr
buildstack(Args *argv, Args *envp)
{
	uintptr sp, strs, base, *vec, *v;
	long nwords, i, off;
	int k, bad;
	Args *a;

	strs = USTKTOP - PGROUND(argv->len + envp->len + 16);
	nwords = 1 + argv->n + 1 + envp->n + 1 + 4;
	sp = (strs - nwords*sizeof(uintptr)) & ~15ULL;
	vec = kmalloc(nwords*sizeof(uintptr));
	if(vec == nil)
		return 0;
	v = vec;
	*v++ = argv->n;
	for(k = 0; k < 2; k++){
		a = k == 0 ? argv : envp;
		base = strs + (k == 0 ? 0 : argv->len);
		off = 0;
		for(i = 0; i < a->n; i++){
			*v++ = base + off;
			off += strlen(a->buf + off) + 1;
		}
		*v++ = 0;
	}
	*v++ = 6;	/* AT_PAGESZ */
	*v++ = PGSIZE;
	*v++ = 0;	/* AT_NULL */
	*v++ = 0;
	bad = copyout(strs, argv->buf, argv->len) < 0
		|| copyout(strs + argv->len, envp->buf, envp->len) < 0
		|| copyout(sp, vec, nwords*sizeof(uintptr)) < 0;
	kfree(vec);
	return bad ? 0 : sp;
}

/*
 * execk: exec with the path and arguments already in the kernel;
 * 0 (in the new image) or -1 (in the old one).
 */
long
execk(char *path, Args *argv, Args *envp)
{
	uchar hdr[ELFHDRMAX];
	Chan *c;
	Dir d;
	Elfimg img;
	char *why;
	long n;
	int i;
	u64int *pml4, *oldpml4;
	uintptr top;
	Ureg *u;

	c = namec(path, OREAD, 0);
	if(c == nil)
		return -1;
	pml4 = nil;
	if(c->dev->stat == nil || (n = c->dev->stat(c, hdr, sizeof hdr)) < 0)
		goto bad;
	if(convM2D(hdr, n, &d, nil) == 0){
		error(Eproto);
		goto bad;
	}
	if(d.mode & DMDIR){
		error(Eisdir);
		goto bad;
	}
	if(!(d.mode & 0111)){
		error(Eperm);
		goto bad;
	}
	n = c->dev->read(c, hdr, sizeof hdr, 0);
	if(n < 0)
		goto bad;
	why = elfparse(hdr, n, d.length, UTZERO, USTKTOP - USTKSIZE, &img);
	if(why != nil){
		error(why);
		goto bad;
	}
	pml4 = newpml4();
	if(pml4 == nil){
		error(Enomem);
		goto bad;
	}
	for(i = 0; i < img.nseg; i++)
		if(loadseg(c, &d, &img.seg[i], pml4) < 0)
			goto bad;

	/* the point of no return: the old image goes */
	oldpml4 = up->pml4;
	up->pml4 = pml4;
	putcr3(PADDR(pml4));
	freepml4(oldpml4);
	up->nvma = 0;
	top = 0;
	for(i = 0; i < img.nseg; i++){
		vmadd(up, PGTRUNC(img.seg[i].vaddr), PGROUND(img.seg[i].vaddr + img.seg[i].memsz),
			img.seg[i].prot, (img.seg[i].prot & PROT_WRITE) ? Vdata : Vtext);
		if(PGROUND(img.seg[i].vaddr + img.seg[i].memsz) > top)
			top = PGROUND(img.seg[i].vaddr + img.seg[i].memsz);
	}
	up->brkbase = up->brk = top;
	up->mmapnext = UMMAPBASE;
	vmadd(up, USTKTOP - USTKSIZE, USTKTOP, PROT_READ|PROT_WRITE, Vstack);
	setname(path);
	setargs(argv);
	for(i = 0; i < NFD; i++)
		if(up->fd[i] && up->fdcexec[i]){
			cclose(up->fd[i]);
			up->fd[i] = nil;
			up->fdcexec[i] = 0;
		}
	up->notify = 0;		/* a new program has no handler yet */
	up->notified = 0;
	up->nnote = 0;
	top = buildstack(argv, envp);
	cclose(c);
	if(top == 0){
		print("proc %d (%s): out of memory building the stack\n", up->pid, up->name);
		pexit(-9);
	}
	u = up->ureg;
	memset(u, 0, sizeof *u);
	u->rip = img.entry;
	u->rsp = top;
	u->cs = UCSEL;
	u->ss = UDSEL;
	u->rflags = 0x202;
	u->trapno = TSYSCALL;
	fpinit(up);
	return 0;

bad:
	if(pml4)
		freepml4(pml4);
	cclose(c);
	return -1;
}

/* sysexec: exec(path, argv, envp) from user space */
long
sysexec(char *upath, char **uargv, char **uenvp)
{
	char path[PATHMAX];
	Args argv, envp;
	long r;

	if(validstr((uintptr)upath, path, sizeof path) == nil)
		return -1;
	argv.buf = kmalloc(2*ARGMAX);
	if(argv.buf == nil)
		return error(Enomem);
	envp.buf = argv.buf + ARGMAX;
	r = -1;
	if(getargs((uintptr)uargv, &argv, ARGMAX) == 0 && getargs((uintptr)uenvp, &envp, ARGMAX) == 0)
		r = execk(path, &argv, &envp);
	kfree(argv.buf);
	return r;
}
