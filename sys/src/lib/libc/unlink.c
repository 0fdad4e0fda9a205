/*
 * unlink: remove a file.
 */
#include <unistd.h>
#include "impl.h"

/* remove a file. */
int
unlink(const char *url)
{
	return _sysret(_sys_remove((long)url));
}
