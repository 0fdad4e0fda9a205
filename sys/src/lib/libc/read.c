/*
 * read: read from a file descriptor at its offset.
 */
#include <unistd.h>
#include "impl.h"

/* nbread: read of an O_NONBLOCK fd (fcntl.c): EAGAIN rather than wait */
static __attribute__((noinline)) ssize_t
nbread(int fd, void *buf, size_t n)
{
	if(_fdwould(fd, 1))
		return -1;
	return _sysret(_sys_pread(fd, (long)buf, n, -1));
}

/* Read up to n bytes into buf; return the count, 0 at end of file, -1 on error. */
ssize_t
read(int fd, void *buf, size_t n)
{
	if((unsigned)fd < 64 && _fdnonblock[fd])
		return nbread(fd, buf, n);
	return _sysret(_sys_pread(fd, (long)buf, n, -1));
}
