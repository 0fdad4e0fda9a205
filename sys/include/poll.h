/*
 * poll.h: waiting on several files at once (poll(2)).  The bits are
 * Linux's values, as the kernel's proc:/N/poll takes them.
 */
#ifndef POLL_H
#define POLL_H

struct pollfd {
	int	fd;
	short	events;		/* what to wait for */
	short	revents;	/* what happened */
};

typedef unsigned long nfds_t;

#define POLLIN		0x001	/* a read would not wait */
#define POLLPRI		0x002	/* urgent data: never */
#define POLLOUT		0x004	/* a write would not wait */
#define POLLERR		0x008	/* an error (revents only) */
#define POLLHUP		0x010	/* hung up: end of file (revents only) */
#define POLLNVAL	0x020	/* fd is not open (revents only) */
#define POLLRDNORM	0x040	/* as POLLIN */
#define POLLRDBAND	0x080	/* never */
#define POLLWRNORM	0x100	/* as POLLOUT */
#define POLLWRBAND	0x200	/* never */

int	poll(struct pollfd *fds, nfds_t n, int timeout);

#endif
