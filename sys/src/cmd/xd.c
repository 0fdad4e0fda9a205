/*
 * xd: hex dump, in Plan 9's xd's form.  For every 16 bytes, a line
 * per format: the offset (seven digits, "%.7lx " for the first format,
 * "%7lx " for the others) and the bytes, by default as 4-byte
 * big-endian words in hex ("0000000  7f454c46 02010100 ...").
 * Formats: -c characters, or a size (-b -1 bytes, -w -2, -l -4, -v
 * -8) and a base (o d x), as -1x or -4d.  -a{odx} is the offsets'
 * base, -r prints a run of repeated lines as one "*", -s and -S swap
 * the bytes of each 4 and 8.  A short last line is padded with zero
 * bytes to whole numbers; then comes the length, as a line of its own
 * (with nothing to print after the last whole line, Plan 9's xd says
 * the length twice, and so does this one).  With several files each
 * has a line with its name and offsets from 0.
 */
#include <libc.h>

enum {
	Linelen	= 16,
	Nfmt	= 10,
};

typedef struct Fmt Fmt;
struct Fmt {
	int	chars;	/* -c */
	int	size;	/* bytes a number: 1 2 4 8 */
	int	base;	/* 'o' 'd' 'x' */
};

static Fmt	fmts[Nfmt];
static int	nfmt;
static int	abase = 'x';
static int	rflag, sflag, Sflag, uflag;

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: xd [-u] [-r] [-s] [-S] [-a{odx}] [-c|{b1w2l4v8}{odx}] ... [file ...]\n");
	exits("usage");
}

/* address: offset a in the offsets' base, zero-padded or not, and a blank */
static void
address(uvlong a, int zeros)
{
	switch(abase){
	case 'o':	print(zeros ? "%.7llo " : "%7llo ", a); break;
	case 'd':	print(zeros ? "%.7llu " : "%7llu ", a); break;
	default:	print(zeros ? "%.7llx " : "%7llx ", a); break;
	}
}

/* number: the size-byte big-endian number at p, as format f prints it */
static void
number(Fmt *f, uchar *p)
{
	static int width[4][3] = {
		/* o, d, x */
		{ 3, 3, 2 },
		{ 6, 5, 4 },
		{ 11, 10, 8 },
		{ 22, 20, 16 },
	};
	uvlong v;
	int i, w;

	v = 0;
	for(i = 0; i < f->size; i++)
		v = v << 8 | p[i];
	w = width[f->size == 1 ? 0 : f->size == 2 ? 1 : f->size == 4 ? 2 : 3][f->base == 'o' ? 0 : f->base == 'd' ? 1 : 2];
	switch(f->base){
	case 'o':	print(" %.*llo", w, v); break;
	case 'd':	print(" %.*llu", w, v); break;
	default:	print(" %.*llx", w, v); break;
	}
}

/* character: byte c as -c prints it, in three columns */
static void
character(int c)
{
	switch(c){
	case '\t':	print(" \\t"); break;
	case '\r':	print(" \\r"); break;
	case '\n':	print(" \\n"); break;
	case '\b':	print(" \\b"); break;
	default:
		if(c < ' ' || c >= 0x7F)
			print(" %.2x", c);
		else
			print("  %c", c);
	}
}

/* line: the n bytes at d (zero beyond them) at offset a, once a format */
static void
line(uchar *d, int n, uvlong a)
{
	Fmt *f;
	int i;

	for(f = fmts; f < fmts + nfmt; f++){
		address(a, f == fmts);
		for(i = 0; i < n; i += f->chars ? 1 : f->size)
			if(f->chars)
				character(d[i]);
			else
				number(f, d + i);
		print("\n");
		if(uflag)
			fflush(stdout);
	}
}

/* swap: reverse each group of k bytes of d */
static void
swap(uchar *d, int k)
{
	int i, j;
	uchar t;

	for(i = 0; i < Linelen; i += k)
		for(j = 0; j < k/2; j++){
			t = d[i+j];
			d[i+j] = d[i+k-1-j];
			d[i+k-1-j] = t;
		}
}

/* fill: up to 16 bytes of fd into d; the count, or -1 */
static int
fill(int fd, uchar *d)
{
	int n, m;

	for(n = 0; n < Linelen; n += m)
		if((m = read(fd, d + n, Linelen - n)) <= 0)
			return m < 0 ? -1 : n;
	return n;
}

/* dump: print fd; 0 or -1 after an error line */
static int
dump(int fd, char *name)
{
	uchar d[Linelen], prev[Linelen];
	uvlong a;
	int n, star;

	a = 0;
	star = 0;
	for(;;){
		if((n = fill(fd, d)) < 0){
			fflush(stdout);
			fprint(2, "xd: %s: %r\n", name);
			return -1;
		}
		memset(d + n, 0, Linelen - n);
		if(sflag)
			swap(d, 4);
		if(Sflag)
			swap(d, 8);
		if(n == Linelen && rflag){
			if(a > 0 && memcmp(d, prev, Linelen) == 0){
				a += n;
				if(!star)
					print("*\n");
				star = 1;
				continue;
			}
			memmove(prev, d, Linelen);
			star = 0;
		}
		line(d, n, a);
		a += n;
		if(n < Linelen){
			address(a, 1);
			print("\n");
			return 0;
		}
	}
}

/* format: a flag of letters making a new format (-1x, -c, -4d, -x) */
static void
format(char *s)
{
	Fmt *f;

	if(nfmt == Nfmt){
		fprint(2, "xd: too many formats (at most %d)\n", Nfmt);
		exits("usage");
	}
	f = &fmts[nfmt++];
	f->chars = 0;
	f->size = 4;
	f->base = 'x';
	if(strcmp(s, "c") == 0){
		f->chars = 1;
		return;
	}
	for(; *s != 0; s++)
		switch(*s){
		case 'b': case '1':	f->size = 1; break;
		case 'w': case '2':	f->size = 2; break;
		case 'l': case '4':	f->size = 4; break;
		case 'v': case '8':	f->size = 8; break;
		case 'o': case 'd': case 'x':	f->base = *s; break;
		default:	usage();
		}
}

int
main(int argc, char **argv)
{
	int i, fd, bad;
	char *a;

	for(argc--, argv++; argc > 0 && argv[0][0] == '-' && argv[0][1] != 0; argc--, argv++){
		a = argv[0] + 1;
		if(strcmp(a, "-") == 0){
			argc--, argv++;
			break;
		}
		if(strcmp(a, "r") == 0)
			rflag = 1;
		else if(strcmp(a, "s") == 0)
			sflag = 1;
		else if(strcmp(a, "S") == 0)
			Sflag = 1;
		else if(strcmp(a, "u") == 0)
			uflag = 1;	/* each line goes out as it is made */
		else if(a[0] == 'a'){
			if(a[1] == 0 || strchr("odx", a[1]) == nil || a[2] != 0)
				usage();
			abase = a[1];
		}else
			format(a);
	}
	if(nfmt == 0)
		format("4x");
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = 0;
	if(argc == 0)
		bad |= isdirin(0, "<stdin>") || dump(0, "<stdin>") < 0;
	for(i = 0; i < argc; i++){
		if(strcmp(argv[i], "-") == 0){
			if(argc > 1)
				print("%s\n", argv[i]);
			bad |= isdirin(0, "<stdin>") || dump(0, "<stdin>") < 0;
			continue;
		}
		if((fd = open(argv[i], O_RDONLY)) < 0){
			fflush(stdout);
			fprint(2, "xd: %s: %r\n", argv[i]);
			bad = 1;
			continue;
		}
		if(isdirin(fd, argv[i]))
			bad = 1;
		else{
			if(argc > 1)
				print("%s\n", argv[i]);
			bad |= dump(fd, argv[i]) < 0;
		}
		close(fd);
	}
	if(fflush(stdout) == EOF){
		fprint(2, "xd: write error: %r\n");
		exits("write");
	}
	return bad;
}
