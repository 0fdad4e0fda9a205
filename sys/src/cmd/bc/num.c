/*
 * num.c: arbitrary-precision decimal numbers, one decimal digit a
 * byte, least significant first (see Num in bc.h).  Every routine
 * returns a new Num and leaves its operands alone; scales follow
 * POSIX bc: + and - keep the larger, * min(sa+sb, max(scale, sa, sb)),
 * / the scale asked for, results truncated, never rounded.
 */
#include "bc.h"

/* a zero of len digits, scale of them after the point */
Num*
nnew(int len, int scale)
{
	Num *n;

	if(len < scale)
		len = scale;
	n = emalloc(sizeof *n);
	n->neg = 0;
	n->len = len;
	n->scale = scale;
	n->d = emalloc(len + 1);
	memset(n->d, 0, len + 1);
	return n;
}

void
nfree(Num *n)
{
	if(n == nil)
		return;
	free(n->d);
	free(n);
}

/* drop the zeros above the point; 0 is not negative */
static Num*
norm(Num *n)
{
	while(n->len > n->scale && n->d[n->len-1] == 0)
		n->len--;
	if(niszero(n))
		n->neg = 0;
	return n;
}

Num*
ncopy(Num *a)
{
	Num *n;

	n = nnew(a->len, a->scale);
	memcpy(n->d, a->d, a->len);
	n->neg = a->neg;
	return n;
}

Num*
nint(long v)
{
	Num *n;
	unsigned long u;
	int i;

	n = nnew(20, 0);
	u = v < 0 ? -(unsigned long)v : (unsigned long)v;
	for(i = 0; u != 0; i++){
		n->d[i] = u % 10;
		u /= 10;
	}
	n->neg = v < 0;
	return norm(n);
}

int
niszero(Num *n)
{
	int i;

	for(i = 0; i < n->len; i++)
		if(n->d[i] != 0)
			return 0;
	return 1;
}

/* the digit of n at 10^p */
static int
dig(Num *n, int p)
{
	int i;

	i = p + n->scale;
	if(i < 0 || i >= n->len)
		return 0;
	return n->d[i];
}

/* compare |a| and |b|: -1, 0, 1 */
static int
cmpmag(Num *a, Num *b)
{
	int p, lo, hi, x, y;

	hi = a->len - a->scale;
	if(b->len - b->scale > hi)
		hi = b->len - b->scale;
	lo = a->scale > b->scale ? a->scale : b->scale;
	for(p = hi - 1; p >= -lo; p--){
		x = dig(a, p);
		y = dig(b, p);
		if(x != y)
			return x < y ? -1 : 1;
	}
	return 0;
}

int
ncmp(Num *a, Num *b)
{
	int c;

	if(niszero(a) && niszero(b))
		return 0;
	if(a->neg != b->neg)
		return a->neg ? -1 : 1;
	c = cmpmag(a, b);
	return a->neg ? -c : c;
}

/* |a| + |b| */
static Num*
addmag(Num *a, Num *b)
{
	Num *r;
	int s, top, p, c, v;

	s = a->scale > b->scale ? a->scale : b->scale;
	top = a->len - a->scale;
	if(b->len - b->scale > top)
		top = b->len - b->scale;
	r = nnew(s + top + 1, s);
	c = 0;
	for(p = -s; p <= top; p++){
		v = dig(a, p) + dig(b, p) + c;
		c = v >= 10;
		r->d[p+s] = v % 10;
	}
	return r;
}

/* |a| - |b|, where |a| >= |b| */
static Num*
submag(Num *a, Num *b)
{
	Num *r;
	int s, top, p, c, v;

	s = a->scale > b->scale ? a->scale : b->scale;
	top = a->len - a->scale;
	r = nnew(s + top, s);
	c = 0;
	for(p = -s; p < top; p++){
		v = dig(a, p) - dig(b, p) - c;
		c = v < 0;
		r->d[p+s] = v < 0 ? v + 10 : v;
	}
	return r;
}

/* a + b, negated if bneg */
static Num*
addsigned(Num *a, Num *b, int bneg)
{
	Num *r;

	if(a->neg == bneg){
		r = addmag(a, b);
		r->neg = a->neg;
	}else if(cmpmag(a, b) >= 0){
		r = submag(a, b);
		r->neg = a->neg;
	}else{
		r = submag(b, a);
		r->neg = bneg;
	}
	return norm(r);
}

Num*
nadd(Num *a, Num *b)
{
	return addsigned(a, b, b->neg);
}

Num*
nsub(Num *a, Num *b)
{
	return addsigned(a, b, !b->neg);
}

Num*
nneg(Num *a)
{
	Num *r;

	r = ncopy(a);
	r->neg = !a->neg;
	return norm(r);
}

/* a with scale digits after the point: cut (toward zero) or padded */
Num*
ntrunc(Num *a, int scale)
{
	Num *r;
	int sh;

	sh = scale - a->scale;
	r = nnew(a->len + sh, scale);
	if(sh >= 0)
		memcpy(r->d + sh, a->d, a->len);
	else
		memcpy(r->d, a->d - sh, a->len + sh);
	r->neg = a->neg;
	return norm(r);
}

Num*
nmul(Num *a, Num *b, int scale)
{
	Num *r;
	int *acc, i, j, n, full, want;

	n = a->len + b->len;
	acc = emalloc((n + 1) * sizeof acc[0]);
	memset(acc, 0, (n + 1) * sizeof acc[0]);
	for(i = 0; i < a->len; i++){
		if(a->d[i] == 0)
			continue;
		for(j = 0; j < b->len; j++)
			acc[i+j] += a->d[i] * b->d[j];
		if((i & 0x3ffff) == 0x3ffff)	/* keep the sums in an int */
			for(j = 0; j < n; j++){
				acc[j+1] += acc[j] / 10;
				acc[j] %= 10;
			}
	}
	full = a->scale + b->scale;
	r = nnew(n, full);
	for(i = 0; i < n; i++){
		acc[i+1] += acc[i] / 10;
		r->d[i] = acc[i] % 10;
	}
	free(acc);
	r->neg = a->neg != b->neg;
	want = scale;
	if(a->scale > want)
		want = a->scale;
	if(b->scale > want)
		want = b->scale;
	if(want < full){
		Num *t = ntrunc(r, want);
		nfree(r);
		r = t;
	}
	return norm(r);
}

/* compare the digit strings x[0..xl) and y[0..yl) (no zeros on top) */
static int
ucmp(char *x, int xl, char *y, int yl)
{
	int i;

	if(xl != yl)
		return xl < yl ? -1 : 1;
	for(i = xl - 1; i >= 0; i--)
		if(x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	return 0;
}

/*
 * q[0..nl) = floor(n / y) for digit strings, y without zeros on top
 * and not 0; the remainder is left in rem (yl+1 digits), its length
 * in *remlen.
 */
static void
udiv(char *n, int nl, char *y, int yl, char *q, char *rem, int *remlen)
{
	int i, j, rl, qd, c, v;

	rl = 0;
	for(i = nl - 1; i >= 0; i--){
		memmove(rem + 1, rem, rl);
		rem[0] = n[i];
		rl++;
		while(rl > 0 && rem[rl-1] == 0)
			rl--;
		qd = 0;
		while(ucmp(rem, rl, y, yl) >= 0){
			c = 0;
			for(j = 0; j < rl; j++){
				v = rem[j] - (j < yl ? y[j] : 0) - c;
				c = v < 0;
				rem[j] = v < 0 ? v + 10 : v;
			}
			while(rl > 0 && rem[rl-1] == 0)
				rl--;
			qd++;
		}
		q[i] = qd;
	}
	*remlen = rl;
}

/* the digits of a as an integer (its point ignored) times 10^sh, cut if sh < 0 */
static Num*
shifted(Num *a, int sh)
{
	Num *r;

	if(sh >= 0){
		r = nnew(a->len + sh, 0);
		memcpy(r->d + sh, a->d, a->len);
	}else if(-sh >= a->len)
		r = nnew(0, 0);
	else{
		r = nnew(a->len + sh, 0);
		memcpy(r->d, a->d - sh, a->len + sh);
	}
	return norm(r);
}

/* floor(|x| / |y|) for integers (scale 0); y not 0 */
static Num*
idiv(Num *x, Num *y)
{
	Num *q;
	char *rem;
	int rl;

	q = nnew(x->len, 0);
	rem = emalloc(y->len + 2);
	udiv(x->d, x->len, y->d, y->len, q->d, rem, &rl);
	free(rem);
	return norm(q);
}

/* a / b to scale digits; nil if b is 0 */
Num*
ndiv(Num *a, Num *b, int scale)
{
	Num *x, *y, *q;

	if(niszero(b))
		return nil;
	x = shifted(a, b->scale - a->scale + scale);
	y = shifted(b, 0);
	q = idiv(x, y);
	q->scale = scale;
	if(q->len < scale){
		Num *t = nnew(scale, scale);
		memcpy(t->d, q->d, q->len);
		nfree(q);
		q = t;
	}
	q->neg = a->neg != b->neg;
	nfree(x);
	nfree(y);
	return norm(q);
}

/* a - (a/b)*b, a/b to scale digits, the product to max(scale+sb, sa) */
Num*
nmod(Num *a, Num *b, int scale)
{
	Num *q, *p, *r;
	int s;

	q = ndiv(a, b, scale);
	if(q == nil)
		return nil;
	s = scale + b->scale;
	if(a->scale > s)
		s = a->scale;
	p = nmul(q, b, s);
	r = nsub(a, p);
	nfree(q);
	nfree(p);
	return r;
}

/*
 * a^e: exact, then cut to min(sa*e, max(scale, sa)); for e < 0,
 * 1/a^-e to scale.  nil if a is 0 and e < 0.
 */
Num*
npow(Num *a, long e, int scale)
{
	Num *r, *p, *t, *one;
	unsigned long u;
	int neg, rs;

	neg = e < 0;
	u = neg ? -(unsigned long)e : (unsigned long)e;
	if(neg)
		rs = scale;
	else{
		rs = scale > a->scale ? scale : a->scale;
		if((unsigned long)a->scale * u < (unsigned long)rs)
			rs = a->scale * u;
	}
	r = nint(1);
	p = ncopy(a);
	while(u != 0){
		if(u & 1){
			t = nmul(r, p, r->scale + p->scale);
			nfree(r);
			r = t;
		}
		u >>= 1;
		if(u != 0){
			t = nmul(p, p, 2*p->scale);
			nfree(p);
			p = t;
		}
	}
	nfree(p);
	if(neg){
		one = nint(1);
		t = ndiv(one, r, rs);
		nfree(one);
	}else
		t = ntrunc(r, rs);
	nfree(r);
	return t;
}

/* floor(sqrt(a)) to max(scale, sa) digits (0 and 1 as they are, as GNU's); nil if a < 0 */
Num*
nsqrt(Num *a, int scale)
{
	Num *n, *x, *y, *q, *s, *two, *one;
	int rs, k;

	if(a->neg)
		return nil;
	one = nint(1);
	k = ncmp(a, one);
	nfree(one);
	if(k == 0)
		return nint(1);
	if(niszero(a))
		return nint(0);
	rs = scale > a->scale ? scale : a->scale;
	n = shifted(a, 2*rs - a->scale);
	if(niszero(n)){
		nfree(n);
		return nnew(rs, rs);
	}
	/* start above the root: 10^ceil(digits/2) */
	k = (n->len + 1) / 2;
	x = nnew(k + 1, 0);
	x->d[k] = 1;
	two = nint(2);
	for(;;){
		q = idiv(n, x);
		s = nadd(x, q);
		y = idiv(s, two);
		nfree(q);
		nfree(s);
		if(cmpmag(y, x) >= 0){
			nfree(y);
			break;
		}
		nfree(x);
		x = y;
	}
	nfree(two);
	nfree(n);
	x->scale = rs;
	if(x->len < rs){
		y = nnew(rs, rs);
		memcpy(y->d, x->d, x->len);
		nfree(x);
		x = y;
	}
	return norm(x);
}

/*
 * the integer part of a in *v; 0 if it does not fit in a long
 * (then *v is 0)
 */
int
ntolong(Num *a, long *v)
{
	unsigned long u;
	int i;

	u = 0;
	*v = 0;
	for(i = a->len - 1; i >= a->scale; i--){
		if(u > (LONG_MAX - 9) / 10)
			return 0;
		u = u*10 + a->d[i];
	}
	*v = a->neg ? -(long)u : (long)u;
	return 1;
}

/* significant digits: the scale for numbers below 1, at least 1 */
int
nlength(Num *a)
{
	int i;

	if(a->len > a->scale)
		return a->len;
	for(i = a->len - 1; i >= 0 && a->d[i] == 0; i--)
		;
	if(i < 0)
		return a->scale > 0 ? a->scale : 1;
	return a->scale;
}

/* the value of a digit 0-9 A-Z, or -1 */
static int
digval(int c)
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return -1;
}

/*
 * A constant as lex.c took it: digits, at most one point.  A single
 * digit has its own value whatever the base; otherwise the integer
 * digits are read in ibase, and the fraction to as many decimal
 * places as it has digits.
 */
Num*
nparse(char *s, int ibase)
{
	Num *r, *b, *t, *d, *f, *p;
	char *dot;
	int i, nf;

	if(strlen(s) == 1 && digval(s[0]) >= 0)
		return nint(digval(s[0]));
	if(ibase == 10 && strspn(s, "0123456789.") == strlen(s)){
		dot = strchr(s, '.');
		nf = dot ? strlen(dot + 1) : 0;
		r = nnew(strlen(s) - (dot != nil), nf);
		for(i = r->len - 1; *s != 0; s++)
			if(*s != '.')
				r->d[i--] = *s - '0';
		return norm(r);
	}
	b = nint(ibase);
	r = nint(0);
	for(; *s != 0 && *s != '.'; s++){
		t = nmul(r, b, 0);
		d = nint(digval(*s) >= ibase ? ibase - 1 : digval(*s));
		nfree(r);
		r = nadd(t, d);
		nfree(t);
		nfree(d);
	}
	if(*s == '.'){
		s++;
		nf = strlen(s);
		f = nint(0);
		p = nint(1);
		for(; *s != 0; s++){
			t = nmul(f, b, 0);
			d = nint(digval(*s) >= ibase ? ibase - 1 : digval(*s));
			nfree(f);
			f = nadd(t, d);
			nfree(t);
			nfree(d);
			t = nmul(p, b, 0);
			nfree(p);
			p = t;
		}
		t = ndiv(f, p, nf);
		d = nadd(r, t);
		nfree(r);
		r = d;
		nfree(t);
		nfree(f);
		nfree(p);
	}
	nfree(b);
	return r;
}

/* the digits of an integer divided by the small d in place; the remainder */
static int
divsmall(Num *n, int d)
{
	long r;
	int i;

	r = 0;
	for(i = n->len - 1; i >= 0; i--){
		r = r*10 + n->d[i];
		n->d[i] = r / d;
		r %= d;
	}
	norm(n);
	return r;
}

/* n *= m, m small */
static void
mulsmall(Num **np, int m)
{
	Num *t, *x;

	x = nint(m);
	t = nmul(*np, x, (*np)->scale);
	nfree(x);
	nfree(*np);
	*np = t;
}

/* one digit in base obase: a character to 16, else " %0*d" */
static void
putdigit(int v, int obase, int first, void (*put)(int))
{
	char buf[16];
	int w, i, m;

	if(obase <= 16){
		put("0123456789ABCDEF"[v]);
		return;
	}
	w = 0;
	for(m = obase - 1; m > 0; m /= 10)
		w++;
	if(!first)
		put(' ');
	for(i = w - 1; i >= 0; i--){
		buf[i] = '0' + v % 10;
		v /= 10;
	}
	for(i = 0; i < w; i++)
		put(buf[i]);
}

/*
 * print n in base obase through put: 0 as 0, no 0 before the point;
 * the fraction to as many digits as make obase^k >= 10^scale
 */
void
nprint(Num *n, int obase, void (*put)(int))
{
	Num *ip, *fp, *t, *u, *lim;
	int *ds, nd, cap, i, sc;
	long v;

	if(niszero(n)){
		put('0');
		return;
	}
	if(n->neg)
		put('-');
	sc = n->scale;
	if(obase == 10){
		for(i = n->len - 1; i >= 0; i--){
			if(i == sc - 1)
				put('.');
			put('0' + n->d[i]);
		}
		return;
	}
	ip = ntrunc(n, 0);
	ip->neg = 0;
	cap = 16;
	ds = emalloc(cap * sizeof ds[0]);
	nd = 0;
	while(!niszero(ip)){
		if(nd == cap){
			int *nds = emalloc(2 * cap * sizeof ds[0]);
			memcpy(nds, ds, cap * sizeof ds[0]);
			free(ds);
			ds = nds;
			cap *= 2;
		}
		ds[nd++] = divsmall(ip, obase);
	}
	for(i = nd - 1; i >= 0; i--)
		putdigit(ds[i], obase, 0, put);
	free(ds);
	if(sc > 0){
		put('.');
		t = ntrunc(n, 0);
		fp = nsub(n, t);
		fp->neg = 0;
		nfree(t);
		lim = nint(1);
		for(i = 0; lim->len - lim->scale <= sc; i++){
			mulsmall(&fp, obase);
			t = ntrunc(fp, 0);
			ntolong(t, &v);
			putdigit(v, obase, i == 0, put);
			u = nsub(fp, t);
			nfree(fp);
			nfree(t);
			fp = u;
			mulsmall(&lim, obase);
		}
		nfree(lim);
		nfree(fp);
	}
	nfree(ip);
}
