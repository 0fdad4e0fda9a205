/*
 * getcwd: the current directory's URL into buf (POSIX).
 */
#include <unistd.h>
#include "impl.h"

/* the current directory's URL into buf (POSIX). */
char*
getcwd(char *buf, size_t n)
{
	return _sysret(_sys_getwd((long)buf, n)) < 0 ? NULL : buf;
}
