/*
 * chdir: change the current directory (a URL).
 */
#include <unistd.h>
#include "impl.h"

/* change the current directory (a URL). */
int
chdir(const char *url)
{
	return _sysret(_sys_chdir((long)url));
}
