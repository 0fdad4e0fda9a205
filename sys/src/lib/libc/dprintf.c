/*
 * dprintf, vdprintf: format straight to a file descriptor.
 */
#include <u.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "fmt.h"

typedef struct Dbuf Dbuf;
struct Dbuf {
	int	fd;
	int	err;
	size_t	n;
	char	buf[512];
};

/* Write out what has been gathered. */
static void
dflush(Dbuf *b)
{
	size_t done;
	ssize_t w;

	for(done = 0; done < b->n && !b->err; done += w){
		w = write(b->fd, b->buf + done, b->n - done);
		if(w <= 0)
			b->err = 1;
	}
	b->n = 0;
}

/* Gather the engine's output, writing whenever the buffer fills. */
static void
dput(void *arg, const char *s, size_t n)
{
	Dbuf *b;
	size_t k;

	b = arg;
	while(n > 0){
		if(b->n == sizeof b->buf)
			dflush(b);
		k = sizeof b->buf - b->n;
		if(k > n)
			k = n;
		memcpy(b->buf + b->n, s, k);
		b->n += k;
		s += k;
		n -= k;
	}
}

/* Format to fd; return the byte count, or -1 if a write failed. */
int
vdprintf(int fd, const char *fmt, va_list ap)
{
	Dbuf b;
	int r;

	b.fd = fd;
	b.err = 0;
	b.n = 0;
	r = _fmt(dput, &b, fmt, ap);
	dflush(&b);
	return b.err ? -1 : r;
}

/* Format to fd; return the byte count or -1. */
int
dprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}
