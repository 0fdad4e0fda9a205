/*
 * awk: pattern scanning and processing language.
 *	awk [-F fs] [-v var=value]... [-f progfile]... ['prog'] [file ...]
 * A POSIX awk, as Plan 9's (the one true awk) behaves; see awk(1).
 * main.c reads the arguments and starts the program; awk.h names the
 * other parts.
 */
#include "awk.h"

/* usage: the synopsis; exit 1 */
static void
usage(void)
{
	fprint(2, "usage: awk [-F fs] [-v var=value] [-f progfile | 'prog'] [file ...]\n");
	exit(1);
}

/* fatal: an error while running: the message and the program's line; exit 2 */
void
fatal(char *fmt, ...)
{
	char buf[512];
	va_list ap;

	flushall();
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	fprint(2, "awk: %s\n", buf);
	if(curline > 0)
		fprint(2, " source line %d\n", curline);
	exit(2);
}

/* nomem: malloc failed: end awk */
void
nomem(void)
{
	fatal("out of memory");
}

/* unescape: s with its escapes (\n \t \\ \ooo ...) made bytes (malloc'd) */
static char*
unescape(char *s)
{
	char *t, *p;
	int c;

	t = p = emalloc(strlen(s) + 1);
	while(*s != 0){
		if(*s != '\\'){
			*p++ = *s++;
			continue;
		}
		s++;
		if((c = escape(&s)) >= 0)
			*p++ = c;
		else
			*p++ = '\\';
	}
	*p = 0;
	return t;
}

/*
 * assignarg: if arg is var=value, do it (value's escapes made bytes,
 * a strnum) and return 1; else 0
 */
int
assignarg(char *arg)
{
	char *eq, *name, *val;
	Var *v;

	if(!isalpha((uchar)arg[0]) && arg[0] != '_')
		return 0;
	for(eq = arg; isalnum((uchar)*eq) || *eq == '_'; eq++)
		;
	if(*eq != '=')
		return 0;
	name = emalloc(eq - arg + 1);
	memmove(name, arg, eq - arg);
	name[eq - arg] = 0;
	v = lookup(name);
	free(name);
	val = unescape(eq + 1);
	cellset(varcell(v), mkstrnum(val));
	free(val);
	if(v == vnf)
		setnf(getnum(&v->c));
	return 1;
}

/* readprog: a program file's text, appended to *prog */
static void
readprog(char **prog, char *name)
{
	char buf[8192];
	long n, len;
	int fd;

	fd = strcmp(name, "-") == 0 ? 0 : open(name, O_RDONLY);
	if(fd < 0){
		fprint(2, "awk: can't open file %s\n", name);
		exit(2);
	}
	len = *prog != nil ? strlen(*prog) : 0;
	*prog = erealloc(*prog, len + 2);
	if(len > 0)
		(*prog)[len++] = '\n';
	(*prog)[len] = 0;
	while((n = read(fd, buf, sizeof buf)) > 0){
		*prog = erealloc(*prog, len + n + 1);
		memmove(*prog + len, buf, n);
		len += n;
		(*prog)[len] = 0;
	}
	if(fd > 0)
		close(fd);
}

/* main: the flags, the program, the operands; run */
int
main(int argc, char **argv)
{
	char *prog, *fs, **assigns;
	int nassign, i;

	prog = nil;
	fs = nil;
	assigns = emalloc(argc * sizeof assigns[0]);
	nassign = 0;
	cellinit();
	ARGBEGIN{
	case 'F':
		fs = EARGF(usage());
		break;
	case 'v':
		assigns[nassign++] = EARGF(usage());
		break;
	case 'f':
		readprog(&prog, EARGF(usage()));
		break;
	default:
		fprint(2, "awk: unknown option -%c\n", ARGC());
		usage();
	}ARGEND
	if(prog == nil){
		if(argc < 1)
			usage();
		prog = argv[0];
		argc--;
		argv++;
	}
	if(!isatty(1))
		setvbuf(stdout, nil, _IOFBF, 0);
	if(fs != nil){
		fs = strcmp(fs, "t") == 0 ? "\t" : unescape(fs);
		setvarstr(vfs, fs);
	}
	for(i = 0; i < nassign; i++)
		if(!assignarg(assigns[i])){
			fprint(2, "awk: invalid -v argument: %s\n", assigns[i]);
			exit(2);
		}
	argv[-1] = "awk";
	setargs(argc + 1, argv - 1);
	run(parse(prog));
	exit(exitstatus);
}
