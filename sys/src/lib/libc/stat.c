/*
 * stat: the status of a file named by URL.
 */
#include <u.h>
#include <sys/stat.h>
#include "impl.h"

enum {
	STATMAX	= 1024,
};

/* Fill *st for path; 0 or -1. */
int
stat(const char *path, struct stat *st)
{
	uchar buf[STATMAX];
	long n;

	n = _sysret(_sys_stat((long)path, (long)buf, sizeof buf));
	if(n < 0)
		return -1;
	return _statconv(buf, n, st);
}
