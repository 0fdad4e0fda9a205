/*
 * split: cut a file (standard input if none) into pieces, as 9base's
 * does: files of n lines (-n or -l, default 1000) named stem (-f,
 * default x) and aa, ab, ... zz; or, with -e, a new file at each line
 * that matches one of the expressions, named by the text the first
 * parenthesized subexpression matched (and the suffix -s), or else
 * by the next of the stem's names.  -x leaves the matching line out,
 * -i ignores case in the expressions and makes the names they give
 * lower case.  With -e the lines before the first match are not
 * written anywhere.
 */
#include <libc.h>
#include <regexp.h>

static char	*stem = "x";
static char	*suffix = "";
static int	nseq;		/* names made from the stem so far */
static FILE	*out;		/* the piece being written, or nil */
static Reprog	**exps;
static int	nexp;

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: split [-n num] [-e exp] [-f stem] [-s suff] [-x] [-i] [file]\n");
	exits("usage");
}

/* closeout: finish the piece being written */
static void
closeout(void)
{
	if(out != nil && fclose(out) != 0){
		fprint(2, "split: write: %r\n");
		exits("write");
	}
	out = nil;
}

/* openout: make name the piece being written */
static void
openout(char *name)
{
	closeout();
	if((out = fopen(name, "w")) == nil){
		fprint(2, "split: %s: %r\n", name);
		exits("create");
	}
}

/* nextname: the stem's next name, aa to zz, into buf */
static void
nextname(char *buf, int n)
{
	if(nseq >= 26*26){
		fprint(2, "split: more than %d files\n", 26*26);
		exits("too many");
	}
	snprintf(buf, n, "%s%c%c", stem, 'a' + nseq / 26, 'a' + nseq % 26);
	nseq++;
}

/* addexp: compile an expression of -e */
static void
addexp(char *s, int flags)
{
	char err[REGERRMAX];
	Reprog **e;

	e = realloc(exps, (nexp + 1) * sizeof exps[0]);
	if(e == nil){
		fprint(2, "split: out of memory\n");
		exits("memory");
	}
	exps = e;
	if((exps[nexp] = regcompx(s, flags, err, sizeof err)) == nil){
		fprint(2, "split: %s: %s\n", s, err);
		exits("regexp");
	}
	nexp++;
}

/*
 * divide: does line l (without its newline) start a new piece?  Then
 * its name goes into buf.
 */
static int
divide(char *l, char *buf, int n, int iflag)
{
	Resub m[2];
	char *p;
	int i;

	for(i = 0; i < nexp; i++){
		memset(m, 0, sizeof m);
		if(regexec(exps[i], l, m, 2) <= 0)
			continue;
		if(m[1].sp == nil || m[1].ep == m[1].sp){
			nextname(buf, n);
			return 1;
		}
		snprintf(buf, n, "%.*s%s", (int)(m[1].ep - m[1].sp), m[1].sp, suffix);
		if(iflag)
			for(p = buf; *p != 0 && p < buf + (m[1].ep - m[1].sp); p++)
				*p = tolower((uchar)*p);
		return 1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	static Rdline rd;
	char **exptext, name[1024], *l, *e;
	long nlines, count;
	int iflag, xflag, fd, i, nl;
	usize n;

	nlines = 1000;
	iflag = xflag = 0;
	exptext = calloc(argc + 1, sizeof(char*));
	if(exptext == nil)
		exits("memory");
	ARGBEGIN{
	case 'n':
	case 'l':
		nlines = strtol(EARGF(usage()), &e, 10);
		if(*e != 0 || nlines <= 0){
			fprint(2, "split: bad number of lines\n");
			exits("usage");
		}
		break;
	case 'e':
		exptext[nexp++] = EARGF(usage());
		break;
	case 'f':
		stem = EARGF(usage());
		break;
	case 's':
		suffix = EARGF(usage());
		break;
	case 'x':
		xflag = 1;
		break;
	case 'i':
		iflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc > 1)
		usage();
	i = nexp;
	nexp = 0;
	while(nexp < i)
		addexp(exptext[nexp], iflag ? REGICASE : 0);
	fd = 0;
	if(argc == 1 && strcmp(argv[0], "-") != 0 && (fd = open(argv[0], O_RDONLY)) < 0){
		fprint(2, "split: %s: %r\n", argv[0]);
		exits("open");
	}
	rdinit(&rd, fd, argc == 1 ? argv[0] : "<stdin>");
	count = 0;
	while((l = rdline(&rd, &n)) != nil){
		nl = n > 0 && l[n-1] == '\n';
		if(nexp > 0){
			if(nl)
				l[n-1] = 0;
			if(divide(l, name, sizeof name, iflag)){
				openout(name);
				if(xflag)
					continue;
			}
			if(nl)
				l[n-1] = '\n';
		}else if(count++ % nlines == 0){
			nextname(name, sizeof name);
			openout(name);
		}
		if(out != nil)
			fwrite(l, 1, n, out);
	}
	closeout();
	exits(rd.err ? "read" : nil);
}
