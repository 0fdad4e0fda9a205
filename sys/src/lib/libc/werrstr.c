/*
 * werrstr, rerrstr, _seterr: set the error string from user space.
 */
#include <libc.h>
#include "impl.h"

/* Make the formatted text the string errstr() and %r give next. */
void
werrstr(char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(_errbuf, sizeof _errbuf, fmt, ap);
	va_end(ap);
	_errlocal = 1;
}

/* Copy the error string into buf without clearing it (as errstr does here). */
void
rerrstr(char *buf, uint n)
{
	errstr(buf, n);
}

/* Fail with errno err and string msg (strerror(err) if nil); return -1. */
int
_seterr(int err, char *msg)
{
	strlcpy(_errbuf, msg != nil ? msg : strerror(err), sizeof _errbuf);
	_errlocal = 1;
	errno = err;
	return -1;
}
