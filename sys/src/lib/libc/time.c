/*
 * time, gettimeofday: the real time in seconds (and microseconds).
 */
#include <u.h>
#include <time.h>
#include <sys/time.h>
#include "impl.h"

/* Return the seconds since 1970, also stored in *t if t is given. */
time_t
time(time_t *t)
{
	time_t s;

	s = _realnsec() / 1000000000L;
	if(t != nil)
		*t = s;
	return s;
}

/* Fill *tv with the real time; the zone (if asked) is UTC. */
int
gettimeofday(struct timeval *tv, void *tz)
{
	long ns;

	USED(tz);
	ns = _realnsec();
	tv->tv_sec = ns / 1000000000L;
	tv->tv_usec = ns % 1000000000L / 1000;
	return 0;
}
