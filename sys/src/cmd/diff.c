/*
 * diff: the lines that differ between two files, in the normal
 * format of Unix diff (9base and GNU agree on it): "NcN", "NaN,M",
 * "NdN" and the lines, "< " from the first file, "> " from the
 * second; with -u, GNU's unified format (three lines of context);
 * with -e, an ed script, as 9base's; with -q only whether they
 * differ.  Two directories compare as GNU's diff compares them: the
 * files in both (each pair under a line "diff a/f b/f"), the names in
 * one only, the directories in both (or, with -r, what is in them).
 * The status is 0 for the same lines, 1 for differences, 2 for trouble.
 *
 * The edit script is a shortest one, found by Myers' O(ND) algorithm
 * in its linear-space form (the middle snake, divide and conquer), on
 * lines reduced to numbers by a hash table.  Lines that occur nowhere
 * in the other file cannot be common and are marked changed first, so
 * that two files with little in common cost little.  Memory is the
 * two files and a few words per line.  Where several shortest scripts
 * exist, runs of changes are slid as GNU diff slides them.
 */
#include <libc.h>
#include <limits.h>
#include <sys/stat.h>
#include <dirent.h>

typedef struct File File;
struct File {
	char	*name;
	char	*buf;
	usize	len;
	char	**line;		/* line i is line[i] up to line[i+1] */
	long	n;
	long	lo, hi;		/* the lines between the common start and end */
	long	*eq;		/* each line's class: equal lines, equal classes */
	char	*chg;		/* each line: not in the common subsequence */
};

typedef struct Hent Hent;
struct Hent {
	char	*s;		/* a line of the class */
	usize	len;
	long	class;		/* 0: empty slot */
	long	count[2];	/* its lines in each file */
};

static File	f[2];
static Hent	*tab;
static ulong	tabsize;
static long	nclass;

/* the sequences Myers works on: the classes of the lines not yet marked */
static long	*xv, *yv, *xmap, *ymap;
static char	*xchg, *ychg;
static long	*fdiag, *bdiag, *fdiagmem, *bdiagmem;

static int	form;		/* 'e', 'u' or 0 */
static int	qflag, rflag;
static char	*opts;		/* the flags as typed, for "diff -r a/f b/f" */

enum {
	Toomany	= 4096,		/* edits searched for a middle snake before settling */
	Context	= 3,		/* -u's lines of context */
};

/* a run of changes: first's lines i to i2 became second's j to j2 */
typedef struct Block Block;
struct Block {
	long	i, i2, j, j2;
};

static Block	*blocks;
static long	nblocks;

/* nomem: say so, and exit with status 2 (trouble) */
static void
nomem(void)
{
	fprint(2, "diff: out of memory\n");
	exit(2);
}

/* emalloc: malloc or exit 2 */
static void*
emalloc(usize n)
{
	void *p;

	if((p = calloc(1, n ? n : 1)) == nil)
		nomem();
	return p;
}

/* readfile: the whole of name ("-": standard input) into fp */
static int
readfile(File *fp, char *name)
{
	struct stat st;
	usize cap;
	long n, i, k;
	int fd;
	char *p;

	fp->name = name;
	fd = 0;
	if(strcmp(name, "-") != 0 && (fd = open(name, O_RDONLY)) < 0){
		fflush(stdout);
		fprint(2, "diff: %s: %r\n", name);
		return -1;
	}
	if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
		fflush(stdout);
		fprint(2, "diff: %s: is a directory\n", name);
		if(fd != 0)
			close(fd);
		return -1;
	}
	cap = 64*1024;
	fp->buf = emalloc(cap);
	fp->len = 0;
	for(;;){
		if(fp->len == cap){
			cap *= 2;
			if((p = realloc(fp->buf, cap)) == nil)
				nomem();
			fp->buf = p;
		}
		if((n = read(fd, fp->buf + fp->len, cap - fp->len)) < 0){
			fflush(stdout);
			fprint(2, "diff: %s: %r\n", name);
			if(fd != 0)
				close(fd);
			return -1;
		}
		if(n == 0)
			break;
		fp->len += n;
	}
	if(fd != 0)
		close(fd);
	n = 0;
	for(i = 0; i < (long)fp->len; i++)
		if(fp->buf[i] == '\n')
			n++;
	if(fp->len > 0 && fp->buf[fp->len-1] != '\n')
		n++;
	fp->n = n;
	fp->line = emalloc((n + 1) * sizeof fp->line[0]);
	k = 0;
	fp->line[k++] = fp->buf;
	for(i = 0; i < (long)fp->len; i++)
		if(fp->buf[i] == '\n' && k <= n)
			fp->line[k++] = fp->buf + i + 1;
	fp->line[n] = fp->buf + fp->len;
	fp->eq = emalloc(n * sizeof fp->eq[0] + 1);
	fp->chg = emalloc(n + 1);
	return 0;
}

/* sameline: whether line i of a equals line j of b */
static int
sameline(File *a, long i, File *b, long j)
{
	usize n;

	n = a->line[i+1] - a->line[i];
	return n == (usize)(b->line[j+1] - b->line[j]) && memcmp(a->line[i], b->line[j], n) == 0;
}

/* ends: set the windows past the lines both files begin and end with,
 * which are common for certain (and, as in GNU diff, no change is
 * slid into them) */
static void
ends(void)
{
	long k;

	for(k = 0; k < f[0].n && k < f[1].n && sameline(&f[0], k, &f[1], k); k++)
		;
	f[0].lo = f[1].lo = k;
	f[0].hi = f[0].n;
	f[1].hi = f[1].n;
	while(f[0].hi > f[0].lo && f[1].hi > f[1].lo && sameline(&f[0], f[0].hi-1, &f[1], f[1].hi-1)){
		f[0].hi--;
		f[1].hi--;
	}
}

/* hash: FNV-1a of a line */
static ulong
hash(char *s, usize n)
{
	ulong h;

	h = 2166136261UL;
	while(n-- > 0)
		h = (h ^ (uchar)*s++) * 16777619UL;
	return h;
}

/* classify: give every line of both files its class */
static void
classify(void)
{
	File *fp;
	Hent *e;
	ulong h;
	usize len;
	long i;
	char *s;

	for(tabsize = 64; tabsize < 2 * (ulong)(f[0].hi - f[0].lo + f[1].hi - f[1].lo); tabsize *= 2)
		;
	tab = emalloc(tabsize * sizeof tab[0]);
	for(fp = f; fp < f + 2; fp++)
		for(i = fp->lo; i < fp->hi; i++){
			s = fp->line[i];
			len = fp->line[i+1] - s;
			for(h = hash(s, len) & (tabsize - 1);; h = (h + 1) & (tabsize - 1)){
				e = &tab[h];
				if(e->class == 0){
					e->s = s;
					e->len = len;
					e->class = ++nclass;
					break;
				}
				if(e->len == len && memcmp(e->s, s, len) == 0)
					break;
			}
			e->count[fp - f]++;
			fp->eq[i] = h;		/* the slot for now; the class below */
		}
	/* a line with no equal in the other file is changed for certain */
	for(fp = f; fp < f + 2; fp++)
		for(i = fp->lo; i < fp->hi; i++){
			e = &tab[fp->eq[i]];
			fp->eq[i] = e->class;
			fp->chg[i] = e->count[1 - (fp - f)] == 0;
		}
}

/*
 * middle: the middle snake of x[xlo:xhi] and y[ylo:yhi], which differ
 * at both ends: a point (*mx, *my) on a shortest edit path, found by
 * searching forward from the start and backward from the end, one
 * more edit at a time, until the two meet on a diagonal (k = x - y).
 * Past Toomany edits it settles for the forward point that has got
 * furthest: the script stays right but may not be the shortest, and
 * files with little in common in a different order cost O(N) per
 * Toomany edits rather than O(ND).
 */
static void
middle(long xlo, long xhi, long ylo, long yhi, long *mx, long *my)
{
	long dmin, dmax, fmid, bmid, fmin, fmax, bmin, bmax, d, x, y, lo, hi, c, best;
	int odd;

	dmin = xlo - yhi;
	dmax = xhi - ylo;
	fmid = xlo - ylo;
	bmid = xhi - yhi;
	fmin = fmax = fmid;
	bmin = bmax = bmid;
	odd = (fmid - bmid) & 1;
	fdiag[fmid] = xlo;
	bdiag[bmid] = xhi;
	for(c = 1;; c++){
		/* forward: one edit more on each diagonal in reach */
		if(fmin > dmin)
			fdiag[--fmin - 1] = -1;
		else
			fmin++;
		if(fmax < dmax)
			fdiag[++fmax + 1] = -1;
		else
			fmax--;
		for(d = fmax; d >= fmin; d -= 2){
			lo = fdiag[d-1];
			hi = fdiag[d+1];
			x = lo >= hi ? lo + 1 : hi;
			y = x - d;
			while(x < xhi && y < yhi && xv[x] == yv[y]){
				x++;
				y++;
			}
			fdiag[d] = x;
			if(odd && bmin <= d && d <= bmax && bdiag[d] <= x){
				*mx = x;
				*my = y;
				return;
			}
		}
		/* backward, the same from the end */
		if(bmin > dmin)
			bdiag[--bmin - 1] = LONG_MAX;
		else
			bmin++;
		if(bmax < dmax)
			bdiag[++bmax + 1] = LONG_MAX;
		else
			bmax--;
		for(d = bmax; d >= bmin; d -= 2){
			lo = bdiag[d-1];
			hi = bdiag[d+1];
			x = lo < hi ? lo : hi - 1;
			y = x - d;
			while(x > xlo && y > ylo && xv[x-1] == yv[y-1]){
				x--;
				y--;
			}
			bdiag[d] = x;
			if(!odd && fmin <= d && d <= fmax && x <= fdiag[d]){
				*mx = x;
				*my = y;
				return;
			}
		}
		if(c < Toomany)
			continue;
		best = -1;
		for(d = fmax; d >= fmin; d -= 2){
			x = fdiag[d];
			y = x - d;
			if(x > xhi || y > yhi || y < ylo)
				continue;
			if(x + y > best && (x != xhi || y != yhi)){
				best = x + y;
				*mx = x;
				*my = y;
			}
		}
		if(best > xlo + ylo)
			return;
	}
}

/* compare: mark the lines of x[xlo:xhi] and y[ylo:yhi] outside a longest common subsequence */
static void
compare(long xlo, long xhi, long ylo, long yhi)
{
	long mx, my;

	mx = my = 0;	/* middle sets both */
	while(xlo < xhi && ylo < yhi && xv[xlo] == yv[ylo]){
		xlo++;
		ylo++;
	}
	while(xhi > xlo && yhi > ylo && xv[xhi-1] == yv[yhi-1]){
		xhi--;
		yhi--;
	}
	if(xlo == xhi){
		while(ylo < yhi)
			ychg[ylo++] = 1;
	}else if(ylo == yhi){
		while(xlo < xhi)
			xchg[xlo++] = 1;
	}else{
		middle(xlo, xhi, ylo, yhi, &mx, &my);
		compare(xlo, mx, ylo, my);
		compare(mx, xhi, my, yhi);
	}
}

/* linesup: whether the run whose end is f's r-th unchanged line (r
 * counted from 0 in the window; past the last, the window's end) lines up with
 * changed lines just before the same place in the other file o */
static int
linesup(long r, long *ou, long nou, File *o)
{
	long p;

	p = r < nou ? ou[r] : o->hi;
	return p > o->lo && o->chg[p-1];
}

/*
 * slide: tidy fp's runs of changed lines without changing their
 * number (the idea of GNU diff's boundary shifting, so that its
 * scripts and ours agree): a run whose last line equals the line
 * before it may move up a line, one whose first line equals the line
 * after it down a line.  Each run moves up as far as it can, then
 * down as far as it can, joining any run it meets; then back up to
 * the lowest place where it lines up with a change in the other file
 * o, so that the two show as one change.
 */
static void
slide(File *fp, File *o)
{
	long *ou, nou, i, start, end, len, before, corr;
	char *chg;
	long *eq;

	/* the other file's unchanged lines, in order */
	ou = emalloc((o->hi - o->lo + 1) * sizeof ou[0]);
	nou = 0;
	for(i = o->lo; i < o->hi; i++)
		if(!o->chg[i])
			ou[nou++] = i;
	chg = fp->chg;
	eq = fp->eq;
	before = 0;		/* changed lines in the window before start */
	for(i = fp->lo; i < fp->hi; i = end){
		if(!chg[i]){
			end = i + 1;
			continue;
		}
		start = i;
		for(end = start; end < fp->hi && chg[end]; end++)
			;
		do{
			len = end - start;
			while(start > fp->lo && eq[start-1] == eq[end-1]){
				chg[--start] = 1;
				chg[--end] = 0;
				for(; start > fp->lo && chg[start-1]; start--)
					before--;
			}
			/* start - lo - before: the window's unchanged lines above the run */
			corr = linesup(start - fp->lo - before, ou, nou, o) ? end : -1;
			while(end < fp->hi && eq[start] == eq[end]){
				chg[start++] = 0;
				chg[end++] = 1;
				while(end < fp->hi && chg[end])
					end++;
				if(linesup(start - fp->lo - before, ou, nou, o))
					corr = end;
			}
		}while(len != end - start);
		if(corr >= 0)
			while(end > corr){
				chg[--start] = 1;
				chg[--end] = 0;
			}
		before += end - start;
	}
	free(ou);
}

/* lcs: mark every changed line of both files */
static void
lcs(void)
{
	long nx, ny, i;

	xv = emalloc(f[0].n * sizeof xv[0] + 1);
	xmap = emalloc(f[0].n * sizeof xmap[0] + 1);
	yv = emalloc(f[1].n * sizeof yv[0] + 1);
	ymap = emalloc(f[1].n * sizeof ymap[0] + 1);
	nx = ny = 0;
	for(i = f[0].lo; i < f[0].hi; i++)
		if(!f[0].chg[i]){
			xmap[nx] = i;
			xv[nx++] = f[0].eq[i];
		}
	for(i = f[1].lo; i < f[1].hi; i++)
		if(!f[1].chg[i]){
			ymap[ny] = i;
			yv[ny++] = f[1].eq[i];
		}
	xchg = emalloc(nx + 1);
	ychg = emalloc(ny + 1);
	/* diagonals run from -ny-1 to nx+1 */
	fdiagmem = emalloc((nx + ny + 3) * sizeof(long));
	bdiagmem = emalloc((nx + ny + 3) * sizeof(long));
	fdiag = fdiagmem + ny + 1;
	bdiag = bdiagmem + ny + 1;
	compare(0, nx, 0, ny);
	for(i = 0; i < nx; i++)
		f[0].chg[xmap[i]] = xchg[i];
	for(i = 0; i < ny; i++)
		f[1].chg[ymap[i]] = ychg[i];
	slide(&f[0], &f[1]);
	slide(&f[1], &f[0]);
}

/* range: lines lo+1 to hi, as "N" or "N,M" */
static void
range(long lo, long hi)
{
	if(hi - lo == 1)
		print("%ld", hi);
	else
		print("%ld,%ld", lo + 1, hi);
}

/* lines: print fp's lines lo to hi after prefix */
static void
lines(File *fp, long lo, long hi, char *prefix)
{
	char *s;
	usize n;

	for(; lo < hi; lo++){
		s = fp->line[lo];
		n = fp->line[lo+1] - s;
		fputs(prefix, stdout);
		fwrite(s, 1, n, stdout);
		if(n == 0 || s[n-1] != '\n')
			fputs("\n\\ No newline at end of file\n", stdout);
	}
}

/* hunk: first's lines i to i2 became second's j to j2 */
static void
hunk(long i, long i2, long j, long j2)
{
	if(i == i2){
		print("%lda", i);
		range(j, j2);
	}else if(j == j2){
		range(i, i2);
		print("d%ld", j);
	}else{
		range(i, i2);
		print("c");
		range(j, j2);
	}
	print("\n");
	lines(&f[0], i, i2, "< ");
	if(i < i2 && j < j2)
		print("---\n");
	lines(&f[1], j, j2, "> ");
}

/* urange: lines lo+1 to hi as -u gives them: "N", "N,count", or "lo,0" */
static void
urange(long lo, long hi)
{
	if(hi - lo == 1)
		print("%ld", hi);
	else if(hi == lo)
		print("%ld,0", lo);
	else
		print("%ld,%ld", lo + 1, hi - lo);
}

/* header: -u's line for file k: its name and modification time */
static void
header(char *prefix, char *name)
{
	struct stat st;
	struct tm tm;
	time_t t;
	char buf[64];

	t = strcmp(name, "-") != 0 && stat(name, &st) == 0 ? st.st_mtime : time(nil);
	buf[0] = 0;
	if(gmtime_r(&t, &tm) != nil)
		strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S.000000000 +0000", &tm);
	print("%s %s\t%s\n", prefix, name, buf);
}

/* unified: print the blocks as -u does, close ones in one hunk */
static void
unified(char *name0, char *name1)
{
	long b, e, k, s0, e0, s1, e1;

	header("---", name0);
	header("+++", name1);
	for(b = 0; b < nblocks; b = e){
		/* the blocks whose contexts touch go in one hunk */
		for(e = b + 1; e < nblocks && blocks[e].i - blocks[e-1].i2 <= 2*Context; e++)
			;
		s0 = blocks[b].i > Context ? blocks[b].i - Context : 0;
		s1 = blocks[b].j - (blocks[b].i - s0);
		e0 = blocks[e-1].i2 + Context < f[0].n ? blocks[e-1].i2 + Context : f[0].n;
		e1 = blocks[e-1].j2 + (e0 - blocks[e-1].i2);
		print("@@ -");
		urange(s0, e0);
		print(" +");
		urange(s1, e1);
		print(" @@\n");
		for(k = b; k < e; k++){
			lines(&f[0], s0, blocks[k].i, " ");
			lines(&f[0], blocks[k].i, blocks[k].i2, "-");
			lines(&f[1], blocks[k].j, blocks[k].j2, "+");
			s0 = blocks[k].i2;
		}
		lines(&f[0], s0, e0, " ");
	}
}

/* edscript: print the blocks, last first, as ed commands (-e) */
static void
edscript(void)
{
	long k;
	Block *p;

	for(k = nblocks - 1; k >= 0; k--){
		p = &blocks[k];
		if(p->i == p->i2)
			print("%lda\n", p->i);
		else{
			range(p->i, p->i2);
			print("%s\n", p->j == p->j2 ? "d" : "c");
		}
		if(p->j < p->j2){
			lines(&f[1], p->j, p->j2, "");
			print(".\n");
		}
	}
}

/* release: free what comparing two files took, ready for the next two */
static void
release(void)
{
	int k;

	for(k = 0; k < 2; k++){
		free(f[k].buf);
		free(f[k].line);
		free(f[k].eq);
		free(f[k].chg);
	}
	memset(f, 0, sizeof f);
	free(tab);
	tab = nil;
	nclass = 0;
	free(xv);
	free(yv);
	free(xmap);
	free(ymap);
	free(xchg);
	free(ychg);
	free(fdiagmem);
	free(bdiagmem);
	xv = yv = xmap = ymap = fdiagmem = bdiagmem = nil;
	xchg = ychg = nil;
	free(blocks);
	blocks = nil;
	nblocks = 0;
}

/*
 * filediff: compare the files name0 and name1 and print the
 * differences in the chosen form, after "diff opts name0 name1" if
 * named (a pair in two directories); 0 the same, 1 different, 2 trouble
 */
static int
filediff(char *name0, char *name1, int named)
{
	long i, j, i2, j2;
	int differ;
	Block *nb;

	if(readfile(&f[0], name0) < 0 || readfile(&f[1], name1) < 0){
		release();
		return 2;
	}
	if(qflag){
		differ = f[0].len != f[1].len || memcmp(f[0].buf, f[1].buf, f[0].len) != 0;
		if(differ)
			print("Files %s and %s differ\n", name0, name1);
		release();
		return differ;
	}
	ends();
	classify();
	lcs();
	differ = 0;
	i = j = 0;
	while(i < f[0].n || j < f[1].n){
		if(i < f[0].n && j < f[1].n && !f[0].chg[i] && !f[1].chg[j]){
			i++;
			j++;
			continue;
		}
		for(i2 = i; i2 < f[0].n && f[0].chg[i2]; i2++)
			;
		for(j2 = j; j2 < f[1].n && f[1].chg[j2]; j2++)
			;
		if(named && !differ)
			print("diff%s %s %s\n", opts, name0, name1);
		if(form == 0)
			hunk(i, i2, j, j2);
		else{
			if((nblocks & (nblocks - 1)) == 0){
				nb = realloc(blocks, (nblocks ? 2*nblocks : 1) * sizeof blocks[0]);
				if(nb == nil)
					nomem();
				blocks = nb;
			}
			blocks[nblocks++] = (Block){i, i2, j, j2};
		}
		differ = 1;
		i = i2;
		j = j2;
	}
	if(form == 'u' && differ)
		unified(name0, name1);
	if(form == 'e')
		edscript();
	release();
	return differ;
}

/* a directory's entry */
typedef struct Ent Ent;
struct Ent {
	char	*name;
	int	isdir;
};

/* entcmp: order entries by name, for qsort */
static int
entcmp(const void *a, const void *b)
{
	return strcmp(((Ent*)a)->name, ((Ent*)b)->name);
}

/* readents: the entries of directory name, sorted, into *ep; how many, or -1 */
static long
readents(char *name, Ent **ep)
{
	DIR *d;
	struct dirent *e;
	Ent *v, *nv;
	long n;

	if((d = opendir(name)) == nil){
		fflush(stdout);
		fprint(2, "diff: %s: %r\n", name);
		return -1;
	}
	v = nil;
	n = 0;
	while((e = readdir(d)) != nil){
		if(strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if((n & (n - 1)) == 0){
			if((nv = realloc(v, (n ? 2*n : 1) * sizeof v[0])) == nil)
				nomem();
			v = nv;
		}
		if((v[n].name = strdup(e->d_name)) == nil)
			nomem();
		v[n++].isdir = e->d_type == DT_DIR;
	}
	closedir(d);
	if(n > 0)
		qsort(v, n, sizeof v[0], entcmp);
	*ep = v;
	return n;
}

/* join: dir/name, or out of memory */
static char*
join(char *dir, char *name)
{
	char *s;

	if((s = urljoin(dir, name)) == nil)
		nomem();
	return s;
}

/*
 * dirdiff: compare the directories d0 and d1 as GNU's diff does, the
 * names of both in order: a name in one only is "Only in d: name"; two
 * files are compared; two directories are compared in turn with -r,
 * else said to be common; the status as filediff's, the worst
 */
static int
dirdiff(char *d0, char *d1)
{
	Ent *v0, *v1;
	long n0, n1, i, j;
	int c, st, r;
	char *p0, *p1;

	n0 = readents(d0, &v0);
	n1 = readents(d1, &v1);
	if(n0 < 0 || n1 < 0)
		return 2;
	st = 0;
	i = j = 0;
	while(i < n0 || j < n1){
		c = i == n0 ? 1 : j == n1 ? -1 : strcmp(v0[i].name, v1[j].name);
		if(c < 0){
			print("Only in %s: %s\n", d0, v0[i++].name);
			st = st > 1 ? st : 1;
			continue;
		}
		if(c > 0){
			print("Only in %s: %s\n", d1, v1[j++].name);
			st = st > 1 ? st : 1;
			continue;
		}
		p0 = join(d0, v0[i].name);
		p1 = join(d1, v1[j].name);
		if(v0[i].isdir && v1[j].isdir){
			if(rflag)
				r = dirdiff(p0, p1);
			else{
				print("Common subdirectories: %s and %s\n", p0, p1);
				r = 0;
			}
		}else if(v0[i].isdir || v1[j].isdir){
			print("File %s is a %s while file %s is a %s\n", p0,
				v0[i].isdir ? "directory" : "regular file", p1,
				v1[j].isdir ? "directory" : "regular file");
			r = 1;
		}else
			r = filediff(p0, p1, 1);
		st = st > r ? st : r;
		free(p0);
		free(p1);
		free(v0[i++].name);
		free(v1[j++].name);
	}
	free(v0);
	free(v1);
	return st;
}

/* usage: the one-line synopsis, and status 2 */
static void
usage(void)
{
	fprint(2, "usage: diff [-e | -u] [-qr] file1 file2\n");
	exit(2);
}

/* kind: 'd' if name is a directory, 'f' if something else, 0 if "-" or nothing */
static int
kind(char *name)
{
	struct stat st;

	if(strcmp(name, "-") == 0 || stat(name, &st) < 0)
		return 0;
	return S_ISDIR(st.st_mode) ? 'd' : 'f';
}

int
main(int argc, char **argv)
{
	char *name[2], *b, **oargv, *p;
	int k, st, n;

	oargv = argv;
	form = 0;
	ARGBEGIN{
	case 'e':
	case 'u':
		if(form != 0 && form != ARGC())
			usage();
		form = ARGC();
		break;
	case 'q':
		qflag = 1;
		break;
	case 'r':
		rflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc != 2)
		usage();
	/* the flags as typed, for the line above each pair of files in two directories */
	n = 1;
	for(k = 1; oargv + k < argv; k++)
		n += strlen(oargv[k]) + 1;
	if((opts = malloc(n)) == nil)
		nomem();
	p = opts;
	*p = 0;
	for(k = 1; oargv + k < argv; k++)
		p += sprintf(p, " %s", oargv[k]);
	name[0] = argv[0];
	name[1] = argv[1];
	/* a name that is not there is the trouble, whatever the other is */
	st = 0;
	for(k = 0; k < 2; k++)
		if(strcmp(name[k], "-") != 0 && kind(name[k]) == 0){
			fprint(2, "diff: %s: %r\n", name[k]);
			st = 2;
		}
	if(st)
		exit(2);
	setvbuf(stdout, nil, _IOFBF, 16*1024);
	if(kind(name[0]) == 'd' && kind(name[1]) == 'd')
		st = dirdiff(name[0], name[1]);
	else{
		/* diff file dir compares file with dir/file, as Unix's does */
		for(k = 0; k < 2; k++)
			if(kind(name[k]) == 'd' && kind(name[1-k]) == 'f'){
				b = strrchr(name[1-k], '/');
				name[k] = join(name[k], b ? b + 1 : name[1-k]);
			}
		st = filediff(name[0], name[1], 0);
	}
	if(fflush(stdout) == EOF){
		fprint(2, "diff: write error: %r\n");
		exit(2);
	}
	return st;
}
