/*
 * env: print the environment, or run a command in a changed one.
 * env [-i] [-u name]... [name=value]... [command [arg...]]
 * With no command it prints each variable as name=value, sorted by
 * name; a value that is an rc list of several elements (separated by
 * \001 in environ, by NULs in env:) is printed as rc would read it,
 * name=(a 'b c'), and functions (fn#name) are left out.  With a
 * command, the changes go into its environ and, in an environment
 * group of its own, into env: (where rc looks too), and it is run as
 * rc would, found by $path.
 */
#include <libc.h>
#include <dirent.h>

static char	**vars;	/* name=value, the environment as changed */
static int	nvars, cap;

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: env [-i] [-u name] [name=value ...] [command [arg ...]]\n");
	exits("usage");
}

/* emalloc: malloc, or die */
static void*
emalloc(usize n)
{
	void *p;

	p = malloc(n);
	if(p == nil)
		sysfatal("out of memory");
	return p;
}

/* find: the index of name (of n bytes) in vars, or -1 */
static int
find(char *name, int n)
{
	int i;

	for(i = 0; i < nvars; i++)
		if(strncmp(vars[i], name, n) == 0 && vars[i][n] == '=')
			return i;
	return -1;
}

/* put: set the variable of the entry s (name=value), replacing its old value */
static void
put(char *s)
{
	int i;

	i = find(s, strchr(s, '=') - s);
	if(i >= 0){
		vars[i] = s;
		return;
	}
	if(nvars + 2 > cap){
		cap = 2 * cap + 16;
		vars = realloc(vars, cap * sizeof vars[0]);
		if(vars == nil)
			sysfatal("out of memory");
	}
	vars[nvars++] = s;
	vars[nvars] = nil;
}

/* unset: remove name's entry */
static void
unset(char *name)
{
	int i;

	i = find(name, strlen(name));
	if(i < 0)
		return;
	nvars--;
	memmove(vars + i, vars + i + 1, (nvars - i) * sizeof vars[0]);
	vars[nvars] = nil;
}

/* readvar: the value of env:/name, NULs made \001, as an entry
 * name=value; nil if it cannot be read */
static char*
readvar(char *name)
{
	char url[256], *s, *p;
	long n, len, cap;
	int fd;

	if(snprintf(url, sizeof url, "env:/%s", name) >= (int)sizeof url)
		return nil;
	if((fd = open(url, O_RDONLY)) < 0)
		return nil;
	len = strlen(name) + 1;
	cap = len + 256;
	s = emalloc(cap + 1);
	sprintf(s, "%s=", name);
	while((n = read(fd, s + len, cap - len)) > 0){
		len += n;
		if(len == cap){
			cap *= 2;
			if((s = realloc(s, cap + 1)) == nil)
				sysfatal("out of memory");
		}
	}
	close(fd);
	if(n < 0){
		free(s);
		return nil;
	}
	for(p = s; p < s + len; p++)
		if(*p == 0)
			*p = '\001';
	s[len] = 0;
	return s;
}

/* importenv: add the variables of env: that environ does not have,
 * but not those of unsets[0:nunset] */
static void
importenv(char **unsets, int nunset)
{
	DIR *d;
	struct dirent *e;
	char *s;
	int i;

	if((d = opendir("env:/")) == nil)
		return;
	while((e = readdir(d)) != nil){
		for(i = 0; i < nunset; i++)
			if(strcmp(unsets[i], e->d_name) == 0)
				break;
		if(i == nunset && find(e->d_name, strlen(e->d_name)) < 0 && (s = readvar(e->d_name)) != nil)
			put(s);
	}
	closedir(d);
}

/* varcmp: for qsort, by name */
static int
varcmp(const void *a, const void *b)
{
	char *s, *t;

	s = *(char**)a;
	t = *(char**)b;
	for(; *s == *t && *s != '=' && *s != 0; s++, t++)
		;
	if(*s == '=')
		return *t == '=' ? 0 : -1;
	if(*t == '=')
		return 1;
	return (uchar)*s - (uchar)*t;
}

/* needquote: must rc quote the n bytes at s as one word? */
static int
needquote(char *s, int n)
{
	int i;

	if(n == 0)
		return 1;
	for(i = 0; i < n; i++)
		if(strchr(" \t\n#;&|^$=`'{}()<>[]*?~", s[i]) != nil || s[i] == 0)
			return 1;
	return 0;
}

/* putword: print the n bytes at s, in rc's quotes if they need them */
static void
putword(char *s, int n)
{
	int i;

	if(!needquote(s, n)){
		fwrite(s, 1, n, stdout);
		return;
	}
	putchar('\'');
	for(i = 0; i < n; i++){
		if(s[i] == '\'')
			putchar('\'');
		putchar(s[i]);
	}
	putchar('\'');
}

/* list: print the variables, name=value; a list of several elements
 * as rc would read it, name=(a 'b c') */
static void
list(void)
{
	char *v, *e;
	int i;

	qsort(vars, nvars, sizeof vars[0], varcmp);
	for(i = 0; i < nvars; i++){
		if(strncmp(vars[i], "fn#", 3) == 0)
			continue;
		v = strchr(vars[i], '=') + 1;
		fwrite(vars[i], 1, v - vars[i], stdout);
		if(strchr(v, '\001') == nil)
			fputs(v, stdout);
		else{
			putchar('(');
			for(;;){
				e = strchr(v, '\001');
				putword(v, e != nil ? e - v : (int)strlen(v));
				if(e == nil)
					break;
				putchar(' ');
				v = e + 1;
			}
			putchar(')');
		}
		putchar('\n');
	}
	if(fflush(stdout) == EOF){
		fprint(2, "env: write error: %r\n");
		exits("write");
	}
}

/* setenvfile: make env: agree: name=value written, or name (no =) removed */
static void
setenvfile(char *s)
{
	char url[256], *eq, *v;
	int fd;
	long n;

	eq = strchr(s, '=');
	n = eq != nil ? eq - s : (long)strlen(s);
	if(n + 6 > (long)sizeof url)
		return;
	snprintf(url, sizeof url, "env:/%.*s", (int)n, s);
	if(eq == nil){
		remove(url);
		return;
	}
	if((fd = open(url, O_WRONLY|O_CREAT|O_TRUNC, 0666)) < 0){
		fprint(2, "env: %s: %r\n", url);
		exits("env");
	}
	/* rc's lists are NUL separated there */
	v = strdup(eq + 1);
	if(v == nil)
		sysfatal("out of memory");
	for(n = 0; v[n] != 0; n++)
		if(v[n] == '\001')
			v[n] = 0;
	if(n > 0 && write(fd, v, n) != n){
		fprint(2, "env: %s: %r\n", url);
		exits("env");
	}
	free(v);
	close(fd);
}

/* run: exec argv[0] with vars as its environment, found as rc finds it
 * (in each directory of $path; as it stands if it has a / or :) */
static void
run(char **argv)
{
	char *name, *path, *p, *e, err[256];
	int i, n;

	name = argv[0];
	if(strchr(name, '/') != nil || strchr(name, ':') != nil){
		execve(name, argv, vars);
		fprint(2, "env: %s: %r\n", name);
		exit(errno == ENOENT ? 127 : 126);
	}
	i = find("path", 4);
	p = i >= 0 ? vars[i] + 5 : "file:/bin";
	snprintf(err, sizeof err, "not found");
	for(;;){
		e = strchr(p, '\001');
		n = e != nil ? e - p : (int)strlen(p);
		path = emalloc(n + strlen(name) + 2);
		if(n == 0 || (n == 1 && *p == '.'))
			strcpy(path, name);
		else
			sprintf(path, "%.*s/%s", n, p, name);
		execve(path, argv, vars);
		snprintf(err, sizeof err, "%r");
		free(path);
		if(e == nil)
			break;
		p = e + 1;
	}
	fprint(2, "env: %s: %s\n", name, err);
	exit(strcmp(err, "file does not exist") == 0 || strcmp(err, "not found") == 0 ? 127 : 126);
}

int
main(int argc, char **argv)
{
	char **unsets, **sets;
	int iflag, nunset, nset, i;

	iflag = 0;
	nunset = 0;
	cap = 16;
	vars = emalloc(cap * sizeof vars[0]);
	vars[0] = nil;
	unsets = emalloc((argc + 1) * sizeof unsets[0]);
	argv0 = "env";
	argc--, argv++;
	while(argc > 0 && argv[0][0] == '-'){
		if(strcmp(argv[0], "--") == 0){
			argc--, argv++;
			break;
		}
		if(strcmp(argv[0], "-i") == 0 || strcmp(argv[0], "-") == 0)
			iflag = 1;
		else if(strcmp(argv[0], "-u") == 0){
			if(argc < 2 || argv[1][0] == 0 || strchr(argv[1], '=') != nil)
				usage();
			unsets[nunset++] = argv[1];
			argc--, argv++;
		}else if(strncmp(argv[0], "-u", 2) == 0 && strchr(argv[0], '=') == nil)
			unsets[nunset++] = argv[0] + 2;
		else
			usage();
		argc--, argv++;
	}
	if(!iflag)
		for(i = 0; environ != nil && environ[i] != nil; i++)
			if(strchr(environ[i], '=') != nil)
				put(environ[i]);
	for(i = 0; i < nunset; i++)
		unset(unsets[i]);
	sets = argv;
	for(nset = 0; argc > 0 && strchr(argv[0], '=') != nil; nset++){
		if(argv[0][0] == '=')
			usage();
		put(argv[0]);
		argc--, argv++;
	}
	if(argc == 0){
		if(!iflag)
			importenv(unsets, nunset);
		list();
		exits(nil);
	}
	if(iflag || nunset > 0 || nset > 0){
		/* env: for the command alone, changed as environ is */
		if(rfork(iflag ? RFCENVG : RFENVG) < 0){
			fprint(2, "env: rfork: %r\n");
			exits("rfork");
		}
		for(i = 0; i < nunset; i++)
			setenvfile(unsets[i]);
		for(i = 0; i < nset; i++)
			setenvfile(sets[i]);
	}
	run(argv);
	return 1;
}
