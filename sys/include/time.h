/*
 * time.h: clocks and sleeping.  Both clocks count from boot for now.
 */
#ifndef TIME_H
#define TIME_H

#include <sys/types.h>

#define CLOCK_REALTIME	0
#define CLOCK_MONOTONIC	1

struct timespec {
	time_t	tv_sec;
	long	tv_nsec;
};

int	clock_gettime(clockid_t clk, struct timespec *ts);
time_t	time(time_t *t);
int	nanosleep(const struct timespec *req, struct timespec *rem);

#endif
