/*
 * vsprintf: format a va_list into a buffer assumed big enough.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>

/* Format into buf; return the length written, not counting the NUL. */
int
vsprintf(char *buf, const char *fmt, va_list ap)
{
	return vsnprintf(buf, SIZE_MAX, fmt, ap);
}
