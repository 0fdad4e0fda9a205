/*
 * freq: count the bytes (with -r the UTF-8 characters) of each file
 * (standard input if none), as 9base's does: a line per value that
 * occurs, in order of value, with the value in decimal, octal and hex,
 * the character (- if it is not printable) and its count.  -d -o -x
 * -c choose which of the first four columns to print; each file is
 * counted on its own.
 */
#include <libc.h>
#include <sys/stat.h>

enum {
	Runemax = 0x10FFFF,
	Badrune = 0xFFFD,
	Npage = (Runemax + 1) / 256,
};

static int	dflag, oflag, xflag, cflag, rflag;
static vlong	*page[Npage];	/* the counts by value, 256 values a page, made when first needed */
static int	status;

/* add: count value v once more */
static void
add(uint v)
{
	vlong **p;

	p = &page[v >> 8];
	if(*p == nil && (*p = calloc(256, sizeof(vlong))) == nil){
		fprint(2, "freq: out of memory\n");
		exits("memory");
	}
	(*p)[v & 0xFF]++;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: freq [-dxocr] [file ...]\n");
	exits("usage");
}

/* utf8: the UTF-8 bytes of rune r into buf; their number */
static int
utf8(uint r, char *buf)
{
	if(r < 0x80){
		buf[0] = r;
		return 1;
	}
	if(r < 0x800){
		buf[0] = 0xC0 | r >> 6;
		buf[1] = 0x80 | (r & 0x3F);
		return 2;
	}
	if(r < 0x10000){
		buf[0] = 0xE0 | r >> 12;
		buf[1] = 0x80 | (r >> 6 & 0x3F);
		buf[2] = 0x80 | (r & 0x3F);
		return 3;
	}
	buf[0] = 0xF0 | r >> 18;
	buf[1] = 0x80 | (r >> 12 & 0x3F);
	buf[2] = 0x80 | (r >> 6 & 0x3F);
	buf[3] = 0x80 | (r & 0x3F);
	return 4;
}

/*
 * rune: the character that starts at p (n bytes there) into *r; the
 * bytes it takes, or 0 if more are needed to tell.  A byte that
 * starts no valid sequence is one Badrune.
 */
static int
rune(uchar *p, long n, uint *r)
{
	int k, i;
	uint c, min;

	c = p[0];
	if(c < 0x80){
		*r = c;
		return 1;
	}
	if(c >= 0xC2 && c < 0xE0){
		k = 2; c &= 0x1F; min = 0x80;
	}else if(c >= 0xE0 && c < 0xF0){
		k = 3; c &= 0x0F; min = 0x800;
	}else if(c >= 0xF0 && c < 0xF5){
		k = 4; c &= 0x07; min = 0x10000;
	}else{
		*r = Badrune;
		return 1;
	}
	for(i = 1; i < k; i++){
		if(i >= n)
			return 0;
		if((p[i] & 0xC0) != 0x80){
			*r = Badrune;
			return 1;
		}
		c = c << 6 | (p[i] & 0x3F);
	}
	if(c < min || c > Runemax || (c >= 0xD800 && c < 0xE000)){
		*r = Badrune;
		return 1;
	}
	*r = c;
	return k;
}

/* tally: count what fd holds */
static int
tally(int fd)
{
	uchar buf[8192 + 4];
	long n, have, i, k;
	uint r;

	have = 0;
	while((n = read(fd, buf + have, sizeof buf - 4 - have)) > 0 || have > 0){
		if(n < 0)
			return -1;
		if(n > 0)
			have += n;
		if(!rflag){
			for(i = 0; i < have; i++)
				add(buf[i]);
			have = 0;
			continue;
		}
		for(i = 0; i < have; i += k){
			k = rune(buf + i, n > 0 ? have - i : 4, &r);
			if(k == 0)
				break;	/* the rest comes with the next read */
			add(r);
		}
		memmove(buf, buf + i, have - i);
		have -= i;
	}
	return n < 0 ? -1 : 0;
}

/* report: a line for every value counted, and the counts cleared */
static void
report(void)
{
	char c[8];
	vlong *n;
	long v;
	int k;

	for(v = 0; v <= Runemax; v++){
		if(page[v >> 8] == nil){
			v |= 0xFF;
			continue;
		}
		n = &page[v >> 8][v & 0xFF];
		if(*n == 0)
			continue;
		if(dflag)
			print("%3ld ", v);
		if(oflag)
			print("%.3lo ", v);
		if(xflag)
			print("%.2lx ", v);
		if(cflag){
			/* printable: a graphic ASCII byte, or a character from U+00A0 on */
			if((v > ' ' && v < 0x7F) || v >= 0xA0){
				k = utf8(v, c);
				c[k] = 0;
				print("%s ", c);
			}else
				print("- ");
		}
		print("%8lld\n", *n);
		*n = 0;
	}
}

/* freq1: count and report one file (nil: standard input) */
static void
freq1(char *name)
{
	struct stat st;
	int fd;

	fd = 0;
	if(name != nil && (fd = open(name, O_RDONLY)) < 0){
		fprint(2, "freq: %s: %r\n", name);
		status = 1;
		return;
	}
	if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
		fprint(2, "freq: %s: is a directory\n", name);
		status = 1;
	}else if(tally(fd) < 0){
		fprint(2, "freq: %s: %r\n", name ? name : "<stdin>");
		status = 1;
	}else
		report();
	if(fd != 0)
		close(fd);
}

int
main(int argc, char **argv)
{
	int i;

	ARGBEGIN{
	case 'd':
		dflag = 1;
		break;
	case 'o':
		oflag = 1;
		break;
	case 'x':
		xflag = 1;
		break;
	case 'c':
		cflag = 1;
		break;
	case 'r':
		rflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(!dflag && !oflag && !xflag && !cflag)
		dflag = oflag = xflag = cflag = 1;
	setvbuf(stdout, nil, _IOFBF, 8192);
	if(argc == 0)
		freq1(nil);
	for(i = 0; i < argc; i++){
		fflush(stdout);
		freq1(argv[i]);
	}
	fflush(stdout);
	exits(status ? "errors" : nil);
}
