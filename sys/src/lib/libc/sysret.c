/*
 * _sysret: turn a raw system call result into the C convention.
 */
#include <u.h>
#include <errno.h>
#include "impl.h"

/*
 * A result in -4095..-1 sets errno and becomes -1 (and the kernel's
 * error string is again the one errstr gives); others pass through.
 */
long
_sysret(long r)
{
	if(r < 0 && r >= -4095){
		errno = -r;
		_errlocal = 0;
		return -1;
	}
	return r;
}
