/*
 * primes: print the primes from start up to end, one a line, as
 * 9base's does; with no end, on until 2^64.  With no arguments start
 * is the first line of standard input.  Each number is tried by the
 * primes up to its square root (a table of those below 2^16, then
 * the numbers 6k-1 and 6k+1 beyond it).
 */
#include <libc.h>

enum { Small = 1 << 16 };

static uint	small[6542];	/* the primes below 2^16 */
static int	nsmall;

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: primes [start [end]]\n");
	exits("usage");
}

/* number: s as a number, or a failing exit */
static uvlong
number(char *s)
{
	char *e, *p;
	uvlong n;

	for(p = s; *p == ' ' || *p == '\t'; p++)
		;
	errno = 0;
	n = strtoull(p, &e, 10);
	while(*e == ' ' || *e == '\t' || *e == '\n')
		e++;
	if(*p < '0' || *p > '9' || *e != 0 || errno != 0){
		fprint(2, "primes: bad number: %s\n", s);
		exits("number");
	}
	return n;
}

/* sieve: fill small[] by Eratosthenes' sieve */
static void
sieve(void)
{
	static uchar comp[Small];
	uint i, j;

	for(i = 2; i < Small; i++){
		if(comp[i])
			continue;
		small[nsmall++] = i;
		for(j = i * i; j < Small; j += i)
			comp[j] = 1;
	}
}

/* isprime: is n prime? */
static int
isprime(uvlong n)
{
	uvlong d;
	int i;

	if(n < 2)
		return 0;
	for(i = 0; i < nsmall; i++){
		d = small[i];
		if(d > n / d)
			return 1;
		if(n % d == 0)
			return 0;
	}
	/* beyond the table: 6k-1 and 6k+1, the first 6k-1 above 2^16 */
	for(d = Small + 1; d <= n / d; d += 6)
		if(n % d == 0 || n % (d + 2) == 0)
			return 0;
	return 1;
}

/* firstline: the first line of standard input, or nil */
static char*
firstline(void)
{
	static Rdline rd;
	usize len;

	rdinit(&rd, 0, "<stdin>");
	return rdline(&rd, &len);
}

int
main(int argc, char **argv)
{
	uvlong n, start, end;
	char *l;

	ARGBEGIN{
	default:
		usage();
	}ARGEND
	if(argc > 2)
		usage();
	end = ~0ULL;
	if(argc == 0){
		if((l = firstline()) == nil)
			usage();
		start = number(l);
	}else
		start = number(argv[0]);
	if(argc == 2)
		end = number(argv[1]);
	sieve();
	setvbuf(stdout, nil, _IOFBF, 8192);
	for(n = start; n <= end; n++){
		if(isprime(n) && print("%llu\n", n) < 0)
			break;
		if(n == ~0ULL)
			break;
	}
	fflush(stdout);
	return 0;
}
