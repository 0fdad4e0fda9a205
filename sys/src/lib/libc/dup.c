/*
 * dup: duplicate a file descriptor.
 */
#include <unistd.h>
#include "impl.h"

/* Return the lowest free descriptor, now the same file as fd. */
int
dup(int fd)
{
	return _sysret(_sys_dup(fd, -1));
}
