/*
 * write: write to a file descriptor at its offset.
 */
#include <unistd.h>
#include "impl.h"

/* nbwrite: write to an O_NONBLOCK fd (fcntl.c): EAGAIN rather than wait for room */
static __attribute__((noinline)) ssize_t
nbwrite(int fd, const void *buf, size_t n)
{
	if(_fdwould(fd, 4))
		return -1;
	return _sysret(_sys_pwrite(fd, (long)buf, n, -1));
}

/* Write n bytes from buf; return the count written or -1. */
ssize_t
write(int fd, const void *buf, size_t n)
{
	if((unsigned)fd < 64 && _fdnonblock[fd])
		return nbwrite(fd, buf, n);
	return _sysret(_sys_pwrite(fd, (long)buf, n, -1));
}
