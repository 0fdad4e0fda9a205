/*
 * vsnprintf: format into a buffer of n bytes, always terminated
 * when n > 0.  Shared with the kernel.
 */
#include <u.h>
#include <stddef.h>
#include <stdarg.h>
#include <string.h>
#include "fmt.h"

typedef struct Sbuf Sbuf;
struct Sbuf {
	char	*p;
	size_t	left;	/* room left, keeping one byte for the NUL */
};

/* Copy what fits of the formatter's output into the buffer. */
static void
sbufput(void *arg, const char *s, size_t n)
{
	Sbuf *b;

	b = arg;
	if(n > b->left)
		n = b->left;
	memcpy(b->p, s, n);
	b->p += n;
	b->left -= n;
}

/*
 * Format into buf, writing at most n bytes with the NUL; return the
 * length the whole output would have.
 */
int
vsnprintf(char *buf, size_t n, const char *fmt, va_list ap)
{
	Sbuf b;
	int r;

	b.p = buf;
	b.left = n > 0 ? n - 1 : 0;
	r = _fmt(sbufput, &b, fmt, ap);
	if(n > 0)
		*b.p = 0;
	return r;
}
