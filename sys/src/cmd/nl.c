/*
 * nl: number the lines of the files (standard input for none, or for
 * "-"), as GNU's nl: the numbering goes on across the files; each
 * numbered line is its number, right-aligned in 6 columns, a tab and
 * the line; a line left unnumbered gets as many blanks instead.  -b
 * says which lines are numbered: t (the default) those not empty, a
 * all, n none, pRE those regexp(6) RE matches.  -w sets the width,
 * -s the separator, -v the first number, -i the step, -n the format
 * (ln left-aligned, rn right-aligned, rz right-aligned with zeros).
 * GNU's logical pages (\: lines) are not taken.
 */
#include <libc.h>
#include <regexp.h>

static Rdline	rd;
static int	style = 't';	/* -b: a, t, n or p */
static Reprog	*re;		/* -b p's expression */
static char	*format = "rn";
static char	*sep = "\t";
static long	width = 6;
static vlong	line = 1, incr = 1;

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: nl [-b a|t|n|pRE] [-i incr] [-n ln|rn|rz] [-s sep] [-v first] [-w width] [file ...]\n");
	exits("usage");
}

/* number: s as a number, at least min, or a usage error naming what */
static vlong
number(char *s, vlong min, char *what)
{
	char *e;
	vlong n;

	n = strtoll(s, &e, 10);
	if(e == s || *e != 0 || n < min){
		fprint(2, "nl: bad %s: %s\n", what, s);
		exits("usage");
	}
	return n;
}

/* numbered: whether line l (a bytes, without its newline) gets a number */
static int
numbered(char *l, usize a)
{
	switch(style){
	case 'a':
		return 1;
	case 't':
		return a > 0;
	case 'p':
		return regexecx(re, l, l, l + a, nil, 0);
	}
	return 0;
}

/* nl: number fd's lines; 0, or -1 after an error line */
static int
nl(int fd, char *name)
{
	char *l;
	usize len, a;

	rdinit(&rd, fd, name);
	while((l = rdline(&rd, &len)) != nil){
		a = len > 0 && l[len-1] == '\n' ? len-1 : len;
		if(!numbered(l, a))
			printf("%*s", (int)(width + strlen(sep)), "");
		else{
			if(strcmp(format, "ln") == 0)
				printf("%-*lld%s", (int)width, line, sep);
			else if(strcmp(format, "rz") == 0)
				printf("%0*lld%s", (int)width, line, sep);
			else
				printf("%*lld%s", (int)width, line, sep);
			line += incr;
		}
		fwrite(l, 1, a, stdout);
		putchar('\n');
	}
	if(rd.err)
		return -1;
	return 0;
}

int
main(int argc, char **argv)
{
	char *b, err[REGERRMAX];
	int bad;

	ARGBEGIN{
	case 'b':
		b = EARGF(usage());
		if(b[0] == 'p'){
			if((re = regcompx(b+1, 0, err, sizeof err)) == nil){
				fprint(2, "nl: %s: %s\n", b+1, err);
				exits("regexp");
			}
		}else if(strlen(b) != 1 || strchr("atn", b[0]) == nil)
			usage();
		style = b[0];
		break;
	case 'i':
		incr = number(EARGF(usage()), LLONG_MIN, "increment");
		break;
	case 'n':
		format = EARGF(usage());
		if(strcmp(format, "ln") != 0 && strcmp(format, "rn") != 0 && strcmp(format, "rz") != 0)
			usage();
		break;
	case 's':
		sep = EARGF(usage());
		break;
	case 'v':
		line = number(EARGF(usage()), LLONG_MIN, "first number");
		break;
	case 'w':
		width = number(EARGF(usage()), 1, "width");
		if(width > 1000)
			width = 1000;
		break;
	default:
		usage();
	}ARGEND
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = eachfile(argc, argv, nl);
	if(fflush(stdout) == EOF){
		fprint(2, "nl: write error: %r\n");
		exits("write");
	}
	return bad;
}
