/*
 * bc_test: host tests of bc's numbers (sys/src/cmd/bc/num.c): each
 * operation on constants with answers from GNU bc 1.07.1, the scales
 * of the results, parsing and printing in other bases, and random
 * 18-digit integers against the host's 128-bit arithmetic.  "PASS
 * name" or "FAIL name: why" for each.
 */
#include "bc.h"

static int	failed;
static char	out[100000];
static int	nout;

void*
emalloc(size_t n)
{
	void *p;

	p = malloc(n ? n : 1);
	if(p == NULL){
		fprintf(stderr, "bc_test: out of memory\n");
		exit(1);
	}
	return p;
}

static void
put(int c)
{
	if(nout < (int)sizeof out - 1)
		out[nout++] = c;
	out[nout] = 0;
}

/* n in base b as a string (and n freed) */
static char*
str(Num *n, int b)
{
	nout = 0;
	out[0] = 0;
	if(n == NULL)
		return "<nil>";
	nprint(n, b, put);
	nfree(n);
	return out;
}

/* a constant; a leading - as bc's unary minus (nparse takes none) */
static Num*
num(char *s)
{
	Num *n, *m;

	if(s[0] != '-')
		return nparse(s, 10);
	n = nparse(s + 1, 10);
	m = nneg(n);
	nfree(n);
	return m;
}

static void
check(char *name, char *got, char *want)
{
	if(strcmp(got, want) == 0)
		printf("PASS %s\n", name);
	else{
		printf("FAIL %s: got %s, want %s\n", name, got, want);
		failed++;
	}
}

/* op on a and b at scale sc, printed in base 10 */
static char*
op2(int op, char *a, char *b, int sc)
{
	Num *x, *y, *r;
	long e;

	x = num(a);
	y = num(b);
	r = NULL;
	switch(op){
	case '+':	r = nadd(x, y); break;
	case '-':	r = nsub(x, y); break;
	case '*':	r = nmul(x, y, sc); break;
	case '/':	r = ndiv(x, y, sc); break;
	case '%':	r = nmod(x, y, sc); break;
	case '^':	ntolong(y, &e); r = npow(x, e, sc); break;
	}
	nfree(x);
	nfree(y);
	return str(r, 10);
}

static void
arith(void)
{
	check("add", op2('+', "1.5", "2.25", 0), "3.75");
	check("add.carry", op2('+', "99999999999999999999", "1", 0), "100000000000000000000");
	check("add.neg", op2('+', "-5.5", "2", 0), "-3.5");
	check("sub.zero", op2('-', "1.50", "1.5", 0), "0");
	check("sub.scale", op2('-', "3", "1.000", 0), "2.000");
	check("mul.scale0", op2('*', "1.5", "1.5", 0), "2.2");
	check("mul.scale5", op2('*', "1.5", "1.5", 5), "2.25");
	check("mul.sign", op2('*', "-3", "4", 0), "-12");
	check("div.3", op2('/', "10", "3", 3), "3.333");
	check("div.neg", op2('/', "-7", "2", 4), "-3.5000");
	check("div.small", op2('/', "1", "7", 30), ".142857142857142857142857142857");
	check("div.bydecimal", op2('/', "1", ".003", 2), "333.33");
	check("div.zero", op2('/', "1", "0", 2), "<nil>");
	check("mod.int", op2('%', "-7", "2", 0), "-1");
	check("mod.scale", op2('%', "7.25", "2", 2), ".01");
	check("mod.scale5", op2('%', "10", "3.3", 5), ".000010");
	check("pow.1000", op2('^', "2", "100", 0), "1267650600228229401496703205376");
	check("pow.frac", op2('^', "1.5", "3", 2), "3.37");
	check("pow.frac.full", op2('^', "1.5", "3", 10), "3.375");
	check("pow.neg", op2('^', "3", "-2", 2), ".11");
	check("pow.negbase", op2('^', "-2", "3", 0), "-8");
	check("pow.zero", op2('^', "0", "0", 0), "1");
	check("pow.zeroneg", op2('^', "0", "-1", 0), "<nil>");
}

static void
roots(void)
{
	Num *x;

	x = num("2");
	check("sqrt.2.50", str(nsqrt(x, 50), 10), "1.41421356237309504880168872420969807856967187537694");
	nfree(x);
	x = num("15.00");
	check("sqrt.scale", str(nsqrt(x, 0), 10), "3.87");
	nfree(x);
	x = num("1.00");
	check("sqrt.one", str(nsqrt(x, 5), 10), "1");
	nfree(x);
	x = num(".0004");
	check("sqrt.small", str(nsqrt(x, 10), 10), ".0200000000");
	nfree(x);
	x = num("-4");
	check("sqrt.neg", str(nsqrt(x, 0), 10), "<nil>");
	nfree(x);
}

static void
bases(void)
{
	char buf[64];
	Num *x;

	check("parse.zeros", str(num("000012.3400"), 10), "12.3400");
	check("parse.hex", str(nparse("FF", 16), 10), "255");
	check("parse.onedigit", str(nparse("Z", 10), 10), "35");
	check("parse.clamp", str(nparse("1G", 16), 10), "31");
	check("parse.hexfrac", str(nparse("1F.8", 16), 10), "31.5");
	check("parse.binfrac", str(nparse("1010.1", 2), 10), "10.5");
	check("print.hex", str(num("-255"), 16), "-FF");
	check("print.hexfrac", str(num(".5"), 16), ".8");
	check("print.bin", str(num("-5.25"), 2), "-101.0100000");
	check("print.100", str(num("12345"), 100), " 01 23 45");
	check("print.100frac", str(num("-1.5"), 100), "- 01.50");
	check("print.zero", str(num("0.000"), 10), "0");
	check("print.lead", str(num("-0.5"), 10), "-.5");
	x = num("123.450");
	snprintf(buf, sizeof buf, "%d %d", nlength(x), x->scale);
	check("length", buf, "6 3");
	nfree(x);
	x = num(".0012");
	snprintf(buf, sizeof buf, "%d", nlength(x));
	check("length.small", buf, "4");
	nfree(x);
}

static char*
i128str(__int128 v, char *buf)
{
	char t[64];
	unsigned __int128 u;
	int n, i;

	u = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
	n = 0;
	do{
		t[n++] = '0' + (int)(u % 10);
		u /= 10;
	}while(u != 0);
	i = 0;
	if(v < 0)
		buf[i++] = '-';
	while(n > 0)
		buf[i++] = t[--n];
	buf[i] = 0;
	return buf;
}

/* random integers: +, -, *, / and % against __int128 (C's / and % truncate as bc's do) */
static void
random128(void)
{
	char as[64], bs[64], want[64], got[256], name[32];
	__int128 a, b, r;
	int i, k, bad;
	char *ops = "+-*/%";

	srand(1);
	bad = 0;
	for(i = 0; i < 20000 && bad < 5; i++){
		a = ((__int128)rand() << 31 | rand()) % 1000000000000000000LL;
		b = ((__int128)rand() << 31 | rand()) % (i % 3 == 0 ? 1000 : 1000000000000000000LL);
		if(rand() & 1)
			a = -a;
		if(rand() & 1)
			b = -b;
		if(b == 0)
			b = 7;
		k = ops[i % 5];
		switch(k){
		case '+':	r = a + b; break;
		case '-':	r = a - b; break;
		case '*':	r = a * b; break;
		case '/':	r = a / b; break;
		default:	r = a % b; break;
		}
		i128str(a, as);
		i128str(b, bs);
		i128str(r, want);
		snprintf(got, sizeof got, "%s", op2(k, as, bs, 0));
		if(strcmp(got, want) != 0){
			snprintf(name, sizeof name, "random.%d", i);
			printf("FAIL %s: %s %c %s: got %s, want %s\n", name, as, k, bs, got, want);
			failed++;
			bad++;
		}
	}
	if(bad == 0)
		printf("PASS random128\n");
}

int
main(void)
{
	arith();
	roots();
	bases();
	random128();
	return failed != 0;
}
