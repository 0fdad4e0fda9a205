/*
 * errstr: the text of the last error: the kernel's string, or the one
 * libc set itself (werrstr, or a check libc made) after it.
 */
#include <libc.h>
#include "impl.h"

char	_errbuf[128];
int	_errlocal;

/* Copy the last error string into buf (n bytes); 0 or -1. */
int
errstr(char *buf, uint n)
{
	if(n == 0)
		return 0;
	buf[0] = 0;
	if(_errlocal){
		strlcpy(buf, _errbuf, n);
		return 0;
	}
	if(_sysret(_sys_errstr((long)buf, n)) < 0)
		return -1;
	buf[n-1] = 0;
	return 0;
}
