/*
 * gmtime, gmtime_r, localtime, localtime_r, tzset: seconds since 1970
 * to calendar time.  There are no time zones: local time is UTC.
 */
#include <u.h>
#include <time.h>

/* The civil date of day number days (0 is 1970-01-01); *yday too. */
static void
civil(long days, long *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	days += 719468;			/* count from 0000-03-01 */
	era = (days >= 0 ? days : days - 146096) / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe/1460 + doe/36524 - doe/146096) / 365;
	doy = doe - (365*yoe + yoe/4 - yoe/100);
	mp = (5*doy + 2) / 153;
	*d = doy - (153*mp + 2)/5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

/* Is y a leap year? */
static int
leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Fill *tm with the UTC calendar time of *t; return tm. */
struct tm*
gmtime_r(const time_t *t, struct tm *tm)
{
	static const int before[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
	long days, secs, y;
	int m, d;

	days = *t / 86400;
	secs = *t % 86400;
	if(secs < 0){
		secs += 86400;
		days--;
	}
	civil(days, &y, &m, &d);
	if(y - 1900 > 0x7fffffffL || y - 1900 < -0x7fffffffL)
		return nil;
	tm->tm_year = y - 1900;
	tm->tm_mon = m - 1;
	tm->tm_mday = d;
	tm->tm_yday = before[m-1] + d - 1 + (m > 2 && leap(y));
	tm->tm_wday = ((days + 4) % 7 + 7) % 7;
	tm->tm_hour = secs / 3600;
	tm->tm_min = secs / 60 % 60;
	tm->tm_sec = secs % 60;
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "GMT";
	return tm;
}

/* gmtime_r into a static struct tm. */
struct tm*
gmtime(const time_t *t)
{
	static struct tm tm;

	return gmtime_r(t, &tm);
}

/* Local time is UTC. */
struct tm*
localtime_r(const time_t *t, struct tm *tm)
{
	return gmtime_r(t, tm);
}

/* Local time is UTC. */
struct tm*
localtime(const time_t *t)
{
	return gmtime(t);
}

/* Nothing to do: there are no zones. */
void
tzset(void)
{
}
