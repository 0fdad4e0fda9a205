/*
 * print.c: the kernel's formatted output.  Everything printed goes to
 * the serial line and into a ring that sys:/log reads back.  panic
 * prints a backtrace and stops the machine (QEMU exits failing).
 */
#include "all.h"
#include <stdarg.h>

enum { LOGSIZE = 16384 };

static char	logbuf[LOGSIZE];
static uvlong	logend;		/* bytes ever logged */

int	vsnprintf(char *buf, usize n, const char *fmt, va_list ap);

static void
logput(char *s, int n)
{
	while(n-- > 0)
		logbuf[logend++ % LOGSIZE] = *s++;
}

/* print: format to the console and the log */
void
print(char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if(n > (int)sizeof buf - 1)
		n = sizeof buf - 1;
	uartputs(buf, n);
	logput(buf, n);
}

/* readlog: read the kernel log as a file whose start is what is still kept */
long
readlog(void *buf, long n, vlong off)
{
	uvlong start, i;
	char *p;

	start = logend > LOGSIZE ? logend - LOGSIZE : 0;
	p = buf;
	if(off < 0)
		return 0;
	for(i = 0; i < (uvlong)n && start + off + i < logend; i++)
		p[i] = logbuf[(start + off + i) % LOGSIZE];
	return i;
}

/* panic: say why, show the call chain, and stop */
void
panic(char *fmt, ...)
{
	char buf[256];
	va_list ap;
	uintptr rbp;

	__asm__ volatile("cli");
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	print("panic: %s\n", buf);
	__asm__ volatile("mov %%rbp, %0" : "=r"(rbp));
	backtrace(rbp);
	qemuexit(1);
	for(;;)
		__asm__ volatile("cli; hlt");
}
