/*
 * _sysret: turn a raw system call result into the C convention.
 */
#include <u.h>
#include <errno.h>
#include "impl.h"

/*
 * A result in -4095..-1 sets errno and becomes -1 (and the kernel's
 * error string is again the one errstr gives); others pass through.
 * The kernel gives EIO for a string it does not know: a network
 * error's (netd's "connection refused") is refined here, by libc's
 * own table, since the kernel's knows only errno.h's ERRORS.
 */
long
_sysret(long r)
{
	char buf[64];
	int e;

	if(r < 0 && r >= -4095){
		errno = -r;
		_errlocal = 0;
		if(errno == EIO && _sys_errstr((long)buf, sizeof buf) >= 0
		&& (e = _neterrno(buf)) != 0)
			errno = e;
		return -1;
	}
	return r;
}
