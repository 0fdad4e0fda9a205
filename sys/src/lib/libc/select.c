/*
 * select: wait on sets of descriptors (select(2)), made over poll(2).
 * A descriptor is readable when poll says POLLIN, POLLHUP or POLLERR
 * (the read will not wait: it gives data, end of file or the error),
 * writable on POLLOUT or POLLERR.  Nothing is ever exceptional.
 */
#include <u.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/select.h>
#include "impl.h"

int
select(int nfds, fd_set *rd, fd_set *wr, fd_set *ex, struct timeval *tv)
{
	struct pollfd p[64];
	int fd, n, i, ms, nr;
	short ev;

	if(nfds < 0 || nfds > FD_SETSIZE)
		return _seterr(EINVAL, nil);
	n = 0;
	for(fd = 0; fd < nfds; fd++){
		ev = 0;
		if(rd && FD_ISSET(fd, rd))
			ev |= POLLIN;
		if(wr && FD_ISSET(fd, wr))
			ev |= POLLOUT;
		if(ex && FD_ISSET(fd, ex))
			ev |= POLLPRI;
		if(ev == 0)
			continue;
		if(n == nelem(p))
			return _seterr(EBADF, nil);	/* more than the kernel's fds: one is not open */
		p[n].fd = fd;
		p[n].events = ev;
		n++;
	}
	ms = -1;
	if(tv != nil){
		if(tv->tv_sec < 0 || tv->tv_usec < 0)
			return _seterr(EINVAL, nil);
		ms = tv->tv_sec > 2000000 ? 2000000000 : tv->tv_sec*1000 + (tv->tv_usec + 999)/1000;
	}
	if(poll(p, n, ms) < 0)
		return -1;
	for(i = 0; i < n; i++)
		if(p[i].revents & POLLNVAL)
			return _seterr(EBADF, nil);
	if(rd)
		FD_ZERO(rd);
	if(wr)
		FD_ZERO(wr);
	if(ex)
		FD_ZERO(ex);
	nr = 0;
	for(i = 0; i < n; i++){
		ev = p[i].revents;
		if(rd && (p[i].events & POLLIN) && (ev & (POLLIN|POLLHUP|POLLERR))){
			FD_SET(p[i].fd, rd);
			nr++;
		}
		if(wr && (p[i].events & POLLOUT) && (ev & (POLLOUT|POLLERR))){
			FD_SET(p[i].fd, wr);
			nr++;
		}
	}
	return nr;
}
