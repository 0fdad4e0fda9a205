/*
 * timegm, mktime, difftime: calendar time to seconds since 1970.
 */
#include <u.h>
#include <time.h>

/* The day number (0 is 1970-01-01) of year y, month m (1-12), day d. */
static long
daynum(long y, long m, long d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe/4 - yoe/100 + doy;
	return era * 146097 + doe - 719468;
}

/*
 * The seconds since 1970 of the UTC time in *tm, whose fields may be
 * out of range (the 13th month, the 32nd day, -1 seconds); *tm is then
 * rewritten with the normalised fields, wday and yday.
 */
time_t
timegm(struct tm *tm)
{
	long y, m, t;

	y = tm->tm_year + 1900L;
	m = tm->tm_mon;
	y += m / 12;
	m %= 12;
	if(m < 0){
		m += 12;
		y--;
	}
	t = daynum(y, m + 1, 1) + tm->tm_mday - 1;
	t = t * 86400 + tm->tm_hour * 3600L + tm->tm_min * 60L + tm->tm_sec;
	if(gmtime_r(&t, tm) == nil)
		return -1;
	return t;
}

/* Local time is UTC, so the same as timegm. */
time_t
mktime(struct tm *tm)
{
	return timegm(tm);
}

/* t1 - t0 in seconds. */
double
difftime(time_t t1, time_t t0)
{
	return (double)(t1 - t0);
}
