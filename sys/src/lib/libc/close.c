/*
 * close: close a file descriptor.
 */
#include <unistd.h>
#include "impl.h"

/* Close fd; 0 or -1. */
int
close(int fd)
{
	return _sysret(_sys_close(fd));
}
