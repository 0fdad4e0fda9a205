/*
 * test: evaluate a conditional expression; exit 0 if it is true, 1 if
 * false, 2 on a syntax error.  As Plan 9's test(1): file tests -e -f
 * -d -r -w -x -s (and POSIX's -h -L -p -b -c -u -g -k -S, always false:
 * Ninefold has no such files), -t fd, string tests -z -n, s1 = s2, s1 != s2, integer
 * comparisons -eq -ne -lt -le -gt -ge, file times f1 -nt f2, -ot,
 * and ! -a -o ( ).  Called as "[", its last argument must be "]".
 */
#include <libc.h>
#include <sys/stat.h>

static char	**tok;	/* the expression's arguments */
static int	ntok, pos;
static char	*name = "test";

/* synerr: report a syntax error and exit 2 */
static void
synerr(char *what, char *arg)
{
	if(arg != nil)
		fprint(2, "%s: %s: %s\n", name, arg, what);
	else
		fprint(2, "%s: %s\n", name, what);
	exit(2);
}

/* isunary: whether s is a unary operator */
static int
isunary(char *s)
{
	return s[0] == '-' && s[1] != 0 && s[2] == 0 && strchr("efdrwxszntLhpbcugkS", s[1]) != nil;
}

/* isbinary: whether s is a binary operator */
static int
isbinary(char *s)
{
	static char *ops[] = { "=", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot" };
	usize i;

	for(i = 0; i < nelem(ops); i++)
		if(strcmp(s, ops[i]) == 0)
			return 1;
	return 0;
}

/* integer: s as an integer, or a syntax error */
static vlong
integer(char *s)
{
	char *e;
	vlong v;

	while(*s == ' ' || *s == '\t')
		s++;
	errno = 0;
	v = strtoll(s, &e, 10);
	while(*e == ' ' || *e == '\t')
		e++;
	if(e == s || *e != 0 || errno != 0)
		synerr("bad number", s);
	return v;
}

/* unary: the value of the unary operator op on arg */
static int
unary(char *op, char *arg)
{
	struct stat st;

	switch(op[1]){
	case 'z':
		return arg[0] == 0;
	case 'n':
		return arg[0] != 0;
	case 't':
		return isatty(integer(arg));
	}
	if(stat(arg, &st) < 0)
		return 0;
	switch(op[1]){
	case 'e':
		return 1;
	case 'f':
		return !S_ISDIR(st.st_mode);
	case 'd':
		return S_ISDIR(st.st_mode);
	case 'r':
		return (st.st_mode & S_IRUSR) != 0;
	case 'w':
		return (st.st_mode & S_IWUSR) != 0;
	case 'x':
		return (st.st_mode & S_IXUSR) != 0;
	case 's':
		return st.st_size > 0;
	}
	return 0;
}

/* mtime: the modification time of the file, -1 if it does not exist */
static vlong
mtime(char *f)
{
	struct stat st;

	if(stat(f, &st) < 0)
		return -1;
	return st.st_mtime;
}

/* binary: the value of a op b */
static int
binary(char *a, char *op, char *b)
{
	vlong x, y;

	if(strcmp(op, "=") == 0)
		return strcmp(a, b) == 0;
	if(strcmp(op, "!=") == 0)
		return strcmp(a, b) != 0;
	if(strcmp(op, "-nt") == 0)
		return mtime(a) > mtime(b);
	if(strcmp(op, "-ot") == 0)
		return mtime(a) < mtime(b);
	x = integer(a);
	y = integer(b);
	switch(op[1]<<8 | op[2]){
	case 'e'<<8 | 'q': return x == y;
	case 'n'<<8 | 'e': return x != y;
	case 'l'<<8 | 't': return x < y;
	case 'l'<<8 | 'e': return x <= y;
	case 'g'<<8 | 't': return x > y;
	case 'g'<<8 | 'e': return x >= y;
	}
	return 0;
}

static int	oexpr(void);

/* primary: ( expr ), unop arg, arg binop arg, or a lone string */
static int
primary(void)
{
	int v;

	if(pos >= ntok)
		synerr("argument expected", nil);
	if(pos + 2 < ntok && isbinary(tok[pos+1])){
		v = binary(tok[pos], tok[pos+1], tok[pos+2]);
		pos += 3;
		return v;
	}
	if(strcmp(tok[pos], "(") == 0){
		pos++;
		v = oexpr();
		if(pos >= ntok || strcmp(tok[pos], ")") != 0)
			synerr("missing )", nil);
		pos++;
		return v;
	}
	if(isunary(tok[pos])){
		if(pos + 1 >= ntok)
			synerr("argument expected", tok[pos]);
		v = unary(tok[pos], tok[pos+1]);
		pos += 2;
		return v;
	}
	return tok[pos++][0] != 0;
}

/* nexpr: ! nexpr, or a primary */
static int
nexpr(void)
{
	if(pos < ntok && strcmp(tok[pos], "!") == 0){
		pos++;
		return !nexpr();
	}
	return primary();
}

/* aexpr: nexpr [-a nexpr]... */
static int
aexpr(void)
{
	int v;

	v = nexpr();
	while(pos < ntok && strcmp(tok[pos], "-a") == 0){
		pos++;
		v = nexpr() && v;
	}
	return v;
}

/* oexpr: aexpr [-o aexpr]... */
static int
oexpr(void)
{
	int v;

	v = aexpr();
	while(pos < ntok && strcmp(tok[pos], "-o") == 0){
		pos++;
		v = aexpr() || v;
	}
	return v;
}

/*
 * evaluate: the value of the expression argv[0:argc].  The short
 * forms follow POSIX's rules by number of arguments, so that
 * test -n, test ! -z and test = = mean what they say.
 */
static int
evaluate(int argc, char **argv)
{
	tok = argv;
	ntok = argc;
	pos = 0;
	switch(argc){
	case 0:
		return 0;
	case 1:
		return argv[0][0] != 0;
	case 2:
		if(strcmp(argv[0], "!") == 0)
			return argv[1][0] == 0;
		if(isunary(argv[0]))
			return unary(argv[0], argv[1]);
		break;
	case 3:
		if(isbinary(argv[1]))
			return binary(argv[0], argv[1], argv[2]);
		if(strcmp(argv[0], "!") == 0)
			return !evaluate(2, argv + 1);
		if(strcmp(argv[0], "(") == 0 && strcmp(argv[2], ")") == 0)
			return argv[1][0] != 0;
		break;
	case 4:
		if(strcmp(argv[0], "!") == 0)
			return !evaluate(3, argv + 1);
		if(strcmp(argv[0], "(") == 0 && strcmp(argv[3], ")") == 0)
			return evaluate(2, argv + 1);
		break;
	}
	tok = argv;
	ntok = argc;
	pos = 0;
	if(oexpr() == 0){
		if(pos < ntok)
			synerr("unexpected operand", tok[pos]);
		return 0;
	}
	if(pos < ntok)
		synerr("unexpected operand", tok[pos]);
	return 1;
}

int
main(int argc, char **argv)
{
	usize n;

	n = argv[0] != nil ? strlen(argv[0]) : 0;
	argv0 = "test";
	if(n > 0 && argv[0][n-1] == '['){
		name = "[";
		argv0 = "[";
		if(argc < 2 || strcmp(argv[argc-1], "]") != 0)
			synerr("missing ]", nil);
		argc--;
	}
	return !evaluate(argc - 1, argv + 1);
}
