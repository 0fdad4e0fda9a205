/*
 * seq: print the integers from first (default 1) to last, a step of
 * incr (default 1) apart; -w pads them with zeros to one width.
 */
#include <libc.h>

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: seq [-w] [first [incr]] last\n");
	exits("usage");
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
	int wflag, w;

	wflag = 0;
	argv0 = "seq";
	argc--, argv++;
	/* a negative number is an operand, not a flag */
	while(argc > 0 && argv[0][0] == '-' && !isdigit((uchar)argv[0][1])){
		if(strcmp(argv[0], "--") == 0){
			argc--, argv++;
			break;
		}
		if(strcmp(argv[0], "-w") != 0)
			usage();
		wflag = 1;
		argc--, argv++;
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
