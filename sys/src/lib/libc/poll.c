/*
 * poll: wait until one of several descriptors is ready (poll(2)).
 * The kernel's proc:/self/poll does the waiting: a write gives it the
 * timeout and the entries, a read waits and gives them back with
 * revents.  A socket polled may have a read sent ahead by the kernel,
 * which matters to a datagram read (sockio.c): the socket is marked.
 */
#include "sock.h"
#include <poll.h>

enum { Nsmall = 16 };

int
poll(struct pollfd *fds, nfds_t n, int timeout)
{
	uchar small[4 + Nsmall*8], *b, *p;
	int fd, i, nr, r;
	long len;
	short ev;

	if(n > 1024)
		return _seterr(EINVAL, "poll: too many descriptors");
	len = 4 + n*8;
	b = small;
	if(n > Nsmall && (b = malloc(len)) == nil)
		return _seterr(ENOMEM, nil);
	if(timeout < 0)
		timeout = -1;
	memmove(b, &timeout, 4);
	for(i = 0; i < (int)n; i++){
		p = b + 4 + i*8;
		ev = fds[i].events;
		if(ev & POLLRDNORM)
			ev |= POLLIN;
		if(ev & POLLWRNORM)
			ev |= POLLOUT;
		memmove(p, &fds[i].fd, 4);
		memmove(p + 4, &ev, 2);
		memset(p + 6, 0, 2);
		if(fds[i].fd >= 0 && fds[i].fd < Nsock && _socks[fds[i].fd] != nil)
			_socks[fds[i].fd]->polled = 1;
	}
	r = -1;
	/* the system calls themselves: read and write would ask poll about a non-blocking fd */
	if((fd = _sysret(_sys_open((long)"proc:/self/poll", O_RDWR|O_CLOEXEC, 0))) >= 0){
		if(_sysret(_sys_pwrite(fd, (long)b, len, -1)) == len
		&& _sysret(_sys_pread(fd, (long)b + 4, n*8, -1)) == (long)n*8)
			r = 0;
		_sys_close(fd);
	}
	nr = 0;
	for(i = 0; r == 0 && i < (int)n; i++){
		memmove(&ev, b + 4 + i*8 + 6, 2);
		if(ev & POLLIN)
			ev |= fds[i].events & POLLRDNORM;
		if(ev & POLLOUT)
			ev |= fds[i].events & POLLWRNORM;
		fds[i].revents = ev;
		if(ev)
			nr++;
	}
	if(b != small)
		free(b);
	return r < 0 ? -1 : nr;
}
