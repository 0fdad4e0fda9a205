/*
 * close: close a file descriptor.
 */
#include <unistd.h>
#include "impl.h"

/* set by the first socket(2): a socket's state goes with its fd */
void	(*_fdclosehook)(int fd);

/* Close fd; 0 or -1. */
int
close(int fd)
{
	if(_fdclosehook != nil)
		_fdclosehook(fd);
	if(fd >= 0 && fd < 64)
		_fdnonblock[fd] = 0;
	return _sysret(_sys_close(fd));
}
