/*
 * unmount: remove name: from this namespace.
 */
#include <libc.h>
#include "impl.h"

/* remove name: from this namespace. */
int
unmount(char *name)
{
	return _sysret(_sys_unmount((long)name));
}
