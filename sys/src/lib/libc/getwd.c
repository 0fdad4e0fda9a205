/*
 * getwd: the current directory's URL into buf.
 */
#include <libc.h>
#include "impl.h"

/* the current directory's URL into buf. */
char*
getwd(char *buf, int n)
{
	return _sysret(_sys_getwd((long)buf, n)) < 0 ? nil : buf;
}
