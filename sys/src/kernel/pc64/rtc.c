/*
 * rtc.c: the CMOS real-time clock (an MC146818 at ports 0x70/0x71),
 * read once at boot to know the date; the TSC keeps time after that.
 */
#include "../port/all.h"

enum {
	Addr	= 0x70,
	Data	= 0x71,
	Sec	= 0x00, Min = 0x02, Hour = 0x04, Mday = 0x07, Mon = 0x08,
	Year	= 0x09, StatA = 0x0A, StatB = 0x0B, Cent = 0x32,
};

uvlong	rtcboot;	/* seconds since 1970 when read */
uvlong	rtcnsec;	/* nsec() then */

static int
cmos(int r)
{
	outb(Addr, r);
	return inb(Data);
}

static int
bcd(int v, int binary)
{
	return binary ? v : (v >> 4) * 10 + (v & 15);
}

/* days since 1970-01-01 of a civil date (proleptic Gregorian) */
static vlong
days(vlong y, int m, int d)
{
	vlong era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* rtcinit: read the date and time (UTC) */
void
rtcinit(void)
{
	int i, b, s, mi, h, d, mo, y, c, pm;

	for(i = 0; i < 100000 && (cmos(StatA) & 0x80); i++)
		;
	b = cmos(StatB);
	s = bcd(cmos(Sec), b & 4);
	mi = bcd(cmos(Min), b & 4);
	h = cmos(Hour);
	pm = h & 0x80;
	h = bcd(h & 0x7F, b & 4);
	if(!(b & 2)){
		/* 12-hour clock */
		h %= 12;
		if(pm)
			h += 12;
	}
	d = bcd(cmos(Mday), b & 4);
	mo = bcd(cmos(Mon), b & 4);
	y = bcd(cmos(Year), b & 4);
	c = bcd(cmos(Cent), b & 4);
	if(c < 19 || c > 30)
		c = y < 70 ? 20 : 19;
	y += c * 100;
	rtcnsec = nsec();
	if(mo < 1 || mo > 12 || d < 1 || d > 31){
		rtcboot = 0;
		return;
	}
	rtcboot = days(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}
