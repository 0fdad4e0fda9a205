/*
 * time.h: clocks, sleeping, and calendar time.  CLOCK_MONOTONIC counts
 * from boot; CLOCK_REALTIME and time() from 1970 (UTC), from the
 * kernel's sys:/time; clock() and CLOCK_PROCESS_CPUTIME_ID the
 * process's time on the CPU.  There are no time zones: local time is UTC.
 */
#ifndef TIME_H
#define TIME_H

#include <sys/types.h>

#define CLOCK_REALTIME	0
#define CLOCK_MONOTONIC	1
#define CLOCK_PROCESS_CPUTIME_ID	2	/* its time on the CPU (proc:/self/time) */
#define CLOCKS_PER_SEC	1000000L
#define TIME_UTC	1

typedef long	clock_t;

struct timespec {
	time_t	tv_sec;
	long	tv_nsec;
};

struct tm {
	int	tm_sec;		/* 0-60 */
	int	tm_min;		/* 0-59 */
	int	tm_hour;	/* 0-23 */
	int	tm_mday;	/* 1-31 */
	int	tm_mon;		/* 0-11 */
	int	tm_year;	/* years since 1900 */
	int	tm_wday;	/* 0-6, Sunday 0 */
	int	tm_yday;	/* 0-365 */
	int	tm_isdst;	/* always 0 */
	long	tm_gmtoff;	/* always 0 */
	const char	*tm_zone;	/* always "GMT" */
};

int	clock_gettime(clockid_t clk, struct timespec *ts);
int	clock_getres(clockid_t clk, struct timespec *ts);
time_t	time(time_t *t);
clock_t	clock(void);
int	nanosleep(const struct timespec *req, struct timespec *rem);

struct tm	*gmtime(const time_t *t);
struct tm	*gmtime_r(const time_t *t, struct tm *tm);
struct tm	*localtime(const time_t *t);
struct tm	*localtime_r(const time_t *t, struct tm *tm);
time_t	mktime(struct tm *tm);
time_t	timegm(struct tm *tm);
double	difftime(time_t t1, time_t t0);
size_t	strftime(char *s, size_t n, const char *fmt, const struct tm *tm);
char	*asctime(const struct tm *tm);
char	*asctime_r(const struct tm *tm, char *buf);
char	*ctime(const time_t *t);
char	*ctime_r(const time_t *t, char *buf);
void	tzset(void);

#endif
