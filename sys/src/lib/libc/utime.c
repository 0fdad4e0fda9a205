/*
 * utime: set a file's access and modification times with a wstat.
 */
#include <u.h>
#include <time.h>
#include <utime.h>
#include "impl.h"

/* Set the times of url to t (nil: now); 0 or -1. */
int
utime(const char *url, const struct utimbuf *t)
{
	uchar buf[64];
	ulong a, m;
	int n;

	if(t != nil){
		a = t->actime;
		m = t->modtime;
	}else
		a = m = time(nil);
	n = _wstatbuf(buf, sizeof buf, nil, _KEEP, a, m, _KEEP64);
	return _sysret(_sys_wstat((long)url, (long)buf, n));
}
