/*
 * read: read from a file descriptor at its offset.
 */
#include <unistd.h>
#include "impl.h"

/* Read up to n bytes into buf; return the count, 0 at end of file, -1 on error. */
ssize_t
read(int fd, void *buf, size_t n)
{
	if(fd >= 0 && fd < 64 && _fdnonblock[fd] && _fdwould(fd, 1))
		return -1;	/* O_NONBLOCK (fcntl.c) and nothing to read: EAGAIN */
	return _sysret(_sys_pread(fd, (long)buf, n, -1));
}
