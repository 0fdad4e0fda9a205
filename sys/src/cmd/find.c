/*
 * find: walk file trees, as GNU's find: each path (default .) and
 * everything below it, a directory before what is in it (after, with
 * -depth), the entries in the order the server's directory read gives
 * them.  An expression of tests (-name, -iname, -path, -type, -empty,
 * -size, -newer, -mtime, -mmin), actions (-print, -print0, -prune,
 * -exec, -delete) and
 * operators (! -not, -a -and, -o -or, ( )) is evaluated on each file;
 * without an action, files for which it is true are printed.  -maxdepth and -mindepth limit the
 * levels looked at.
 */
#include <libc.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <dirent.h>

typedef struct Node Node;
typedef struct File File;
typedef struct Ent Ent;

enum {
	Oname, Oiname, Opath, Otype, Oempty, Osize, Onewer, Omtime, Ommin, Otrue,	/* tests */
	Oprint, Oprint0, Oprune, Oexec, Odelete,	/* actions */
	Onot, Oand, Oor,				/* operators */
};

struct Node {
	int	op;
	char	*arg;	/* -name's pattern, -type's letter */
	Node	*l, *r;
	vlong	n;	/* -size's count of units, -newer's time, -mtime's days, -mmin's minutes */
	int	cmp;	/* -size, -mtime, -mmin: '+', '-' or 0 for exactly */
	vlong	unit;	/* -size's unit in bytes */
	char	**argv;	/* -exec's command, {} for the file */
	int	argc;
	int	plus;	/* -exec ... {} +: many files a run */
	char	**files;	/* -exec +'s files gathered */
	int	nfiles;
	long	nbytes;
	Node	*next;	/* the next -exec + */
};

/* what the tests look at: one file found */
struct File {
	char	*path;	/* as printed */
	char	*base;	/* the last element, for -name */
	int	isdir;
	vlong	size;
	vlong	mtime;
	int	pruned;	/* -prune was true: do not descend */
};

/* a directory's entry, read before its subtree is walked */
struct Ent {
	char	*name;
	int	isdir;
	vlong	size;
	vlong	mtime;
};

static char	**args;	/* the expression still to parse */
static int	nargs;
static int	action;	/* the expression has an action of its own */
static int	depthfirst, bad;
static vlong	now;	/* when find started, for -mtime and -mmin */
static Node	*plusexecs;	/* the -exec ... {} + nodes, to run at the end */

enum {
	Maxargs	= 2000,		/* files an -exec + run: exec takes 4096 arguments */
	Maxbytes	= 48*1024,	/* and 64K of them */
};
static long	maxdepth = -1, mindepth;

/* nomem: report running out of memory and exit */
static void
nomem(void)
{
	fprint(2, "find: out of memory\n");
	exits("memory");
}

/* die: an error in the expression, as GNU's find says it */
static void
die(char *fmt, char *a)
{
	fprint(2, "find: ");
	fprint(2, fmt, a);
	fprint(2, "\n");
	exits("usage");
}

/* node: a new node */
static Node*
node(int op, char *arg, Node *l, Node *r)
{
	Node *n;

	if((n = calloc(1, sizeof *n)) == nil)
		nomem();
	n->op = op;
	n->arg = arg;
	n->l = l;
	n->r = r;
	return n;
}

/* rune: the UTF-8 character at s into *r; its length in bytes */
static int
rune(char *s, int *r)
{
	uchar *u;
	int n, i, c;

	u = (uchar*)s;
	c = u[0];
	n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 1;
	if(n > 1){
		c &= 0x3F >> (n-1);
		for(i = 1; i < n; i++){
			if((u[i] & 0xC0) != 0x80){
				*r = u[0];
				return 1;
			}
			c = c<<6 | (u[i] & 0x3F);
		}
	}
	*r = c;
	return n;
}

/* fold: c in lower case when folding, else c */
static int
fold(int c, int f)
{
	return f && c < 128 ? tolower(c) : c;
}

/* named: whether c is in the class [:name:] that starts at p; *np after it, or nil if p starts none */
static int
named(int c, char *p, char **np)
{
	static struct {
		char	*name;
		int	(*is)(int);
	} tab[] = {
		{"alpha", isalpha}, {"digit", isdigit}, {"alnum", isalnum},
		{"upper", isupper}, {"lower", islower}, {"space", isspace},
		{"punct", ispunct}, {"xdigit", isxdigit}, {"print", isprint},
		{"graph", isgraph}, {"cntrl", iscntrl}, {"blank", isblank},
	};
	int i, n;

	*np = nil;
	for(i = 0; i < nelem(tab); i++){
		n = strlen(tab[i].name);
		if(strncmp(p, tab[i].name, n) == 0 && strncmp(p+n, ":]", 2) == 0){
			*np = p + n + 2;
			return c < 128 && tab[i].is(c);
		}
	}
	return 0;
}

/*
 * class: whether c is in the bracket expression at p (just after its
 * [); *np gets the byte after its ], or nil when it has none (then
 * the [ is an ordinary character)
 */
static int
class(int c, char *p, char **np, int f)
{
	int neg, ok, lo, hi, first;
	char *q;

	neg = *p == '!' || *p == '^';
	if(neg)
		p++;
	ok = 0;
	c = fold(c, f);
	for(first = 1; first || *p != ']'; first = 0){
		if(*p == 0){
			*np = nil;
			return 0;
		}
		if(p[0] == '[' && p[1] == ':'){
			if(named(c, p+2, &q) || (f && named(toupper(c), p+2, &q)))
				ok = 1;
			if(q != nil){
				p = q;
				continue;
			}
		}
		if(*p == '\\' && p[1] != 0)
			p++;
		p += rune(p, &lo);
		hi = lo;
		if(p[0] == '-' && p[1] != ']' && p[1] != 0){
			p++;
			if(*p == '\\' && p[1] != 0)
				p++;
			p += rune(p, &hi);
		}
		if(fold(lo, f) <= c && c <= fold(hi, f))
			ok = 1;
		else if(f && lo <= c && c <= hi)
			ok = 1;
	}
	*np = p + 1;
	return ok ^ neg;
}

/*
 * glob: whether s matches the shell pattern p (*, ?, [...] with ! or
 * ^, \ quoting), as fnmatch without flags; f folds letters' case.  A *
 * that fails to match goes back to the last * and takes one more
 * character.
 */
static int
glob(char *p, char *s, int f)
{
	char *star, *retry, *np;
	int pc, sc, n, ok;

	star = retry = nil;
	while(*s != 0){
		if(*p == '*'){
			while(*p == '*')
				p++;
			star = p;
			retry = s;
			continue;
		}
		n = rune(s, &sc);
		ok = 0;
		if(*p == '?'){
			ok = 1;
			p++;
		}else if(*p == '[' && (ok = class(sc, p+1, &np, f), np != nil)){
			if(ok)
				p = np;
		}else if(*p != 0){
			if(*p == '\\' && p[1] != 0)
				p++;
			p += rune(p, &pc);
			ok = fold(pc, f) == fold(sc, f);
		}
		if(ok){
			s += n;
			continue;
		}
		if(star == nil)
			return 0;
		p = star;
		retry += rune(retry, &sc);
		s = retry;
	}
	while(*p == '*')
		p++;
	return *p == 0;
}

/* number: the argument of -maxdepth or -mindepth */
static long
number(char *flag, char *s)
{
	char *e;
	long n;

	n = strtol(s, &e, 10);
	if(e == s || *e != 0 || n < 0 || !isdigit((uchar)s[0])){
		fprint(2, "find: Expected a positive decimal integer argument to %s, but got %s\n", flag, s);
		exits("usage");
	}
	return n;
}

static Node	*orexpr(void);

/* sizenode: -size [+-]N[cwbkMG]: N units of 512 bytes unless another is named */
static Node*
sizenode(char *v)
{
	Node *n;
	char *p, *e;

	n = node(Osize, v, nil, nil);
	p = v;
	if(*p == '+' || *p == '-')
		n->cmp = *p++;
	n->n = strtoll(p, &e, 10);
	n->unit = 512;
	if(e == p || !isdigit((uchar)*p))
		die("invalid -size type %s", p);
	if(*e != 0){
		if(e[1] != 0 || strchr("cwbkMG", *e) == nil)
			die("invalid -size type %s", e);
		switch(*e){
		case 'c':	n->unit = 1; break;
		case 'w':	n->unit = 2; break;
		case 'k':	n->unit = 1024; break;
		case 'M':	n->unit = 1024*1024; break;
		case 'G':	n->unit = 1024*1024*1024; break;
		}
	}
	return n;
}

/* agenode: -mtime [+-]N (days) or -mmin [+-]N (minutes) */
static Node*
agenode(char *a, char *v)
{
	Node *n;
	char *p, *e;

	n = node(strcmp(a, "-mtime") == 0 ? Omtime : Ommin, v, nil, nil);
	p = v;
	if(*p == '+' || *p == '-')
		n->cmp = *p++;
	n->n = strtoll(p, &e, 10);
	if(e == p || *e != 0 || !isdigit((uchar)*p)){
		fprint(2, "find: invalid argument %s to %s\n", v, a);
		exits("usage");
	}
	return n;
}

/* newernode: -newer file: modified after file was */
static Node*
newernode(char *v)
{
	struct stat st;
	Node *n;

	if(stat(v, &st) < 0){
		fprint(2, "find: %s: %r\n", v);
		exits("newer");
	}
	n = node(Onewer, v, nil, nil);
	n->n = st.st_mtime;
	return n;
}

/*
 * execnode: -exec command ... ; runs the command for each file, {} in
 * its words made the file's name, true if it exits with status 0;
 * -exec command ... {} + runs it for many files at once, true always
 */
static Node*
execnode(void)
{
	Node *n;
	int i;

	action = 1;
	n = node(Oexec, nil, nil, nil);
	for(i = 0; i < nargs; i++){
		if(strcmp(args[i], ";") == 0)
			break;
		if(strcmp(args[i], "+") == 0 && i > 0 && strstr(args[i-1], "{}") != nil){
			if(strcmp(args[i-1], "{}") != 0)
				die("In -exec ... {} + the {} must appear by itself, but you specified %s", args[i-1]);
			n->plus = 1;
			break;
		}
	}
	if(i == nargs || i == 0)
		die("missing argument to -exec", nil);
	n->argv = args;
	n->argc = n->plus ? i - 1 : i;	/* + leaves out its {} */
	args += i + 1;
	nargs -= i + 1;
	if(n->plus){
		for(i = 0; i < n->argc; i++)
			if(strstr(n->argv[i], "{}") != nil)
				die("Only one instance of {} is supported with -exec ... +", nil);
		n->next = plusexecs;
		plusexecs = n;
	}
	return n;
}

/* subst: s with every {} in it made path, malloc'd */
static char*
subst(char *s, char *path)
{
	char *r, *p, *q;
	usize n;

	n = strlen(s) + 1;
	for(p = s; (p = strstr(p, "{}")) != nil; p += 2)
		n += strlen(path);
	if((r = malloc(n)) == nil)
		nomem();
	q = r;
	while((p = strstr(s, "{}")) != nil){
		memmove(q, s, p - s);
		q = stpcpy(q + (p - s), path);
		s = p + 2;
	}
	strcpy(q, s);
	return r;
}

/* run: run the command av and wait for it; whether it exited with status 0 */
static int
run(char **av)
{
	int pid, st;

	fflush(stdout);
	if((pid = fork()) < 0){
		fprint(2, "find: fork: %r\n");
		exits("fork");
	}
	if(pid == 0){
		execvp(av[0], av);
		fprint(2, "find: %s: %r\n", av[0]);
		_exit(127);
	}
	while(waitpid(pid, &st, 0) < 0)
		if(errno != EINTR){
			fprint(2, "find: wait: %r\n");
			exits("wait");
		}
	return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

/* execone: -exec ... ; on the file path */
static int
execone(Node *n, char *path)
{
	char **av;
	int i, ok;

	if((av = malloc((n->argc + 1) * sizeof av[0])) == nil)
		nomem();
	for(i = 0; i < n->argc; i++)
		av[i] = subst(n->argv[i], path);
	av[i] = nil;
	ok = run(av);
	for(i = 0; i < n->argc; i++)
		free(av[i]);
	free(av);
	return ok;
}

/* flushexec: run -exec ... {} + on the files gathered, if any; a failure makes find's status 1 */
static void
flushexec(Node *n)
{
	char **av;
	int i;

	if(n->nfiles == 0)
		return;
	if((av = malloc((n->argc + n->nfiles + 1) * sizeof av[0])) == nil)
		nomem();
	memmove(av, n->argv, n->argc * sizeof av[0]);
	memmove(av + n->argc, n->files, n->nfiles * sizeof av[0]);
	av[n->argc + n->nfiles] = nil;
	if(!run(av))
		bad = 1;
	free(av);
	for(i = 0; i < n->nfiles; i++)
		free(n->files[i]);
	n->nfiles = 0;
	n->nbytes = 0;
}

/* execplus: gather path for -exec ... {} +, running the command when there are enough */
static void
execplus(Node *n, char *path)
{
	if(n->files == nil && (n->files = malloc(Maxargs * sizeof n->files[0])) == nil)
		nomem();
	if(n->nfiles == Maxargs || n->nbytes + (long)strlen(path) + 1 > Maxbytes)
		flushexec(n);
	if((n->files[n->nfiles++] = strdup(path)) == nil)
		nomem();
	n->nbytes += strlen(path) + 1;
}

/* primary: a test, an action, ( expr ), or ! and what it negates */
static Node*
primary(void)
{
	char *a, *v;
	Node *n;

	if(nargs == 0)
		die("invalid expression", nil);
	a = *args++;
	nargs--;
	if(strcmp(a, "-o") == 0 || strcmp(a, "-or") == 0 || strcmp(a, "-a") == 0 || strcmp(a, "-and") == 0)
		die("invalid expression; you have used a binary operator '%s' with nothing before it.", a);
	if(strcmp(a, "!") == 0 || strcmp(a, "-not") == 0){
		if(nargs == 0)
			die("expected an expression after '%s'", a);
		return node(Onot, nil, primary(), nil);
	}
	if(strcmp(a, "(") == 0){
		if(nargs > 0 && strcmp(args[0], ")") == 0)
			die("invalid expression; empty parentheses are not allowed.", nil);
		n = orexpr();
		if(nargs == 0 || strcmp(args[0], ")") != 0)
			die("invalid expression; I was expecting to find a ')' somewhere but did not see one.", nil);
		args++;
		nargs--;
		return n;
	}
	if(strcmp(a, "-print") == 0){
		action = 1;
		return node(Oprint, nil, nil, nil);
	}
	if(strcmp(a, "-print0") == 0){
		action = 1;
		return node(Oprint0, nil, nil, nil);
	}
	if(strcmp(a, "-prune") == 0)
		return node(Oprune, nil, nil, nil);
	if(strcmp(a, "-empty") == 0)
		return node(Oempty, nil, nil, nil);
	if(strcmp(a, "-depth") == 0){
		depthfirst = 1;
		return node(Otrue, nil, nil, nil);
	}
	if(strcmp(a, "-delete") == 0){
		action = 1;
		depthfirst = 1;	/* what is in a directory goes first */
		return node(Odelete, nil, nil, nil);
	}
	if(strcmp(a, "-true") == 0)
		return node(Otrue, nil, nil, nil);
	if(strcmp(a, "-false") == 0)
		return node(Onot, nil, node(Otrue, nil, nil, nil), nil);
	if(strcmp(a, "-exec") == 0)
		return execnode();
	if(strcmp(a, "-name") != 0 && strcmp(a, "-iname") != 0 && strcmp(a, "-path") != 0
	&& strcmp(a, "-type") != 0 && strcmp(a, "-maxdepth") != 0 && strcmp(a, "-mindepth") != 0
	&& strcmp(a, "-size") != 0 && strcmp(a, "-newer") != 0
	&& strcmp(a, "-mtime") != 0 && strcmp(a, "-mmin") != 0){
		if(a[0] == '-' || a[0] == ')')
			die(a[0] == ')' ? "you have too many ')'" : "unknown predicate %s", a);
		die("paths must precede expression: %s", a);
	}
	if(nargs == 0)
		die("missing argument to %s", a);
	v = *args++;
	nargs--;
	if(strcmp(a, "-name") == 0)
		return node(Oname, v, nil, nil);
	if(strcmp(a, "-iname") == 0)
		return node(Oiname, v, nil, nil);
	if(strcmp(a, "-path") == 0)
		return node(Opath, v, nil, nil);
	if(strcmp(a, "-maxdepth") == 0){
		maxdepth = number(a, v);
		return node(Otrue, nil, nil, nil);
	}
	if(strcmp(a, "-mindepth") == 0){
		mindepth = number(a, v);
		return node(Otrue, nil, nil, nil);
	}
	if(strcmp(a, "-size") == 0)
		return sizenode(v);
	if(strcmp(a, "-newer") == 0)
		return newernode(v);
	if(strcmp(a, "-mtime") == 0 || strcmp(a, "-mmin") == 0)
		return agenode(a, v);
	if(strlen(v) != 1 || strchr("fdlbcps", v[0]) == nil)
		die("Unknown argument to -type: %s", v);
	return node(Otype, v, nil, nil);
}

/* andexpr: primaries joined by -a, -and or nothing */
static Node*
andexpr(void)
{
	Node *n;

	n = primary();
	while(nargs > 0 && strcmp(args[0], "-o") != 0 && strcmp(args[0], "-or") != 0
	&& strcmp(args[0], ")") != 0){
		if(strcmp(args[0], "-a") == 0 || strcmp(args[0], "-and") == 0){
			args++;
			nargs--;
			if(nargs == 0)
				die("expected an expression after '%s'", args[-1]);
		}
		n = node(Oand, nil, n, primary());
	}
	return n;
}

/* orexpr: andexprs joined by -o or -or */
static Node*
orexpr(void)
{
	Node *n;

	n = andexpr();
	while(nargs > 0 && (strcmp(args[0], "-o") == 0 || strcmp(args[0], "-or") == 0)){
		args++;
		nargs--;
		if(nargs == 0)
			die("expected an expression after '%s'", args[-1]);
		n = node(Oor, nil, n, andexpr());
	}
	return n;
}

/* isempty: whether f is an empty file or a directory with nothing in it */
static int
isempty(File *f)
{
	DIR *d;
	struct dirent *e;
	int n;

	if(!f->isdir)
		return f->size == 0;
	if((d = opendir(f->path)) == nil){
		fprint(2, "find: %s: %r\n", f->path);
		bad = 1;
		return 0;
	}
	n = 0;
	while((e = readdir(d)) != nil)
		if(strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n == 0;
}

/* delete: -delete: remove f (not .); whether it went */
static int
delete(File *f)
{
	if(strcmp(f->path, ".") == 0)
		return 1;
	if(remove(f->path) < 0){
		fflush(stdout);
		fprint(2, "find: cannot delete %s: %r\n", f->path);
		bad = 1;
		return 0;
	}
	return 1;
}

/* eval: the expression n on file f */
static int
eval(Node *n, File *f)
{
	vlong u;

	switch(n->op){
	case Oname:
		return glob(n->arg, f->base, 0);
	case Oiname:
		return glob(n->arg, f->base, 1);
	case Opath:
		return glob(n->arg, f->path, 0);
	case Otype:
		return n->arg[0] == (f->isdir ? 'd' : 'f');
	case Oempty:
		return isempty(f);
	case Osize:
		/* the size in units, rounded up, as GNU's */
		u = (f->size + n->unit - 1) / n->unit;
		return n->cmp == '+' ? u > n->n : n->cmp == '-' ? u < n->n : u == n->n;
	case Onewer:
		return f->mtime > n->n;
	case Omtime:
		/* whole days ago, the fraction dropped, as GNU's */
		u = (now - f->mtime) / 86400;
		if(now < f->mtime)
			u = -1;
		return n->cmp == '+' ? u > n->n : n->cmp == '-' ? u < n->n : u == n->n;
	case Ommin:
		/* in seconds: -N less than N minutes ago, +N more, N in the minute before N */
		u = now - f->mtime;
		if(n->cmp == '+')
			return u > n->n*60;
		if(n->cmp == '-')
			return u < n->n*60;
		return u > (n->n-1)*60 && u <= n->n*60;
	case Odelete:
		return delete(f);
	case Oexec:
		if(n->plus){
			execplus(n, f->path);
			return 1;
		}
		return execone(n, f->path);
	case Otrue:
		return 1;
	case Oprint:
		print("%s\n", f->path);
		return 1;
	case Oprint0:
		fputs(f->path, stdout);
		putchar(0);
		return 1;
	case Oprune:
		f->pruned = 1;
		return 1;
	case Onot:
		return !eval(n->l, f);
	case Oand:
		return eval(n->l, f) && eval(n->r, f);
	case Oor:
		return eval(n->l, f) || eval(n->r, f);
	}
	return 0;
}

/* readents: the entries of directory path into *ep; how many, or -1 after an error line */
static int
readents(char *path, Ent **ep)
{
	DIR *d;
	struct dirent *e;
	Ent *ents, *x;
	int n, a;

	if((d = opendir(path)) == nil){
		fprint(2, "find: %s: %r\n", path);
		bad = 1;
		return -1;
	}
	ents = nil;
	n = a = 0;
	while((e = readdir(d)) != nil){
		if(strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if(n == a){
			a = a == 0 ? 16 : a*2;
			if((x = realloc(ents, a * sizeof ents[0])) == nil)
				nomem();
			ents = x;
		}
		if((ents[n].name = strdup(e->d_name)) == nil)
			nomem();
		ents[n].isdir = e->d_type == DT_DIR;
		ents[n].size = e->d_size;
		ents[n].mtime = e->d_mtime;
		n++;
	}
	closedir(d);
	*ep = ents;
	return n;
}

/* walk: evaluate the expression on f, at depth, and on everything below it */
static void
walk(Node *expr, File *f, long depth)
{
	Ent *ents;
	File c;
	int i, n;

	if(!depthfirst && depth >= mindepth)
		eval(expr, f);
	if(f->isdir && !f->pruned && (maxdepth < 0 || depth < maxdepth)
	&& (n = readents(f->path, &ents)) >= 0){
		for(i = 0; i < n; i++){
			if((c.path = urljoin(f->path, ents[i].name)) == nil)
				nomem();
			c.base = ents[i].name;
			c.isdir = ents[i].isdir;
			c.size = ents[i].size;
			c.mtime = ents[i].mtime;
			c.pruned = 0;
			walk(expr, &c, depth+1);
			free(c.path);
			free(ents[i].name);
		}
		free(ents);
	}
	if(depthfirst && depth >= mindepth)
		eval(expr, f);
}

/* start: walk from the path named on the command line */
static void
start(Node *expr, char *path)
{
	struct stat st;
	File f;
	char *s, *e;

	if(stat(path, &st) < 0){
		fprint(2, "find: %s: %r\n", path);
		bad = 1;
		return;
	}
	/* the last element, trailing slashes left out: a/b/ is b */
	if((s = strdup(path)) == nil)
		nomem();
	e = s + strlen(s);
	while(e > s + 1 && e[-1] == '/')
		*--e = 0;
	f.base = strrchr(s, '/') != nil && s[1] != 0 ? strrchr(s, '/') + 1 : s;
	f.path = path;
	f.isdir = S_ISDIR(st.st_mode);
	f.size = st.st_size;
	f.mtime = st.st_mtime;
	f.pruned = 0;
	walk(expr, &f, 0);
	free(s);
}

int
main(int argc, char **argv)
{
	Node *expr, *n;
	int i, npaths;

	argv0 = "find";
	now = time(nil);
	/* the paths are the arguments before the first that starts an expression */
	for(npaths = 1; npaths < argc; npaths++){
		if(argv[npaths][0] == '-' && argv[npaths][1] != 0)
			break;
		if(strcmp(argv[npaths], "!") == 0 || strcmp(argv[npaths], "(") == 0)
			break;
	}
	args = argv + npaths;
	nargs = argc - npaths;
	expr = node(Otrue, nil, nil, nil);
	if(nargs > 0){
		expr = orexpr();
		if(nargs > 0)
			die("you have too many ')'", nil);
	}
	if(!action)
		expr = node(Oand, nil, expr, node(Oprint, nil, nil, nil));
	if(npaths == 1)
		start(expr, ".");
	for(i = 1; i < npaths; i++)
		start(expr, argv[i]);
	for(n = plusexecs; n != nil; n = n->next)
		flushexec(n);
	if(fflush(stdout) == EOF){
		fprint(2, "find: write error: %r\n");
		exits("write");
	}
	return bad;
}
