/*
 * errstr: the text of the last system call error.
 */
#include <libc.h>
#include "impl.h"

/* Copy the kernel's last error string into buf (n bytes); 0 or -1. */
int
errstr(char *buf, uint n)
{
	if(n == 0)
		return 0;
	buf[0] = 0;
	if(_sysret(_sys_errstr((long)buf, n)) < 0)
		return -1;
	buf[n-1] = 0;
	return 0;
}
