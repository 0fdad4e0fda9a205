/*
 * fprintf: format to a stream.
 */
#include <stdarg.h>
#include <stdio.h>

/* Format to f; return the byte count or -1. */
int
fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}
