/*
 * sort: sort the lines of the files (or standard input) together.
 * Lines compare as bytes; -n compares their leading numbers; -r
 * reverses; -u keeps one of each run of equal lines.  The sort is
 * stable (a merge sort) and lines may be of any length.
 */
#include <libc.h>
#include <sys/stat.h>

typedef struct Line Line;
struct Line {
	char	*s;	/* without its newline */
	usize	len;
};

static int	nflag, rflag, uflag;
static Line	*lines;
static usize	nlines, alines;
static Rdline	rd;

/* numpart: split the number at s ([blanks][-]digits[.digits]) into sign,
 * integer digits (no leading zeros) and fraction digits (no trailing
 * zeros); returns its end */
static char*
numpart(char *s, int *neg, char **ip, usize *ni, char **fp, usize *nf)
{
	*neg = 0;
	while(*s == ' ' || *s == '\t')
		s++;
	if(*s == '-'){
		*neg = 1;
		s++;
	}else if(*s == '+')
		s++;
	while(*s == '0')
		s++;
	*ip = s;
	while(isdigit((uchar)*s))
		s++;
	*ni = s - *ip;
	*fp = s;
	*nf = 0;
	if(*s == '.'){
		*fp = ++s;
		while(isdigit((uchar)*s))
			s++;
		*nf = s - *fp;
		/* trailing zeros of the fraction do not count */
		while(*nf > 0 && (*fp)[*nf-1] == '0')
			(*nf)--;
	}
	return s;
}

/* numcmp: compare the leading numbers of a and b; no number is 0 */
static int
numcmp(char *a, char *b)
{
	char *ia, *ib, *fa, *fb;
	usize nia, nib, nfa, nfb, i;
	int nega, negb, c, sign;

	numpart(a, &nega, &ia, &nia, &fa, &nfa);
	numpart(b, &negb, &ib, &nib, &fb, &nfb);
	/* -0 is 0 */
	if(nia == 0 && nfa == 0)
		nega = 0;
	if(nib == 0 && nfb == 0)
		negb = 0;
	if(nega != negb)
		return nega ? -1 : 1;
	sign = nega ? -1 : 1;
	if(nia != nib)
		return nia < nib ? -sign : sign;
	if((c = memcmp(ia, ib, nia)) != 0)
		return c < 0 ? -sign : sign;
	for(i = 0; i < nfa || i < nfb; i++){
		c = (i < nfa ? fa[i] : '0') - (i < nfb ? fb[i] : '0');
		if(c != 0)
			return c < 0 ? -sign : sign;
	}
	return 0;
}

/* linecmp: compare two lines by the chosen key, before -r */
static int
linecmp(Line *a, Line *b)
{
	usize n;
	int c;

	if(nflag)
		return numcmp(a->s, b->s);
	n = a->len < b->len ? a->len : b->len;
	if((c = memcmp(a->s, b->s, n)) != 0)
		return c;
	return a->len < b->len ? -1 : a->len > b->len;
}

/* cmp: linecmp with -r applied */
static int
cmp(Line *a, Line *b)
{
	return rflag ? linecmp(b, a) : linecmp(a, b);
}

/* msort: stable merge sort of v[0:n], using tmp (n elements) */
static void
msort(Line *v, usize n, Line *tmp)
{
	usize h, i, j, k;

	if(n < 2)
		return;
	h = n / 2;
	msort(v, h, tmp);
	msort(v + h, n - h, tmp);
	if(cmp(&v[h-1], &v[h]) <= 0)
		return;
	memmove(tmp, v, h * sizeof v[0]);
	i = 0;
	j = h;
	k = 0;
	while(i < h && j < n){
		if(cmp(&v[j], &tmp[i]) < 0)
			v[k++] = v[j++];
		else
			v[k++] = tmp[i++];
	}
	while(i < h)
		v[k++] = tmp[i++];
}

/* nomem: report running out of memory and exit */
static void
nomem(void)
{
	fprint(2, "sort: out of memory\n");
	exits("memory");
}

/* readlines: add every line of fd to lines[]; 0 or -1 */
static int
readlines(int fd, char *name)
{
	char *l;
	usize len;
	Line *nl;

	rdinit(&rd, fd, name);
	while((l = rdline(&rd, &len)) != nil){
		if(len > 0 && l[len-1] == '\n')
			l[--len] = 0;
		if(nlines == alines){
			alines = alines == 0 ? 1024 : alines * 2;
			if((nl = realloc(lines, alines * sizeof lines[0])) == nil)
				nomem();
			lines = nl;
		}
		if((lines[nlines].s = malloc(len + 1)) == nil)
			nomem();
		memmove(lines[nlines].s, l, len + 1);
		lines[nlines++].len = len;
	}
	return rd.err ? -1 : 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: sort [-nru] [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	struct stat st;
	int i, fd, bad;
	usize j;
	Line *tmp;

	ARGBEGIN{
	case 'n':
		nflag = 1;
		break;
	case 'r':
		rflag = 1;
		break;
	case 'u':
		uflag = 1;
		break;
	default:
		usage();
	}ARGEND
	bad = 0;
	if(argc == 0)
		bad |= readlines(0, "<stdin>") < 0;
	for(i = 0; i < argc; i++){
		if(strcmp(argv[i], "-") == 0){
			bad |= readlines(0, "<stdin>") < 0;
			continue;
		}
		if((fd = open(argv[i], O_RDONLY)) < 0){
			fprint(2, "sort: %s: %r\n", argv[i]);
			bad = 1;
			continue;
		}
		if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
			fprint(2, "sort: %s: is a directory\n", argv[i]);
			bad = 1;
		}else
			bad |= readlines(fd, argv[i]) < 0;
		close(fd);
	}
	if(bad)
		exits("error");
	if(nlines > 0){
		if((tmp = malloc((nlines / 2 + 1) * sizeof tmp[0])) == nil)
			nomem();
		msort(lines, nlines, tmp);
		free(tmp);
	}
	setvbuf(stdout, nil, _IOFBF, 8192);
	for(j = 0; j < nlines; j++){
		if(uflag && j > 0 && linecmp(&lines[j-1], &lines[j]) == 0)
			continue;
		fwrite(lines[j].s, 1, lines[j].len, stdout);
		putchar('\n');
	}
	if(fflush(stdout) == EOF){
		fprint(2, "sort: write error: %r\n");
		exits("write");
	}
	return 0;
}
