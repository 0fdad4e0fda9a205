/*
 * worker.c: a sysfuzz worker: calls calls from its seed, each system
 * call number with arguments drawn from pools of numbers, addresses,
 * buffers, fds and URLs, keeping track of what its fds are, then exit.
 * One byte on the tick pipe every Tick calls tells the parent how far
 * it got.
 */
#include "sysfuzz.h"

/* what a worker knows of each fd */
enum { Knone, Kfile, Kblock, Kprecious };

static uvlong	rng;
static int	kind[Nfd];
static uchar	buf[4][Bufsz];	/* valid, writable buffers */
static uchar	*robuf;		/* a read-only page */
static uchar	*maps[Nmaps];	/* the worker's own anonymous maps */
static uvlong	maplen[Nmaps];
static int	mypid;
static int	lastchild;
static long	ncalls;
uvlong	only;		/* -c: a mask of the calls to make, 0 for all */
int	tracing;	/* -t: each call on Tracefd before it is made */
static int	myid;
static char	*lasturl;
static int	aliased;	/* a bind or mount may have made a URL name a pipe */	/* the pool URL url() chose last, or nil */

/* the URLs a worker may open with any flags, write, remove and wstat */
static char *rwurls[] = {
	"file:/tmp/sysfuzz.a", "file:/tmp/sysfuzz.b", "file:/tmp/sysfuzzdir",
	"file:/tmp/sysfuzzdir/x", "/tmp/sysfuzz.c", "file:/tmp/sysfuzz.a/",
	"env:/sysfuzz.a", "env:/sysfuzz.b", "null:", "zero:", "rand:",
	"proc:/self/status", "proc:/self/note", "proc:/self/notepg", "proc:/self/ctl",
	"proc:/self/args", "proc:/self/ns", "proc:/self", "sys:/ctl",
	"srv:/sysfuzz.a", "srv:/sysfuzz.b", "nosuch:/x",
	"file:/tmp/sysfuzzdir/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s",
	"file:/tmp/../../../tmp/sysfuzz.a", "file:/tmp/./sysfuzz.b", "cons:/nosuch/x",
	"irq:/4", "irq:/11", "port:", "phys:", "phys:/mem", "phys:/dma", "pci:", "pci:/0.0.0/raw", "pci:/0.3.0/config", "srv:", "srv:/sysfuzz", "tcp:127.0.0.1!564", "boot:/nosuch",
	"proc:/0/status", "proc:/99999/note", "proc:/-1/ctl", "sys:/nosuch",
	"file:/tmp/sysfuzz\xff\x01",
};

/* URLs that are only opened to read: the system needs them as they are */
static char *rourls[] = {
	"file:/lib/motd", "file:/bin/echo", "file:/", "file:/bin", "file:/tmp",
	"boot:/", "boot:/bin/echo", "boot:/lib/motd", "boot:/bin",
	"sys:/", "sys:/uname", "sys:/uptime", "sys:/mem", "sys:/log", "sys:/time",
	"proc:/", "proc:/1/status", "proc:/1/ns", "proc:/1/args", "proc:/2/status",
	"env:/path", "env:/", "rc:/x", "/lib/motd", "lib/motd", "..", ".",
	"", "/", ":", "::", "file:", "file:/tmp/sysfuzzdir/..", "srv:/", "sysfuzz:/x",
};

/* programs a throwaway child may exec (none halts, reboots or panics) */
static char *exurls[] = {
	"/bin/echo", "file:/bin/echo", "boot:/bin/echo", "/lib/motd", "/bin",
	"/nosuch", "zero:", "null:", "rand:", "sys:/uname", "proc:/self/status",
	"file:/tmp/sysfuzz.a", "", "/bin/echo/x",
};

/*
 * names for mount, bind, unmount: the worker's namespace is its own.
 * Those before Nsafe name no scheme of rwurls, so anything may go
 * there; the rest only what may be written anyway.
 */
enum { Nsafe = 8 };
static char *names[] = {
	"sysfuzz", "sysfuzz2", "nosuch", "", "a:b", "a/b", "boot", "rc",
	"file", "null", "zero", "env", "proc", "sys", "rand", "srv",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
};

/* notes, and strings to write (never "halt", "reboot" or "panic") */
static char *words[] = {
	"kill", "interrupt", "alarm", "hangup", "sys: write on closed pipe",
	"pipe", "", "3", "4", "5", "0", "-1", "protect", "grant irq 4",
	"grant port 0 65535", "grant phys 0 4096", "kill\n", "hal", "rebo",
	"rawon", "sysfuzz", "99999999999999999999",
};

static uvlong huge[] = {
	1ULL<<31, 1ULL<<32, 1ULL<<63, ~0ULL, 0x7fffffff, 0xffffffff,
	(1ULL<<32) + 3, 1ULL<<62, 0x7fffffffffffffffULL,
};

static uvlong kaddr[] = {
	0xffff800000000000ULL, 0xffff800000001000ULL, 0xffff800000100000ULL,
	0xffffffff80000000ULL, 0xffffffff80100000ULL, 0xffffffff80200000ULL,
	0xfffffffffffff000ULL, 0xffffffffffffffffULL, 0xffff7fffffffffffULL,
	0x0000800000000000ULL, 0x00007ffffffffff8ULL, 0x00007ffffffff000ULL,
	0xffff800000000000ULL - 8, 0xffffffff7ffffff0ULL,
};

static uvlong unmapped[] = {
	0, 1, 8, 0x1000, 0x3ff000, 0x10000000, 0x0000100000000000ULL + 0x7000000000ULL,
	0x00007fff00000000ULL, 0x00007ffffe000000ULL, 0x0000500000000000ULL,
};

/* rand64: xorshift64* */
static uvlong
rand64(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ULL;
}

/* rn: a number in 0..n-1 */
static uvlong
rn(uvlong n)
{
	return n ? rand64() % n : 0;
}

/* mix: splitmix64 of x, to derive a worker's seed */
uvlong
mix(uvlong x)
{
	x += 0x9e3779b97f4a7c15ULL;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

/* trace: "sysfuzz: wK pid: call a1 a2 a3 a4" on Tracefd (-t) */
static void
trace(uvlong n, uvlong a1, uvlong a2, uvlong a3, uvlong a4)
{
	char b[160];
	long k;

	k = snprintf(b, sizeof b, "sysfuzz: w%d %d: %llu %#llx %#llx %#llx %#llx\n", myid, mypid, n, a1, a2, a3, a4);
	register uvlong off __asm__("r10") = -1ULL;
	__asm__ volatile("syscall" : "=a"(k) : "a"(13ULL), "D"((uvlong)Tracefd), "S"(b), "d"((uvlong)k), "r"(off)
		: "rcx", "r11", "memory");
}

/* sc: the syscall instruction itself, any number, six arguments */
static long
sc(uvlong n, uvlong a1, uvlong a2, uvlong a3, uvlong a4, uvlong a5, uvlong a6)
{
	long r;

	if(tracing)
		trace(n, a1, a2, a3, a4);
	register uvlong r10 __asm__("r10") = a4;
	register uvlong r8 __asm__("r8") = a5;
	register uvlong r9 __asm__("r9") = a6;

	__asm__ volatile("syscall"
		: "=a"(r)
		: "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8), "r"(r9)
		: "rcx", "r11", "memory");
	return r;
}

#define pick(a)	((a)[rn(nelem(a))])

/* validbuf: a valid buffer and, in *np, its size (maybe read-only) */
static uvlong
validbuf(uvlong *np, int writable)
{
	int i;
	uvlong n;

	if(!writable && rn(4) == 0){
		*np = 4096 - rn(64);
		return (uvlong)robuf + 4096 - *np;
	}
	if(rn(4) == 0){
		i = rn(Nmaps);
		if(maps[i] != nil){
			n = maplen[i] - rn(maplen[i]);
			*np = n;
			return (uvlong)maps[i] + maplen[i] - n;
		}
	}
	n = 1 + rn(Bufsz);
	*np = n;
	return (uvlong)buf[rn(4)] + Bufsz - n;
}

/* ptr: an address of any kind */
static uvlong
ptr(void)
{
	uvlong n;

	switch(rn(6)){
	case 0:	return pick(kaddr) + rn(3)*8;
	case 1:	return pick(unmapped) + rn(2)*rn(4096);
	case 2:	return (uvlong)robuf + rn(4096);
	case 3:	return (uvlong)pick(words);
	default: return validbuf(&n, 1);
	}
}

/* number: an integer of any kind */
static uvlong
number(void)
{
	switch(rn(6)){
	case 0:	return rn(17);
	case 1:	return -(uvlong)(1 + rn(16));
	case 2:	return pick(huge);
	case 3:	return rand64();
	case 4:	return rn(5000);
	default: return ptr();
	}
}

/* anyarg: any argument at all */
static uvlong
anyarg(void)
{
	if(rn(2))
		return number();
	return ptr();
}

/* fd: a valid fd most often, or a bad one (never the tick pipe) */
static uvlong
fd(void)
{
	int i, k;

	if(rn(3) != 0)
		for(k = 0; k < 8; k++){
			i = rn(Tickfd);
			if(kind[i] != Knone)
				return i;
		}
	switch(rn(4)){
	case 0:	return pick(huge);
	case 1:	return -(uvlong)(1 + rn(3));
	case 2:	return Nfd + rn(3);
	default: return rn(Tickfd);
	}
}

/* safefd: fd v is not the tick pipe (by its low 32 bits too: a kernel that truncates is caught elsewhere) */
static uvlong
safefd(uvlong v)
{
	if(v == Tickfd || (tracing && v == Tracefd))
		return -1;
	return v;
}

/* url: a URL for reading (rw: one that may also be changed) */
static uvlong
url(int rw, int *rop)
{
	*rop = 0;
	lasturl = nil;
	switch(rn(8)){
	case 0:
		return ptr();
	case 1:
	case 2:
	case 3:
		if(!rw){
			*rop = 1;
			lasturl = pick(rourls);
			return (uvlong)lasturl;
		}
	}
	lasturl = pick(rwurls);
	return (uvlong)lasturl;
}

/* strarg: a string pointer or a bad pointer */
static uvlong
strarg(char **pool, int n)
{
	if(rn(5) == 0)
		return ptr();
	return (uvlong)pool[rn(n)];
}

/* mkstat: a 9P stat entry, well formed or not, in b; returns its length */
static uvlong
mkstat(uchar *b)
{
	static char *nm[] = { "sysfuzz.c", "sysfuzz.d", "", "a/b", "..", "." };
	char *s;
	uchar *p;
	int i, n;

	if(rn(4) == 0){
		n = rn(128);
		for(i = 0; i < n; i++)
			b[i] = rand64();
		return n;
	}
	p = b + 2;
	memset(p, 0xff, 2+4+13+4+4+4+8);
	if(rn(3) == 0)
		for(i = 0; i < 2+4+13+4+4+4+8; i++)
			if(rn(8) == 0)
				p[i] = rand64();
	if(rn(2)){	/* mode: keep directory bit off, random permissions */
		p[2+4+13] = rn(256);
		p[2+4+13+1] = rn(2);
		p[2+4+13+2] = p[2+4+13+3] = 0;
	}
	if(rn(2))	/* length */
		for(i = 0; i < 8; i++)
			p[2+4+13+12+i] = i < 2 ? rand64() : 0;
	p += 2+4+13+4+4+4+8;
	s = rn(2) ? "" : pick(nm);
	n = strlen(s);
	p[0] = n; p[1] = n >> 8;
	memmove(p + 2, s, n);
	p += 2 + n;
	for(i = 0; i < 3; i++){
		p[0] = p[1] = 0;
		p += 2;
	}
	n = p - b;
	b[0] = n - 2;
	b[1] = (n - 2) >> 8;
	if(rn(6) == 0)
		b[rn(2)] = rand64();
	return n - rn(2)*rn(n);
}

/* forbidden: would writing n bytes at p to some file stop the machine? */
static int
forbidden(uvlong p, uvlong n)
{
	static char *bad[] = { "halt", "reboot", "panic" };
	char s[16];
	uint i, m;
	int ok;

	for(i = 0; i < Nmaps; i++)
		if(maps[i] != nil && p >= (uvlong)maps[i] && p < (uvlong)maps[i] + maplen[i])
			return n <= 8;	/* maybe unmapped since: do not look */
	if(p >= (uvlong)robuf && p < (uvlong)robuf + 4096)
		return 0;	/* zeros */
	ok = 0;
	for(i = 0; i < 4; i++)
		if(p >= (uvlong)buf[i] && p < (uvlong)buf[i] + Bufsz)
			ok = 1;
	for(i = 0; i < nelem(words); i++)
		if(p >= (uvlong)words[i] && p <= (uvlong)words[i] + strlen(words[i]))
			ok = 1;
	if(!ok)
		return 0;	/* not ours: the kernel cannot read it either */
	if(n > 8)
		return 0;
	m = n;
	memmove(s, (void*)p, m);	/* within our buffers (or a fault kills only us) */
	s[m] = 0;
	if(m > 0 && s[m-1] == '\n')
		s[m-1] = 0;
	for(i = 0; i < nelem(bad); i++)
		if(strcmp(s, bad[i]) == 0)
			return 1;
	return 0;
}

/*
 * inchild: make call n in a child of its own, then the child exits.
 * If killms >= 0 the child may block: it is killed after killms ms.
 * The worker reaps it.
 */
static void
inchild(uvlong n, uvlong *a, int killms)
{
	long pid;
	int st;

	pid = sc(1, RFPROC|RFFDG, 0, 0, 0, 0, 0);
	if(pid == 0){
		sc(11, Tickfd, 0, 0, 0, 0, 0);	/* the tick pipe ends with the worker */
		sc(n, a[0], a[1], a[2], a[3], a[4], a[5]);
		sc(0, 0, 0, 0, 0, 0, 0);
	}
	if(pid < 0)
		return;
	lastchild = pid;
	if(killms >= 0){
		sc(8, killms, 0, 0, 0, 0, 0);
		sc(9, pid, (uvlong)"kill", 0, 0, 0, 0);
	}
	sc(3, pid, (uvlong)&st, 0, 0, 0, 0);
}

/* blocking: might a read or write of fd (or a mount of it) wait for good? */
static int
blocking(uvlong f)
{
	if(f >= Nfd)
		return 0;
	return kind[f] == Kblock;
}

/* track: note what call n with arguments a did to the fds (result r) */
static void
track(uvlong n, uvlong *a, long r, int ro)
{
	int *fds;

	if(r < 0)
		return;
	switch(n){
	case 10:	/* open */
		if(r < Nfd){
			kind[r] = ro ? Kprecious : aliased ? Kblock : Kfile;
			if(lasturl != nil && strncmp(lasturl, "srv:/", 5) == 0 && lasturl[5] != 0)
				kind[r] = Kblock;
		}
		break;
	case 22:	/* mount */
	case 23:	/* bind */
		aliased = 1;
		break;
	case 11:	/* close */
		if(a[0] < Nfd)
			kind[a[0]] = Knone;
		break;
	case 15:	/* dup */
		if(r < Nfd && a[0] < Nfd)
			kind[r] = kind[a[0]];
		break;
	case 20:	/* chan */
	case 21:	/* pipe */
		fds = (int*)a[0];
		if(fds[0] >= 0 && fds[0] < Nfd)
			kind[fds[0]] = Kblock;
		if(fds[1] >= 0 && fds[1] < Nfd)
			kind[fds[1]] = Kblock;
		break;
	}
}

/* onecall: choose a call and its arguments, and make it */
static void
onecall(void)
{
	static uvlong wild[] = { 32, 33, 40, 63, 64, 100, 255, 256, 1000, 1ULL<<31,
		1ULL<<32, 1ULL<<32 | 4, ~0ULL, 1ULL<<63, -32ULL };
	static int fdpair[2];
	uvlong n, a[6], sz;
	int i, ro;
	long r;

	for(i = 0; i < 6; i++)
		a[i] = anyarg();
	ro = 0;
	n = rn(Ncalls);
	if(rn(12) == 0)
		n = pick(wild);
	if(only != 0){
		if(n >= Ncalls && !(only & 1ULL<<Ncalls))
			return;
		if(n < Ncalls && !(only & 1ULL<<n))
			return;
	}
	switch(n){
	case 0:		/* exits: only in a child */
		inchild(n, a, -1);
		return;
	case 1:		/* rfork */
		a[0] = rn(1<<15);
		if(rn(8) == 0)
			a[0] = anyarg();
		if(a[0] & RFPROC){
			/* the child exits at once; await it unless RFNOWAIT */
			r = sc(1, a[0], 0, 0, 0, 0, 0);
			if(r == 0)
				sc(0, 0, 0, 0, 0, 0, 0);
			if(r > 0 && !(a[0] & RFNOWAIT)){
				lastchild = r;
				sc(3, r, 0, 0, 0, 0, 0);
			}
			return;
		}
		if(a[0] & RFCNAMEG && rn(8) != 0)
			a[0] &= ~RFCNAMEG;	/* an empty namespace ends most coverage */
		break;
	case 2:		/* exec: only in a child */
		a[0] = rn(6) ? (uvlong)pick(exurls) : ptr();
		if(rn(2)){
			static char *argv[] = { "echo", "sysfuzz", nil };
			static uvlong badv[] = { 0xffff800000000000ULL, 0 };
			a[1] = rn(3) == 0 ? (uvlong)badv : (uvlong)argv;
			a[2] = rn(2) ? 0 : (uvlong)argv;
		}
		inchild(n, a, -1);
		return;
	case 3:		/* await: our children all exit at once */
		switch(rn(4)){
		case 0:	a[0] = -1; break;
		case 1:	a[0] = lastchild; break;
		case 2:	a[0] = 0; break;
		}
		a[2] = rn(3) ? rn(3) : a[2];
		break;
	case 5:		/* brk */
		if(rn(2))
			a[0] = sc(5, 0, 0, 0, 0, 0, 0) + (rn(2) ? rn(1<<20) : -(uvlong)rn(1<<16));
		break;
	case 6:		/* mmap: not too much */
		if(rn(3))
			a[1] = 1 + rn(64*1024);
		if(rn(2))
			a[3] = MAP_ANONYMOUS | (rn(2) ? MAP_PRIVATE : rn(64));
		if(rn(2))
			a[2] = rn(8);
		if((a[3] & MAP_FIXED) && rn(4) != 0)
			a[0] = 0x0000100000000000ULL + (rn(1<<20) << 12);
		r = sc(n, a[0], a[1], a[2], a[3], a[4], a[5]);
		ncalls++;
		if(r > 0 && (a[2] & (PROT_READ|PROT_WRITE)) == (PROT_READ|PROT_WRITE) && a[1] <= 64*1024){
			i = rn(Nmaps);
			if(maps[i] != nil)
				sc(7, (uvlong)maps[i], maplen[i], 0, 0, 0, 0);
			maps[i] = (uchar*)r;
			maplen[i] = a[1];
		}else if(r > 0 && a[1] <= (1<<20))
			sc(7, r, a[1], 0, 0, 0, 0);
		return;
	case 7:		/* munmap: mostly ours, rarely our own program */
		if(rn(2)){
			i = rn(Nmaps);
			if(maps[i] != nil){
				a[0] = (uvlong)maps[i];
				a[1] = rn(2) ? maplen[i] : rn(maplen[i] + 8192);
				maps[i] = nil;
			}
		}else if(a[0] >= 0x400000 && a[0] < 0x0000100000000000ULL && rn(16) != 0)
			a[0] = 0x0000600000000000ULL;
		break;
	case 8:		/* sleep: never for long */
		a[0] = rn(2) ? rn(3) : -(uvlong)rn(1ULL<<62) - 1;
		break;
	case 9:		/* postnote: to ourselves, our dead children and nobody */
		switch(rn(6)){
		case 0:	a[0] = mypid; if(rn(8) != 0) return; break;
		case 1:	a[0] = lastchild; break;
		case 2:	a[0] = 1; break;
		case 3:	a[0] = (1ULL<<32) | 1; break;
		case 4:	a[0] = 0; break;
		default: a[0] = -(uvlong)rn(3); break;
		}
		a[1] = strarg(words, nelem(words));
		break;
	case 10:	/* open */
		a[0] = url(0, &ro);
		a[1] = rn(4) ? rn(0x800) : a[1];
		if(ro)
			a[1] = rn(2) ? OREAD : OREAD|OCEXEC;
		if(rn(2))
			a[2] = rn(0777) | (rn(4) == 0 ? 0x80000000 : 0);
		break;
	case 11:	/* close */
		a[0] = safefd(fd());
		break;
	case 12:	/* pread */
	case 13:	/* pwrite */
		a[0] = safefd(fd());
		if(rn(4))
			a[1] = validbuf(&sz, n == 12);
		else
			sz = 64;
		a[2] = rn(8) ? rn(sz + 1) : (rn(2) ? sz + rn(8192) : number());
		if(rn(2))
			a[3] = rn(2) ? -1 : rn(100000);
		else if(n == 13 && a[3] > 64*1024 && a[3] < 1ULL<<31)
			a[3] &= 0xffff;	/* a file server may keep its peak heap: keep it small */
		if(n == 13 && forbidden(a[1], a[2]))
			return;
		if(blocking(a[0]) || (a[0] < Nfd && kind[a[0]] == Knone && rn(2))){
			inchild(n, a, rn(4));
			return;
		}
		break;
	case 14:	/* seek */
		a[0] = safefd(fd());
		a[2] = rn(4) ? rn(3) : a[2];
		break;
	case 15:	/* dup */
		a[0] = safefd(fd());
		a[1] = rn(3) ? -1 : safefd(fd());
		break;
	case 16:	/* fstat */
		a[0] = safefd(fd());
		if(rn(2))
			a[1] = validbuf(&a[2], 1);
		if(rn(3) == 0)
			a[2] = rn(200);
		break;
	case 17:	/* stat */
		a[0] = url(0, &ro);
		if(rn(2))
			a[1] = validbuf(&a[2], 1);
		if(rn(3) == 0)
			a[2] = rn(200);
		break;
	case 18:	/* errstr */
	case 29:	/* getwd */
		if(rn(2))
			a[0] = validbuf(&a[1], 1);
		if(rn(3) == 0)
			a[1] = rn(200);
		break;
	case 20:	/* chan */
	case 21:	/* pipe */
		if(rn(4))
			a[0] = (uvlong)fdpair;
		break;
	case 22:	/* mount: of a blocking fd, only in a child, killed soon */
		a[0] = safefd(fd());
		a[1] = strarg(names, nelem(names));
		a[2] = rn(4) ? rn(8) : a[2];
		a[3] = rn(2) ? 0 : strarg(names, nelem(names));
		if(blocking(a[0]) || (a[0] < Nfd && kind[a[0]] == Knone)){
			inchild(n, a, rn(6));
			return;
		}
		break;
	case 23:	/* bind: over a scheme that rwurls name, only what is writable */
		i = rn(nelem(names));
		a[0] = url(i >= Nsafe, &ro);
		a[1] = rn(8) ? (uvlong)names[i] : ptr();
		a[2] = rn(4) ? rn(8) : a[2];
		break;
	case 24:	/* unmount */
		a[0] = strarg(names, nelem(names));
		break;
	case 25:	/* chdir */
		a[0] = url(0, &ro);
		break;
	case 26:	/* remove */
		a[0] = url(1, &ro);
		break;
	case 27:	/* wstat */
	case 28:	/* fwstat */
		if(n == 27)
			a[0] = url(1, &ro);
		else{
			a[0] = safefd(fd());
			if(a[0] < Nfd && kind[a[0]] == Kprecious)
				a[0] = -1;
		}
		if(rn(4)){
			a[1] = (uvlong)buf[3];
			a[2] = mkstat(buf[3]);
		}
		break;
	case 30:	/* notify */
		if(rn(2))
			a[0] = rn(2) ? 0 : (uvlong)onecall;
		break;
	case 31:	/* noted */
		a[0] = rn(4) ? rn(3) : a[0];
		break;
	}
	r = sc(n, a[0], a[1], a[2], a[3], a[4], a[5]);
	ncalls++;
	track(n, a, r, ro);
}

/* worker: make calls calls from seed, then exit */
void
worker(int id, uvlong seed, long calls, int tickfd)
{
	int i, f;
	long last;
	uchar b;

	rng = seed ? seed : 1;
	myid = id;
	rfork(RFNAMEG|RFNOTEG);
	mypid = getpid();
	if(dup2(tickfd, Tickfd) != Tickfd)
		_exit(3);
	if(tracing && dup2(2, Tracefd) != Tracefd)
		_exit(3);
	for(i = 3; i < (tracing ? Tracefd : Tickfd); i++)
		close(i);
	f = open("null:", O_RDWR);
	if(f < 0)
		_exit(3);
	dup2(f, 0);
	dup2(f, 1);
	dup2(f, 2);
	if(f > 2)
		close(f);
	for(i = 0; i < Nfd; i++)
		kind[i] = Knone;
	kind[0] = kind[1] = kind[2] = Kfile;
	robuf = mmap(nil, 4096, PROT_READ|PROT_WRITE, MAP_ANONYMOUS|MAP_PRIVATE, -1, 0);
	if(robuf == MAP_FAILED)
		_exit(3);
	memset(robuf, 'r', 4096);
	munmap(robuf, 4096);	/* then map it again read-only: zeros */
	robuf = mmap(nil, 4096, PROT_READ, MAP_ANONYMOUS|MAP_PRIVATE, -1, 0);
	if(robuf == MAP_FAILED)
		_exit(3);
	for(i = 0; i < 4; i++)
		memset(buf[i], 'a' + i, Bufsz);
	b = id;
	last = 0;
	while(ncalls < calls){
		onecall();
		if(ncalls - last >= Tick){
			last += Tick;
			sc(13, Tickfd, (uvlong)&b, 1, -1, 0, 0);
		}
	}
	_exit(0);
}
