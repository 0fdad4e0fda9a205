/*
 * seq: print the numbers from first (default 1) to last, a step of
 * incr (default 1) apart; -w pads them with zeros to one width, -f
 * prints each with a printf format of its own.  Integers are exact,
 * however large; a fraction or an exponent anywhere (or -f) makes them
 * all floating point, printed as %g.
 */
#include <libc.h>

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: seq [-w] [-f format] [first [incr]] last\n");
	exits("usage");
}

/* isint: is s an integer (no fraction, no exponent)? */
static int
isint(char *s)
{
	return strpbrk(s, ".eEnN") == nil;
}

/* fnumber: s as a double, or a usage error */
static double
fnumber(char *s)
{
	char *e;
	double v;

	v = strtod(s, &e);
	if(e == s || *e != 0 || v != v){
		fprint(2, "seq: bad number: %s\n", s);
		exits("number");
	}
	return v;
}

/* decimals: the digits after the point in s (none with an exponent) */
static int
decimals(char *s)
{
	char *p;

	p = strchr(s, '.');
	if(p == nil || strpbrk(s, "eE") != nil)
		return 0;
	return strspn(p + 1, "0123456789");
}

/* checkformat: f must hold one conversion, %e %f %g (%E %G), and %% */
static void
checkformat(char *fmt)
{
	char *f;
	int n;

	f = fmt;
	for(n = 0; (f = strchr(f, '%')) != nil; ){
		f++;
		if(*f == '%'){
			f++;
			continue;
		}
		f += strspn(f, "-+ #0");
		f += strspn(f, "0123456789");
		if(*f == '.')
			f += 1 + strspn(f + 1, "0123456789");
		if(*f == 0 || strchr("efgEG", *f) == nil || ++n > 1){
			fprint(2, "seq: bad format: %s\n", fmt);
			exits("format");
		}
	}
	if(n == 0){
		fprint(2, "seq: bad format: no %%e, %%f or %%g\n");
		exits("format");
	}
}

/* fseq: the floating point sequence argv[0..argc), in format fmt (nil:
 * %g, or with wflag the operands' decimals, padded to one width) */
static void
fseq(int argc, char **argv, char *fmt, int wflag)
{
	double first, incr, last, v;
	char buf[64];
	int i, w, p, d;
	vlong k;

	first = incr = 1;
	last = fnumber(argv[argc-1]);
	if(argc > 1)
		first = fnumber(argv[0]);
	if(argc > 2)
		incr = fnumber(argv[1]);
	if(incr == 0){
		fprint(2, "seq: zero increment\n");
		exits("increment");
	}
	w = p = 0;
	if(fmt == nil && wflag){
		for(i = 0; i < argc; i++)
			if((d = decimals(argv[i])) > p)
				p = d;
		w = snprintf(buf, sizeof buf, "%.*f", p, first);
		if((i = snprintf(buf, sizeof buf, "%.*f", p, last)) > w)
			w = i;
	}
	/* each value from first, not by adding: 1 0.1 1.3 ends at 1.3 */
	for(k = 0;; k++){
		v = first + k * incr;
		if(incr > 0 ? v > last + incr * 1e-9 : v < last + incr * 1e-9)
			break;
		if(fmt != nil)
			print(fmt, v);
		else if(wflag)
			print("%0*.*f", w, p, v);
		else
			print("%g", v == 0 ? 0.0 : v);
		print("\n");
	}
}

/* number: s as an integer, or a usage error */
static vlong
number(char *s)
{
	char *e;
	vlong v;

	errno = 0;
	v = strtoll(s, &e, 10);
	if(e == s || *e != 0 || errno != 0){
		fprint(2, "seq: bad number: %s\n", s);
		exits("number");
	}
	return v;
}

/* width: the characters v takes when printed */
static int
width(vlong v)
{
	char buf[32];

	return snprintf(buf, sizeof buf, "%lld", v);
}

int
main(int argc, char **argv)
{
	vlong first, incr, last, v;
	int wflag, w, i, fl;
	char *fmt;

	wflag = 0;
	fmt = nil;
	argv0 = "seq";
	argc--, argv++;
	/* a negative number is an operand, not a flag */
	while(argc > 0 && argv[0][0] == '-' && !isdigit((uchar)argv[0][1])){
		if(strcmp(argv[0], "--") == 0){
			argc--, argv++;
			break;
		}
		if(strcmp(argv[0], "-w") == 0)
			wflag = 1;
		else if(strncmp(argv[0], "-f", 2) == 0){
			fmt = argv[0] + 2;
			if(*fmt == 0){
				if(argc < 2)
					usage();
				fmt = *++argv;
				argc--;
			}
			checkformat(fmt);
		}else
			usage();
		argc--, argv++;
	}
	if(argc < 1 || argc > 3)
		usage();
	fl = fmt != nil;
	for(i = 0; i < argc; i++)
		fl |= !isint(argv[i]);
	if(fl){
		setvbuf(stdout, nil, _IOFBF, 8192);
		fseq(argc, argv, fmt, wflag);
		if(fflush(stdout) == EOF){
			fprint(2, "seq: write error: %r\n");
			exits("write");
		}
		return 0;
	}
	first = incr = 1;
	switch(argc){
	case 1:
		last = number(argv[0]);
		break;
	case 2:
		first = number(argv[0]);
		last = number(argv[1]);
		break;
	case 3:
		first = number(argv[0]);
		incr = number(argv[1]);
		last = number(argv[2]);
		break;
	default:
		usage();
	}
	if(incr == 0){
		fprint(2, "seq: zero increment\n");
		exits("increment");
	}
	setvbuf(stdout, nil, _IOFBF, 8192);
	w = 0;
	if(wflag){
		w = width(first);
		if(width(last) > w)
			w = width(last);
	}
	for(v = first; incr > 0 ? v <= last : v >= last; v += incr){
		if(v < 0 && wflag)
			print("-%0*llu\n", w-1, (uvlong)0 - (uvlong)v);
		else
			print("%0*lld\n", w, v);
		/* stop before the sum overflows */
		if((incr > 0 && v > LLONG_MAX - incr) || (incr < 0 && v < LLONG_MIN - incr))
			break;
	}
	if(fflush(stdout) == EOF){
		fprint(2, "seq: write error: %r\n");
		exits("write");
	}
	return 0;
}
