/*
 * fsync: ask the server to commit a file: a wstat that changes nothing.
 */
#include <u.h>
#include <unistd.h>
#include "impl.h"

/* Flush fd to stable storage, as 9P defines a no-change wstat; 0 or -1. */
int
fsync(int fd)
{
	uchar buf[64];
	int n;

	n = _wstatbuf(buf, sizeof buf, nil, _KEEP, _KEEP, _KEEP, _KEEP64);
	return _sysret(_sys_fwstat(fd, (long)buf, n));
}
