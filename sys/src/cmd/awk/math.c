/*
 * math.c: the floating-point functions awk needs and libc lacks, by
 * the x87 unit's instructions (in double precision they are exact to
 * the last bit or two, which %.6g never shows).
 */
#include "awk.h"

/* msqrt: the square root */
double
msqrt(double x)
{
	__asm__("fsqrt" : "+t"(x));
	return x;
}

/* msin: the sine (radians) */
double
msin(double x)
{
	__asm__("fsin" : "+t"(x));
	return x;
}

/* mcos: the cosine (radians) */
double
mcos(double x)
{
	__asm__("fcos" : "+t"(x));
	return x;
}

/* matan2: the angle of (x, y), in (-pi, pi] */
double
matan2(double y, double x)
{
	double r;

	__asm__("fpatan" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

/* mlog: the natural logarithm: ln 2 * log2 x */
double
mlog(double x)
{
	double r;

	__asm__("fldln2\n\tfxch\n\tfyl2x" : "=t"(r) : "0"(x));
	return r;
}

/* mexp2: 2^x, as 2^frac * 2^int (f2xm1 takes |frac| <= 1) */
static double
mexp2(double x)
{
	double r;

	__asm__(
		"fld %%st(0)\n\t"
		"frndint\n\t"
		"fsubr %%st, %%st(1)\n\t"
		"fxch\n\t"
		"f2xm1\n\t"
		"fld1\n\t"
		"faddp\n\t"
		"fscale\n\t"
		"fstp %%st(1)"
		: "=t"(r) : "0"(x));
	return r;
}

/* mexp: e^x, as 2^(x log2 e) */
double
mexp(double x)
{
	if(x != x)
		return x;
	if(x > 710)
		return 1.0/0.0;
	if(x < -746)
		return 0;
	return mexp2(x * 1.4426950408889634074);	/* log2(e) */
}

/* mfloor: the largest integer not above x */
double
mfloor(double x)
{
	double t;

	if(x != x || x > 4.5e15 || x < -4.5e15)
		return x;
	t = (double)(vlong)x;
	return t > x ? t - 1 : t;
}

/* mpow: x^y; an integral y by squaring, so 2^10 is exactly 1024 */
double
mpow(double x, double y)
{
	double r;
	vlong n;
	int neg;

	if(y == mfloor(y) && y > -1e9 && y < 1e9){
		n = y;
		neg = n < 0;
		if(neg)
			n = -n;
		for(r = 1; n > 0; n >>= 1, x *= x)
			if(n & 1)
				r *= x;
		return neg ? 1 / r : r;
	}
	if(x < 0)
		return 0.0/0.0;
	if(x == 0)
		return 0;
	return mexp2(y * mlog(x) * 1.4426950408889634074);
}

/* mfmod: x - n*y for the integer n toward zero that leaves |result| < |y| */
double
mfmod(double x, double y)
{
	double r;

	__asm__("1:\tfprem\n\tfnstsw %%ax\n\ttestw $0x400, %%ax\n\tjnz 1b"
		: "=t"(r) : "0"(x), "u"(y) : "ax", "cc");
	return r;
}
