/*
 * kernel_test.c: host tests of the kernel's pure code: the page
 * allocator (page.c), the ELF checker (elf.c), URL cleaning (url.c)
 * and the 9P stat marshalling (lib/fcall).  One line per check: PASS or FAIL.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include "../../sys/include/u.h"
#include "../../sys/include/fcall.h"
#include "page.h"
#include "elf.h"
#include "irqline.h"
#include "url.h"

#define PROT_READ	1
#define PROT_WRITE	2
#define PROT_EXEC	4

static int failures;

static void
check(int ok, char *name, char *fmt, ...)
{
	va_list ap;

	if(ok){
		printf("PASS %s\n", name);
		return;
	}
	failures++;
	printf("FAIL %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

static void
pagetests(void)
{
	Palloc pa;
	void *meta;
	uvlong npage, a, b, c, i, got[64];
	int ok;

	npage = 1024;		/* 4 MiB of "RAM" */
	meta = malloc(pagemetasize(npage));
	pageinit(&pa, npage, meta);
	check(pa.nfree == 0, "page-init-reserved", "nfree %llu", pa.nfree);
	/* usable: 0-640K and 1M-4M, as a PC's map says; minus a kernel at 1M-1.5M */
	pagefreerange(&pa, 0, 640*1024);
	pagefreerange(&pa, 1<<20, 3<<20);
	pagereserve(&pa, 1<<20, 512*1024);
	check(pa.nfree == 159 + 640, "page-free-ranges", "nfree %llu, want %d", pa.nfree, 159+640);
	check(pa.ntotal == pa.nfree, "page-total", "ntotal %llu", pa.ntotal);

	/* frame 0 is never handed out, nor reserved or unusable ones */
	ok = 1;
	for(i = 0; i < 64; i++){
		got[i] = pagealloc(&pa, 1);
		if(got[i] == 0 || (got[i] >= 640*1024 && got[i] < (3<<19)) || got[i] % 4096)
			ok = 0;
	}
	check(ok, "page-alloc-valid", "a page in a hole or frame 0");
	ok = 1;
	for(i = 0; i < 64; i++)
		for(a = i+1; a < 64; a++)
			if(got[i] == got[a])
				ok = 0;
	check(ok, "page-alloc-distinct", "the same page twice");
	check(pa.nfree == 159 + 640 - 64, "page-alloc-count", "nfree %llu", pa.nfree);
	for(i = 0; i < 64; i++)
		pagefree(&pa, got[i], 1);
	check(pa.nfree == 159 + 640, "page-free-count", "nfree %llu", pa.nfree);

	/* contiguous runs skip the hole */
	a = pagealloc(&pa, 200);
	check(a >= (3<<19) && a + 200*4096 <= (4<<20), "page-run-contiguous", "run at %#llx", a);
	b = pagealloc(&pa, 1000);
	check(b == 0, "page-run-too-big", "got %#llx", b);
	pagefree(&pa, a, 200);

	/* share counts: copy-on-write bookkeeping */
	c = pagealloc(&pa, 1);
	pageincref(&pa, c);
	pageincref(&pa, c);
	check(pageref(&pa, c) == 3, "page-ref-inc", "ref %d", pageref(&pa, c));
	check(pagedecref(&pa, c) == 2 && pagedecref(&pa, c) == 1, "page-ref-dec", "counts");
	i = pa.nfree;
	check(pagedecref(&pa, c) == 0 && pa.nfree == i + 1, "page-ref-last-frees", "nfree %llu", pa.nfree);
	pagefree(&pa, c, 1);
	check(pa.nfree == i + 1, "page-double-free-ignored", "nfree %llu", pa.nfree);

	/* exhaustion and recovery */
	i = 0;
	while(pagealloc(&pa, 1) != 0)
		i++;
	check(i == 159 + 640 && pa.nfree == 0, "page-exhaust", "allocated %llu", i);
	check(pagealloc(&pa, 1) == 0, "page-empty", "allocated from nothing");
	free(meta);
}

static uchar*
readfile(char *path, long *n)
{
	FILE *f;
	uchar *b;

	f = fopen(path, "rb");
	if(f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	*n = ftell(f);
	fseek(f, 0, SEEK_SET);
	b = malloc(*n);
	if(fread(b, 1, *n, f) != (size_t)*n){
		fclose(f);
		free(b);
		return NULL;
	}
	fclose(f);
	return b;
}

static void
put8(uchar *p, uvlong v)
{
	int i;

	for(i = 0; i < 8; i++)
		p[i] = v >> (8*i);
}

static char*
parse(uchar *b, long n, Elfimg *img)
{
	return elfparse(b, n < 4096 ? n : 4096, n, 0x400000, 0x7FFFFF7FF000ULL, img);
}

static void
elftests(void)
{
	uchar *orig, *b;
	long n, i, j;
	Elfimg img;
	char *r;
	uvlong phoff;
	int crashes;

	orig = readfile(SAMPLEELF, &n);
	if(orig == NULL){
		check(0, "elf-sample", "cannot read %s", SAMPLEELF);
		return;
	}
	b = malloc(n);
#define FRESH()	memcpy(b, orig, n)
	FRESH();
	r = parse(b, n, &img);
	check(r == NULL && img.nseg >= 2 && img.entry >= 0x400000, "elf-good", "%s", r ? r : "segments");

	FRESH(); b[1] = 'X';
	check(parse(b, n, &img) != NULL, "elf-bad-magic", "accepted");
	FRESH(); b[4] = 1;
	check(parse(b, n, &img) != NULL, "elf-32-bit", "accepted");
	FRESH(); b[18] = 3;
	check(parse(b, n, &img) != NULL, "elf-wrong-machine", "accepted");
	FRESH(); b[16] = 3;
	check(parse(b, n, &img) != NULL, "elf-not-exec", "accepted");
	check(parse(b, 20, &img) != NULL, "elf-truncated", "accepted");

	phoff = b[32] | b[33]<<8;
	FRESH(); put8(b + 32, 1ULL<<40);
	check(parse(b, n, &img) != NULL, "elf-phoff-huge", "accepted");
	/* first PT_LOAD: find it and corrupt it */
	for(i = 0; i < 8; i++){
		uchar *ph = orig + phoff + i*56;
		if(ph[0] != 1)
			continue;
		FRESH(); put8(b + phoff + i*56 + 16, 0xFFFFFFFF80000000ULL);	/* vaddr in the kernel */
		check(parse(b, n, &img) != NULL, "elf-kernel-vaddr", "accepted");
		FRESH(); put8(b + phoff + i*56 + 40, 1ULL<<62);		/* memsz huge */
		check(parse(b, n, &img) != NULL, "elf-huge-memsz", "accepted");
		FRESH(); put8(b + phoff + i*56 + 8, n);			/* offset past the end */
		put8(b + phoff + i*56 + 32, 100);
		check(parse(b, n, &img) != NULL, "elf-beyond-file", "accepted");
		FRESH(); put8(b + phoff + i*56 + 32, (uvlong)-1);		/* filesz > memsz */
		check(parse(b, n, &img) != NULL, "elf-filesz", "accepted");
		break;
	}
	FRESH(); put8(b + 24, 0x10);	/* entry outside */
	check(parse(b, n, &img) != NULL, "elf-bad-entry", "accepted");

	/* random damage to the headers: never a crash (the sanitizers watch) */
	srand(1);
	crashes = 0;
	for(i = 0; i < 20000; i++){
		FRESH();
		for(j = 0; j < 1 + rand()%8; j++)
			b[rand() % (phoff + 8*56)] = rand();
		r = parse(b, n, &img);
		if(r == NULL && img.nseg <= 0)
			crashes++;
	}
	check(crashes == 0, "elf-fuzz", "%d accepted with no segments", crashes);
	free(b);
	free(orig);
}

static void
stattests(void)
{
	Dir d, e;
	uchar buf[256];
	char strs[256];
	uint n, i;
	int bad;

	memset(&d, 0, sizeof d);
	d.type = 'M';
	d.dev = 7;
	d.qid.type = QTDIR;
	d.qid.vers = 3;
	d.qid.path = 0x1122334455667788ULL;
	d.mode = DMDIR|0755;
	d.atime = 1;
	d.mtime = 2;
	d.length = 0;
	d.name = "bin";
	d.uid = "sys";
	d.gid = "sys";
	d.muid = "";
	n = convD2M(&d, buf, sizeof buf);
	check(n == STATFIXLEN + 9 && n == sizeD2M(&d), "stat-size", "n %u", n);
	check(buf[0] == n-2 && buf[1] == 0 && buf[2] == 'M' && buf[8] == QTDIR, "stat-layout", "bytes");
	check(statcheck(buf, n) == 0, "stat-check-good", "rejected");
	memset(&e, 0, sizeof e);
	check(convM2D(buf, n, &e, strs) == n && e.qid.path == d.qid.path && e.mode == d.mode
		&& strcmp(e.name, "bin") == 0 && strcmp(e.muid, "") == 0, "stat-roundtrip", "differs");
	check(convD2M(&d, buf, n-1) == 0, "stat-small-buffer", "packed into too little");
	bad = 0;
	for(i = 0; i < n; i++)
		if(statcheck(buf, i) == 0)
			bad++;
	check(bad == 0, "stat-truncated", "%d truncations accepted", bad);
	buf[STATFIXLEN-8] = 200;	/* name length past the end */
	check(statcheck(buf, n) < 0 && convM2D(buf, n, &e, strs) == 0, "stat-bad-length", "accepted");
}

/*
 * irqtests: two drivers on one shared line (PCI INTx).  Each sees
 * every interrupt, and the line is unmasked only when both have come
 * back; a third that opens later sees only what comes after.
 */
static void
irqtests(void)
{
	Irqline l;
	Irqhold a, b, c;
	int un;

	memset(&l, 0, sizeof l);
	check(irqlineopen(&l, &a) == 1, "irq-open-unmask", "first open did not unmask");
	check(irqlineopen(&l, &b) == 1, "irq-open2-unmask", "second open did not unmask");
	/* both are waiting: no news yet */
	check(!irqlinenews(&l, &a) && !irqlinenews(&l, &b), "irq-no-news", "news before any interrupt");
	irqlineintr(&l);
	check(irqlinenews(&l, &a) && irqlinenews(&l, &b), "irq-both-woken", "a holder missed the interrupt");
	check(!irqlinenews(&l, &a), "irq-news-once", "the same interrupt twice");
	/* a done, b still busy: still masked */
	un = irqlineback(&l, &a);
	check(un == 0, "irq-masked-until-all", "unmasked with b still busy");
	/* a second interrupt can't come (masked); b comes back: unmask */
	un = irqlineback(&l, &b);
	check(un == 1, "irq-unmask-when-all", "not unmasked when both were done");
	/* a read with nothing owed changes nothing */
	check(irqlineback(&l, &a) == 0 && l.nowe == 0, "irq-back-idle", "nowe %d", l.nowe);
	/* a holder busy when the interrupt came sees it on its next read */
	irqlineintr(&l);
	irqlineintr(&l);	/* as if two came before either looked */
	check(l.count == 3, "irq-count", "count %llu", l.count);
	check(irqlinenews(&l, &b) && b.seen == 3, "irq-late-reader", "seen %llu", b.seen);
	/* a new holder does not see old interrupts, and owes nothing */
	check(irqlineopen(&l, &c) == 0, "irq-open-masked", "opening unmasked a line others owe");
	check(!irqlinenews(&l, &c) && !c.owes, "irq-new-holder", "new holder got old news");
	/* a holder that closes while it owes does not keep the line masked */
	irqlinenews(&l, &a);
	check(irqlineback(&l, &a) == 0, "irq-a-done", "a alone unmasked");
	check(irqlineclose(&l, &b) == 1, "irq-close-unmasks", "closing the last owing holder did not unmask");
	check(l.claimed == 2 && l.hold != nil, "irq-claimed", "claimed %d", l.claimed);
	/* the counts are per holder: closing one resets nobody else */
	irqlineintr(&l);
	check(irqlinenews(&l, &a) && irqlinenews(&l, &c), "irq-per-open", "a holder lost an interrupt after another closed");
	irqlineclose(&l, &a);
	irqlineclose(&l, &c);
	check(l.claimed == 0 && l.hold == nil, "irq-all-closed", "claimed %d", l.claimed);
}

/*
 * urlmodel: cleanurl as the kernel did it before url.c, the plain way
 * (split the whole path into elements, drop . and .., join): the
 * answer cleanurl must give, or -1 where it does not fit.
 */
static int
urlmodel(char *url, char *dot, char *out, int n)
{
	char buf[4096], *elem[2048], *p, *e;
	int k, nelem, i, len;

	for(k = 0; url[k] && url[k] != ':' && url[k] != '/'; k++)
		;
	if(url[k] == ':' && k > 0)
		snprintf(buf, sizeof buf, "%s", url);
	else{
		k = strchr(dot, ':') - dot;
		if(url[0] == '/')
			snprintf(buf, sizeof buf, "%.*s:%s", k, dot, url);
		else
			snprintf(buf, sizeof buf, "%s/%s", dot, url);
	}
	buf[k] = 0;
	nelem = 0;
	for(p = buf + k + 1; *p; p = e){
		while(*p == '/')
			p++;
		if(*p == 0)
			break;
		for(e = p; *e && *e != '/'; e++)
			;
		if(*e)
			*e++ = 0;
		if(strcmp(p, ".") == 0)
			continue;
		if(strcmp(p, "..") == 0){
			if(nelem > 0)
				nelem--;
			continue;
		}
		elem[nelem++] = p;
	}
	len = snprintf(out, n, "%s:/", buf);
	for(i = 0; i < nelem; i++)
		len += snprintf(out + len, len < n ? n - len : 0, "%s%s", i > 0 ? "/" : "", elem[i]);
	return len < n ? 0 : -1;
}

static void
urltests(void)
{
	static char *cases[][3] = {
		/* url, dot, answer */
		{"bench.small", "file:/tmp", "file:/tmp/bench.small"},
		{"a/b", "file:/", "file:/a/b"},
		{"/a//b/", "file:/tmp", "file:/a/b"},
		{"..", "file:/tmp", "file:/"},
		{"../../..", "file:/a", "file:/"},
		{"./x/./y/..", "file:/d", "file:/d/x"},
		{".", "file:/", "file:/"},
		{"null:", "file:/tmp", "null:/"},
		{"tcp:10.0.2.2!80", "file:/", "tcp:/10.0.2.2!80"},
		{"env:/../x", "file:/", "env:/x"},
		{"sys:uname", "file:/", "sys:/uname"},
		{":x", "file:/t", "file:/t/:x"},
		{"a/b:c", "file:/", "file:/a/b:c"},
		{"...", "file:/", "file:/..."},
		{"..a/b..", "file:/", "file:/..a/b.."},
		{"x", "file:/a/b/c", "file:/a/b/c/x"},
	};
	char out[64], want[64], name[64], url[40], dot[40];
	static char alpha[] = "ab./:";
	unsigned seed;
	int i, j, r, w, bad;

	for(i = 0; i < (int)(sizeof cases/sizeof cases[0]); i++){
		snprintf(name, sizeof name, "url-%d", i);
		r = cleanurl(cases[i][0], cases[i][1], out, sizeof out);
		check(r == 0 && strcmp(out, cases[i][2]) == 0, name, "%s in %s: %d %s, want %s",
			cases[i][0], cases[i][1], r, r == 0 ? out : "", cases[i][2]);
	}
	/* too long: refused, never past n */
	memset(out, 'Z', sizeof out);
	r = cleanurl("abcdefgh/ijkl", "file:/", out, 16);
	check(r == -1 && out[16] == 'Z', "url-toolong", "%d", r);
	/* an element too long for the answer, taken off by a .. after it */
	r = cleanurl("abcdefgh/ijklmnopq/../..//x", "file:/", out, 16);
	check(r == 0 && strcmp(out, "file:/x") == 0, "url-toolong-dotdot", "%d %s", r, out);
	/* random names against the model, for every size of answer */
	seed = 1;
	bad = 0;
	for(i = 0; i < 200000 && bad < 5; i++){
		seed = seed*1103515245 + 12345;
		w = (seed >> 16) % 12;
		for(j = 0; j < w; j++){
			seed = seed*1103515245 + 12345;
			url[j] = alpha[(seed >> 16) % 5];
		}
		url[j] = 0;
		seed = seed*1103515245 + 12345;
		snprintf(dot, sizeof dot, "%s", ((seed >> 16) & 1) ? "file:/a/bb" : "s:/");
		seed = seed*1103515245 + 12345;
		w = 4 + (seed >> 16) % 16;
		memset(out, 'Z', sizeof out);
		r = cleanurl(url, dot, out, w);
		if(urlmodel(url, dot, want, w) < 0){
			if(r != -1 || out[w] != 'Z'){
				bad++;
				printf("# %s in %s, n %d: %d, want -1\n", url, dot, w, r);
			}
		}else if(r != 0 || strcmp(out, want) != 0 || out[w] != 'Z'){
			bad++;
			printf("# %s in %s, n %d: %d %s, want %s\n", url, dot, w, r, r == 0 ? out : "", want);
		}
	}
	check(bad == 0, "url-model", "%d differences from the model", bad);
}

int
main(void)
{
	urltests();
	irqtests();
	pagetests();
	elftests();
	stattests();
	return failures != 0;
}
