/*
 * cut: print selected parts of each line of files (or standard input).
 *	cut -b list [file ...]
 *	cut -c list [file ...]
 *	cut -f list [-d delim] [-s] [file ...]
 * A list is numbers and ranges (N, N-M, N-, -M) separated by commas
 * (or blanks).
 * -b and -c pick bytes (as GNU's cut, -c counts bytes too); -f picks
 * fields separated by delim (a tab by default), joined again by it.
 * Selected parts come out in the order of the line, each once.  A line
 * without the delimiter is printed whole, or not at all with -s.
 * Every line printed ends in a newline, the last one too.  GNU's
 * --complement selects the parts the list leaves out, and
 * --output-delimiter=s joins fields (and separate byte ranges) with s.
 */
#include <libc.h>

typedef struct Range Range;
struct Range {
	uvlong	lo;	/* from 1 */
	uvlong	hi;	/* inclusive; Inf: to the end of the line */
};

/* the hi of a range that runs to the end of the line (too big for an enum) */
#define Inf	(~(uvlong)0)

static Range	*ranges;
static int	nrange;
static int	fflag, sflag;
static int	complement;
static char	*outdelim;	/* nil: the input's delimiter (fields) or nothing (bytes) */
static int	delim = '\t';
static Rdline	rd;

/* usage: the synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: cut -b list | -c list | -f list [-d delim] [-s] [--complement] [--output-delimiter=s] [file ...]\n");
	exits("usage");
}

/* misuse: flags that do not go together; one line, and a failing exit */
static void
misuse(char *why)
{
	fprint(2, "cut: %s\n", why);
	exits("usage");
}

/* badlist: a list that cannot be read */
static void
badlist(char *list, char *why)
{
	fprint(2, "cut: bad list: %s: %s\n", list, why);
	exits("usage");
}

/* number: the number at *sp (advanced past it); 0 when there is none */
static uvlong
number(char **sp, char *list)
{
	uvlong n;
	char *s;

	s = *sp;
	n = 0;
	while(isdigit((uchar)*s)){
		if(n > (Inf - 9) / 10)
			badlist(list, "number too large");
		n = n*10 + *s++ - '0';
	}
	*sp = s;
	return n;
}

/* cmprange: order ranges by where they start, for qsort */
static int
cmprange(const void *a, const void *b)
{
	const Range *x, *y;

	x = a;
	y = b;
	if(x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return 0;
}

/* invert: the ranges the list leaves out, for --complement */
static void
invert(void)
{
	Range *nr;
	uvlong start;
	int i, n;

	nr = malloc((nrange + 1) * sizeof *nr);
	if(nr == nil){
		fprint(2, "cut: out of memory\n");
		exits("memory");
	}
	n = 0;
	start = 1;
	for(i = 0; i < nrange; i++){
		if(ranges[i].lo > start){
			nr[n].lo = start;
			nr[n++].hi = ranges[i].lo - 1;
		}
		if(ranges[i].hi == Inf){
			start = Inf;
			break;
		}
		start = ranges[i].hi + 1;
	}
	if(start != Inf){
		nr[n].lo = start;
		nr[n++].hi = Inf;
	}
	free(ranges);
	ranges = nr;
	nrange = n;
}

/*
 * parselist: fill ranges from list, sorted and with overlapping ranges
 * merged, so selecting is one walk along a line.  Ranges that only
 * adjoin stay apart: --output-delimiter goes between them, as in GNU's.
 */
static void
parselist(char *list)
{
	char *s, *start;
	Range r, *nr;
	int i, j;

	s = list;
	for(;;){
		start = s;
		r.lo = 1;
		r.hi = Inf;
		if(isdigit((uchar)*s)){
			r.lo = number(&s, list);
			if(r.lo == 0)
				badlist(list, "numbered from 1");
			r.hi = r.lo;
		}
		if(*s == '-'){
			s++;
			if(isdigit((uchar)*s)){
				r.hi = number(&s, list);
				if(r.hi == 0)
					badlist(list, "numbered from 1");
			}else if(s == start + 1)
				badlist(list, "a range without ends");
			else
				r.hi = Inf;
		}
		if(s == start)
			badlist(list, "not a number or range");
		if(r.hi < r.lo)
			badlist(list, "decreasing range");
		if(*s != ',' && *s != ' ' && *s != 0)
			badlist(list, "not a number or range");
		nr = realloc(ranges, (nrange + 1) * sizeof *ranges);
		if(nr == nil){
			fprint(2, "cut: out of memory\n");
			exits("memory");
		}
		ranges = nr;
		ranges[nrange++] = r;
		if(*s == 0)
			break;
		s++;
	}
	qsort(ranges, nrange, sizeof *ranges, cmprange);
	j = 0;
	for(i = 1; i < nrange; i++){
		if(ranges[j].hi == Inf || ranges[i].lo <= ranges[j].hi){
			if(ranges[i].hi > ranges[j].hi)
				ranges[j].hi = ranges[i].hi;
		}else
			ranges[++j] = ranges[i];
	}
	nrange = j + 1;
}

/* selected: is item n (from 1) in the list?  *ri is where to look from;
 * n only grows along a line, so the walk goes forward. */
static int
selected(uvlong n, int *ri)
{
	while(*ri < nrange && ranges[*ri].hi < n)
		(*ri)++;
	return *ri < nrange && ranges[*ri].lo <= n;
}

/* cutbytes: print the selected bytes of line l (len bytes, no newline) */
static void
cutbytes(char *l, usize len)
{
	int i;
	uvlong lo, hi;

	for(i = 0; i < nrange; i++){
		lo = ranges[i].lo;
		if(lo > len)
			break;
		hi = ranges[i].hi;
		if(hi > len)
			hi = len;
		if(i > 0 && outdelim != nil)
			fputs(outdelim, stdout);
		fwrite(l + lo - 1, 1, hi - lo + 1, stdout);
	}
	putchar('\n');
}

/* cutfields: print the selected fields of line l (len bytes, no newline) */
static void
cutfields(char *l, usize len)
{
	char *p, *end, *e;
	uvlong n;
	int ri, first;

	end = l + len;
	if(memchr(l, delim, len) == nil){
		if(!sflag){
			fwrite(l, 1, len, stdout);
			putchar('\n');
		}
		return;
	}
	ri = 0;
	first = 1;
	p = l;
	for(n = 1; p <= end; n++){
		e = memchr(p, delim, end - p);
		if(e == nil)
			e = end;
		if(selected(n, &ri)){
			if(!first && outdelim != nil)
				fputs(outdelim, stdout);
			else if(!first)
				putchar(delim);
			fwrite(p, 1, e - p, stdout);
			first = 0;
		}else if(ri >= nrange)
			break;
		p = e + 1;
	}
	putchar('\n');
}

/* cut: cut every line of fd; 0 or -1 on a read error */
static int
cut(int fd, char *name)
{
	char *l;
	usize len;

	rdinit(&rd, fd, name);
	while((l = rdline(&rd, &len)) != nil){
		if(len > 0 && l[len-1] == '\n')
			len--;
		if(fflag)
			cutfields(l, len);
		else
			cutbytes(l, len);
	}
	return rd.err ? -1 : 0;
}

/* longopts: take GNU's --complement and --output-delimiter=s out of argv; the new argc */
static int
longopts(int argc, char **argv)
{
	int i, n;

	n = 1;
	for(i = 1; i < argc; i++){
		if(strcmp(argv[i], "--") == 0)
			break;
		if(strcmp(argv[i], "--complement") == 0)
			complement = 1;
		else if(strncmp(argv[i], "--output-delimiter=", 19) == 0)
			outdelim = argv[i] + 19;
		else
			argv[n++] = argv[i];
	}
	while(i < argc)
		argv[n++] = argv[i++];
	argv[n] = nil;
	return n;
}

int
main(int argc, char **argv)
{
	char *list, *d;
	int bad, nlist, dflag;

	list = nil;
	nlist = 0;
	dflag = 0;
	argc = longopts(argc, argv);
	ARGBEGIN{
	case 'b':
	case 'c':
		list = EARGF(usage());
		nlist++;
		break;
	case 'f':
		list = EARGF(usage());
		fflag = 1;
		nlist++;
		break;
	case 'd':
		d = EARGF(usage());
		if(strlen(d) > 1)
			misuse("the delimiter must be one character");
		delim = (uchar)d[0];	/* -d '': the NUL byte, as GNU's */
		dflag = 1;
		break;
	case 's':
		sflag = 1;
		break;
	case 'n':
		break;	/* POSIX: do not split characters; bytes are never split here */
	default:
		usage();
	}ARGEND
	if(nlist != 1)
		misuse("give one list: -b, -c or -f");
	if((dflag || sflag) && !fflag)
		misuse("-d and -s go with -f only");
	parselist(list);
	if(complement)
		invert();
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = eachfile(argc, argv, cut);
	if(fflush(stdout) == EOF){
		fprint(2, "cut: write error: %r\n");
		exits("write");
	}
	return bad;
}
