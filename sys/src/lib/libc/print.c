/*
 * print, fprint: Plan 9's printf to standard output or a descriptor.
 */
#include <libc.h>

/* Format to standard output (through stdio, like printf). */
int
print(char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}

/* Format straight to descriptor fd, unbuffered by stdio. */
int
fprint(int fd, char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}
