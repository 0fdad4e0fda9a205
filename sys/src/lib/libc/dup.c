/*
 * dup: duplicate a file descriptor.
 */
#include <unistd.h>
#include "impl.h"

/* Return the lowest free descriptor, now the same file as fd. */
int
dup(int fd)
{
	int n;

	n = _sysret(_sys_dup(fd, -1));
	if(n >= 0 && n < 64)
		_fdnonblock[n] = fd < 64 ? _fdnonblock[fd] : 0;	/* the same open file */
	return n;
}
