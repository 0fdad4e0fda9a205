/*
 * pread: read from a file descriptor at a given offset.
 */
#include <unistd.h>
#include "impl.h"

/* Read up to n bytes at offset off, leaving the fd's offset alone. */
ssize_t
pread(int fd, void *buf, size_t n, off_t off)
{
	return _sysret(_sys_pread(fd, (long)buf, n, off));
}
