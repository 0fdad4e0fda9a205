/*
 * sys/select.h: select(2), waiting on sets of descriptors; made over
 * poll(2).
 */
#ifndef SYS_SELECT_H
#define SYS_SELECT_H

#include <sys/types.h>
#include <sys/time.h>

#define FD_SETSIZE	1024	/* as on Linux; the kernel has 64 fds a process */

typedef struct {
	unsigned long	fds_bits[FD_SETSIZE / (8*sizeof(unsigned long))];
} fd_set;

#define __FDBIT(fd)	(1UL << ((fd) % (8*sizeof(unsigned long))))
#define __FDWORD(fd)	((fd) / (8*sizeof(unsigned long)))
#define FD_ZERO(s)	do { unsigned __i; for(__i = 0; __i < sizeof((s)->fds_bits)/sizeof((s)->fds_bits[0]); __i++) (s)->fds_bits[__i] = 0; } while(0)
#define FD_SET(fd, s)	((s)->fds_bits[__FDWORD(fd)] |= __FDBIT(fd))
#define FD_CLR(fd, s)	((s)->fds_bits[__FDWORD(fd)] &= ~__FDBIT(fd))
#define FD_ISSET(fd, s)	(((s)->fds_bits[__FDWORD(fd)] & __FDBIT(fd)) != 0)

int	select(int nfds, fd_set *rd, fd_set *wr, fd_set *ex, struct timeval *timeout);

#endif
