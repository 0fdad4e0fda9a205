/*
 * unicode: between characters and their Unicode values, as 9base's:
 *	unicode hexmin-hexmax ...	a table of each range: value and
 *					character, eight to a line
 *	unicode [-t] hex ...		each character, one a line (-t: all
 *					on one, with no newline)
 *	unicode [-n] chars ...		the value of each character
 * The first argument decides: a range, a hex number, or characters
 * (-n: characters, always).
 */
#include <libc.h>

enum { Runemax = 0x10FFFF, Badrune = 0xFFFD };

static int	tflag;

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: unicode { [-t] hex hex ... | hexmin-hexmax ... | [-n] char ... }\n");
	exits("usage");
}

/* putrune: print rune r in UTF-8 */
static void
putrune(uint r)
{
	char b[5];
	int n;

	if(r < 0x80){
		b[0] = r;
		n = 1;
	}else if(r < 0x800){
		b[0] = 0xC0 | r >> 6;
		b[1] = 0x80 | (r & 0x3F);
		n = 2;
	}else if(r < 0x10000){
		b[0] = 0xE0 | r >> 12;
		b[1] = 0x80 | (r >> 6 & 0x3F);
		b[2] = 0x80 | (r & 0x3F);
		n = 3;
	}else{
		b[0] = 0xF0 | r >> 18;
		b[1] = 0x80 | (r >> 12 & 0x3F);
		b[2] = 0x80 | (r >> 6 & 0x3F);
		b[3] = 0x80 | (r & 0x3F);
		n = 4;
	}
	fwrite(b, 1, n, stdout);
}

/* getrune: the character at *s (a bad byte is Badrune); *s moves past it */
static uint
getrune(char **s)
{
	uchar *p;
	uint c, min;
	int k, i;

	p = (uchar*)*s;
	c = *p;
	k = 1;
	min = 0;
	if(c >= 0xC2 && c < 0xE0){
		k = 2; c &= 0x1F; min = 0x80;
	}else if(c >= 0xE0 && c < 0xF0){
		k = 3; c &= 0x0F; min = 0x800;
	}else if(c >= 0xF0 && c < 0xF5){
		k = 4; c &= 0x07; min = 0x10000;
	}else if(c >= 0x80)
		c = Badrune;
	for(i = 1; i < k; i++){
		if((p[i] & 0xC0) != 0x80){
			*s += 1;
			return Badrune;
		}
		c = c << 6 | (p[i] & 0x3F);
	}
	*s += k;
	if(k > 1 && (c < min || c > Runemax))
		return Badrune;
	return c;
}

/* hex: s, all of it a hex number, as a value in *v; 0 or -1 */
static int
hex(char *s, uvlong *v)
{
	char *e;

	if(!isxdigit((uchar)*s))
		return -1;
	errno = 0;
	*v = strtoull(s, &e, 16);
	return *e == 0 && errno == 0 ? 0 : -1;
}

/* value: s as a character's value, or a failing exit */
static uint
value(char *s)
{
	uvlong v;

	if(hex(s, &v) < 0 || v > Runemax){
		fflush(stdout);
		fprint(2, "unicode: bad unicode value %s\n", s);
		exits("value");
	}
	return v;
}

/* range: the table of a range "min-max" */
static void
range(char *s)
{
	char *dash;
	uvlong lo, hi, v;
	int n, bad;

	dash = strchr(s, '-');
	bad = dash == nil;
	if(!bad){
		*dash = 0;
		bad = hex(s, &lo) < 0 || hex(dash + 1, &hi) < 0 || lo > hi || hi > Runemax;
		*dash = '-';
	}
	if(bad){
		fflush(stdout);
		fprint(2, "unicode: bad range %s\n", s);
		exits("range");
	}
	n = 0;
	for(v = lo; v <= hi; v++){
		print("%04llx ", v);
		putrune(v);
		print(++n % 8 == 0 || v == hi ? "\n" : "\t");
	}
}

/* chars: the value of every character of s, one a line */
static void
chars(char *s)
{
	while(*s != 0)
		print("%04x\n", getrune(&s));
}

int
main(int argc, char **argv)
{
	uvlong v;
	int nflag, isrange, i;

	nflag = 0;
	ARGBEGIN{
	case 'n':
		nflag = 1;
		break;
	case 't':
		tflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc == 0)
		usage();
	/* the first argument says which way */
	isrange = strchr(argv[0], '-') != nil;
	if(!isrange && hex(argv[0], &v) < 0)
		nflag = 1;
	for(i = 0; i < argc; i++){
		if(nflag)
			chars(argv[i]);
		else if(isrange)
			range(argv[i]);
		else{
			putrune(value(argv[i]));
			if(!tflag)
				print("\n");
		}
	}
	fflush(stdout);
	exits(nil);
}
