/*
 * rmdir: remove an empty directory.
 */
#include <unistd.h>
#include "impl.h"

/* remove an empty directory. */
int
rmdir(const char *url)
{
	return _sysret(_sys_remove((long)url));
}
