/*
 * clock_gettime: read a clock.  For now both clocks count from boot.
 */
#include <u.h>
#include <errno.h>
#include <time.h>
#include "impl.h"

/* Fill *ts from CLOCK_MONOTONIC or CLOCK_REALTIME; 0 or -1 (EINVAL). */
int
clock_gettime(clockid_t clk, struct timespec *ts)
{
	long ns;

	if(clk != CLOCK_MONOTONIC && clk != CLOCK_REALTIME){
		errno = EINVAL;
		return -1;
	}
	ns = _sys_nsec();
	ts->tv_sec = ns / 1000000000L;
	ts->tv_nsec = ns % 1000000000L;
	return 0;
}
