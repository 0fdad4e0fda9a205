/*
 * mount: attach the 9P server on channel end fd as name: in this namespace.
 */
#include <libc.h>
#include "impl.h"

/* attach the 9P server on channel end fd as name: in this namespace. */
int
mount(int fd, char *name, int flags, char *aname)
{
	return _sysret(_sys_mount(fd, (long)name, flags, (long)aname));
}
