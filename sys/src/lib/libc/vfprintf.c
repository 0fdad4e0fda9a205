/*
 * vfprintf: format to a stream, through the shared engine (fmt.c).
 */
#include <u.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "fmt.h"
#include "stdioimpl.h"

typedef struct Fbuf Fbuf;
struct Fbuf {
	FILE	*f;
	uchar	buf[512];	/* gathers output for an unbuffered stream */
	size_t	n;
};

/* Pass the engine's output to the stream. */
static void
fileput(void *arg, const char *s, size_t n)
{
	fwrite(s, 1, n, arg);
}

/* Gather the engine's output, so an unbuffered stream gets few writes. */
static void
gatherput(void *arg, const char *s, size_t n)
{
	Fbuf *b;
	size_t k;

	b = arg;
	while(n > 0){
		if(b->n == sizeof b->buf){
			fwrite(b->buf, 1, b->n, b->f);
			b->n = 0;
		}
		k = sizeof b->buf - b->n;
		if(k > n)
			k = n;
		memcpy(b->buf + b->n, s, k);
		b->n += k;
		s += k;
		n -= k;
	}
}

/* Format to f; return the byte count, or -1 if the stream failed. */
int
vfprintf(FILE *f, const char *fmt, va_list ap)
{
	Fbuf b;
	int r;

	if(f->mode != _IONBF)
		r = _fmt(fileput, f, fmt, ap);
	else{
		b.f = f;
		b.n = 0;
		r = _fmt(gatherput, &b, fmt, ap);
		fwrite(b.buf, 1, b.n, f);
	}
	return ferror(f) ? -1 : r;
}
