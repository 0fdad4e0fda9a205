/*
 * write: write to a file descriptor at its offset.
 */
#include <unistd.h>
#include "impl.h"

/* Write n bytes from buf; return the count written or -1. */
ssize_t
write(int fd, const void *buf, size_t n)
{
	return _sysret(_sys_pwrite(fd, (long)buf, n, -1));
}
