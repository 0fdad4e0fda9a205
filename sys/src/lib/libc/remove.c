/*
 * remove: remove a file or an empty directory.
 */
#include <stdio.h>
#include "impl.h"

/* remove a file or an empty directory. */
int
remove(const char *url)
{
	return _sysret(_sys_remove((long)url));
}
