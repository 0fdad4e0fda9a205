/*
 * mkfs: build the Ninefold boot archive from a proto file.
 *
 *	mkfs [-s srcdir] [-o archive] proto
 *
 * The work is done in two passes.  The first reads the proto file
 * (see proto(2) in Plan 9, and mkfs(8) here) into a tree of Entry,
 * stats every source file and checks everything that can go wrong.
 * The second writes the tree in the mkfs -a archive form the kernel
 * parses:
 *
 *	/NAME MODE UID GID MTIME LENGTH\n	then LENGTH bytes of data
 *	...
 *	end of archive\n
 *
 * Nothing is written until the first pass has succeeded, and -o
 * writes to a temporary file that is renamed over the archive only
 * when it is complete, so a failure never leaves a partial archive.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
	DMDIR = 0x80000000u,	/* 9P mode bits, as in intro(5) */
	DMAPPEND = 0x40000000u,
	DMEXCL = 0x20000000u,
	PERM = 0777,

	Maxdepth = 64,		/* proto indentation and + recursion */
	Maxfields = 5,
};

typedef struct Entry Entry;
typedef struct Spec Spec;
typedef struct Level Level;

/* one file or directory of the archive */
struct Entry {
	char *name;
	char *src;		/* host path of the source */
	uint32_t mode;		/* DM bits | permission */
	char *uid;
	char *gid;
	long long length;	/* bytes of data (files) */
	int line;		/* proto line that made it */
	Entry *child;		/* first child (directories) */
	Entry *last;		/* last child */
	Entry *next;		/* next sibling */
};

/* the mode field of a proto line, decoded */
struct Spec {
	int fromsrc;		/* mode was "-" */
	uint32_t bits;		/* DMDIR, DMAPPEND, DMEXCL from letters */
	uint32_t perm;
};

/* what the line at one indentation level was, for its children */
struct Level {
	Entry *dir;		/* the directory, or nil */
	char *what;		/* if not a directory: its name */
	int line;
};

static char *protoname;
static char *srcdir = ".";
static char *outname;
static char *tmpname;		/* temporary output, removed on error */
static unsigned long mtime;
static Entry root;

/* print "mkfs: msg", remove any partial output and exit 1 */
static void
vdie(int line, const char *fmt, va_list arg)
{
	fflush(stdout);
	if(line > 0)
		fprintf(stderr, "mkfs: %s:%d: ", protoname, line);
	else
		fprintf(stderr, "mkfs: ");
	vfprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	if(tmpname != NULL)
		unlink(tmpname);
	exit(1);
}

/* an error in the proto file, at line */
static void
lineerr(int line, const char *fmt, ...)
{
	va_list arg;

	va_start(arg, fmt);
	vdie(line, fmt, arg);
	va_end(arg);
}

/* an error not tied to a proto line */
static void
die(const char *fmt, ...)
{
	va_list arg;

	va_start(arg, fmt);
	vdie(0, fmt, arg);
	va_end(arg);
}

static void *
emalloc(size_t n)
{
	void *p;

	p = calloc(1, n);
	if(p == NULL)
		die("out of memory");
	return p;
}

static char *
estrdup(const char *s)
{
	char *t;

	t = strdup(s);
	if(t == NULL)
		die("out of memory");
	return t;
}

/* dir/name, or name alone if dir is empty */
static char *
join(const char *dir, const char *name)
{
	char *s;
	size_t n;

	n = strlen(dir) + 1 + strlen(name) + 1;
	s = emalloc(n);
	if(dir[0] == '\0')
		snprintf(s, n, "%s", name);
	else if(dir[strlen(dir)-1] == '/')
		snprintf(s, n, "%s%s", dir, name);
	else
		snprintf(s, n, "%s/%s", dir, name);
	return s;
}

/* whether s holds a control character */
static int
hasctl(const char *s)
{
	for(; *s != '\0'; s++)
		if((unsigned char)*s < 0x20 || *s == 0x7f)
			return 1;
	return 0;
}

/*
 * Why name cannot be a file name in the archive, or nil if it can.
 * Names carry no blanks, slashes or control characters, so that the
 * archive's header lines split unambiguously.
 */
static const char *
badname(const char *name)
{
	if(name[0] == '\0')
		return "empty name";
	if(strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		return "name . or .. is not allowed";
	if(strchr(name, ' ') != NULL || strchr(name, '\t') != NULL)
		return "blank in name";
	if(strchr(name, '/') != NULL)
		return "slash in name";
	if(hasctl(name))
		return "control character in name";
	return NULL;
}

/*
 * Decode a mode field: "-", or letters d (directory), a (append
 * only), l (exclusive) in any order, each at most once, followed by
 * an octal permission of at most 0777.  Returns -1 if malformed.
 */
static int
parsemode(const char *s, Spec *sp)
{
	uint32_t bit;
	unsigned long v;
	int ndig;

	memset(sp, 0, sizeof *sp);
	if(strcmp(s, "-") == 0){
		sp->fromsrc = 1;
		return 0;
	}
	for(;; s++){
		switch(*s){
		case 'd':
			bit = DMDIR;
			break;
		case 'a':
			bit = DMAPPEND;
			break;
		case 'l':
			bit = DMEXCL;
			break;
		default:
			bit = 0;
			break;
		}
		if(bit == 0)
			break;
		if(sp->bits & bit)
			return -1;
		sp->bits |= bit;
	}
	v = 0;
	for(ndig = 0; s[ndig] != '\0'; ndig++){
		if(s[ndig] < '0' || s[ndig] > '7' || ndig >= 8)
			return -1;
		v = v*8 + (s[ndig] - '0');
	}
	if(ndig == 0 || v > PERM)
		return -1;
	sp->perm = v;
	return 0;
}

/* stat path for line, with the error messages every caller wants */
static void
statsrc(int line, const char *path, struct stat *st)
{
	if(stat(path, st) < 0){
		if(errno == ENOENT)
			lineerr(line, "missing source file %s", path);
		lineerr(line, "source %s: %s", path, strerror(errno));
	}
	if(!S_ISDIR(st->st_mode) && !S_ISREG(st->st_mode))
		lineerr(line, "source %s is not a regular file or directory", path);
}

/* check that a regular file can be read now, so writing will not fail */
static void
checkread(int line, const char *path)
{
	int fd;

	fd = open(path, O_RDONLY);
	if(fd < 0)
		lineerr(line, "cannot open source %s: %s", path, strerror(errno));
	close(fd);
}

/* add e as the last child of dir, refusing a second child of one name */
static void
addchild(Entry *dir, Entry *e)
{
	Entry *c;

	for(c = dir->child; c != NULL; c = c->next)
		if(strcmp(c->name, e->name) == 0){
			if(c->line == e->line)
				lineerr(e->line, "duplicate name %s", e->name);
			lineerr(e->line, "duplicate name %s (first at line %d)",
				e->name, c->line);
		}
	if(dir->last == NULL)
		dir->child = e;
	else
		dir->last->next = e;
	dir->last = e;
}

static Entry *
newentry(const char *name, char *src, const char *uid, const char *gid, int line)
{
	Entry *e;

	e = emalloc(sizeof *e);
	e->name = estrdup(name);
	e->src = src;
	e->uid = estrdup(uid);
	e->gid = estrdup(gid);
	e->line = line;
	return e;
}

/* directory entries in byte order, whatever the locale */
static int
namecmp(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int
notdots(const struct dirent *d)
{
	return strcmp(d->d_name, ".") != 0 && strcmp(d->d_name, "..") != 0;
}

/*
 * Add the contents of host directory path to dir, sorted by name:
 * the regular files only (*), or everything, recursively (+).
 * Files take the line's permission and letters, or the host's
 * permission if the mode was "-"; directories take the line's
 * permission with x added wherever it has r, or the host's.
 */
static void
expand(Entry *dir, const char *path, int recursive, Spec *sp,
	const char *uid, const char *gid, int line, int depth)
{
	struct dirent **list;
	struct stat st;
	const char *why;
	char *src;
	Entry *e;
	int i, n;

	if(depth > Maxdepth)
		lineerr(line, "source %s is nested too deep (a symbolic link loop?)", path);
	n = scandir(path, &list, notdots, namecmp);
	if(n < 0)
		lineerr(line, "cannot read source directory %s: %s", path, strerror(errno));
	for(i = 0; i < n; i++){
		src = join(path, list[i]->d_name);
		statsrc(line, src, &st);
		if(S_ISDIR(st.st_mode) && !recursive){
			free(src);
			continue;
		}
		why = badname(list[i]->d_name);
		if(why != NULL)
			lineerr(line, "source %s: %s", src, why);
		e = newentry(list[i]->d_name, src, uid, gid, line);
		if(S_ISDIR(st.st_mode)){
			if(sp->fromsrc)
				e->mode = DMDIR | (st.st_mode & PERM);
			else
				e->mode = DMDIR | sp->perm | ((sp->perm & 0444) >> 2);
			addchild(dir, e);
			expand(e, src, recursive, sp, uid, gid, line, depth+1);
		}else{
			checkread(line, src);
			if(sp->fromsrc)
				e->mode = st.st_mode & PERM;
			else
				e->mode = sp->bits | sp->perm;
			e->length = st.st_size;
			addchild(dir, e);
		}
		free(list[i]);
	}
	free(list);
}

/* the host path named by a source field: always under srcdir */
static char *
srcpath(const char *field)
{
	while(*field == '/')
		field++;
	if(*field == '\0')
		return estrdup(srcdir);
	return join(srcdir, field);
}

/*
 * Handle one proto line, already split into nf fields, whose parent
 * is dir.  Returns the new directory entry, or nil if the line made
 * something that cannot have children.
 */
static Entry *
protoline(Entry *dir, char **f, int nf, int line)
{
	struct stat st;
	const char *why, *uid, *gid;
	char *src;
	Spec sp;
	Entry *e;
	int i;

	if(nf < 4)
		lineerr(line, "too few fields: want name mode uid gid [source]");
	if(nf > Maxfields)
		lineerr(line, "too many fields: want name mode uid gid [source]");
	if(parsemode(f[1], &sp) < 0)
		lineerr(line, "bad mode \"%s\"", f[1]);
	for(i = 1; i < nf; i++)
		if(hasctl(f[i]))
			lineerr(line, "control character in field %d", i+1);
	uid = strcmp(f[2], "-") == 0 ? "sys" : f[2];
	gid = strcmp(f[3], "-") == 0 ? "sys" : f[3];

	if(strcmp(f[0], "+") == 0 || strcmp(f[0], "*") == 0){
		if(sp.bits & DMDIR)
			lineerr(line, "mode of %s cannot have d: types come from the source", f[0]);
		src = nf == 5 ? srcpath(f[4]) : estrdup(dir->src);
		if(stat(src, &st) < 0)
			lineerr(line, "missing source directory %s", src);
		if(!S_ISDIR(st.st_mode))
			lineerr(line, "source %s is not a directory", src);
		expand(dir, src, f[0][0] == '+', &sp, uid, gid, line, 0);
		free(src);
		return NULL;
	}

	if(hasctl(f[0]))
		lineerr(line, "control character in name");
	why = badname(f[0]);
	if(why != NULL)
		lineerr(line, "%s \"%s\"", why, f[0]);
	src = nf == 5 ? srcpath(f[4]) : join(dir->src, f[0]);
	e = newentry(f[0], src, uid, gid, line);

	if(sp.fromsrc){
		statsrc(line, src, &st);
		e->mode = st.st_mode & PERM;
		if(S_ISDIR(st.st_mode))
			e->mode |= DMDIR;
	}else{
		e->mode = sp.bits | sp.perm;
		if(!(e->mode & DMDIR))
			statsrc(line, src, &st);
		else if(nf == 5){
			statsrc(line, src, &st);
			if(!S_ISDIR(st.st_mode))
				lineerr(line, "source %s is not a directory", src);
		}
		/* a directory without a source field needs no host directory */
		if(!(e->mode & DMDIR) && S_ISDIR(st.st_mode))
			lineerr(line, "source %s is a directory, but the mode has no d", src);
	}
	if(!(e->mode & DMDIR)){
		checkread(line, src);
		e->length = st.st_size;
	}
	addchild(dir, e);
	return (e->mode & DMDIR) ? e : NULL;
}

/* split s at blanks into at most nmax fields; returns how many there were */
static int
split(char *s, char **f, int nmax)
{
	int n;

	n = 0;
	for(;;){
		while(*s == ' ' || *s == '\t')
			s++;
		if(*s == '\0')
			return n;
		if(n < nmax)
			f[n] = s;
		n++;
		while(*s != '\0' && *s != ' ' && *s != '\t')
			s++;
		if(*s != '\0')
			*s++ = '\0';
	}
}

/*
 * Read the proto file into the tree under root.  Indentation is
 * either all tabs (one level each) or all spaces, the width of the
 * first indented line making one level; a file may not mix them.
 */
static void
readproto(FILE *fp)
{
	Level lev[Maxdepth+2];
	char *buf, *p, *f[Maxfields+1];
	size_t cap;
	ssize_t len;
	int line, depth, cur, ntab, nsp, kind, unit, nf;
	Entry *e;

	buf = NULL;
	cap = 0;
	line = 0;
	cur = -1;		/* depth of the last entry line */
	kind = 0;		/* '\t' or ' ' once known */
	unit = 0;
	lev[0].dir = &root;
	while((len = getline(&buf, &cap, fp)) != -1){
		line++;
		if(len > 0 && buf[len-1] == '\n')
			buf[--len] = '\0';
		if(memchr(buf, '\0', len) != NULL)
			lineerr(line, "NUL byte in line");
		ntab = nsp = 0;
		for(p = buf; *p == ' ' || *p == '\t'; p++){
			if(*p == '\t')
				ntab++;
			else
				nsp++;
		}
		if(*p == '\0' || *p == '#')
			continue;
		if(ntab > 0 && nsp > 0)
			lineerr(line, "indentation mixes tabs and spaces");
		depth = 0;
		if(ntab > 0){
			if(kind == ' ')
				lineerr(line, "indented with tabs, but earlier lines use spaces");
			kind = '\t';
			depth = ntab;
		}else if(nsp > 0){
			if(kind == '\t')
				lineerr(line, "indented with spaces, but earlier lines use tabs");
			if(kind == 0){
				kind = ' ';
				unit = nsp;
			}
			if(nsp % unit != 0)
				lineerr(line, "indentation of %d spaces is not a multiple of %d",
					nsp, unit);
			depth = nsp / unit;
		}
		if(depth > cur+1)
			lineerr(line, "indented more than one level below the line before");
		if(depth >= Maxdepth)
			lineerr(line, "nested too deep");
		if(lev[depth].dir == NULL){
			if(strcmp(lev[depth].what, "+") == 0 || strcmp(lev[depth].what, "*") == 0)
				lineerr(line, "child of %s (line %d), which cannot have children",
					lev[depth].what, lev[depth].line);
			lineerr(line, "child of non-directory %s (line %d)",
				lev[depth].what, lev[depth].line);
		}
		nf = split(p, f, Maxfields+1);
		e = protoline(lev[depth].dir, f, nf, line);
		lev[depth+1].dir = e;
		lev[depth+1].what = e == NULL ? estrdup(f[0]) : NULL;
		lev[depth+1].line = line;
		cur = depth;
	}
	if(ferror(fp))
		die("%s: read error: %s", protoname, strerror(errno));
	free(buf);
}

/* copy exactly e->length bytes of e's source to out */
static void
copydata(FILE *out, Entry *e)
{
	char buf[65536];
	long long left;
	size_t n;
	FILE *in;

	in = fopen(e->src, "rb");
	if(in == NULL)
		lineerr(e->line, "cannot open source %s: %s", e->src, strerror(errno));
	for(left = e->length; left > 0; left -= n){
		n = left < (long long)sizeof buf ? (size_t)left : sizeof buf;
		n = fread(buf, 1, n, in);
		if(n == 0){
			if(ferror(in))
				lineerr(e->line, "reading source %s: %s", e->src, strerror(errno));
			lineerr(e->line, "source %s shrank while being read", e->src);
		}
		if(fwrite(buf, 1, n, out) != n)
			die("%s: write error: %s", outname, strerror(errno));
	}
	if(fread(buf, 1, 1, in) != 0)
		lineerr(e->line, "source %s grew while being read", e->src);
	fclose(in);
}

/* write dir's children, depth first, each directory before its contents */
static void
writetree(FILE *out, Entry *dir, const char *prefix)
{
	Entry *e;
	char *path;

	for(e = dir->child; e != NULL; e = e->next){
		path = join(prefix, e->name);
		fprintf(out, "%s %o %s %s %lu %lld\n", path, (unsigned)e->mode,
			e->uid, e->gid, mtime, e->length);
		if(e->mode & DMDIR)
			writetree(out, e, path);
		else
			copydata(out, e);
		free(path);
	}
}

/* SOURCE_DATE_EPOCH, if set, is every entry's mtime */
static void
getmtime(void)
{
	char *s, *p;

	s = getenv("SOURCE_DATE_EPOCH");
	if(s == NULL || *s == '\0')
		return;
	for(p = s; *p != '\0'; p++)
		if(*p < '0' || *p > '9' || p - s >= 10)
			die("SOURCE_DATE_EPOCH=%s: not a decimal time below 2^32", s);
	mtime = strtoul(s, NULL, 10);
	if(mtime > 0xFFFFFFFFul)
		die("SOURCE_DATE_EPOCH=%s: not a decimal time below 2^32", s);
}

static void
usage(void)
{
	fprintf(stderr, "usage: mkfs [-s srcdir] [-o archive] proto\n");
	exit(1);
}

int
main(int argc, char **argv)
{
	FILE *fp, *out;
	mode_t mask;
	size_t n;
	int c, fd;

	opterr = 0;
	while((c = getopt(argc, argv, "+s:o:")) != -1){
		switch(c){
		case 's':
			srcdir = optarg;
			break;
		case 'o':
			outname = optarg;
			break;
		default:
			usage();
		}
	}
	if(argc - optind != 1)
		usage();
	protoname = argv[optind];
	getmtime();

	/* pass one: read and check everything */
	root.src = srcdir;
	root.mode = DMDIR;
	fp = fopen(protoname, "r");
	if(fp == NULL)
		die("%s: %s", protoname, strerror(errno));
	readproto(fp);
	fclose(fp);

	/* pass two: write */
	if(outname == NULL){
		outname = "standard output";
		out = stdout;
	}else{
		n = strlen(outname) + sizeof ".tmpXXXXXX";
		tmpname = emalloc(n);
		snprintf(tmpname, n, "%s.tmpXXXXXX", outname);
		fd = mkstemp(tmpname);
		if(fd < 0){
			free(tmpname);
			tmpname = NULL;
			die("%s: %s", outname, strerror(errno));
		}
		mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
		out = fdopen(fd, "wb");
		if(out == NULL)
			die("%s: %s", outname, strerror(errno));
	}
	writetree(out, &root, "/");
	fprintf(out, "end of archive\n");
	if(fflush(out) != 0 || ferror(out))
		die("%s: write error: %s", outname, strerror(errno));
	if(tmpname != NULL){
		if(fclose(out) != 0)
			die("%s: write error: %s", outname, strerror(errno));
		if(rename(tmpname, outname) < 0)
			die("%s: %s", outname, strerror(errno));
		tmpname = NULL;
	}
	return 0;
}
