/*
 * nanosleep: pause for a timespec (rounded up to milliseconds).
 */
#include <u.h>
#include <errno.h>
#include <time.h>
#include "impl.h"

/* Sleep for at least *req; rem, if given, is set to zero. 0 or -1. */
int
nanosleep(const struct timespec *req, struct timespec *rem)
{
	long ms;

	if(req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= 1000000000L){
		errno = EINVAL;
		return -1;
	}
	ms = req->tv_sec * 1000 + (req->tv_nsec + 999999) / 1000000;
	if(rem != nil){
		rem->tv_sec = 0;
		rem->tv_nsec = 0;
	}
	return _sysret(_sys_sleep(ms));
}
