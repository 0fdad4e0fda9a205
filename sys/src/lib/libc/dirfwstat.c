/*
 * dirfwstat: change an open file's attributes with 9P stat bytes.
 */
#include <libc.h>
#include "impl.h"

/* change an open file's attributes with 9P stat bytes. */
int
fwstat(int fd, uchar *buf, int n)
{
	return _sysret(_sys_fwstat(fd, (long)buf, n));
}
