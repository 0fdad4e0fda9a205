/*
 * snprintf: format into a buffer of n bytes.  Shared with the kernel.
 */
#include <u.h>
#include <stddef.h>
#include <stdarg.h>
#include <string.h>
#include "fmt.h"

/* Format into buf (at most n bytes with the NUL); return the full length. */
int
snprintf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return r;
}
