/*
 * dup2: duplicate a file descriptor onto a given number.
 */
#include <unistd.h>
#include "impl.h"

/* Make newfd the same file as fd (closing newfd first); return newfd. */
int
dup2(int fd, int newfd)
{
	int r;

	if(newfd < 0)
		return _sysret(-9);	/* EBADF */
	r = _sysret(_sys_dup(fd, newfd));
	if(r >= 0 && newfd != fd){
		if(_fdclosehook != nil)
			_fdclosehook(newfd);	/* a socket that was newfd is closed */
		if(newfd < 64)
			_fdnonblock[newfd] = fd >= 0 && fd < 64 ? _fdnonblock[fd] : 0;
	}
	return r;
}
