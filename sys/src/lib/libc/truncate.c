/*
 * truncate, ftruncate: set a file's length with a wstat.
 */
#include <u.h>
#include <errno.h>
#include <unistd.h>
#include "impl.h"

/* Set the length of url to len; 0 or -1. */
int
truncate(const char *url, off_t len)
{
	uchar buf[64];
	int n;

	if(len < 0)
		return _seterr(EINVAL, nil);
	n = _wstatbuf(buf, sizeof buf, nil, _KEEP, _KEEP, _KEEP, len);
	return _sysret(_sys_wstat((long)url, (long)buf, n));
}

/* Set the length of the open file fd to len; 0 or -1. */
int
ftruncate(int fd, off_t len)
{
	uchar buf[64];
	int n;

	if(len < 0)
		return _seterr(EINVAL, nil);
	n = _wstatbuf(buf, sizeof buf, nil, _KEEP, _KEEP, _KEEP, len);
	return _sysret(_sys_fwstat(fd, (long)buf, n));
}
