/*
 * sysfatal: report an error and exit.
 */
#include <libc.h>

/* Print "argv0: message" on standard error and exit with status 1. */
_Noreturn void
sysfatal(char *fmt, ...)
{
	char buf[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	fflush(stdout);
	if(argv0 != nil)
		dprintf(2, "%s: %s\n", argv0, buf);
	else
		dprintf(2, "%s\n", buf);
	exit(1);
}
