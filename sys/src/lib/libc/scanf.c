/*
 * The scanf family: scanf, fscanf, sscanf and their va_list forms,
 * all over _doscan.
 */
#include <u.h>
#include <stdarg.h>
#include <stdio.h>
#include "stdioimpl.h"

/* Scan stream f as fmt directs. */
int
vfscanf(FILE *f, const char *fmt, va_list ap)
{
	Scan sc;

	sc.f = f;
	sc.s = nil;
	sc.n = 0;
	return _doscan(&sc, fmt, ap);
}

/* Scan the string s as fmt directs. */
int
vsscanf(const char *s, const char *fmt, va_list ap)
{
	Scan sc;

	sc.f = nil;
	sc.s = s;
	sc.n = 0;
	return _doscan(&sc, fmt, ap);
}

/* Scan standard input as fmt directs. */
int
vscanf(const char *fmt, va_list ap)
{
	return vfscanf(stdin, fmt, ap);
}

/* Scan stream f: the number of items assigned, or EOF. */
int
fscanf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfscanf(f, fmt, ap);
	va_end(ap);
	return n;
}

/* Scan the string s: the number of items assigned, or EOF. */
int
sscanf(const char *s, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsscanf(s, fmt, ap);
	va_end(ap);
	return n;
}

/* Scan standard input: the number of items assigned, or EOF. */
int
scanf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfscanf(stdin, fmt, ap);
	va_end(ap);
	return n;
}
