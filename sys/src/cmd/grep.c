/*
 * grep: print the lines of files (or standard input) that match
 * regular expressions (regexp(6) syntax, see regexp(2)).
 *	grep [-cEFhilLnoqrRsvwx] [-e pattern]... [-f file] [pattern] [file ...]
 * -E changes nothing (the syntax is already egrep's); -F takes the
 * patterns as strings, -w as whole words, -x as whole lines.  -o
 * prints each match alone on a line; -r (or -R) searches the files
 * under directories (the current one if no file is named), naming them
 * as GNU's does.  -A, -B and -C print lines of context after, before
 * or around each line selected, groups apart separated by "--", as
 * GNU's.  A * that starts a pattern (or follows its leading ^)
 * is a plain star, as in 9base's grep and POSIX's basic expressions.
 * Exit status 0 if some line matched, 1 if none did, 2 on an error.
 */
#include <libc.h>
#include <sys/stat.h>
#include <regexp.h>
#include <dirent.h>

typedef struct Input Input;
struct Input {
	int	fd;
	char	*buf;
	long	len;	/* bytes in buf */
	long	pos;	/* the next line starts here */
	long	cap;
	int	eof;
};

static Reprog	**progs;
static int	nprog;
static int	cflag, hflag, Hflag, iflag, lflag, Lflag, nflag, oflag, rflag, sflag, vflag, Fflag, wflag, xflag;
static int	multi;		/* more than one file: name each line */
static long	mmax = -1;	/* -m: lines to select in a file at most; -1 for all */
static int	status = 1;
static long	after, before;	/* -A, -B: lines of context */
static int	context;	/* -A, -B or -C given: groups apart get a "--" */
static long	printed;	/* the line number last printed in this file; 0 for none */
static int	anyprinted;	/* a line was printed, in any file: a "--" may come before the next group */

/* a line kept for -B: its number and its bytes */
typedef struct Kept Kept;
struct Kept {
	long	lineno;
	char	*s;
	long	n, cap;
};
static Kept	*kept;	/* the last -B lines, a ring indexed by line number */

static void
usage(void)
{
	fprint(2, "usage: grep [-cEFhHilLnoqrRsvwx] [-m num] [-A num] [-B num] [-C num] [-e pattern]... [-f file] [pattern] [file ...]\n");
	exit(2);
}

/* nomem: give up for want of memory */
static void
nomem(void)
{
	fflush(stdout);
	fprint(2, "grep: out of memory\n");
	exit(2);
}

/* addpattern: compile one expression (with -F a string, with -w a
 * whole word, with -x a whole line) into the list */
static void
addpattern(char *re)
{
	char err[REGERRMAX], *e, *q, *start;
	Reprog *p, **np;

	e = malloc(2 * strlen(re) + 8);
	if(e == nil)
		nomem();
	q = e;
	if(xflag)
		q = stpcpy(q, "^(");
	else if(wflag)
		q = stpcpy(q, "\\b(");
	start = re;
	for(; *re != 0; re++){
		if(Fflag && strchr(".*+?|()[]{}^$\\", *re) != nil)
			*q++ = '\\';
		else if(*re == '*' && (re == start || (re == start+1 && *start == '^')))
			*q++ = '\\';	/* nothing to repeat: a star */
		*q++ = *re;
	}
	if(xflag)
		q = stpcpy(q, ")$");
	else if(wflag)
		q = stpcpy(q, ")\\b");
	*q = 0;
	p = regcompx(e, iflag ? REGICASE : 0, err, sizeof err);
	re = e;
	if(p == nil){
		fprint(2, "grep: bad expression: %s: %s\n", re, err);
		exit(2);
	}
	free(e);
	np = realloc(progs, (nprog + 1) * sizeof *progs);
	if(np == nil)
		nomem();
	progs = np;
	progs[nprog++] = p;
}

/*
 * nextline: the next line of in, without its newline, NUL-terminated
 * at *n bytes; nil at the end of input or on a read error (-1 in *n).
 */
static char*
nextline(Input *in, long *n)
{
	char *nl, *b;
	long m;

	for(;;){
		nl = memchr(in->buf + in->pos, '\n', in->len - in->pos);
		if(nl != nil || (in->eof && in->len > in->pos)){
			b = in->buf + in->pos;
			if(nl == nil){
				nl = in->buf + in->len;	/* room kept for the NUL */
				in->pos = in->len;
			}else
				in->pos = nl - in->buf + 1;
			*n = nl - b;
			*nl = 0;
			return b;
		}
		if(in->eof){
			*n = 0;
			return nil;
		}
		if(in->pos > 0){
			memmove(in->buf, in->buf + in->pos, in->len - in->pos);
			in->len -= in->pos;
			in->pos = 0;
		}
		if(in->cap - in->len < 1024){
			b = realloc(in->buf, in->cap * 2);
			if(b == nil)
				nomem();
			in->buf = b;
			in->cap *= 2;
		}
		m = read(in->fd, in->buf + in->len, in->cap - in->len - 1);
		if(m < 0){
			*n = -1;
			return nil;
		}
		if(m == 0)
			in->eof = 1;
		in->len += m;
	}
}

/* matches: does the line [s, s+n) match any expression? */
static int
matches(char *s, long n)
{
	int i;

	for(i = 0; i < nprog; i++)
		if(regexecx(progs[i], s, s, s + n, nil, 0))
			return 1;
	return 0;
}

/* prefix: what goes before a line (or a match) printed: the file's
 * name with several files, and the line's number with -n, each
 * followed by sep (':', or '-' for a line of context) */
static void
prefix(char *name, long lineno, int sep)
{
	if(multi && !hflag)
		printf("%s%c", name, sep);
	if(nflag)
		printf("%ld%c ", lineno, sep);	/* a blank after, as 9base's */
}

/* putline: print the line [s, s+n), number lineno, sep as prefix says;
 * with context, a "--" first when it does not follow the last line
 * printed (in this file: a file's first group has one after another's) */
static void
putline(char *name, long lineno, char *s, long n, int sep)
{
	if(context && anyprinted && (printed == 0 || lineno != printed + 1))
		printf("--\n");
	prefix(name, lineno, sep);
	fwrite(s, 1, n, stdout);
	putchar('\n');
	printed = lineno;
	anyprinted = 1;
}

/* keep: remember line lineno for -B's context */
static void
keep(long lineno, char *s, long n)
{
	Kept *k;

	k = &kept[lineno % before];
	if(n + 1 > k->cap){
		k->cap = (n + 1) * 2;
		if((k->s = realloc(k->s, k->cap)) == nil)
			nomem();
	}
	memmove(k->s, s, n);
	k->n = n;
	k->lineno = lineno;
}

/* putbefore: print the kept lines before line lineno not printed yet */
static void
putbefore(char *name, long lineno)
{
	long i;
	Kept *k;

	for(i = lineno - before; i < lineno; i++){
		if(i < 1 || i <= printed)
			continue;
		k = &kept[i % before];
		if(k->lineno == i)
			putline(name, i, k->s, k->n, '-');
	}
}

/*
 * only: for -o, print each match in the line [s, s+n) on a line of its
 * own: the leftmost of all the expressions' matches, the longest of
 * those, then the next one after it.  Empty matches print nothing.
 */
static void
only(char *name, long lineno, char *s, long n)
{
	Resub m, best;
	char *p, *end;
	int i, found;

	end = s + n;
	p = s;
	best.sp = best.ep = nil;
	while(p <= end){
		found = 0;
		for(i = 0; i < nprog; i++){
			m.sp = m.ep = nil;
			if(!regexecx(progs[i], s, p, end, &m, 1))
				continue;
			if(!found || m.sp < best.sp || (m.sp == best.sp && m.ep > best.ep))
				best = m;
			found = 1;
		}
		if(!found)
			break;
		if(best.ep == best.sp){
			p = best.sp + 1;
			continue;
		}
		prefix(name, lineno, ':');
		fwrite(best.sp, 1, best.ep - best.sp, stdout);
		putchar('\n');
		p = best.ep;
	}
}

/* grep1: search one open file; the count of lines printed or counted */
static long
grep1(int fd, char *name)
{
	Input in;
	char *line;
	long n, lineno, count, left;

	memset(&in, 0, sizeof in);
	in.fd = fd;
	in.cap = 8192;
	in.buf = malloc(in.cap);
	if(in.buf == nil)
		nomem();
	lineno = 0;
	count = 0;
	n = 0;
	printed = 0;
	left = 0;	/* lines of -A context still to print */
	if(cflag || sflag || lflag || Lflag || oflag)
		context = before = after = 0;
	/* after -m's last line, only its context */
	while((mmax < 0 || count < mmax || left > 0) && (line = nextline(&in, &n)) != nil){
		lineno++;
		if((mmax >= 0 && count >= mmax) || matches(line, n) == vflag){
			if(left > 0){
				putline(name, lineno, line, n, '-');
				left--;
			}else if(before > 0)
				keep(lineno, line, n);
			continue;
		}
		count++;
		/* with -q or -s a line found is success even after an error (POSIX) */
		status = status == 2 && !sflag ? 2 : 0;
		if(sflag || lflag || Lflag)
			break;
		if(cflag)
			continue;
		if(oflag){
			if(!vflag)	/* the lines without a match have no matches to show */
				only(name, lineno, line, n);
			continue;
		}
		if(before > 0)
			putbefore(name, lineno);
		putline(name, lineno, line, n, ':');
		left = after;
	}
	if(n < 0){
		fflush(stdout);
		fprint(2, "grep: %s: %r\n", name);
		status = 2;
	}
	free(in.buf);
	if(cflag && !sflag){
		if(multi && !hflag)
			printf("%s:", name);
		printf("%ld\n", count);
	}
	if(lflag && count > 0)
		printf("%s\n", name);
	if(Lflag && count == 0 && n >= 0)
		printf("%s\n", name);
	return count;
}

static void	grepfile(char*);

/* cmpname: order names as strings, for qsort */
static int
cmpname(const void *a, const void *b)
{
	return strcmp(*(char**)a, *(char**)b);
}

/*
 * grepdir: for -r, search every file under the directory open on fd,
 * in the order of their names.  Each is named dir/name, or just name
 * under "" (the current directory when no file was given), as GNU's.
 */
static void
grepdir(int fd, char *dir)
{
	DIR *d;
	struct dirent *e;
	char **names, **nn, *path;
	int n, i;
	usize l;

	multi = 1;	/* a tree's files are always named */
	if((d = fdopendir(fd)) == nil){
		fflush(stdout);
		fprint(2, "grep: %s: %r\n", *dir ? dir : ".");
		status = 2;
		close(fd);
		return;
	}
	names = nil;
	n = 0;
	while((e = readdir(d)) != nil){
		if(strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		nn = realloc(names, (n + 1) * sizeof *names);
		if(nn == nil)
			nomem();
		names = nn;
		l = strlen(dir);
		if((path = malloc(l + strlen(e->d_name) + 2)) == nil)
			nomem();
		if(l == 0)
			strcpy(path, e->d_name);
		else if(dir[l-1] == '/')
			sprintf(path, "%s%s", dir, e->d_name);
		else
			sprintf(path, "%s/%s", dir, e->d_name);
		names[n++] = path;
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmpname);
	for(i = 0; i < n; i++){
		if(!(sflag && status == 0))
			grepfile(names[i]);
		free(names[i]);
	}
	free(names);
}

/* grepstdin: search standard input, unless it is a directory (grep x <dir) */
static void
grepstdin(void)
{
	if(isdirin(0, "<stdin>"))
		status = 2;
	else
		grep1(0, "<stdin>");
}

/* grepfile: open and search the named file ("-": standard input; with
 * -r, a directory: the files under it) */
static void
grepfile(char *name)
{
	struct stat st;
	int fd;

	if(strcmp(name, "-") == 0){
		grepstdin();
		return;
	}
	fd = open(*name ? name : ".", O_RDONLY);
	if(fd < 0){
		fflush(stdout);
		fprint(2, "grep: %s: %r\n", *name ? name : ".");
		status = 2;
		return;
	}
	if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode) && rflag){
		grepdir(fd, name);
		return;
	}
	if(isdirin(fd, name)){
		status = 2;
		close(fd);
		return;
	}
	grep1(fd, name);
	close(fd);
}

/* readpatterns: every line of file is an expression */
static void
readpatterns(char *file, char ***pats, int *npat)
{
	Input in;
	char *line, **np;
	long n;
	int fd;

	fd = open(file, O_RDONLY);
	if(fd < 0){
		fprint(2, "grep: %s: %r\n", file);
		exit(2);
	}
	memset(&in, 0, sizeof in);
	in.fd = fd;
	in.cap = 8192;
	in.buf = malloc(in.cap);
	if(in.buf == nil)
		nomem();
	while((line = nextline(&in, &n)) != nil){
		np = realloc(*pats, (*npat + 1) * sizeof(char*));
		if(np == nil || (line = strdup(line)) == nil)
			nomem();
		*pats = np;
		(*pats)[(*npat)++] = line;
	}
	if(n < 0){
		fprint(2, "grep: %s: %r\n", file);
		exit(2);
	}
	free(in.buf);
	close(fd);
}

/* maxcount: -m's (or -A's...) number, a count of lines from 0; else the error fmt */
static long
maxcount(char *s, char *fmt)
{
	char *e;
	long n;

	n = strtol(s, &e, 10);
	if(e == s || *e != 0 || n < 0){
		fprint(2, fmt, s);
		exit(2);
	}
	return n;
}

int
main(int argc, char **argv)
{
	char **pats, **np;
	int npat, i;

	pats = nil;
	npat = 0;
	ARGBEGIN{
	case 'c':	cflag = 1; break;
	case 'h':	hflag = 1; Hflag = 0; break;
	case 'H':	Hflag = 1; hflag = 0; break;
	case 'm':	mmax = maxcount(EARGF(usage()), "grep: bad count: %s\n"); break;
	case 'A':	after = maxcount(EARGF(usage()), "grep: %s: invalid context length argument\n"); context = 1; break;
	case 'B':	before = maxcount(EARGF(usage()), "grep: %s: invalid context length argument\n"); context = 1; break;
	case 'C':	after = before = maxcount(EARGF(usage()), "grep: %s: invalid context length argument\n"); context = 1; break;
	case 'i':	iflag = 1; break;
	case 'l':	lflag = 1; break;
	case 'L':	Lflag = 1; break;
	case 'n':	nflag = 1; break;
	case 'o':	oflag = 1; break;
	case 'r':
	case 'R':	rflag = 1; break;	/* -R follows links: there are none */
	case 'q':
	case 's':	sflag = 1; break;
	case 'v':	vflag = 1; break;
	case 'E':	break;
	case 'F':	Fflag = 1; break;
	case 'w':	wflag = 1; break;
	case 'x':	xflag = 1; break;
	case 'e':
		np = realloc(pats, (npat + 1) * sizeof(char*));
		if(np == nil)
			nomem();
		pats = np;
		pats[npat++] = EARGF(usage());
		break;
	case 'f':
		readpatterns(EARGF(usage()), &pats, &npat);
		break;
	default:
		fprint(2, "grep: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(npat == 0){
		if(argc < 1)
			usage();
		np = malloc(sizeof(char*));
		if(np == nil)
			nomem();
		pats = np;
		pats[npat++] = argv[0];
		argc--;
		argv++;
	}
	for(i = 0; i < npat; i++)
		addpattern(pats[i]);
	if(before > 0 && (kept = calloc(before, sizeof *kept)) == nil)
		nomem();
	multi = argc > 1 || Hflag;
	if(argc == 0 && rflag)
		grepfile("");	/* the current directory, its files named bare */
	else if(argc == 0)
		grepstdin();
	for(i = 0; i < argc; i++){
		grepfile(argv[i]);
		if(sflag && status == 0)
			break;
	}
	if(fflush(stdout) != 0){
		fprint(2, "grep: write: %r\n");
		exit(2);
	}
	exit(status);
}
