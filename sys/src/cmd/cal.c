/*
 * cal: print a calendar, as 9base's does: of a month (cal month year,
 * or of this year with a month alone), of a whole year (a number
 * above 12), or of this month.  A month is a number or an English
 * name in lower case ("jan", "january", "sept").  The calendar is
 * Britain's: Julian up to 2 September 1752, then Gregorian from the
 * 14th.
 */
#include <libc.h>

static char *names[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};
static char	head[] = " S  M Tu  W Th  F  S";

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: cal [month] [year]\n");
	exits("usage");
}

static void
bad(void)
{
	fprint(2, "cal: bad argument\n");
	exits("argument");
}

/* julian: is y/m/d before the change to the Gregorian calendar? */
static int
julian(int y, int m, int d)
{
	return y < 1752 || (y == 1752 && (m < 9 || (m == 9 && d < 14)));
}

/* weekday: y/m/d's day of the week, 0 for Sunday (by its Julian day number) */
static int
weekday(int y, int m, int d)
{
	long a, yy, mm, jdn;

	a = (14 - m) / 12;
	yy = y + 4800 - a;
	mm = m + 12 * a - 3;
	jdn = d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - 32083;
	if(!julian(y, m, d))
		jdn += -yy / 100 + yy / 400 + 38;
	return (jdn + 1) % 7;
}

/* mdays: the number of days in month m of year y */
static int
mdays(int y, int m)
{
	static int n[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap;

	if(m != 2)
		return n[m-1];
	if(y <= 1752)
		leap = y % 4 == 0;
	else
		leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return 28 + leap;
}

/* grid: the month's days in six weeks of seven cells (0: none) */
static void
grid(int y, int m, int cell[42])
{
	int d, i, n;

	memset(cell, 0, 42 * sizeof cell[0]);
	i = weekday(y, m, 1);
	n = mdays(y, m);
	for(d = 1; d <= n; d++){
		if(y == 1752 && m == 9 && d == 3)
			d = 14;	/* the eleven days Britain skipped */
		cell[i++] = d;
	}
}

/* week: week w of a grid as 20 characters */
static void
week(int cell[42], int w, char *out)
{
	int i;

	for(i = 0; i < 7; i++){
		if(cell[7*w + i] != 0)
			sprintf(out + 3*i, "%2d ", cell[7*w + i]);
		else
			strcpy(out + 3*i, "   ");
	}
	out[20] = 0;
}

/* line: print s without its trailing blanks, and a newline */
static void
line(char *s)
{
	int n;

	n = strlen(s);
	while(n > 0 && s[n-1] == ' ')
		n--;
	print("%.*s\n", n, s);
}

/* month: the calendar of month m of year y */
static void
month(int y, int m)
{
	int cell[42], w;
	char buf[32];

	grid(y, m, cell);
	print("   %c%s %d\n", names[m-1][0] - 'a' + 'A', names[m-1] + 1, y);
	print("%s\n", head);
	for(w = 0; w < 6; w++){
		week(cell, w, buf);
		line(buf);
	}
}

/* year: the calendars of year y's months, three abreast */
static void
year(int y)
{
	int cell[3][42], q, i, w;
	char buf[128];

	print("\n\n\n%32s%d\n\n", "", y);
	for(q = 0; q < 4; q++){
		buf[0] = 0;
		for(i = 0; i < 3; i++){
			grid(y, 3*q + i + 1, cell[i]);
			sprintf(buf + strlen(buf), "%9s%c%.2s%8s", "", names[3*q+i][0] - 'a' + 'A', names[3*q+i] + 1, "");
			if(i < 2)
				strcat(buf, "   ");
		}
		line(buf);
		print("%s   %s   %s\n", head, head, head);
		for(w = 0; w < 6; w++){
			buf[0] = 0;
			for(i = 0; i < 3; i++){
				week(cell[i], w, buf + strlen(buf));
				if(i < 2)
					strcat(buf, "   ");
			}
			line(buf);
		}
	}
	print("\n\n\n");
}

/* number: s as a number from 1 to 9999, or 0 */
static int
number(char *s)
{
	char *e;
	long n;

	if(*s < '0' || *s > '9')
		return 0;
	n = strtol(s, &e, 10);
	if(*e != 0 || n < 1 || n > 9999)
		return 0;
	return n;
}

/* monthname: s as a month's number (its name, first three letters, or "sept"), or 0 */
static int
monthname(char *s)
{
	int i;

	for(i = 0; i < 12; i++)
		if(strcmp(s, names[i]) == 0 || (strlen(s) == 3 && strncmp(s, names[i], 3) == 0))
			return i + 1;
	if(strcmp(s, "sept") == 0)
		return 9;
	return 0;
}

int
main(int argc, char **argv)
{
	struct tm tm;
	time_t now;
	int m, y;

	/* no flags: -1 is a bad month, as in 9base */
	argv0 = argv[0];
	argc--;
	argv++;
	if(argc > 2)
		usage();
	now = time(nil);
	gmtime_r(&now, &tm);
	m = tm.tm_mon + 1;
	y = tm.tm_year + 1900;
	if(argc == 1){
		m = monthname(argv[0]);
		if(m == 0){
			y = number(argv[0]);
			if(y == 0)
				bad();
			if(y > 12){
				year(y);
				return 0;
			}
			m = y;
			y = tm.tm_year + 1900;
		}
	}else if(argc == 2){
		if((m = monthname(argv[0])) == 0 && ((m = number(argv[0])) == 0 || m > 12))
			bad();
		if((y = number(argv[1])) == 0)
			bad();
	}
	month(y, m);
	return 0;
}
