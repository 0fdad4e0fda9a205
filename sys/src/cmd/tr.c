/*
 * tr: translate characters.  tr [-cds] [string1 [string2]] copies
 * standard input to standard output, changing each byte found in
 * string1 to the one at the same place in string2 (whose last byte is
 * repeated as needed).  Strings may hold ranges (a-z), escapes
 * (\n \t \\ \- \ooo) and classes ([:lower:] and the like).  -c takes the complement of string1, -d deletes
 * the bytes of string1, -s squeezes runs of an output byte that is in
 * string2 (string1 if there is none) into one.  Bytes, not runes.
 */
#include <libc.h>

enum {
	Bufsize	= 16*1024,
};

static char	inbuf[Bufsize], outbuf[Bufsize];

/* escape: the byte of the escape after the \ at *sp; advances *sp */
static int
escape(char **sp)
{
	char *s;
	int c, i;

	s = *sp;
	c = *s++;
	switch(c){
	case 'n': c = '\n'; break;
	case 't': c = '\t'; break;
	case 'r': c = '\r'; break;
	case 'b': c = '\b'; break;
	case 'f': c = '\f'; break;
	case 'v': c = '\v'; break;
	case 'a': c = '\a'; break;
	case 0:
		c = '\\';
		s--;
		break;
	default:
		if(c >= '0' && c <= '7'){
			c -= '0';
			for(i = 1; i < 3 && *s >= '0' && *s <= '7'; i++)
				c = c*8 + *s++ - '0';
			c &= 0xFF;
		}
	}
	*sp = s;
	return c;
}

/* the classes [:name:] may name, each a test of a byte */
static struct {
	char	*name;
	int	(*is)(int);
} classes[] = {
	{"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank},
	{"cntrl", iscntrl}, {"digit", isdigit}, {"graph", isgraph},
	{"lower", islower}, {"print", isprint}, {"punct", ispunct},
	{"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
};

/* class: at s, "[:name:]": add its bytes, in ascending order, to
 * out at *np and return the length of the name; 0 if s is not one */
static int
class(char *s, uchar *out, long *np)
{
	char *e;
	int i, c;

	if(strncmp(s, "[:", 2) != 0 || (e = strstr(s + 2, ":]")) == nil)
		return 0;
	for(i = 0; i < (int)nelem(classes); i++)
		if(strlen(classes[i].name) == (usize)(e - s - 2) && strncmp(s + 2, classes[i].name, e - s - 2) == 0){
			for(c = 0; c < 128; c++)
				if(classes[i].is(c))
					out[(*np)++] = c;
			return e + 2 - s;
		}
	return 0;
}

/*
 * expand: the bytes string s stands for, ranges and escapes expanded,
 * into a new array (length in *np); nil with an error text in *err for
 * a backward range.
 */
static uchar*
expand(char *s, long *np, char **err)
{
	uchar *out;
	long n;
	int c, hi, lo;

	*err = nil;
	out = malloc(256 * (strlen(s) + 1));
	if(out == nil){
		*err = "out of memory";
		return nil;
	}
	n = 0;
	while(*s != 0){
		if((c = class(s, out, &n)) > 0){
			s += c;
			continue;
		}
		if(*s == '\\'){
			s++;
			c = escape(&s);
		}else
			c = (uchar)*s++;
		if(*s == '-' && s[1] != 0){
			s++;
			lo = c;
			if(*s == '\\'){
				s++;
				hi = escape(&s);
			}else
				hi = (uchar)*s++;
			if(hi < lo){
				*err = "bad range";
				free(out);
				return nil;
			}
			for(c = lo; c <= hi; c++)
				out[n++] = c;
			continue;
		}
		out[n++] = c;
	}
	*np = n;
	return out;
}

/* complement: the bytes not in s[0:n], in ascending order */
static uchar*
complement(uchar *s, long *np)
{
	uchar in[256], *out;
	long i, n;

	memset(in, 0, sizeof in);
	for(i = 0; i < *np; i++)
		in[s[i]] = 1;
	if((out = malloc(256)) == nil)
		return nil;
	n = 0;
	for(i = 0; i < 256; i++)
		if(!in[i])
			out[n++] = i;
	*np = n;
	return out;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: tr [-cds] [string1 [string2]]\n");
	exits("usage");
}

/* need: s, or a failing exit naming err */
static uchar*
need(uchar *s, char *err)
{
	if(s == nil){
		fprint(2, "tr: %s\n", err != nil ? err : "out of memory");
		exits("error");
	}
	return s;
}

int
main(int argc, char **argv)
{
	int cflag, dflag, sflag, last, c, i, translate;
	uchar map[256], del[256], squeeze[256], *s1, *s2, *t;
	long n1, n2, n, k, o;
	char *err;

	err = nil;

	cflag = dflag = sflag = 0;
	ARGBEGIN{
	case 'c':
		cflag = 1;
		break;
	case 'd':
		dflag = 1;
		break;
	case 's':
		sflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc > 2 || (argc == 0 && (dflag || cflag)))
		usage();
	if(dflag && !sflag && argc != 1)
		usage();
	if(!dflag && !sflag && argc != 2 && argc != 0)
		usage();
	s1 = s2 = nil;
	n1 = n2 = 0;
	if(argc > 0){
		s1 = expand(argv[0], &n1, &err);
		need(s1, err);
	}
	if(argc > 1){
		s2 = expand(argv[1], &n2, &err);
		need(s2, err);
	}
	if(cflag){
		t = need(complement(s1, &n1), nil);
		free(s1);
		s1 = t;
	}
	for(i = 0; i < 256; i++)
		map[i] = i;
	memset(del, 0, sizeof del);
	memset(squeeze, 0, sizeof squeeze);
	translate = !dflag && s2 != nil;
	if(translate && n2 == 0 && n1 > 0){
		fprint(2, "tr: string2 is empty\n");
		exits("usage");
	}
	for(i = 0; i < n1; i++){
		if(dflag)
			del[s1[i]] = 1;
		else if(translate)
			map[s1[i]] = s2[i < n2 ? i : n2-1];
	}
	if(sflag){
		/* squeeze what comes out: string2's bytes, else string1's */
		t = s2 != nil ? s2 : s1;
		n = s2 != nil ? n2 : n1;
		for(i = 0; i < n; i++)
			squeeze[t[i]] = 1;
	}
	if(isdirin(0, "<stdin>"))
		exits("directory");
	last = -1;
	while((k = read(0, inbuf, sizeof inbuf)) > 0){
		o = 0;
		for(i = 0; i < k; i++){
			c = (uchar)inbuf[i];
			if(del[c])
				continue;
			c = map[c];
			if(squeeze[c] && c == last)
				continue;
			last = c;
			outbuf[o++] = c;
		}
		if(o > 0 && write(1, outbuf, o) != o){
			fprint(2, "tr: write error: %r\n");
			exits("write");
		}
	}
	if(k < 0){
		fprint(2, "tr: <stdin>: %r\n");
		exits("read");
	}
	return 0;
}
