/*
 * _rawstat: the 9P stat entry of a file, by URL or descriptor.
 */
#include <u.h>
#include <errno.h>
#include "impl.h"

/*
 * Read the stat entry of url (or of fd when url is nil) into buf
 * (n bytes) and check it; return its length, or -1.
 */
long
_rawstat(const char *url, int fd, uchar *buf, long n)
{
	long r;

	if(url != nil)
		r = _sysret(_sys_stat((long)url, (long)buf, n));
	else
		r = _sysret(_sys_fstat(fd, (long)buf, n));
	if(r < 0)
		return -1;
	if(_statlen(buf, r) < 0)
		return _seterr(EPROTO, "malformed stat entry");
	return r;
}
