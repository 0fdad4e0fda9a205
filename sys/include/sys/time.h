/*
 * sys/time.h: the real time in seconds and microseconds.
 */
#ifndef SYS_TIME_H
#define SYS_TIME_H

#include <sys/types.h>

struct timeval {
	time_t	tv_sec;
	long	tv_usec;
};

int	gettimeofday(struct timeval *tv, void *tz);

#include <sys/select.h>	/* select, as glibc's sys/time.h gives it */

#endif
