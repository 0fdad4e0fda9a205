/*
 * sprintf: format into a buffer assumed big enough.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>

/* Format into buf; return the length written, not counting the NUL. */
int
sprintf(char *buf, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(buf, SIZE_MAX, fmt, ap);
	va_end(ap);
	return r;
}
