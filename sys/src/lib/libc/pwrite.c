/*
 * pwrite: write to a file descriptor at a given offset.
 */
#include <unistd.h>
#include "impl.h"

/* Write n bytes at offset off, leaving the fd's offset alone. */
ssize_t
pwrite(int fd, const void *buf, size_t n, off_t off)
{
	return _sysret(_sys_pwrite(fd, (long)buf, n, off));
}
