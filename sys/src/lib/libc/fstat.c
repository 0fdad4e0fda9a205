/*
 * fstat: the status of an open file.
 */
#include <u.h>
#include <sys/stat.h>
#include "impl.h"

enum {
	STATMAX	= 1024,
};

/* Fill *st for fd; 0 or -1. */
int
fstat(int fd, struct stat *st)
{
	uchar buf[STATMAX];
	long n;

	n = _sysret(_sys_fstat(fd, (long)buf, sizeof buf));
	if(n < 0)
		return -1;
	return _statconv(buf, n, st);
}
