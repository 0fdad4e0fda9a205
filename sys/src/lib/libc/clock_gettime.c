/*
 * clock_gettime, clock_getres, clock: read a clock.
 * CLOCK_MONOTONIC counts from boot, CLOCK_REALTIME from 1970
 * (see realtime.c); CLOCK_PROCESS_CPUTIME_ID and clock() are the
 * process's time on the CPU, from proc:/self/time (in ms).
 */
#include <u.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <time.h>
#include "impl.h"

/* cpuns: this process's time on the CPU (user and system) in ns, or -1 */
static long
cpuns(void)
{
	char buf[128], *p;
	long fd, n, u, s;

	fd = _sys_open((long)"proc:/self/time", OREAD, 0);
	if(fd < 0)
		return -1;
	n = _sys_pread(fd, (long)buf, sizeof buf - 1, 0);
	_sys_close(fd);
	if(n <= 0)
		return -1;
	buf[n] = 0;
	u = strtol(buf, &p, 10);
	s = strtol(p, nil, 10);
	return (u + s) * 1000000L;
}

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
	case CLOCK_PROCESS_CPUTIME_ID:
		if((ns = cpuns()) < 0)
			return _seterr(EINVAL, nil);
		break;
	default:
		return _seterr(EINVAL, nil);
	}
	ts->tv_sec = ns / 1000000000L;
	ts->tv_nsec = ns % 1000000000L;
	return 0;
}

/* The resolution of clk: a nanosecond, a millisecond for the CPU time. */
int
clock_getres(clockid_t clk, struct timespec *ts)
{
	if(clk != CLOCK_MONOTONIC && clk != CLOCK_REALTIME && clk != CLOCK_PROCESS_CPUTIME_ID)
		return _seterr(EINVAL, nil);
	if(ts != nil){
		ts->tv_sec = 0;
		ts->tv_nsec = clk == CLOCK_PROCESS_CPUTIME_ID ? 1000000 : 1;
	}
	return 0;
}

/* Processor time, in CLOCKS_PER_SEC units (a millisecond's steps); -1 if unknown. */
clock_t
clock(void)
{
	long ns;

	if((ns = cpuns()) < 0)
		return -1;
	return ns / (1000000000L / CLOCKS_PER_SEC);
}
