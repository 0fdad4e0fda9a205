/*
 * fmt.c: the printf engine.  _fmt walks a format and hands the text
 * to a callback; vsnprintf (also compiled into the kernel) and the
 * stdio printf family are thin wrappers around it.
 *
 * Conversions: d i u x X o c s p %, flags - + space 0 #, width and
 * precision (or *), lengths hh h l ll z j t.  User space adds %e %f %g
 * (exact decimal expansion, rounded half to even, as glibc does;
 * precision at most FLTPREC) and %r (the last error string, as
 * errstr gives it, or strerror(errno) when that is empty).  With
 * KERNEL defined there is no floating point.
 */
#include <u.h>
#include <stddef.h>
#include <stdarg.h>
#include <string.h>
#include "fmt.h"

#ifndef KERNEL
#include <errno.h>
int	errstr(char *buf, uint n);
#endif

enum {
	FMINUS	= 1<<0,
	FPLUS	= 1<<1,
	FSPACE	= 1<<2,
	FZERO	= 1<<3,
	FSHARP	= 1<<4,
	FUPPER	= 1<<5,
	FSIGNED	= 1<<6,
};

enum {
	LNONE, LHH, LH, LL, LLL, LZ, LJ, LT, LBIGL,
};

typedef struct Spec Spec;
struct Spec {
	Fmtout	out;
	void	*arg;
	long	total;
	int	flags;
	int	width;
	int	prec;		/* -1: none given */
};

/* Send n bytes to the callback and count them. */
static void
put(Spec *sp, const char *s, long n)
{
	if(n <= 0)
		return;
	sp->out(sp->arg, s, n);
	sp->total += n;
}

/* Send n copies of c. */
static void
pad(Spec *sp, int c, long n)
{
	char buf[32];
	long k;

	if(n <= 0)
		return;
	memset(buf, c, sizeof buf);
	for(; n > 0; n -= k){
		k = n < (long)sizeof buf ? n : (long)sizeof buf;
		put(sp, buf, k);
	}
}

/*
 * Emit one converted field: the prefix (sign, 0x), nzero zeros, then
 * the body, padded to the width with blanks, or with zeros after the
 * prefix when the 0 flag is set.
 */
static void
field(Spec *sp, const char *pre, int npre, long nzero, const char *body, long nbody)
{
	long n;

	n = sp->width - (npre + nzero + nbody);
	if(n < 0)
		n = 0;
	if((sp->flags & FMINUS) == 0 && (sp->flags & FZERO) == 0)
		pad(sp, ' ', n);
	put(sp, pre, npre);
	if((sp->flags & FMINUS) == 0 && (sp->flags & FZERO) != 0)
		pad(sp, '0', n);
	pad(sp, '0', nzero);
	put(sp, body, nbody);
	if(sp->flags & FMINUS)
		pad(sp, ' ', n);
}

/* Convert an integer of magnitude v (negative if neg) in base. */
static void
fmtint(Spec *sp, uvlong v, int neg, int base)
{
	char buf[24], pre[3], *p;
	const char *digits;
	int npre, nz, n;
	long nzero;

	digits = (sp->flags & FUPPER) ? "0123456789ABCDEF" : "0123456789abcdef";
	nz = v != 0;
	p = buf + sizeof buf;
	for(; v != 0; v /= base)
		*--p = digits[v % base];
	n = buf + sizeof buf - p;
	if(sp->prec >= 0)
		sp->flags &= ~FZERO;
	else
		sp->prec = 1;
	nzero = sp->prec > n ? sp->prec - n : 0;
	if(base == 8 && (sp->flags & FSHARP) && nzero == 0 && (n == 0 || *p != '0'))
		nzero = 1;
	npre = 0;
	if(neg)
		pre[npre++] = '-';
	else if(sp->flags & FSIGNED){
		if(sp->flags & FPLUS)
			pre[npre++] = '+';
		else if(sp->flags & FSPACE)
			pre[npre++] = ' ';
	}
	if(base == 16 && (sp->flags & FSHARP) && nz){
		pre[npre++] = '0';
		pre[npre++] = (sp->flags & FUPPER) ? 'X' : 'x';
	}
	field(sp, pre, npre, nzero, p, n);
}

/* Convert a string, cut to the precision. */
static void
fmtstr(Spec *sp, const char *s)
{
	long n;

	if(s == nil)
		s = "(null)";
	for(n = 0; s[n] != 0 && (sp->prec < 0 || n < sp->prec); n++)
		;
	sp->flags &= ~FZERO;
	field(sp, "", 0, 0, s, n);
}

#ifndef KERNEL

enum {
	FLTPREC	= 500,		/* largest precision honoured */
	NBIG	= 100,		/* base 1e9 words: 10^900 */
	NDIG	= 900,
	BILLION	= 1000000000,
};

/* Multiply a base 1e9 number of nw words by f < 2^32; return its new length. */
static int
bigmul(uint *w, int nw, uint f)
{
	uvlong c;
	int i;

	c = 0;
	for(i = 0; i < nw; i++){
		c += (uvlong)w[i] * f;
		w[i] = c % BILLION;
		c /= BILLION;
	}
	for(; c != 0; c /= BILLION)
		w[nw++] = c % BILLION;
	return nw;
}

/*
 * The exact decimal digits of a finite double's magnitude: they go
 * to dig without trailing zeros, the count is returned (0 for zero)
 * and *e10 is the power of ten of the first digit.
 */
static int
fltdigits(double v, char *dig, int *e10)
{
	union { double d; uvlong u; } b;
	uint w[NBIG];
	uvlong m;
	int e, nw, n, i, k;
	uint x;
	char tmp[9];

	b.d = v;
	e = (b.u >> 52) & 0x7ff;
	m = b.u & ((1ULL<<52) - 1);
	if(e == 0)
		e = 1;
	else
		m |= 1ULL<<52;
	e -= 1075;
	*e10 = 0;
	if(m == 0)
		return 0;
	while((m & 1) == 0 && e < 0){
		m >>= 1;
		e++;
	}
	nw = 0;
	for(; m != 0; m /= BILLION)
		w[nw++] = m % BILLION;
	for(k = e; k > 0; k -= 29)
		nw = bigmul(w, nw, 1U << (k < 29 ? k : 29));
	for(k = -e; k >= 13; k -= 13)
		nw = bigmul(w, nw, 1220703125);	/* 5^13 */
	for(; k > 0; k--)
		nw = bigmul(w, nw, 5);
	n = 0;
	for(x = w[nw-1]; x != 0; x /= 10)
		tmp[n++] = '0' + x % 10;
	for(i = 0; i < n; i++)
		dig[i] = tmp[n-1-i];
	for(i = nw-2; i >= 0; i--){
		x = w[i];
		for(k = 8; k >= 0; k--){
			dig[n+k] = '0' + x % 10;
			x /= 10;
		}
		n += 9;
	}
	*e10 = n - 1 + (e < 0 ? e : 0);
	while(n > 0 && dig[n-1] == '0')
		n--;
	return n;
}

/*
 * Round the n digits to keep digits (keep may be 0 or less), half to
 * even, adjusting *e10 on a carry out; return the new count.
 */
static int
fltround(char *dig, int n, int keep, int *e10)
{
	int i, up;

	if(keep >= n)
		return n;
	if(keep < 0)
		return 0;
	up = dig[keep] > '5';
	if(dig[keep] == '5')
		up = keep+1 < n || (keep > 0 && (dig[keep-1] - '0') % 2 == 1);
	n = keep;
	if(up){
		for(i = n-1; i >= 0 && dig[i] == '9'; i--)
			n = i;
		if(i >= 0)
			dig[i]++;
		else{
			dig[0] = '1';
			n = 1;
			(*e10)++;
		}
	}
	while(n > 0 && dig[n-1] == '0')
		n--;
	return n;
}

/* The digit worth 10^pos in a rounded expansion. */
static int
digitat(const char *dig, int n, int e10, int pos)
{
	int k;

	k = e10 - pos;
	return k >= 0 && k < n ? dig[k] : '0';
}

/* Write in fixed notation with prec decimals; return the length. */
static int
fixed(char *s, const char *dig, int n, int e10, int prec, int point)
{
	int j, len;

	len = 0;
	for(j = n > 0 && e10 > 0 ? e10 : 0; j >= 0; j--)
		s[len++] = digitat(dig, n, e10, j);
	if(prec > 0 || point)
		s[len++] = '.';
	for(j = 1; j <= prec; j++)
		s[len++] = digitat(dig, n, e10, -j);
	return len;
}

/* Write in exponent notation with prec decimals; return the length. */
static int
expo(char *s, const char *dig, int n, int e10, int prec, int point, int upper)
{
	int j, len, x;

	len = 0;
	s[len++] = digitat(dig, n, 0, 0);
	if(prec > 0 || point)
		s[len++] = '.';
	for(j = 1; j <= prec; j++)
		s[len++] = digitat(dig, n, 0, -j);
	s[len++] = upper ? 'E' : 'e';
	if(n == 0)
		e10 = 0;
	s[len++] = e10 < 0 ? '-' : '+';
	x = e10 < 0 ? -e10 : e10;
	if(x >= 100)
		s[len++] = '0' + x / 100;
	s[len++] = '0' + x / 10 % 10;
	s[len++] = '0' + x % 10;
	return len;
}

/* Convert a double for %e %f %g (conv is lower case). */
static void
fmtflt(Spec *sp, double v, int conv)
{
	char dig[NDIG], body[2*FLTPREC+32], sign[1];
	union { double d; uvlong u; } b;
	int n, e10, prec, nsign, len, upper, point;

	b.d = v;
	nsign = 0;
	if(b.u >> 63)
		sign[nsign++] = '-';
	else if(sp->flags & FPLUS)
		sign[nsign++] = '+';
	else if(sp->flags & FSPACE)
		sign[nsign++] = ' ';
	upper = (sp->flags & FUPPER) != 0;
	if(((b.u >> 52) & 0x7ff) == 0x7ff){
		sp->flags &= ~FZERO;
		if(b.u & ((1ULL<<52) - 1))
			field(sp, sign, nsign, 0, upper ? "NAN" : "nan", 3);
		else
			field(sp, sign, nsign, 0, upper ? "INF" : "inf", 3);
		return;
	}
	prec = sp->prec < 0 ? 6 : sp->prec;
	if(prec > FLTPREC)
		prec = FLTPREC;
	point = (sp->flags & FSHARP) != 0;
	n = fltdigits(v, dig, &e10);
	switch(conv){
	case 'f':
		n = fltround(dig, n, e10 + 1 + prec, &e10);
		len = fixed(body, dig, n, e10, prec, point);
		break;
	case 'e':
		n = fltround(dig, n, prec + 1, &e10);
		len = expo(body, dig, n, e10, prec, point, upper);
		break;
	default:
		if(prec == 0)
			prec = 1;
		n = fltround(dig, n, prec, &e10);
		if(n == 0)
			e10 = 0;
		if(e10 < prec && e10 >= -4){
			prec = prec - 1 - e10;
			if(!point && prec > n - 1 - e10)
				prec = n - 1 - e10 > 0 ? n - 1 - e10 : 0;
			len = fixed(body, dig, n, e10, prec, point);
		}else{
			prec = prec - 1;
			if(!point && prec > n - 1)
				prec = n - 1 > 0 ? n - 1 : 0;
			len = expo(body, dig, n, e10, prec, point, upper);
		}
		break;
	}
	field(sp, sign, nsign, 0, body, len);
}

#endif

/*
 * Format fmt with the arguments ap, sending the output to out(arg, ...);
 * return the number of bytes produced.
 */
int
_fmt(Fmtout out, void *arg, const char *fmt, va_list ap)
{
	Spec s;
	const char *p;
	int c, len, base;
	uvlong u;
	vlong v;
	char ch;
#ifndef KERNEL
	char err[128];
	double d;
#endif

	s.out = out;
	s.arg = arg;
	s.total = 0;
	while(*fmt != 0){
		for(p = fmt; *p != 0 && *p != '%'; p++)
			;
		put(&s, fmt, p - fmt);
		if(*p == 0)
			break;
		fmt = p + 1;

		s.flags = 0;
		for(;; fmt++){
			if(*fmt == '-')
				s.flags |= FMINUS;
			else if(*fmt == '+')
				s.flags |= FPLUS;
			else if(*fmt == ' ')
				s.flags |= FSPACE;
			else if(*fmt == '0')
				s.flags |= FZERO;
			else if(*fmt == '#')
				s.flags |= FSHARP;
			else
				break;
		}
		s.width = 0;
		if(*fmt == '*'){
			fmt++;
			s.width = va_arg(ap, int);
			if(s.width < 0){
				s.flags |= FMINUS;
				s.width = -s.width;
			}
		}else
			for(; *fmt >= '0' && *fmt <= '9'; fmt++)
				s.width = s.width*10 + *fmt - '0';
		s.prec = -1;
		if(*fmt == '.'){
			fmt++;
			s.prec = 0;
			if(*fmt == '*'){
				fmt++;
				s.prec = va_arg(ap, int);
				if(s.prec < 0)
					s.prec = -1;
			}else
				for(; *fmt >= '0' && *fmt <= '9'; fmt++)
					s.prec = s.prec*10 + *fmt - '0';
		}
		if(s.flags & FMINUS)
			s.flags &= ~FZERO;

		len = LNONE;
		switch(*fmt){
		case 'h':
			len = LH;
			if(*++fmt == 'h'){
				len = LHH;
				fmt++;
			}
			break;
		case 'l':
			len = LL;
			if(*++fmt == 'l'){
				len = LLL;
				fmt++;
			}
			break;
		case 'z':	len = LZ; fmt++; break;
		case 'j':	len = LJ; fmt++; break;
		case 't':	len = LT; fmt++; break;
		case 'L':	len = LBIGL; fmt++; break;
		}

		c = *fmt++;
		switch(c){
		case 0:
			fmt--;
			break;
		case 'd':
		case 'i':
			switch(len){
			case LHH:	v = (signed char)va_arg(ap, int); break;
			case LH:	v = (short)va_arg(ap, int); break;
			case LL:	v = va_arg(ap, long); break;
			case LLL:	v = va_arg(ap, long long); break;
			case LZ:	v = va_arg(ap, long); break;
			case LJ:	v = va_arg(ap, vlong); break;
			case LT:	v = va_arg(ap, ptrdiff_t); break;
			default:	v = va_arg(ap, int); break;
			}
			s.flags |= FSIGNED;
			if(v < 0)
				fmtint(&s, -(uvlong)v, 1, 10);
			else
				fmtint(&s, v, 0, 10);
			break;
		case 'u':
		case 'x':
		case 'X':
		case 'o':
			switch(len){
			case LHH:	u = (uchar)va_arg(ap, uint); break;
			case LH:	u = (ushort)va_arg(ap, uint); break;
			case LL:	u = va_arg(ap, ulong); break;
			case LLL:	u = va_arg(ap, unsigned long long); break;
			case LZ:	u = va_arg(ap, size_t); break;
			case LJ:	u = va_arg(ap, uvlong); break;
			case LT:	u = va_arg(ap, ptrdiff_t); break;
			default:	u = va_arg(ap, uint); break;
			}
			base = c == 'u' ? 10 : c == 'o' ? 8 : 16;
			if(c == 'X')
				s.flags |= FUPPER;
			fmtint(&s, u, 0, base);
			break;
		case 'p':
			u = (uintptr)va_arg(ap, void*);
			if(u == 0){
				s.prec = -1;
				fmtstr(&s, "(nil)");
				break;
			}
			s.flags |= FSHARP;
			fmtint(&s, u, 0, 16);
			break;
		case 'c':
			ch = va_arg(ap, int);
			s.flags &= ~FZERO;
			field(&s, "", 0, 0, &ch, 1);
			break;
		case 's':
			fmtstr(&s, va_arg(ap, char*));
			break;
#ifndef KERNEL
		case 'r':
			/* the error string; strerror(errno) if there is none */
			if(errstr(err, sizeof err) < 0 || err[0] == 0)
				strlcpy(err, strerror(errno), sizeof err);
			fmtstr(&s, err);
			break;
		case 'e':
		case 'E':
		case 'f':
		case 'F':
		case 'g':
		case 'G':
			if(len == LBIGL)
				d = va_arg(ap, long double);
			else
				d = va_arg(ap, double);
			if(c < 'a'){
				s.flags |= FUPPER;
				c += 'a' - 'A';
			}
			fmtflt(&s, d, c);
			break;
#endif
		case '%':
			put(&s, "%", 1);
			break;
		default:
			/* unknown: print it as it stands */
			put(&s, p, fmt - p);
			break;
		}
	}
	return s.total;
}
