/*
 * chmod, fchmod: change a file's permissions with a wstat.
 */
#include <u.h>
#include <sys/stat.h>
#include "impl.h"

/* Set the permission bits of url (or fd, url nil) to mode & 0777; 0 or -1. */
static int
setmode(const char *url, int fd, mode_t mode)
{
	uchar buf[_STATMAX];
	ulong m;
	long n;

	if(_rawstat(url, fd, buf, sizeof buf) < 0)
		return -1;
	m = _statget(buf+21, 4);
	m = (m & ~0777UL) | (mode & 0777);
	n = _wstatbuf(buf, sizeof buf, nil, m, _KEEP, _KEEP, _KEEP64);
	if(url != nil)
		return _sysret(_sys_wstat((long)url, (long)buf, n));
	return _sysret(_sys_fwstat(fd, (long)buf, n));
}

/* Set the permissions of url; 0 or -1. */
int
chmod(const char *url, mode_t mode)
{
	return setmode(url, -1, mode);
}

/* Set the permissions of the open file fd; 0 or -1. */
int
fchmod(int fd, mode_t mode)
{
	return setmode(nil, fd, mode);
}
