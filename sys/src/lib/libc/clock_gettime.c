/*
 * clock_gettime, clock_getres, clock: read a clock.
 * CLOCK_MONOTONIC counts from boot, CLOCK_REALTIME from 1970
 * (see realtime.c).
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

	switch(clk){
	case CLOCK_MONOTONIC:
		ns = _sys_nsec();
		break;
	case CLOCK_REALTIME:
		ns = _realnsec();
		break;
	default:
		return _seterr(EINVAL, nil);
	}
	ts->tv_sec = ns / 1000000000L;
	ts->tv_nsec = ns % 1000000000L;
	return 0;
}

/* The resolution of clk: a nanosecond. */
int
clock_getres(clockid_t clk, struct timespec *ts)
{
	if(clk != CLOCK_MONOTONIC && clk != CLOCK_REALTIME)
		return _seterr(EINVAL, nil);
	if(ts != nil){
		ts->tv_sec = 0;
		ts->tv_nsec = 1;
	}
	return 0;
}

/*
 * Processor time, in CLOCKS_PER_SEC units.  Ninefold does not count
 * per-process time here; this is the time since boot, good only for
 * differences.
 */
clock_t
clock(void)
{
	return _sys_nsec() / (1000000000L / CLOCKS_PER_SEC);
}
