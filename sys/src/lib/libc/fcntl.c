/*
 * fcntl: a descriptor's flags (fcntl(2)).  Close-on-exec is the
 * kernel's, read and set through dup(fd, fd|DGETCEXEC ...), which also
 * tells the open mode.  O_NONBLOCK is libc's own, kept here by fd:
 * read, write, send, recv and accept ask poll(2) first and fail with
 * EAGAIN rather than wait.  It goes with close (or dup2 over the fd)
 * and is not kept across exec.
 */
#include <u.h>
#include <stdarg.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include "impl.h"

enum { Nfd = 64 };	/* the kernel's fds a process */

uchar	_fdnonblock[Nfd];

/* _fdwould: would fd wait for ev (POLLIN or POLLOUT)?  1 if it would, with EAGAIN set */
int
_fdwould(int fd, int ev)
{
	struct pollfd p;

	p.fd = fd;
	p.events = ev;
	if(poll(&p, 1, 0) != 0)
		return 0;	/* ready, or poll's error: the call says */
	_seterr(EAGAIN, "operation would block");
	return 1;
}

static int
flags(int fd)
{
	return _sysret(_sys_dup(fd, fd|DGETCEXEC));
}

int
fcntl(int fd, int cmd, ...)
{
	va_list ap;
	long arg;
	int f, n;

	va_start(ap, cmd);
	arg = cmd == F_GETFD || cmd == F_GETFL ? 0 : va_arg(ap, long);
	va_end(ap);
	if((f = flags(fd)) < 0)
		return -1;
	switch(cmd){
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if(arg < 0 || arg >= Nfd)
			return _seterr(EINVAL, nil);
		/* the lowest fd from arg on that is not open */
		for(n = arg; n < Nfd; n++)
			if(_sys_dup(n, n|DGETCEXEC) < 0)
				break;
		if(n == Nfd)
			return _seterr(EMFILE, nil);
		if(_sysret(_sys_dup(fd, n)) < 0)
			return -1;
		if(cmd == F_DUPFD_CLOEXEC)
			_sys_dup(n, n|DSETCEXEC);
		return n;
	case F_GETFD:
		return f & 1 ? FD_CLOEXEC : 0;
	case F_SETFD:
		return _sysret(_sys_dup(fd, fd | (arg & FD_CLOEXEC ? DSETCEXEC : DCLRCEXEC))) < 0 ? -1 : 0;
	case F_GETFL:
		n = (f >> 1) & 3;
		if(n == OEXEC)
			n = O_RDONLY;
		if(f & 8)
			n |= O_APPEND;
		if(fd < Nfd && _fdnonblock[fd])
			n |= O_NONBLOCK;
		return n;
	case F_SETFL:
		if(((arg & O_APPEND) != 0) != ((f & 8) != 0))
			return _seterr(EINVAL, "O_APPEND is set only by open");
		if(fd < Nfd)
			_fdnonblock[fd] = (arg & O_NONBLOCK) != 0;
		return 0;
	}
	return _seterr(EINVAL, "fcntl: unknown command");
}
