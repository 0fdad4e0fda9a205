/*
 * factor: print the prime factors of each number given (or of each
 * line of standard input), as 9base's does: the number, then each
 * factor on a line of its own after five blanks, smallest first, then
 * an empty line.  From standard input a 0 (or a line that is no
 * number) ends the input.  Numbers are exact up to 2^64-1 (9base's
 * are doubles, exact to 2^53).
 */
#include <libc.h>

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: factor [number ...]\n");
	exits("usage");
}

/* number: s (blanks around it allowed) as a number in *n; 0, or -1 if it is none */
static int
number(char *s, uvlong *n)
{
	char *e;

	while(*s == ' ' || *s == '\t')
		s++;
	if(*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*n = strtoull(s, &e, 10);
	if(errno != 0)
		return -1;
	while(*e == ' ' || *e == '\t' || *e == '\n')
		e++;
	return *e == 0 ? 0 : -1;
}

/* divides: while d divides *n, print it and divide it out */
static void
divides(uvlong *n, uvlong d)
{
	while(*n % d == 0){
		print("     %llu\n", d);
		*n /= d;
	}
}

/*
 * factor: print n and its prime factors.  Trial division by 2, 3
 * and then the numbers 6k-1 and 6k+1, up to the square root of what
 * is left.
 */
static void
factor(uvlong n)
{
	uvlong d;

	print("%llu\n", n);
	if(n == 0)
		return;
	if(n > 1){
		divides(&n, 2);
		divides(&n, 3);
		for(d = 5; d <= n / d; d += 6){
			divides(&n, d);
			divides(&n, d + 2);
		}
		if(n > 1)
			print("     %llu\n", n);
	}
	print("\n");
}

int
main(int argc, char **argv)
{
	static Rdline rd;
	uvlong n;
	usize len;
	char *l;
	int i;

	ARGBEGIN{
	default:
		usage();
	}ARGEND
	setvbuf(stdout, nil, _IOFBF, 8192);
	for(i = 0; i < argc; i++){
		if(number(argv[i], &n) < 0){
			fflush(stdout);
			fprint(2, "factor: bad number: %s\n", argv[i]);
			exits("number");
		}
		factor(n);
	}
	if(argc == 0){
		rdinit(&rd, 0, "<stdin>");
		while((l = rdline(&rd, &len)) != nil){
			if(number(l, &n) < 0 || n == 0)
				break;
			factor(n);
		}
	}
	fflush(stdout);
	return 0;
}
