/*
 * asctime, asctime_r, ctime, ctime_r: a time as the classic
 * 26-byte line "Thu Jan  1 00:00:00 1970\n".
 */
#include <u.h>
#include <stdio.h>
#include <time.h>

/* Format *tm into buf (at least 26 bytes); return buf. */
char*
asctime_r(const struct tm *tm, char *buf)
{
	static const char days[] = "SunMonTueWedThuFriSat";
	static const char mons[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	int w, m;

	w = tm->tm_wday >= 0 && tm->tm_wday < 7 ? tm->tm_wday : 0;
	m = tm->tm_mon >= 0 && tm->tm_mon < 12 ? tm->tm_mon : 0;
	snprintf(buf, 26, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n",
		days + 3*w, mons + 3*m, tm->tm_mday, tm->tm_hour,
		tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
	return buf;
}

/* asctime_r into a static buffer. */
char*
asctime(const struct tm *tm)
{
	static char buf[32];

	return asctime_r(tm, buf);
}

/* The local (UTC) time *t as asctime formats it, into buf. */
char*
ctime_r(const time_t *t, char *buf)
{
	struct tm tm;

	if(localtime_r(t, &tm) == nil)
		return nil;
	return asctime_r(&tm, buf);
}

/* ctime_r into a static buffer. */
char*
ctime(const time_t *t)
{
	static char buf[32];

	return ctime_r(t, buf);
}
