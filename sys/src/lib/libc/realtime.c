/*
 * _realnsec: the real time, in nanoseconds since 1970.
 *
 * The kernel's sys:/time holds one line "S N": S is the seconds since
 * 1970 when the kernel read the CMOS clock, N its nsec() at that
 * moment.  libc reads it once; afterwards real time is S + (nsec() - N).
 * Without sys:/time the real time is the time since boot.
 */
#include <u.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "impl.h"

static int	state;		/* 0 not read yet, 1 have S and N, 2 no sys:/time */
static long	bootsec;	/* S */
static long	bootns;		/* N */

/* Read sys:/time into bootsec and bootns; set state. */
static void
readtime(void)
{
	char buf[64], *p, *q;
	long fd, n, s, ns;
	int e, l;

	e = errno;
	l = _errlocal;
	state = 2;
	fd = _sys_open((long)"sys:/time", OREAD, 0);
	if(fd >= 0){
		n = _sys_pread(fd, (long)buf, sizeof buf - 1, -1);
		_sys_close(fd);
		if(n > 0){
			buf[n] = 0;
			s = strtol(buf, &p, 10);
			ns = strtol(p, &q, 10);
			if(p != buf && q != p && s > 0){
				bootsec = s;
				bootns = ns;
				state = 1;
			}
		}
	}
	errno = e;
	_errlocal = l;
}

/* The real time in nanoseconds since 1970 (since boot without sys:/time). */
long
_realnsec(void)
{
	long now;

	if(state == 0)
		readtime();
	now = _sys_nsec();
	if(state == 1)
		return bootsec * 1000000000L + (now - bootns);
	return now;
}
