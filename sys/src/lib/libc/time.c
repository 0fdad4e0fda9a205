/*
 * time: the time in seconds (since boot, for now).
 */
#include <u.h>
#include <time.h>
#include "impl.h"

/* Return the seconds of CLOCK_REALTIME, also stored in *t if t is given. */
time_t
time(time_t *t)
{
	time_t s;

	s = _sys_nsec() / 1000000000L;
	if(t != nil)
		*t = s;
	return s;
}
