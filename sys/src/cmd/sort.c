/*
 * sort: sort the lines of the files (or standard input) together.
 * Lines compare as bytes, or by keys: -k pos1[,pos2] (fields counted
 * from 1, a field being its leading blanks and the non-blanks after,
 * or the text between -t characters) or the old +pos1 [-pos2]
 * (counted from 0).  Flags n (leading numbers), h (GNU's: numbers
 * with a K, M, G... after them), g (GNU's: floating point, as strtod
 * reads), f (fold case), b (skip blanks), r (reverse) apply to every
 * key, or, after a key's position, to that key alone.  -u keeps one of each run of lines
 * with equal keys.  Lines whose -k keys are equal compare as whole
 * lines of bytes (as in 9base); otherwise the sort is stable (a merge
 * sort): equal lines keep their input order.  Lines may be of any
 * length.  -c only checks that the input is in order.  Flags may
 * follow the files too (sort f -o f), as in Plan 9 and GNU.
 */
#include <libc.h>

typedef struct Line Line;
struct Line {
	char	*s;	/* without its newline */
	usize	len;
};

enum { Kn = 1, Kf = 2, Kb = 4, Kr = 8, Kh = 16, Kg = 32 };

typedef struct Key Key;
struct Key {
	int	f1, c1;	/* the start: field and byte in it, from 0 */
	int	f2, c2;	/* the end: field from 0 (-1: the line's end), bytes in it (0: all) */
	int	flags;	/* Kn...; 0: the global ones */
	int	b2;	/* b after the end position */
};

static int	gflags;	/* the global n h g f b r */
static int	uflag;
static int	cflag;	/* only check that the input is sorted */
static int	tab;	/* -t's separator, or 0 for blanks */
static Key	keys[16];
static int	nkeys;
static Line	*lines;
static usize	nlines, alines;
static Rdline	rd;

/* numpart: split the number at s ([blanks][-]digits[.digits]), before e,
 * into sign, integer digits (no leading zeros) and fraction digits (no
 * trailing zeros); returns its end */
static char*
numpart(char *s, char *e, int *neg, char **ip, usize *ni, char **fp, usize *nf)
{
	*neg = 0;
	while(s < e && (*s == ' ' || *s == '\t'))
		s++;
	if(s < e && *s == '-'){
		*neg = 1;
		s++;
	}else if(s < e && *s == '+')
		s++;
	while(s < e && *s == '0')
		s++;
	*ip = s;
	while(s < e && isdigit((uchar)*s))
		s++;
	*ni = s - *ip;
	*fp = s;
	*nf = 0;
	if(s < e && *s == '.'){
		*fp = ++s;
		while(s < e && isdigit((uchar)*s))
			s++;
		*nf = s - *fp;
		/* trailing zeros of the fraction do not count */
		while(*nf > 0 && (*fp)[*nf-1] == '0')
			(*nf)--;
	}
	return s;
}

/* numcmp: compare the leading numbers of [a, ae) and [b, be); no number is 0 */
static int
numcmp(char *a, char *ae, char *b, char *be)
{
	char *ia, *ib, *fa, *fb;
	usize nia, nib, nfa, nfb, i;
	int nega, negb, c, sign;

	numpart(a, ae, &nega, &ia, &nia, &fa, &nfa);
	numpart(b, be, &negb, &ib, &nib, &fb, &nfb);
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

/*
 * unit: for -h, the order of the unit after the number at s (before
 * e): 0 for none or a number that is 0, 1 for K (or k), 2 for M, ...,
 * negative for a negative number, as GNU's sort
 */
static int
unit(char *s, char *e)
{
	static char units[] = "KMGTPEZYRQ";
	char *ip, *fp, *p;
	usize ni, nf;
	int neg, u;

	p = numpart(s, e, &neg, &ip, &ni, &fp, &nf);
	if(ni == 0 && nf == 0)
		return 0;	/* zero, or no number */
	if(p == e)
		return 0;
	if(*p == 'k')
		u = 1;
	else if(strchr(units, *p) != nil)
		u = strchr(units, *p) - units + 1;
	else
		return 0;
	return neg ? -u : u;
}

/* humancmp: -h: compare the numbers at [a, ae) and [b, be) by unit, then value */
static int
humancmp(char *a, char *ae, char *b, char *be)
{
	int ua, ub;

	ua = unit(a, ae);
	ub = unit(b, be);
	if(ua != ub)
		return ua < ub ? -1 : 1;
	return numcmp(a, ae, b, be);
}

/*
 * gencmp: -g: compare [a, ae) and [b, be) as floating point numbers,
 * as strtod reads them: text that is no number first, then NaNs, then
 * the numbers, as GNU's sort
 */
static int
gencmp(char *a, char *ae, char *b, char *be)
{
	char *sa, *sb, *e;
	double da, db;
	int ka, kb;

	if((sa = strndup(a, ae - a)) == nil || (sb = strndup(b, be - b)) == nil){
		fprint(2, "sort: out of memory\n");
		exits("memory");
	}
	da = strtod(sa, &e);
	ka = e == sa ? 0 : da != da ? 1 : 2;
	db = strtod(sb, &e);
	kb = e == sb ? 0 : db != db ? 1 : 2;
	free(sa);
	free(sb);
	if(ka != kb)
		return ka < kb ? -1 : 1;
	if(ka < 2 || da == db)
		return 0;
	return da < db ? -1 : 1;
}

/* skipfield: past field s (its blanks and non-blanks, or up to and
 * past the next tab character), before e */
static char*
skipfield(char *s, char *e)
{
	char *p;

	if(tab){
		p = memchr(s, tab, e - s);
		return p != nil ? p + 1 : e;
	}
	while(s < e && isblank((uchar)*s))
		s++;
	while(s < e && !isblank((uchar)*s))
		s++;
	return s;
}

/* fieldend: the end of field s, before e */
static char*
fieldend(char *s, char *e)
{
	char *p;

	if(tab){
		p = memchr(s, tab, e - s);
		return p != nil ? p : e;
	}
	return skipfield(s, e);
}

/* blanks: past blanks at s, before e */
static char*
blanks(char *s, char *e)
{
	while(s < e && isblank((uchar)*s))
		s++;
	return s;
}

/* keyspan: where key k lies in line l: [*sp, *ep) */
static void
keyspan(Line *l, Key *k, int flags, char **sp, char **ep)
{
	char *s, *e, *p;
	int i;

	e = l->s + l->len;
	s = l->s;
	for(i = 0; i < k->f1; i++)
		s = skipfield(s, e);
	if(flags & Kb)
		s = blanks(s, e);
	s = k->c1 < e - s ? s + k->c1 : e;
	if(k->f2 >= 0){
		p = l->s;
		for(i = 0; i < k->f2; i++)
			p = skipfield(p, e);
		if(k->c2 == 0)
			p = fieldend(p, e);
		else{
			if(k->b2)
				p = blanks(p, e);
			p = k->c2 < e - p ? p + k->c2 : e;
		}
		e = p;
	}
	*sp = s;
	*ep = e < s ? s : e;
}

/* textcmp: compare [a, ae) and [b, be) as bytes, folding case with f */
static int
textcmp(char *a, char *ae, char *b, char *be, int f)
{
	int ca, cb;

	for(; a < ae && b < be; a++, b++){
		ca = (uchar)*a;
		cb = (uchar)*b;
		if(f){
			ca = tolower(ca);
			cb = tolower(cb);
		}
		if(ca != cb)
			return ca < cb ? -1 : 1;
	}
	return a < ae ? 1 : b < be ? -1 : 0;
}

/* keycmp: compare two lines by key k */
static int
keycmp(Line *a, Line *b, Key *k)
{
	char *as, *ae, *bs, *be;
	int flags, c;

	flags = k->flags ? k->flags : gflags;
	keyspan(a, k, flags, &as, &ae);
	keyspan(b, k, flags, &bs, &be);
	if(flags & Kh)
		c = humancmp(as, ae, bs, be);
	else if(flags & Kg)
		c = gencmp(as, ae, bs, be);
	else if(flags & Kn)
		c = numcmp(as, ae, bs, be);
	else
		c = textcmp(as, ae, bs, be, flags & Kf);
	return flags & Kr ? -c : c;
}

/* cmp: compare two lines by every key in turn (the whole line if none) */
static int
cmp(Line *a, Line *b)
{
	static Key whole = { 0, 0, -1, 0, 0, 0 };
	int i, c;

	if(nkeys == 0){
		c = keycmp(a, b, &whole);
		/* -h and -g are GNU's: equal numbers go on to the bytes, as there */
		if(c != 0 || uflag || (gflags & (Kh|Kg)) == 0)
			return c;
	}
	for(i = 0; i < nkeys; i++)
		if((c = keycmp(a, b, &keys[i])) != 0)
			return c;
	if(uflag)
		return 0;
	/* equal keys: the whole lines as bytes decide (reversed by a global r), as in 9base */
	c = textcmp(a->s, a->s + a->len, b->s, b->s + b->len, 0);
	return gflags & Kr ? -c : c;
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
	fprint(2, "usage: sort [-bcfghnru] [-o file] [-t c] [-k pos1[,pos2]]... [+pos1 [-pos2]]... [file ...]\n");
	exits("usage");
}

/* badkey: a key position that does not parse */
static void
badkey(char *s)
{
	fprint(2, "sort: bad key position: %s\n", s);
	exits("usage");
}

/* flagbits: the key letters at *pp (up to ',' or the end) as Kn...; -1 at a bad one */
static int
flagbits(char **pp)
{
	int bits;

	for(bits = 0; **pp != 0 && **pp != ','; (*pp)++)
		switch(**pp){
		case 'n':	bits |= Kn; break;
		case 'h':	bits |= Kh; break;
		case 'g':	bits |= Kg; break;
		case 'f':	bits |= Kf; break;
		case 'b':	bits |= Kb; break;
		case 'r':	bits |= Kr; break;
		default:	return -1;
		}
	return bits;
}

/* position: F[.C] at *pp into *f and *c (left alone without .C); -1 if none */
static int
position(char **pp, long *f, long *c)
{
	char *p;

	p = *pp;
	if(!isdigit((uchar)*p))
		return -1;
	*f = strtol(p, &p, 10);
	if(*p == '.'){
		if(!isdigit((uchar)*++p))
			return -1;
		*c = strtol(p, &p, 10);
	}
	*pp = p;
	return 0;
}

/* newkey: the next free key, from the start of the line to its end */
static Key*
newkey(void)
{
	Key *k;

	if(nkeys == nelem(keys)){
		fprint(2, "sort: too many keys\n");
		exits("usage");
	}
	k = &keys[nkeys++];
	memset(k, 0, sizeof *k);
	k->f2 = -1;
	return k;
}

/* addkey: -k F1[.C1][flags][,F2[.C2][flags]], counted from 1 (C2 0 or
 * none: the end of field F2) */
static void
addkey(char *s)
{
	Key *k;
	long f, c;
	int bits, b2;
	char *p;

	k = newkey();
	p = s;
	c = 1;
	if(position(&p, &f, &c) < 0 || f < 1 || c < 1 || (bits = flagbits(&p)) < 0)
		badkey(s);
	k->f1 = f - 1;
	k->c1 = c - 1;
	if(*p == ','){
		p++;
		c = 0;
		if(position(&p, &f, &c) < 0 || f < 1 || c < 0 || (b2 = flagbits(&p)) < 0)
			badkey(s);
		k->f2 = f - 1;
		k->c2 = c;
		k->b2 = (b2 & Kb) != 0;
		bits |= b2 & ~Kb;
	}
	if(*p != 0)
		badkey(s);
	k->flags = bits;
}

/* oldkey: +F1[.C1][flags] and, if end is not nil, -F2[.C2][flags],
 * counted from 0: the key ends before field F2 (or C2 bytes into it) */
static void
oldkey(char *start, char *end)
{
	Key *k;
	long f, c;
	int bits, b2;
	char *p;

	k = newkey();
	p = start + 1;
	c = 0;
	if(position(&p, &f, &c) < 0 || (bits = flagbits(&p)) < 0 || *p != 0)
		badkey(start);
	k->f1 = f;
	k->c1 = c;
	if(end != nil){
		p = end + 1;
		c = 0;
		if(position(&p, &f, &c) < 0 || (b2 = flagbits(&p)) < 0 || *p != 0)
			badkey(end);
		if(c == 0 && f > 0)
			k->f2 = f - 1;
		else{
			k->f2 = f;
			k->c2 = c;
		}
		k->b2 = (b2 & Kb) != 0;
		bits |= b2 & ~Kb;
	}
	k->flags = bits;
}

/*
 * args: put argv in the order ARGBEGIN reads: the old +pos1 [-pos2]
 * arguments taken out and made keys, then the flags (with the
 * argument -t, -k or -o takes), then the files, wherever each was
 * given: sort file -o file and sort file -n work, as Plan 9's and GNU's
 * sorts take them.  After "--" every argument is a file.  The new argc.
 */
static int
args(int argc, char **argv)
{
	char **files, *a;
	int i, n, nf, dashes;

	files = malloc(argc * sizeof files[0]);
	if(files == nil)
		nomem();
	n = 1;
	nf = 0;
	dashes = 0;
	for(i = 1; i < argc; i++){
		a = argv[i];
		if(strcmp(a, "--") == 0){
			dashes = 1;
			while(++i < argc)
				files[nf++] = argv[i];
			break;
		}
		if(a[0] == '+' && isdigit((uchar)a[1])){
			if(i + 1 < argc && argv[i+1][0] == '-' && isdigit((uchar)argv[i+1][1]))
				oldkey(a, argv[++i]);
			else
				oldkey(a, nil);
			continue;
		}
		if(a[0] != '-' || a[1] == 0){
			files[nf++] = a;
			continue;
		}
		argv[n++] = a;
		/* -t, -k and -o may take the next argument */
		if(strchr("tko", a[strlen(a)-1]) != nil && strcspn(a + 1, "tko") == strlen(a) - 2 && i + 1 < argc)
			argv[n++] = argv[++i];
	}
	if(dashes)
		argv[n++] = "--";	/* in its own place: a file may start with - */
	memmove(argv + n, files, nf * sizeof files[0]);
	n += nf;
	argv[n] = nil;
	free(files);
	return n;
}

int
main(int argc, char **argv)
{
	int fd, bad;
	usize j;
	Line *tmp;
	char *t, *ofile;

	ofile = nil;
	argc = args(argc, argv);
	ARGBEGIN{
	case 'n':
		gflags |= Kn;
		break;
	case 'h':
		gflags |= Kh;
		break;
	case 'g':
		gflags |= Kg;
		break;
	case 'r':
		gflags |= Kr;
		break;
	case 'f':
		gflags |= Kf;
		break;
	case 'b':
		gflags |= Kb;
		break;
	case 'u':
		uflag = 1;
		break;
	case 'c':
		cflag = 1;
		break;
	case 't':
		t = EARGF(usage());
		if(strlen(t) != 1){
			fprint(2, "sort: -t takes one character: %s\n", t);
			exits("usage");
		}
		tab = (uchar)t[0];
		break;
	case 'k':
		addkey(EARGF(usage()));
		break;
	case 'o':
		ofile = EARGF(usage());
		break;
	default:
		usage();
	}ARGEND
	bad = eachfile(argc, argv, readlines);
	if(bad)
		exits("error");
	if(cflag){
		/* as 9base: out of order (or, with -u, a repeat) is an error */
		for(j = 1; j < nlines; j++)
			if(cmp(&lines[j-1], &lines[j]) > 0 || (uflag && cmp(&lines[j-1], &lines[j]) == 0)){
				fprint(2, "sort: -c file not in sort\n");
				exits("disorder");
			}
		return 0;
	}
	if(nlines > 0){
		if((tmp = malloc((nlines / 2 + 1) * sizeof tmp[0])) == nil)
			nomem();
		msort(lines, nlines, tmp);
		free(tmp);
	}
	/* -o: the output file is opened only now, so it may be an input */
	if(ofile != nil && (fd = open(ofile, O_WRONLY|O_CREAT|O_TRUNC, 0666)) < 0){
		fprint(2, "sort: %s: %r\n", ofile);
		exits("error");
	}
	if(ofile != nil){
		fflush(stdout);
		dup2(fd, 1);
		close(fd);
	}
	setvbuf(stdout, nil, _IOFBF, 8192);
	for(j = 0; j < nlines; j++){
		if(uflag && j > 0 && cmp(&lines[j-1], &lines[j]) == 0)
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
