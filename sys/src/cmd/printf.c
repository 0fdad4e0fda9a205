/*
 * printf: print the arguments under control of a format, as POSIX's
 * printf(1) (and GNU's, where POSIX leaves room): the conversions
 * %d %i %o %u %x %X %c %s %b %e %E %f %F %g %G and %%, with flags,
 * widths and precisions (* takes them from the arguments), and the
 * backslash escapes \\ \" \a \b \e \f \n \r \t \v \NNN \xHH \c.  The
 * format is used again while arguments remain; a missing argument is
 * an empty string or 0.  A number that is not one, or is only partly
 * one, is reported and makes the exit status 1.
 */
#include <libc.h>

enum {
	Maxwidth	= 100000000,	/* digits of a width stop counting here */
};

static char	**args;	/* the arguments not yet converted */
static int	nargs;
static int	used;	/* a conversion took an argument in this pass */
static int	status;

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: printf format [arg ...]\n");
	exits("usage");
}

/* stop: end here, with what has been printed so far written out */
static void
stop(int st)
{
	if(fflush(stdout) == EOF){
		fprint(2, "printf: write error: %r\n");
		exit(1);
	}
	exit(st);
}

/* nextarg: the next argument, or nil when they have run out */
static char*
nextarg(void)
{
	used = 1;
	if(nargs == 0)
		return nil;
	nargs--;
	return *args++;
}

/* hexval: the value of the hexadecimal digit c, or -1 */
static int
hexval(int c)
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if(c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * escape: the byte of the escape after the \ at *sp, advancing *sp;
 * -1 for \c, -2 for one that is not an escape (print the \ and go on
 * with the byte after it).  An octal escape is up to three digits, in
 * a %b argument (inb) after a 0 if there is one.
 */
static int
escape(char **sp, int inb)
{
	char *s;
	int c, i, n;

	s = *sp;
	c = (uchar)*s++;
	switch(c){
	case '\\': break;
	case 'a': c = '\a'; break;
	case 'b': c = '\b'; break;
	case 'e': c = 033; break;
	case 'f': c = '\f'; break;
	case 'n': c = '\n'; break;
	case 'r': c = '\r'; break;
	case 't': c = '\t'; break;
	case 'v': c = '\v'; break;
	case 'c': c = -1; break;
	case '"':
		break;
	case 'x':
		if(hexval(*s) < 0)
			return -2;
		c = 0;
		for(i = 0; i < 2 && (n = hexval(*s)) >= 0; i++, s++)
			c = c*16 + n;
		break;
	default:
		if(c < '0' || c > '7')
			return -2;
		c -= '0';
		/* in %b a leading 0 does not count among the three */
		for(i = inb && c == 0 ? 0 : 1; i < 3 && *s >= '0' && *s <= '7'; i++)
			c = c*8 + *s++ - '0';
		c &= 0xFF;
	}
	*sp = s;
	return c;
}

/* expandb: the argument of %b with its escapes done, its length in
 * *np; *stopp is set if it held \c (the text goes only to there) */
static char*
expandb(char *s, long *np, int *stopp)
{
	char *out, *o;
	int c;

	out = malloc(strlen(s) + 1);
	if(out == nil)
		sysfatal("out of memory");
	o = out;
	*stopp = 0;
	while(*s != 0){
		if(*s != '\\' || s[1] == 0){
			*o++ = *s++;
			continue;
		}
		s++;
		c = escape(&s, 1);
		if(c == -1){
			*stopp = 1;
			break;
		}
		if(c == -2){
			*o++ = '\\';
			continue;
		}
		*o++ = c;
	}
	*np = o - out;
	return out;
}

/* charval: the code of the character after a leading quote: a UTF-8
 * sequence's rune, else the byte; a warning if more follows */
static long
charval(char *s)
{
	uchar *p;
	long r;
	int n, i;

	p = (uchar*)s;
	r = *p;
	n = 1;
	if(r >= 0xC0 && r < 0xF8){
		n = r >= 0xF0 ? 4 : r >= 0xE0 ? 3 : 2;
		r &= 0x7F >> n;
		for(i = 1; i < n; i++){
			if((p[i] & 0xC0) != 0x80){
				r = *p;
				n = 1;
				break;
			}
			r = r << 6 | (p[i] & 0x3F);
		}
	}
	if(r != 0 && p[n] != 0){
		fflush(stdout);
		fprint(2, "printf: warning: %s: character(s) following character constant have been ignored\n", s + n);
	}
	return r;
}

/* numcheck: report the argument s if strto* stopped at e, or overflowed */
static void
numcheck(char *s, char *e, int overflow)
{
	char *why;

	if(e == s)
		why = "expected a numeric value";
	else if(*e != 0)
		why = "value not completely converted";
	else if(overflow)
		why = "Numerical result out of range";
	else
		return;
	fflush(stdout);
	fprint(2, "printf: %s: %s\n", s, why);
	status = 1;
}

/*
 * numarg: the next argument, to be read as a number; nil when there is
 * nothing to convert, its value then in *v (0 for none or empty, a
 * quoted character's code)
 */
static char*
numarg(vlong *v)
{
	char *s;

	s = nextarg();
	*v = 0;
	if(s == nil || *s == 0)
		return nil;
	if(*s == '\'' || *s == '"'){
		*v = charval(s + 1);
		return nil;
	}
	errno = 0;
	return s;
}

/* intarg: the next argument as a signed number */
static vlong
intarg(void)
{
	char *s, *e;
	vlong v;

	if((s = numarg(&v)) == nil)
		return v;
	v = strtoll(s, &e, 0);
	numcheck(s, e, errno == ERANGE);
	return v;
}

/* uintarg: the next argument as an unsigned number (-1 is the largest) */
static uvlong
uintarg(void)
{
	char *s, *e;
	uvlong v;
	vlong c;

	if((s = numarg(&c)) == nil)
		return c;
	v = strtoull(s, &e, 0);
	numcheck(s, e, errno == ERANGE);
	return v;
}

/* fltarg: the next argument as a floating point number */
static double
fltarg(void)
{
	char *s, *e;
	double v;
	vlong c;

	if((s = numarg(&c)) == nil)
		return c;
	v = strtod(s, &e);
	numcheck(s, e, errno == ERANGE);
	return v;
}

/* pad: print n blanks */
static void
pad(long n)
{
	for(; n > 0; n--)
		putchar(' ');
}

/* putfield: the n bytes at s in a field of width w (left-justified with
 * left), at most prec of them when prec >= 0 */
static void
putfield(char *s, long n, long w, long prec, int left)
{
	if(prec >= 0 && n > prec)
		n = prec;
	if(!left)
		pad(w - n);
	fwrite(s, 1, n, stdout);
	if(left)
		pad(w - n);
}

/* putnum: print with the C format spec (one conversion) and the value
 * in the ... */
static void
putnum(char *spec, ...)
{
	char buf[128], *p;
	va_list a;
	int n;

	va_start(a, spec);
	n = vsnprintf(buf, sizeof buf, spec, a);
	va_end(a);
	p = buf;
	if(n >= (int)sizeof buf){
		p = malloc(n + 1);
		if(p == nil)
			sysfatal("out of memory");
		va_start(a, spec);
		vsnprintf(p, n + 1, spec, a);
		va_end(a);
	}
	if(n > 0)
		fwrite(p, 1, n, stdout);
	if(p != buf)
		free(p);
}

/*
 * conv: print the conversion at *fp (just after its %), advancing *fp;
 * returns 0, or -1 after a \c in a %b argument (stop printing)
 */
static int
conv(char **fp)
{
	char spec[64], *f, *s, *start, *o;
	long w, prec, n;
	int left, c, stopped;

	start = f = *fp;
	o = spec;
	*o++ = '%';
	left = 0;
	while(*f != 0 && strchr("-+ #0", *f) != nil){
		if(*f == '-')
			left = 1;
		if(o < spec + 8)
			*o++ = *f;
		f++;
	}
	w = 0;
	if(*f == '*'){
		f++;
		w = intarg();
		if(w < 0){
			left = 1;
			w = -w;
			*o++ = '-';
		}
	}else
		for(; isdigit((uchar)*f); f++)
			if(w < Maxwidth)
				w = w*10 + *f - '0';
	prec = -1;
	if(*f == '.'){
		f++;
		prec = 0;
		if(*f == '*'){
			f++;
			prec = intarg();
		}else
			for(; isdigit((uchar)*f); f++)
				if(prec < Maxwidth)
					prec = prec*10 + *f - '0';
	}
	while(*f != 0 && strchr("hlLjzt", *f) != nil)
		f++;
	c = (uchar)*f;
	if(c == 0 || strchr("diouxXcsbeEfFgG", c) == nil){
		fflush(stdout);
		fprint(2, "printf: %%%.*s: invalid conversion specification\n",
			(int)(f - start) + (c != 0), start);
		stop(1);
	}
	f++;
	*fp = f;
	o += sprintf(o, "%ld", w);
	if(prec >= 0)
		o += sprintf(o, ".%ld", prec);
	switch(c){
	case 'd': case 'i':
		sprintf(o, "lld");
		putnum(spec, intarg());
		break;
	case 'o': case 'u': case 'x': case 'X':
		sprintf(o, "ll%c", c);
		putnum(spec, uintarg());
		break;
	case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
		sprintf(o, "%c", c);
		putnum(spec, fltarg());
		break;
	case 'c':
		/* its first byte; a NUL (as GNU's) for none */
		s = nextarg();
		putfield(s != nil && *s != 0 ? s : "", 1, w, -1, left);
		break;
	case 's':
		s = nextarg();
		if(s == nil)
			s = "";
		putfield(s, strlen(s), w, prec, left);
		break;
	case 'b':
		s = nextarg();
		s = expandb(s != nil ? s : "", &n, &stopped);
		putfield(s, n, w, prec, left);
		free(s);
		if(stopped)
			return -1;
		break;
	}
	return 0;
}

/* format: print the format once; -1 if \c said to stop */
static int
format(char *f)
{
	int c;

	while(*f != 0){
		if(*f == '%'){
			f++;
			if(*f == '%'){
				putchar('%');
				f++;
			}else if(conv(&f) < 0)
				return -1;
			continue;
		}
		if(*f == '\\' && f[1] != 0){
			f++;
			c = escape(&f, 0);
			if(c == -1)
				return -1;
			putchar(c == -2 ? '\\' : c);
			continue;
		}
		putchar(*f++);
	}
	return 0;
}

int
main(int argc, char **argv)
{
	char *fmt;

	argv0 = "printf";
	argc--, argv++;
	if(argc > 0 && strcmp(argv[0], "--") == 0)
		argc--, argv++;
	if(argc < 1)
		usage();
	fmt = argv[0];
	args = argv + 1;
	nargs = argc - 1;
	setvbuf(stdout, nil, _IOFBF, 8192);
	do{
		used = 0;
		if(format(fmt) < 0)
			break;
	}while(nargs > 0 && used);
	if(nargs > 0 && !used){
		fflush(stdout);
		fprint(2, "printf: warning: ignoring excess arguments, starting with %s\n", *args);
	}
	stop(status);
	return 0;
}
