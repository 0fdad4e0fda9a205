/*
 * printf: format to standard output.
 */
#include <stdarg.h>
#include <stdio.h>

/* Format to stdout; return the byte count or -1. */
int
printf(const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}
