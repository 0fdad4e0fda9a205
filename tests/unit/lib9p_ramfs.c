/*
 * lib9p_ramfs: 9P transcripts against ramfs (sys/src/cmd/ramfs.c),
 * started as `ramfs scratch` through mountsrv and the fake kernel of
 * lib9p_client.c, and as `ramfs -c tree: file` copying TREEDIR in.
 * ramfs's own calls of malloc, realloc, calloc and strdup go to
 * nf___wrap_NAME below (lib9p.mk renames them in ramfs.o), which fail
 * on command through memory shared with the server's process.
 * One line per check: "PASS name" or "FAIL name: why".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include "client.h"

int	nf_main(int, char**);
void	*nf_malloc(size_t);
void	*nf_realloc(void*, size_t);
void	*nf_calloc(size_t, size_t);
char	*nf_strdup(char*);

/*
 * failing, shared with the server: an allocation of failing[0] bytes
 * (-1: of any size) fails once failing[1] more of that size have
 * succeeded (failing[0] 0: none fails)
 */
static volatile long	*failing;

/* fails: whether an allocation of n bytes is to fail now */
static int
fails(size_t n)
{
	if(failing == NULL || failing[0] == 0 || (failing[0] != -1 && n != failing[0]))
		return 0;
	if(failing[1] > 0){
		failing[1]--;
		return 0;
	}
	return 1;
}

void*
nf___wrap_malloc(size_t n)
{
	return fails(n) ? NULL : nf_malloc(n);
}

void*
nf___wrap_realloc(void *p, size_t n)
{
	return fails(n) ? NULL : nf_realloc(p, n);
}

void*
nf___wrap_calloc(size_t n, size_t m)
{
	return fails(n*m) ? NULL : nf_calloc(n, m);
}

char*
nf___wrap_strdup(char *s)
{
	return fails(strlen(s)+1) ? NULL : nf_strdup(s);
}

enum { Root = 1 };

static int	fd;

#define ERR(r)	(rerr(r) ? rerr(r) : "ok")

/* content: the file at path, read through a new fid, into buf; its length or -1 */
static int
content(char *path, char *buf, int n)
{
	int m;

	if(!isr(walk(fd, Root, 900, path), Rwalk))
		return -1;
	m = -1;
	if(isr(open9(fd, 900, NREAD), Ropen))
		m = readall(fd, 900, buf, n);
	clunk9(fd, 900);
	if(m >= 0 && m < n)
		buf[m] = 0;
	return m;
}

static void
teststart(void)
{
	char *bad[] = { "ramfs", "-x", "scratch", NULL };
	char *refuse[] = { "ramfs", "refuse", NULL };
	int f;

	f = startsrv(nf_main, 3, bad);
	check(f < 0, "bad-flag-usage", "started anyway");
	f = startsrv(nf_main, 2, refuse);
	check(f < 0, "mount-refused", "started anyway");
}

static void
testfiles(void)
{
	char buf[256];
	Fcall *r;
	Dir d;
	ulong vers;

	walk(fd, Root, 2, "");
	r = create9(fd, 2, "a", 0644, NRDWR);
	check(isr(r, Rcreate) && r->qid.type == QTFILE, "create-file", "%s", ERR(r));
	r = write9(fd, 2, 0, "hello", 5);
	check(isr(r, Rwrite) && r->count == 5, "write", "%s", ERR(r));
	r = read9(fd, 2, 0, 100);
	check(isr(r, Rread) && r->count == 5 && memcmp(r->data, "hello", 5) == 0, "read-back", "%s", ERR(r));
	r = read9(fd, 2, 10, 100);
	check(isr(r, Rread) && r->count == 0, "read-past-end", "%s", ERR(r));
	r = stat9(fd, 2, &d);
	check(isr(r, Rstat) && d.length == 5 && strcmp(d.name, "a") == 0 && strcmp(d.uid, "glenda") == 0
		&& d.mode == 0644 && d.qid.vers > 0, "stat", "%s len %lld name %s uid %s mode %lo",
		ERR(r), d.length, d.name, d.uid, d.mode);
	vers = d.qid.vers;
	write9(fd, 2, 5, " world", 6);
	r = stat9(fd, 2, &d);
	check(isr(r, Rstat) && d.qid.vers > vers && d.length == 11, "write-bumps-version", "vers %lu -> %lu", vers, d.qid.vers);
	clunk9(fd, 2);
	check(content("a", buf, sizeof buf) == 11 && strcmp(buf, "hello world") == 0, "content", "%s", buf);

	walk(fd, Root, 3, "");
	r = create9(fd, 3, "a", 0644, NRDWR);
	check(isr(r, Rerror) && strcmp(r->ename, "file already exists") == 0, "create-exists", "%s", ERR(r));
	clunk9(fd, 3);

	/* truncate by wstat, then by OTRUNC */
	walk(fd, Root, 4, "a");
	nulldir(&d);
	d.length = 2;
	r = wstat9(fd, 4, &d);
	check(isr(r, Rwstat), "wstat-truncate", "%s", ERR(r));
	check(content("a", buf, sizeof buf) == 2 && strcmp(buf, "he") == 0, "truncated", "%s", buf);
	r = open9(fd, 4, NWRITE|NTRUNC);
	check(isr(r, Ropen), "open-otrunc", "%s", ERR(r));
	check(content("a", buf, sizeof buf) == 0, "otrunc-empties", "%s", buf);
	clunk9(fd, 4);

	/* rename */
	walk(fd, Root, 5, "a");
	nulldir(&d);
	d.name = "b";
	r = wstat9(fd, 5, &d);
	check(isr(r, Rwstat), "rename", "%s", ERR(r));
	r = walk(fd, Root, 6, "a");
	check(isr(r, Rerror), "rename-old-gone", "old name still there");
	r = walk(fd, Root, 6, "b");
	check(isr(r, Rwalk) && r->nwqid == 1, "rename-new-there", "%s", ERR(r));
	clunk9(fd, 6);
	walk(fd, Root, 6, "");
	create9(fd, 6, "c", 0644, NREAD);
	clunk9(fd, 6);
	nulldir(&d);
	d.name = "c";
	r = wstat9(fd, 5, &d);
	check(isr(r, Rerror) && strcmp(r->ename, "file already exists") == 0, "rename-onto-existing", "%s", ERR(r));
	nulldir(&d);
	d.name = "x/y";
	r = wstat9(fd, 5, &d);
	check(isr(r, Rerror), "rename-slash", "accepted");
	nulldir(&d);
	d.mode = DMDIR|0777;
	r = wstat9(fd, 5, &d);
	check(isr(r, Rerror), "wstat-dir-bit", "accepted");
	clunk9(fd, 5);
}

static void
testdirs(void)
{
	char names[8192], want[8192], nm[32];
	Fcall *r;
	Dir d;
	int i, n;

	walk(fd, Root, 10, "");
	r = create9(fd, 10, "dir", DMDIR|0755, NREAD);
	check(isr(r, Rcreate) && (r->qid.type & QTDIR), "mkdir", "%s", ERR(r));
	clunk9(fd, 10);
	walk(fd, Root, 10, "");
	r = create9(fd, 10, "dir2", DMDIR|0755, NRDWR);
	check(isr(r, Rerror), "mkdir-for-writing", "accepted");
	clunk9(fd, 10);
	want[0] = 0;
	for(i = 0; i < 30; i++){
		snprintf(nm, sizeof nm, "file%02d", i);
		walk(fd, Root, 11, "dir");
		r = create9(fd, 11, nm, 0777, NWRITE);
		if(!isr(r, Rcreate))
			break;
		clunk9(fd, 11);
		/* entries come newest first */
		memmove(want + strlen(nm) + 1, want, strlen(want) + 1);
		memcpy(want, nm, strlen(nm));
		want[strlen(nm)] = ' ';
	}
	check(i == 30, "create-in-dir", "%s", ERR(r));
	walk(fd, Root, 12, "dir/file00");
	r = stat9(fd, 12, &d);
	check(isr(r, Rstat) && d.mode == 0755, "create-perm-from-dir", "mode %lo", d.mode);
	clunk9(fd, 12);

	walk(fd, Root, 12, "dir");
	open9(fd, 12, NREAD);
	n = dirnames(fd, 12, 256, names, sizeof names);
	check(n > 3 && strcmp(names, want) == 0, "dirread-several", "%d reads: %.80s", n, names);
	clunk9(fd, 12);

	walk(fd, Root, 13, "dir");
	r = remove9(fd, 13);
	check(isr(r, Rerror) && strcmp(r->ename, "directory is not empty") == 0, "remove-not-empty", "%s", ERR(r));
	for(i = 0; i < 30; i++){
		snprintf(nm, sizeof nm, "dir/file%02d", i);
		walk(fd, Root, 14, nm);
		if(!isr(remove9(fd, 14), Rremove))
			break;
	}
	check(i == 30, "remove-files", "file%02d", i);
	walk(fd, Root, 13, "dir");
	r = remove9(fd, 13);
	check(isr(r, Rremove), "remove-empty-dir", "%s", ERR(r));
	r = walk(fd, Root, 13, "dir");
	check(isr(r, Rerror), "removed-dir-gone", "still there");
	r = remove9(fd, Root);
	check(isr(r, Rerror), "remove-root", "accepted");
	r = attach(fd, Root, "glenda", "");
	check(isr(r, Rattach), "reattach-root", "%s", ERR(r));
}

static void
testmodes(void)
{
	char buf[256];
	Fcall *r;
	Dir d;

	/* append-only */
	walk(fd, Root, 20, "");
	r = create9(fd, 20, "log", DMAPPEND|0666, NWRITE);
	check(isr(r, Rcreate) && (r->qid.type & QTAPPEND), "create-append", "%s", ERR(r));
	write9(fd, 20, 0, "one", 3);
	write9(fd, 20, 0, "two", 3);
	clunk9(fd, 20);
	check(content("log", buf, sizeof buf) == 6 && strcmp(buf, "onetwo") == 0, "append-at-end", "%s", buf);

	/* exclusive use */
	walk(fd, Root, 21, "");
	r = create9(fd, 21, "excl", DMEXCL|0666, NRDWR);
	check(isr(r, Rcreate) && (r->qid.type & QTEXCL), "create-excl", "%s", ERR(r));
	walk(fd, Root, 22, "excl");
	r = open9(fd, 22, NREAD);
	check(isr(r, Rerror) && strcmp(r->ename, "file in use") == 0, "excl-second-open", "%s", ERR(r));
	clunk9(fd, 21);
	r = open9(fd, 22, NREAD);
	check(isr(r, Ropen), "excl-after-close", "%s", ERR(r));
	clunk9(fd, 22);

	/* permissions */
	walk(fd, Root, 23, "");
	create9(fd, 23, "ro", 0444, NREAD);
	clunk9(fd, 23);
	walk(fd, Root, 23, "ro");
	r = open9(fd, 23, NWRITE);
	check(isr(r, Rerror) && strcmp(r->ename, "permission denied") == 0, "perm-no-write", "%s", ERR(r));
	r = open9(fd, 23, NREAD|NTRUNC);
	check(isr(r, Rerror), "perm-no-trunc", "%s", ERR(r));
	nulldir(&d);
	d.mode = 0644;
	r = wstat9(fd, 23, &d);
	check(isr(r, Rwstat), "chmod", "%s", ERR(r));
	r = open9(fd, 23, NWRITE);
	check(isr(r, Ropen), "perm-write-after-chmod", "%s", ERR(r));
	clunk9(fd, 23);
	walk(fd, Root, 23, "");
	create9(fd, 23, "rodir", DMDIR|0555, NREAD);
	clunk9(fd, 23);
	walk(fd, Root, 23, "rodir");
	r = create9(fd, 23, "x", 0666, NWRITE);
	check(isr(r, Rerror) && strcmp(r->ename, "permission denied") == 0, "perm-no-create", "%s", ERR(r));
	clunk9(fd, 23);

	/* ORCLOSE */
	walk(fd, Root, 24, "");
	create9(fd, 24, "tmp", 0666, NWRITE|NRCLOSE);
	r = walk(fd, Root, 25, "tmp");
	check(isr(r, Rwalk) && r->nwqid == 1, "orclose-there", "%s", ERR(r));
	clunk9(fd, 25);
	clunk9(fd, 24);
	r = walk(fd, Root, 25, "tmp");
	check(isr(r, Rerror), "orclose-removed", "still there");

	/* a removed file stays readable through an open fid */
	walk(fd, Root, 26, "");
	create9(fd, 26, "gone", 0666, NRDWR);
	write9(fd, 26, 0, "ghost", 5);
	walk(fd, Root, 27, "gone");
	remove9(fd, 27);
	r = read9(fd, 26, 0, 100);
	check(isr(r, Rread) && r->count == 5 && memcmp(r->data, "ghost", 5) == 0, "read-after-remove", "%s", ERR(r));
	clunk9(fd, 26);
}

static void
testbig(void)
{
	static char data[200000], back[200000];
	Fcall *r;
	int i, off, n;

	for(i = 0; i < sizeof data; i++)
		data[i] = i * 7 + i / 256;
	walk(fd, Root, 30, "");
	create9(fd, 30, "big", 0666, NRDWR);
	for(off = 0; off < sizeof data; off += n){
		n = sizeof data - off;
		if(n > 8192)
			n = 8192;
		r = write9(fd, 30, off, data+off, n);
		if(!isr(r, Rwrite) || r->count != n)
			break;
	}
	check(off == sizeof data, "big-write", "at %d", off);
	r = read9(fd, 30, 0, 1<<20);
	check(isr(r, Rread) && r->count == MSIZE - IOHDRSZ, "read-capped-by-msize", "count %u", r ? r->count : 0);
	n = readall(fd, 30, back, sizeof back);
	check(n == sizeof data && memcmp(data, back, n) == 0, "big-read-back", "%d bytes", n);
	r = write9(fd, 30, 1ULL<<40, "x", 1);
	check(isr(r, Rerror), "write-huge-offset", "accepted");
	clunk9(fd, 30);
}

enum { Blk = 8192, Nref = 5*Blk + 1000, Nin = 200000 };

/* same: whether the file open as fid reads back as ref's first n bytes */
static int
same(u32int fid, unsigned char *ref, int n)
{
	static char back[Nref + 100];
	int m;

	m = readall(fd, fid, back, sizeof back);
	return m == n && memcmp(back, ref, n) == 0;
}

/* blockwrite: write n bytes of src at off; whether all were written */
static int
blockwrite(u32int fid, uvlong off, unsigned char *src, int n)
{
	Fcall *r;

	r = write9(fd, fid, off, src, n);
	return isr(r, Rwrite) && r->count == n;
}

/*
 * testblocks: writes at odd offsets, across block edges, past the end
 * (leaving holes), truncation by OTRUNC and by wstat, compared byte for
 * byte with the same done to a buffer
 */
static void
testblocks(void)
{
	static unsigned char ref[Nref], src[Nref];
	static struct { int off, n; } w[] = {
		{ 0, 1 }, { 5, 3 }, { Blk-3, 7 }, { 2*Blk+17, 100 },
		{ Blk-1, Blk+2 }, { 4*Blk+999, 1001 }, { 3, 3*Blk }, { 5*Blk-1, 1 },
	};
	Fcall *r;
	Dir d;
	int i, len, ok;

	for(i = 0; i < Nref; i++)
		src[i] = i * 13 + (i >> 9) + 1;
	walk(fd, Root, 40, "");
	r = create9(fd, 40, "blocks", 0666, NRDWR);
	check(isr(r, Rcreate), "blocks-create", "%s", ERR(r));
	memset(ref, 0, sizeof ref);
	len = 0;
	ok = 1;
	for(i = 0; i < nelem(w); i++){
		if(!blockwrite(40, w[i].off, src + i*101, w[i].n))
			ok = 0;
		memcpy(ref + w[i].off, src + i*101, w[i].n);
		if(w[i].off + w[i].n > len)
			len = w[i].off + w[i].n;
		if(!same(40, ref, len)){
			check(0, "blocks-write", "after write %d (%d bytes at %d)", i, w[i].n, w[i].off);
			ok = 0;
			break;
		}
	}
	if(ok)
		check(1, "blocks-write", " ");

	/* shorter by wstat, then longer again: the cut part reads as zeros */
	nulldir(&d);
	d.length = Blk + 5;
	r = wstat9(fd, 40, &d);
	check(isr(r, Rwstat), "blocks-wstat-shorter", "%s", ERR(r));
	memset(ref + Blk + 5, 0, sizeof ref - (Blk + 5));
	check(same(40, ref, Blk + 5), "blocks-shorter-content", "differs");
	d.length = 3*Blk + 1;
	r = wstat9(fd, 40, &d);
	check(isr(r, Rwstat) && same(40, ref, 3*Blk + 1), "blocks-longer-zeros", "%s", ERR(r));
	/* a write inside the extended part, at a block's middle */
	blockwrite(40, 2*Blk + 100, src, 10);
	memcpy(ref + 2*Blk + 100, src, 10);
	check(same(40, ref, 3*Blk + 1), "blocks-write-in-hole", "differs");
	clunk9(fd, 40);

	/* OTRUNC empties it; it grows again from nothing */
	walk(fd, Root, 41, "blocks");
	r = open9(fd, 41, NRDWR|NTRUNC);
	check(isr(r, Ropen) && stat9(fd, 41, &d) != NULL && d.length == 0, "blocks-otrunc", "length %lld", (long long)d.length);
	blockwrite(41, 7, src, 20);
	memset(ref, 0, sizeof ref);
	memcpy(ref + 7, src, 20);
	check(same(41, ref, 27), "blocks-after-otrunc", "differs");
	clunk9(fd, 41);
}

/*
 * testinplace: reads of a file whose blocks lie in order, which ramfs
 * sends from where the data lies with the reply's header over the 11
 * bytes before it (lib9p's inplace): every read, at block edges and
 * off them, gives the right bytes, and the bytes it borrowed are put
 * back.  A second file written block by block beside it, so that
 * its blocks and the first's alternate, is read the ordinary way.
 */
static void
testinplace(void)
{
	static unsigned char ref[Nin], alt[Nin], back[2*Nin], all[2*Nin+100];
	static struct { int off, n; } rd[] = {
		{ 0, 65536 }, { 65536, 65536 }, { 24, 8192 }, { 23, 100 },
		{ 11, 5 }, { Blk, 3*Blk }, { Blk-11, 50 }, { Blk-12, 11 },
		{ 2*Blk+5, 65536 }, { Nin-10, 100 }, { Nin-Blk, Blk }, { 100000, 1 },
	};
	Fcall *r;
	int i, n, ok;

	for(i = 0; i < Nin; i++){
		ref[i] = i * 31 + (i >> 11);
		alt[i] = ~ref[i];
	}
	walk(fd, Root, 50, "");
	create9(fd, 50, "inplace", 0666, NRDWR);
	walk(fd, Root, 51, "");
	create9(fd, 51, "alternate", 0666, NRDWR);
	ok = 1;
	for(i = 0; i < Nin; i += 65536)
		ok &= blockwrite(50, i, ref + i, Nin - i < 65536 ? Nin - i : 65536);
	for(i = 0; i < Nin; i += Blk){
		ok &= blockwrite(51, i, alt + i, Nin - i < Blk ? Nin - i : Blk);
		ok &= blockwrite(50, Nin + i, alt + i, Nin - i < Blk ? Nin - i : Blk);
	}
	check(ok, "inplace-write", "a write failed");
	memcpy(back, ref, Nin);
	memcpy(back + Nin, alt, Nin);
	for(i = 0; i < nelem(rd); i++){
		r = read9(fd, 50, rd[i].off, rd[i].n);
		if(!isr(r, Rread) || r->count != rd[i].n || memcmp(r->data, back + rd[i].off, rd[i].n) != 0){
			check(0, "inplace-read", "%d bytes at %d: %s", rd[i].n, rd[i].off, ERR(r));
			ok = 0;
		}
		n = Nin - rd[i].off < rd[i].n ? Nin - rd[i].off : rd[i].n;
		r = read9(fd, 51, rd[i].off, rd[i].n);
		if(!isr(r, Rread) || r->count != n || memcmp(r->data, alt + rd[i].off, n) != 0){
			check(0, "inplace-read-alternate", "%d bytes at %d: %s", rd[i].n, rd[i].off, ERR(r));
			ok = 0;
		}
	}
	if(ok)
		check(1, "inplace-read", " ");
	/* nothing borrowed was left changed: the whole of each, read again */
	i = readall(fd, 50, (char*)all, sizeof all);
	check(i == 2*Nin && memcmp(all, back, i) == 0, "inplace-unchanged", "%d bytes", i);
	r = read9(fd, 51, 0, 65536);
	check(isr(r, Rread) && r->count == 65536 && memcmp(r->data, alt, 65536) == 0, "inplace-alternate-unchanged", "%s", ERR(r));
	clunk9(fd, 50);
	clunk9(fd, 51);
}

/*
 * testusers: lib9p keeps the fids a client lets go, with their users,
 * for the next: a fid made for bob after glenda's were clunked is
 * bob's (a file he creates is his), and glenda's are still hers
 */
static void
testusers(void)
{
	Fcall *r;
	Dir d;
	int i;

	for(i = 0; i < 20; i++){
		walk(fd, Root, 60 + i, "");
		clunk9(fd, 60 + i);
	}
	r = attach(fd, 90, "bob", "");
	check(isr(r, Rattach), "users-attach", "%s", ERR(r));
	walk(fd, 90, 91, "");
	r = create9(fd, 91, "bobs", 0644, NRDWR);
	check(isr(r, Rcreate) && stat9(fd, 91, &d) != NULL && strcmp(d.uid, "bob") == 0,
		"users-new-owner", "%s uid %s", ERR(r), d.uid);
	clunk9(fd, 91);
	walk(fd, Root, 92, "");
	r = create9(fd, 92, "glendas", 0644, NRDWR);
	check(isr(r, Rcreate) && stat9(fd, 92, &d) != NULL && strcmp(d.uid, "glenda") == 0,
		"users-old-owner", "%s uid %s", ERR(r), d.uid);
	clunk9(fd, 92);
	walk(fd, 90, 93, "");
	r = create9(fd, 93, "bobs2", 0644, NRDWR);
	check(isr(r, Rcreate) && stat9(fd, 93, &d) != NULL && strcmp(d.uid, "bob") == 0,
		"users-again", "%s uid %s", ERR(r), d.uid);
	clunk9(fd, 93);
	clunk9(fd, 90);
}

/* testappend: DMAPPEND set by wstat; writes go to the end whatever the offset */
static void
testappend(void)
{
	char buf[64];
	Fcall *r;
	Dir d;

	walk(fd, Root, 45, "");
	create9(fd, 45, "later", 0666, NRDWR);
	write9(fd, 45, 0, "abcdef", 6);
	nulldir(&d);
	d.mode = DMAPPEND|0666;
	r = wstat9(fd, 45, &d);
	check(isr(r, Rwstat), "append-wstat", "%s", ERR(r));
	r = write9(fd, 45, 2, "XY", 2);
	check(isr(r, Rwrite) && r->count == 2, "append-write", "%s", ERR(r));
	write9(fd, 45, 1000000, "Z", 1);
	clunk9(fd, 45);
	check(content("later", buf, sizeof buf) == 9 && strcmp(buf, "abcdefXYZ") == 0, "append-wstat-at-end", "%s", buf);
	r = walk(fd, Root, 45, "later");
	stat9(fd, 45, &d);
	check((d.mode & DMAPPEND) && (d.qid.type & QTAPPEND), "append-mode-kept", "mode %o", (unsigned)d.mode);
	/* OTRUNC leaves an append-only file alone */
	open9(fd, 45, NWRITE|NTRUNC);
	clunk9(fd, 45);
	check(content("later", buf, sizeof buf) == 9, "append-no-trunc", "%s", buf);
}

/*
 * testfull: a write that cannot get memory fails "file system full"
 * and leaves the file as it was; reads, stat, remove go on working
 */
static void
testfull(void)
{
	static unsigned char ref[4*Blk], src[3*Blk];
	Fcall *r;
	Dir d;
	int i;

	for(i = 0; i < sizeof src; i++)
		src[i] = i * 5 + 3;
	walk(fd, Root, 50, "");
	create9(fd, 50, "full", 0666, NRDWR);
	memset(ref, 0, sizeof ref);
	blockwrite(50, 0, src, Blk + 100);
	memcpy(ref, src, Blk + 100);

	/*
	 * with every allocation failing, whole blocks come only from the
	 * free slots ramfs holds (a freed block's slot, its pages given
	 * back to the kernel): write one block at a time past the end
	 * until one cannot get memory; that write fails and changes nothing
	 */
	failing[0] = -1;
	failing[1] = 0;
	for(i = 0; i < 64; i++){
		r = write9(fd, 50, Blk + 100 + (uvlong)i*Blk, src, Blk);
		if(!isr(r, Rwrite))
			break;
	}
	failing[0] = 0;
	check(i < 64 && isr(r, Rerror) && strcmp(r->ename, "file system full") == 0, "full-error", "%s", ERR(r));
	check(stat9(fd, 50, &d) != NULL && d.length == Blk + 100 + (uvlong)i*Blk, "full-length-kept", "length %lld", (long long)d.length);
	/* back to one block, then 100 bytes in a partial second one, as the rest expects */
	nulldir(&d);
	d.length = Blk;
	r = wstat9(fd, 50, &d);
	blockwrite(50, Blk, src + Blk, 100);
	check(isr(r, Rwstat) && same(50, ref, Blk + 100), "full-content-kept", "differs");

	/* growing the partial block (128 bytes held, 1024 wanted) fails: nothing written */
	failing[0] = 1024;
	failing[1] = 0;
	r = write9(fd, 50, Blk + 50, src, 500);
	failing[0] = 0;
	check(isr(r, Rerror) && strcmp(r->ename, "file system full") == 0, "full-grow-error", "%s", ERR(r));
	check(same(50, ref, Blk + 100), "full-grow-content-kept", "differs");

	/* with memory again, the same write works */
	r = write9(fd, 50, 2*Blk, src, 2*Blk);
	memcpy(ref + 2*Blk, src, 2*Blk);
	check(isr(r, Rwrite) && same(50, ref, 4*Blk), "full-then-write", "%s", ERR(r));

	/* with every allocation of ramfs's failing, create and rename fail cleanly ... */
	failing[0] = -1;
	failing[1] = 0;
	walk(fd, Root, 52, "");
	r = create9(fd, 52, "new", 0666, NRDWR);
	check(isr(r, Rerror) && strcmp(r->ename, "file system full") == 0, "full-create", "%s", ERR(r));
	nulldir(&d);
	d.name = "renamed";
	r = wstat9(fd, 50, &d);
	check(isr(r, Rerror) && strcmp(r->ename, "file system full") == 0, "full-rename", "%s", ERR(r));
	r = stat9(fd, 50, &d);
	check(isr(r, Rstat) && strcmp(d.name, "full") == 0 && d.length == 4*Blk, "full-stat", "%s", ERR(r));
	/* ... and remove and clunk still work */
	walk(fd, Root, 51, "full");
	r = remove9(fd, 51);
	check(isr(r, Rremove), "full-remove", "%s", ERR(r));
	r = clunk9(fd, 50);
	check(isr(r, Rclunk), "full-clunk", "%s", ERR(r));
	failing[0] = 0;
	r = walk(fd, Root, 51, "full");
	check(isr(r, Rerror), "full-removed", "still there");
}

static void
testcopy(void)
{
	char *args[] = { "ramfs", "-c", "tree:", "file", NULL };
	char buf[256], names[1024];
	int st;

	fd = startsrv(nf_main, 4, args);
	if(!check(fd >= 0, "copy-start", "server did not start"))
		return;
	check(session(fd, Root) == 0, "copy-session", "no session");
	check(content("a.txt", buf, sizeof buf) == 6 && strcmp(buf, "alpha\n") == 0, "copy-file", "%s", buf);
	check(content("sub/deep/c.txt", buf, sizeof buf) == 6 && strcmp(buf, "gamma\n") == 0, "copy-deep", "%s", buf);
	walk(fd, Root, 2, "sub");
	open9(fd, 2, NREAD);
	dirnames(fd, 2, 4096, names, sizeof names);
	check(strcmp(names, "deep b.txt ") == 0, "copy-dir", "%s", names);
	clunk9(fd, 2);
	st = stopsrv(fd);
	check(st == 0, "copy-server-exits", "status %d", st);
}

int
main(int argc, char **argv)
{
	char *args[] = { "ramfs", "scratch", NULL };
	int st;

	failing = mmap(NULL, 2*sizeof failing[0], PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0);
	if(failing == MAP_FAILED)
		failing = NULL;
	teststart();
	fd = startsrv(nf_main, 2, args);
	if(!check(fd >= 0, "start", "server did not start"))
		return report();
	check(session(fd, Root) == 0, "session", "version or attach failed");
	testfiles();
	testdirs();
	testmodes();
	testbig();
	testblocks();
	testinplace();
	testusers();
	testappend();
	if(failing != NULL)
		testfull();
	st = stopsrv(fd);
	check(st == 0, "server-exits-cleanly", "wait status %d", st);
	testcopy();
	return report();
}
