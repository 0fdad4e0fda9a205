/*
 * strtod, strtof, strtold, atof: text to floating point, correctly
 * rounded.  A first guess from the leading 19 digits in long double
 * is corrected by comparing the exact decimal value with the points
 * halfway between neighbouring doubles, in big integers.
 */
#include <u.h>
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum {
	MAXDIG	= 800,		/* significant digits kept (more only set "sticky") */
	NW	= 256,		/* 32-bit words in a big integer: 8192 bits */
	EXPBIAS	= 1075,		/* a double is m * 2^(e - EXPBIAS), m < 2^53 */
};

typedef struct Big Big;
struct Big {
	int	n;		/* words used */
	u32int	w[NW];		/* little-endian */
};

/* b = b * f + a. */
static void
bigmuladd(Big *b, u32int f, u32int a)
{
	uvlong c;
	int i;

	c = a;
	for(i = 0; i < b->n; i++){
		c += (uvlong)b->w[i] * f;
		b->w[i] = c;
		c >>= 32;
	}
	if(c != 0 && b->n < NW)
		b->w[b->n++] = c;
}

/* b = b * 5^k. */
static void
bigpow5(Big *b, int k)
{
	for(; k >= 13; k -= 13)
		bigmuladd(b, 1220703125, 0);	/* 5^13 */
	while(k-- > 0)
		bigmuladd(b, 5, 0);
}

/* b = b << s. */
static void
bigshl(Big *b, int s)
{
	int i, ws, bs;

	ws = s / 32;
	bs = s % 32;
	if(b->n + ws + 1 > NW)
		ws = NW - b->n - 1;	/* cannot happen in range */
	if(bs != 0){
		b->w[b->n] = 0;
		for(i = b->n; i > 0; i--)
			b->w[i] = b->w[i] << bs | b->w[i-1] >> (32 - bs);
		b->w[0] <<= bs;
		b->n++;
	}
	if(ws > 0){
		memmove(b->w + ws, b->w, b->n * sizeof b->w[0]);
		memset(b->w, 0, ws * sizeof b->w[0]);
		b->n += ws;
	}
	while(b->n > 0 && b->w[b->n-1] == 0)
		b->n--;
}

/* Sign of a - b. */
static int
bigcmp(Big *a, Big *b)
{
	int i;

	if(a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for(i = a->n - 1; i >= 0; i--)
		if(a->w[i] != b->w[i])
			return a->w[i] < b->w[i] ? -1 : 1;
	return 0;
}

/* Sign of (digits dig[0..n) * 10^k, plus a little if sticky) - h * 2^q. */
static int
cmpexact(const char *dig, int n, int k, int sticky, uvlong h, int q)
{
	static Big a, b;
	int i, ea, eb, c;

	a.n = 0;
	for(i = 0; i < n; i++){
		if(a.n == 0 && dig[i] != '0'){
			a.n = 1;
			a.w[0] = dig[i] - '0';
		}else if(a.n > 0)
			bigmuladd(&a, 10, dig[i] - '0');
	}
	b.n = 2;
	b.w[0] = h;
	b.w[1] = h >> 32;
	if(b.w[1] == 0)
		b.n = 1;
	ea = eb = 0;
	if(k >= 0){
		bigpow5(&a, k);
		ea = k;
	}else{
		bigpow5(&b, -k);
		eb = -k;
	}
	eb += q;
	if(ea > eb)
		bigshl(&a, ea - eb);
	else
		bigshl(&b, eb - ea);
	c = bigcmp(&a, &b);
	if(c == 0 && sticky)
		c = 1;
	return c;
}

/* The double with bits v. */
static double
frombits(uvlong v)
{
	double d;

	memcpy(&d, &v, sizeof d);
	return d;
}

/* The bits of d. */
static uvlong
tobits(double d)
{
	uvlong v;

	memcpy(&v, &d, sizeof v);
	return v;
}

/* 10^e in long double, e >= 0. */
static long double
pow10l(int e)
{
	long double r, p;

	r = 1;
	for(p = 10; e > 0; e >>= 1, p *= p)
		if(e & 1)
			r *= p;
	return r;
}

/*
 * The positive double nearest dig[0..n) * 10^k (n > 0, no leading
 * zeros); sets *range on overflow or underflow to zero.
 */
static double
decimal(const char *dig, int n, int k, int sticky, int *range)
{
	long double x;
	uvlong u, bits, m, lo, hi;
	int i, nu, e, q, c, dir;

	if(n + k > 310){
		*range = 1;
		return frombits(0x7ff0000000000000ULL);
	}
	if(n + k < -330){
		*range = 1;
		return 0;
	}
	nu = n < 19 ? n : 19;
	u = 0;
	for(i = 0; i < nu; i++)
		u = u * 10 + (dig[i] - '0');
	if(n <= 15 && !sticky && k >= -22 && k <= 22)
		return k >= 0 ? (double)u * (double)pow10l(k) : (double)u / (double)pow10l(-k);
	e = k + (n - nu);
	x = u;
	if(e >= 0)
		x *= pow10l(e);
	else if(e > -4900)
		x /= pow10l(-e);
	bits = tobits((double)x);
	if(bits >= 0x7ff0000000000000ULL)
		bits = 0x7fefffffffffffffULL;
	/* step to the neighbour while the exact value is past a halfway point */
	for(dir = 0;;){
		e = bits >> 52;
		m = bits & ((1ULL<<52) - 1);
		if(e > 0)
			m |= 1ULL<<52;
		q = (e > 0 ? e : 1) - EXPBIAS;
		/* halfway up: (2m+1) 2^(q-1); down: (2m-1) 2^(q-1), or (4m-1) 2^(q-2) at a binade's start */
		hi = 2*m + 1;
		c = cmpexact(dig, n, k, sticky, hi, q - 1);
		if(c > 0 || (c == 0 && (m & 1))){
			if(dir < 0)
				break;
			if(bits == 0x7fefffffffffffffULL){
				*range = 1;
				return frombits(0x7ff0000000000000ULL);
			}
			bits++;
			dir = 1;
			continue;
		}
		if(bits == 0)
			break;
		if(m == 1ULL<<52 && e > 1){
			lo = 4*m - 1;
			c = cmpexact(dig, n, k, sticky, lo, q - 2);
		}else{
			lo = 2*m - 1;
			c = cmpexact(dig, n, k, sticky, lo, q - 1);
		}
		if(c < 0 || (c == 0 && (m & 1))){
			if(dir > 0)
				break;
			bits--;
			dir = -1;
			continue;
		}
		break;
	}
	if(bits == 0)
		*range = 1;
	return frombits(bits);
}

/* The positive double nearest m * 2^e2 (plus a little if sticky); m != 0. */
static double
binary(uvlong m, int e2, int sticky, int *range)
{
	uvlong rest, half;
	int sh, e;

	while((m & (1ULL<<63)) == 0){
		m <<= 1;
		e2--;
	}
	/* value = 1.xxx * 2^(e2+63) */
	e = e2 + 63 + 1023;
	if(e >= 2047){
		*range = 1;
		return frombits(0x7ff0000000000000ULL);
	}
	sh = 11;			/* keep 53 bits */
	if(e <= 0){
		sh += 1 - e;		/* subnormal: fewer bits */
		e = 0;
		if(sh > 63){
			*range = 1;
			return 0;
		}
	}
	rest = m & ((1ULL<<sh) - 1);
	half = 1ULL<<(sh-1);
	m >>= sh;
	if(rest > half || (rest == half && (sticky || (m & 1))))
		m++;
	if(e == 0){
		if(m == 0)
			*range = 1;
		return frombits(m);	/* m may carry into the smallest normal */
	}
	return frombits(((uvlong)(e - 1) << 52) + m);
}

/* Match word w (lower case) at s, case-insensitively. */
static int
word(const char *s, const char *w)
{
	while(*w != 0)
		if(tolower((uchar)*s++) != *w++)
			return 0;
	return 1;
}

/*
 * Convert the number at the start of s: blanks, a sign, then decimal
 * digits with a point and an exponent, a hexadecimal 0x...p..., "inf",
 * "infinity" or "nan".  *end (if not nil) gets the first byte unused, s
 * when there is no number.  Overflow returns HUGE_VAL, underflow 0 or a
 * subnormal, with ERANGE.
 */
double
strtod(const char *s, char **end)
{
	static char dig[MAXDIG];
	const char *p, *q;
	double v;
	int neg, n, k, sticky, range, any, esign, ex, hexd;
	uvlong m;

	p = s;
	while(isspace((uchar)*p))
		p++;
	neg = 0;
	if(*p == '+' || *p == '-')
		neg = *p++ == '-';
	range = 0;
	if(word(p, "inf")){
		p += word(p, "infinity") ? 8 : 3;
		v = frombits(0x7ff0000000000000ULL);
		goto done;
	}
	if(word(p, "nan")){
		p += 3;
		if(*p == '('){
			for(q = p+1; isalnum((uchar)*q) || *q == '_'; q++)
				;
			if(*q == ')')
				p = q + 1;
		}
		v = frombits(0x7ff8000000000000ULL);
		goto done;
	}
	if(p[0] == '0' && (p[1] == 'x' || p[1] == 'X')
	&& (isxdigit((uchar)p[2]) || (p[2] == '.' && isxdigit((uchar)p[3])))){
		p += 2;
		m = 0;
		ex = 0;
		sticky = 0;
		for(any = 0; isxdigit((uchar)*p) || (*p == '.' && !any); p++){
			if(*p == '.'){
				any = 1;
				continue;
			}
			hexd = isdigit((uchar)*p) ? *p - '0' : tolower((uchar)*p) - 'a' + 10;
			if(m >> 60 == 0){
				m = m << 4 | hexd;
				if(any)
					ex -= 4;
			}else{
				sticky |= hexd != 0;
				if(!any)
					ex += 4;
			}
		}
		if(*p == 'p' || *p == 'P'){
			q = p + 1;
			esign = 1;
			if(*q == '+' || *q == '-')
				esign = *q++ == '-' ? -1 : 1;
			if(isdigit((uchar)*q)){
				for(k = 0; isdigit((uchar)*q); q++)
					if(k < 100000)
						k = k*10 + *q - '0';
				ex += esign * k;
				p = q;
			}
		}
		v = m == 0 ? 0 : binary(m, ex, sticky, &range);
		goto done;
	}
	n = 0;
	k = 0;
	sticky = 0;
	any = 0;
	for(; isdigit((uchar)*p); p++){
		any = 1;
		if(n == 0 && *p == '0')
			continue;
		if(n < MAXDIG)
			dig[n++] = *p;
		else{
			k++;
			sticky |= *p != '0';
		}
	}
	if(*p == '.'){
		for(q = p + 1; isdigit((uchar)*q); q++){
			any = 1;
			if(n == 0 && *q == '0'){
				k--;
				continue;
			}
			if(n < MAXDIG){
				dig[n++] = *q;
				k--;
			}else
				sticky |= *q != '0';
		}
		if(any)
			p = q;
	}
	if(!any){
		if(end != nil)
			*end = (char*)s;
		return 0;
	}
	if(*p == 'e' || *p == 'E'){
		q = p + 1;
		esign = 1;
		if(*q == '+' || *q == '-')
			esign = *q++ == '-' ? -1 : 1;
		if(isdigit((uchar)*q)){
			for(ex = 0; isdigit((uchar)*q); q++)
				if(ex < 100000)
					ex = ex*10 + *q - '0';
			k += esign * ex;
			p = q;
		}
	}
	while(n > 0 && dig[n-1] == '0'){
		n--;
		k++;
	}
	v = n == 0 ? 0 : decimal(dig, n, k, sticky, &range);
done:
	if(range)
		errno = ERANGE;
	if(end != nil)
		*end = (char*)p;
	return neg ? -v : v;
}

/* strtod rounded to float (twice-rounding aside). */
float
strtof(const char *s, char **end)
{
	return strtod(s, end);
}

/* strtod: long double has no more than double's precision here. */
long double
strtold(const char *s, char **end)
{
	return strtod(s, end);
}

/* strtod without the end pointer. */
double
atof(const char *s)
{
	return strtod(s, nil);
}
