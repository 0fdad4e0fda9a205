/*
 * write: write to a file descriptor at its offset.
 */
#include <unistd.h>
#include "impl.h"

/* Write n bytes from buf; return the count written or -1. */
ssize_t
write(int fd, const void *buf, size_t n)
{
	if(fd >= 0 && fd < 64 && _fdnonblock[fd] && _fdwould(fd, 4))
		return -1;	/* O_NONBLOCK (fcntl.c) and no room: EAGAIN */
	return _sysret(_sys_pwrite(fd, (long)buf, n, -1));
}
