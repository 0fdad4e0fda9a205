/*
 * vprintf: format a va_list to standard output.
 */
#include <stdarg.h>
#include <stdio.h>

/* Format to stdout; return the byte count or -1. */
int
vprintf(const char *fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}
