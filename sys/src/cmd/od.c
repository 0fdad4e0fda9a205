/*
 * od: a dump of bytes in octal, decimal, hexadecimal or as characters,
 * as GNU's od prints it.  The files (standard input for none or "-")
 * are one stream, shown 16 bytes a line (or -w's) after the line's
 * address, once for each type asked for (default -t o2), the types'
 * fields padded so that the lines align (a z suffix adds the line's
 * bytes as text, >...<).  A line the same as the one before is shown
 * as one "*" (unless -v); the last line is the address where the
 * input ended.
 */
#include <libc.h>

enum {
	Ntypes	= 32,
};

typedef struct Type Type;
struct Type {
	int	kind;	/* 'a', 'c', 'd', 'o', 'u' or 'x' */
	int	size;	/* bytes in a field: 1, 2, 4 or 8 */
	int	width;	/* characters in a field, less the space before it */
	int	pad;	/* spaces to spread over a line's fields, to align the types */
	int	text;	/* z: the bytes as text after the row */
};

static Type	types[Ntypes];
static int	ntypes;
static int	radix = 'o';	/* of the address: 'o', 'd', 'x' or 'n' (none) */
static vlong	skip;		/* bytes to pass over first (-j) */
static vlong	limit = -1;	/* bytes to show, or -1 for all (-N) */
static int	vflag;
static int	block = 16;	/* bytes a line */
static uchar	*cur, *prev;	/* this line and the one before, block bytes each */
static int	ncur;		/* bytes in cur */
static vlong	addr;		/* offset of cur's first byte */
static int	first = 1;	/* no line shown yet */
static int	starred;	/* the last line shown was "*" */

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: od [-abcdilosvx] [-A d|o|x|n] [-j skip] [-N count] [-t type] ... [-w[bytes]] [file ...]\n");
	exits("usage");
}

/* widthof: the characters a field of kind and size needs */
static int
widthof(int kind, int size)
{
	static int d[] = {4, 6, 11, 20}, o[] = {3, 6, 11, 22}, u[] = {3, 5, 10, 20};
	int i;

	i = size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3;
	switch(kind){
	case 'd':
		return d[i];
	case 'o':
		return o[i];
	case 'u':
		return u[i];
	case 'x':
		return 2 * size;
	}
	return 3;	/* 'a', 'c' */
}

/* addtype: one more type to show */
static void
addtype(int kind, int size)
{
	if(ntypes == Ntypes){
		fprint(2, "od: too many types\n");
		exits("types");
	}
	types[ntypes].kind = kind;
	types[ntypes].size = size;
	types[ntypes].width = widthof(kind, size);
	ntypes++;
}

/* parsetypes: the types of a -t string, as "x1", "d4", "c", "o2u1", "xS", "x1z" */
static void
parsetypes(char *s)
{
	char *t, *e;
	int kind;
	long size;

	for(t = s; *t != 0; ){
		kind = *t++;
		size = 4;
		if(kind == 'a' || kind == 'c')
			size = 1;
		else if(strchr("doux", kind) == nil)
			goto bad;
		else if(isdigit((uchar)*t)){
			size = strtol(t, &e, 10);
			t = e;
			if(size != 1 && size != 2 && size != 4 && size != 8)
				goto bad;
		}else if(*t != 0 && strchr("CSIL", *t) != nil){
			size = *t == 'C' ? 1 : *t == 'S' ? 2 : *t == 'I' ? 4 : 8;
			t++;
		}
		addtype(kind, size);
		if(*t == 'z'){
			types[ntypes-1].text = 1;
			t++;
		}
	}
	return;
bad:
	fprint(2, "od: bad type: %s\n", s);
	exits("type");
}

/* number: a count for -j or -N, decimal, 0x hex or 0 octal, times b (512), k (1024), m or g */
static vlong
number(char *s)
{
	char *e;
	vlong n;

	errno = 0;
	n = strtoll(s, &e, 0);
	if(e == s || n < 0 || errno != 0)
		goto bad;
	switch(*e){
	case 'b':
		n *= 512, e++;
		break;
	case 'k': case 'K':
		n *= 1024, e++;
		break;
	case 'm': case 'M':
		n *= 1024 * 1024, e++;
		break;
	case 'g': case 'G':
		n *= 1024 * 1024 * 1024, e++;
		break;
	}
	if(*e == 0)
		return n;
bad:
	fprint(2, "od: bad number: %s\n", s);
	exits("number");
}

/* putaddr: an address in the radix asked for, if any */
static void
putaddr(vlong a)
{
	switch(radix){
	case 'o':
		print("%07llo", a);
		break;
	case 'd':
		print("%07lld", a);
		break;
	case 'x':
		print("%06llx", a);
		break;
	}
}

/* the names of -t a for the bytes up to space */
static char *names[] = {
	"nul", "soh", "stx", "etx", "eot", "enq", "ack", "bel",
	"bs", "ht", "nl", "vt", "ff", "cr", "so", "si",
	"dle", "dc1", "dc2", "dc3", "dc4", "nak", "syn", "etb",
	"can", "em", "sub", "esc", "fs", "gs", "rs", "us", "sp",
};

/* field: the field of type t at p, right-aligned in w characters */
static void
field(Type *t, uchar *p, int w)
{
	static char *esc = "\0\a\b\f\n\r\t\v", *name = "0abfnrtv";
	uvlong v;
	char *s;
	int i;

	if(t->kind == 'a'){	/* the low 7 bits, named */
		i = *p & 0x7F;
		if(i <= ' ')
			print("%*s", w, names[i]);
		else if(i == 0x7F)
			print("%*s", w, "del");
		else
			print("%*c", w, i);
		return;
	}
	if(t->kind == 'c'){
		if(*p >= ' ' && *p < 0x7F)
			print("%*c", w, *p);
		else if((s = memchr(esc, *p, 8)) != nil)
			print("%*s\\%c", w - 2, "", name[s - esc]);
		else
			print("%*s%03o", w - 3, "", *p);
		return;
	}
	v = 0;
	for(i = t->size - 1; i >= 0; i--)	/* little-endian */
		v = v << 8 | p[i];
	switch(t->kind){
	case 'x':
		print("%*s%0*llx", w - t->width, "", t->width, v);
		break;
	case 'o':
		print("%*s%0*llo", w - t->width, "", t->width, v);
		break;
	case 'u':
		print("%*llu", w, v);
		break;
	case 'd':
		if(t->size < 8 && (v >> (8 * t->size - 1)) & 1)
			v |= ~0ULL << (8 * t->size);	/* sign-extend */
		print("%*lld", w, (vlong)v);
		break;
	}
}

/* putline: cur's n bytes (zeros after them), a row for each type */
static void
putline(int n)
{
	int i, k, nf, blank, left, next;
	Type *t;

	memset(cur + n, 0, block - n);
	for(i = 0; i < ntypes; i++){
		t = &types[i];
		if(i == 0)
			putaddr(addr);
		else if(radix != 'n')
			print("%*s", radix == 'x' ? 6 : 7, "");
		/* the pad is spread over the fields of a whole line, the later ones first */
		nf = block / t->size;
		blank = (block - n) / t->size;
		left = t->pad;
		for(k = nf; k > blank; k--){
			next = t->pad * (k - 1) / nf;
			putchar(' ');
			field(t, cur + (nf - k) * t->size, t->width + left - next);
			left = next;
		}
		if(t->text){
			/* out to the width of a whole line, then the text */
			print("%*s  >", blank * (t->width + 1) + left, "");
			for(k = 0; k < n; k++)
				putchar(cur[k] >= ' ' && cur[k] < 0x7F ? cur[k] : '.');
			putchar('<');
		}
		putchar('\n');
	}
}

/* flush: show cur as a line, or as "*" if it repeats the line before */
static void
flush(void)
{
	if(!vflag && !first && ncur == block && memcmp(cur, prev, block) == 0){
		if(!starred)
			print("*\n");
		starred = 1;
	}else{
		memmove(prev, cur, block);
		putline(ncur);
		starred = 0;
	}
	first = 0;
	addr += ncur;
	ncur = 0;
}

/* od: fd's bytes into the stream, past the skip, up to the limit; 0, or -1 after an error line */
static int
od(int fd, char *name)
{
	uchar buf[8192], *p;
	long n, k;

	n = 0;
	while((skip > 0 || limit != 0) && (n = read(fd, buf, sizeof buf)) > 0){
		p = buf;
		if(skip > 0){
			k = skip < n ? skip : n;
			skip -= k;
			p += k;
			n -= k;
		}
		if(limit >= 0 && n > limit)
			n = limit;
		if(limit > 0)
			limit -= n;
		while(n > 0){
			k = block - ncur < n ? block - ncur : n;
			memmove(cur + ncur, p, k);
			ncur += k;
			p += k;
			n -= k;
			if(ncur == block)
				flush();
		}
	}
	if(n < 0){
		fflush(stdout);
		fprint(2, "od: %s: %r\n", name);
		return -1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	char *s, *e;
	int i, w, max, size, bad;

	ARGBEGIN{
	case 'A':
		s = EARGF(usage());
		if(strlen(s) != 1 || strchr("doxn", s[0]) == nil){
			fprint(2, "od: bad address radix: %s\n", s);
			exits("radix");
		}
		radix = s[0];
		break;
	case 'j':
		skip = number(EARGF(usage()));
		break;
	case 'N':
		limit = number(EARGF(usage()));
		break;
	case 't':
		parsetypes(EARGF(usage()));
		break;
	case 'a':
		addtype('a', 1);
		break;
	case 'b':
		addtype('o', 1);
		break;
	case 'c':
		addtype('c', 1);
		break;
	case 'd':
		addtype('u', 2);
		break;
	case 'i':
		addtype('d', 4);
		break;
	case 'l':
		addtype('d', 8);
		break;
	case 'o':
		addtype('o', 2);
		break;
	case 's':
		addtype('d', 2);
		break;
	case 'x':
		addtype('x', 2);
		break;
	case 'v':
		vflag = 1;
		break;
	case 'w':
		/* -w alone is 32; the number, if any, is in the same argument */
		block = 32;
		if(*_argp != 0){
			block = strtol(_argp, &e, 10);
			if(*e != 0 || block < 0 || block > 1<<16){
				fprint(2, "od: bad width: %s\n", _argp);
				exits("width");
			}
			_argp = "";
		}
		break;
	default:
		usage();
	}ARGEND
	if(ntypes == 0)
		addtype('o', 2);
	/* a line holds whole fields of every type: the sizes are powers of 2 */
	size = 1;
	for(i = 0; i < ntypes; i++)
		if(types[i].size > size)
			size = types[i].size;
	if(block == 0 || block % size != 0){
		fprint(2, "od: warning: invalid width %d; using %d instead\n", block, size);
		block = size;
	}
	if((cur = malloc(2 * block)) == nil){
		fprint(2, "od: out of memory\n");
		exits("memory");
	}
	prev = cur + block;
	/* each type's line is as wide as the widest */
	max = 0;
	for(i = 0; i < ntypes; i++){
		w = block / types[i].size * (types[i].width + 1);
		if(w > max)
			max = w;
	}
	for(i = 0; i < ntypes; i++)
		types[i].pad = max - block / types[i].size * (types[i].width + 1);
	addr = skip;
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = eachfile(argc, argv, od);
	if(ncur > 0)
		flush();
	if(skip > 0){
		fflush(stdout);
		fprint(2, "od: cannot skip past the end of the input\n");
		bad = 1;
	}else if(radix != 'n'){
		putaddr(addr);
		putchar('\n');
	}
	if(fflush(stdout) == EOF){
		fprint(2, "od: write error: %r\n");
		exits("write");
	}
	return bad;
}
