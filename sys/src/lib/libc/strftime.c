/*
 * strftime: format a calendar time, as in the C (POSIX) locale.
 */
#include <u.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *days[] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};
static const char *months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

typedef struct Out Out;
struct Out {
	char	*s;
	size_t	n;		/* room */
	size_t	len;		/* bytes written */
	int	full;		/* something did not fit */
};

/* Append the string s. */
static void
puts_(Out *o, const char *s)
{
	for(; *s != 0; s++){
		if(o->len + 1 >= o->n){
			o->full = 1;
			return;
		}
		o->s[o->len++] = *s;
	}
}

/* Append v in decimal, at least w digits, padded with pad (0: none). */
static void
num(Out *o, long v, int w, int pad)
{
	char buf[32];

	if(pad == '0')
		snprintf(buf, sizeof buf, "%0*ld", w, v);
	else if(pad == ' ')
		snprintf(buf, sizeof buf, "%*ld", w, v);
	else
		snprintf(buf, sizeof buf, "%ld", v);
	puts_(o, buf);
}

/* Is y a leap year? */
static int
leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* ISO 8601 week number of tm (1-53), with its year in *iy. */
static int
isoweek(const struct tm *tm, long *iy)
{
	long y;
	int wd, w, days;

	y = tm->tm_year + 1900L;
	wd = (tm->tm_wday + 6) % 7;		/* Monday 0 */
	w = (tm->tm_yday - wd + 10) / 7;
	if(w < 1){
		y--;
		days = 365 + leap(y);
		w = (tm->tm_yday + days - wd + 10) / 7;
	}else{
		days = 365 + leap(y);
		if(tm->tm_yday - wd + 3 >= days){	/* Thursday in next year */
			y++;
			w = 1;
		}
	}
	*iy = y;
	return w;
}

/* Format one conversion c of tm into o. */
static void
conv(Out *o, int c, const struct tm *tm)
{
	char buf[64];
	long y, iy, t;
	struct tm tt;
	int h;

	y = tm->tm_year + 1900L;
	switch(c){
	case 'a':
		snprintf(buf, sizeof buf, "%.3s", days[(uint)tm->tm_wday % 7]);
		puts_(o, buf);
		break;
	case 'A':
		puts_(o, days[(uint)tm->tm_wday % 7]);
		break;
	case 'b':
	case 'h':
		snprintf(buf, sizeof buf, "%.3s", months[(uint)tm->tm_mon % 12]);
		puts_(o, buf);
		break;
	case 'B':
		puts_(o, months[(uint)tm->tm_mon % 12]);
		break;
	case 'c':
		conv(o, 'a', tm); puts_(o, " ");
		conv(o, 'b', tm); puts_(o, " ");
		conv(o, 'e', tm); puts_(o, " ");
		conv(o, 'T', tm); puts_(o, " ");
		conv(o, 'Y', tm);
		break;
	case 'C':
		num(o, y / 100, 2, '0');
		break;
	case 'd':
		num(o, tm->tm_mday, 2, '0');
		break;
	case 'D':
	case 'x':
		conv(o, 'm', tm); puts_(o, "/");
		conv(o, 'd', tm); puts_(o, "/");
		conv(o, 'y', tm);
		break;
	case 'e':
		num(o, tm->tm_mday, 2, ' ');
		break;
	case 'F':
		num(o, y, 0, 0); puts_(o, "-");
		conv(o, 'm', tm); puts_(o, "-");
		conv(o, 'd', tm);
		break;
	case 'g':
		isoweek(tm, &iy);
		num(o, (iy % 100 + 100) % 100, 2, '0');
		break;
	case 'G':
		isoweek(tm, &iy);
		num(o, iy, 0, 0);
		break;
	case 'H':
		num(o, tm->tm_hour, 2, '0');
		break;
	case 'I':
	case 'l':
		h = tm->tm_hour % 12;
		num(o, h == 0 ? 12 : h, 2, c == 'I' ? '0' : ' ');
		break;
	case 'j':
		num(o, tm->tm_yday + 1, 3, '0');
		break;
	case 'k':
		num(o, tm->tm_hour, 2, ' ');
		break;
	case 'm':
		num(o, tm->tm_mon + 1, 2, '0');
		break;
	case 'M':
		num(o, tm->tm_min, 2, '0');
		break;
	case 'n':
		puts_(o, "\n");
		break;
	case 'p':
		puts_(o, tm->tm_hour < 12 ? "AM" : "PM");
		break;
	case 'P':
		puts_(o, tm->tm_hour < 12 ? "am" : "pm");
		break;
	case 'r':
		conv(o, 'I', tm); puts_(o, ":");
		conv(o, 'M', tm); puts_(o, ":");
		conv(o, 'S', tm); puts_(o, " ");
		conv(o, 'p', tm);
		break;
	case 'R':
		conv(o, 'H', tm); puts_(o, ":");
		conv(o, 'M', tm);
		break;
	case 's':
		tt = *tm;
		t = timegm(&tt);
		num(o, t, 0, 0);
		break;
	case 'S':
		num(o, tm->tm_sec, 2, '0');
		break;
	case 't':
		puts_(o, "\t");
		break;
	case 'T':
	case 'X':
		conv(o, 'H', tm); puts_(o, ":");
		conv(o, 'M', tm); puts_(o, ":");
		conv(o, 'S', tm);
		break;
	case 'u':
		num(o, tm->tm_wday == 0 ? 7 : tm->tm_wday, 0, 0);
		break;
	case 'U':
		num(o, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, '0');
		break;
	case 'V':
		num(o, isoweek(tm, &iy), 2, '0');
		break;
	case 'w':
		num(o, tm->tm_wday, 0, 0);
		break;
	case 'W':
		num(o, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2, '0');
		break;
	case 'y':
		num(o, (y % 100 + 100) % 100, 2, '0');
		break;
	case 'Y':
		num(o, y, 0, 0);
		break;
	case 'z':
		puts_(o, "+0000");
		break;
	case 'Z':
		puts_(o, "GMT");
		break;
	case '%':
		puts_(o, "%");
		break;
	default:
		buf[0] = '%';
		buf[1] = c;
		buf[2] = 0;
		puts_(o, buf);
		break;
	}
}

/*
 * Format tm into s (n bytes) as fmt directs: the conversions of C99
 * and POSIX in the C locale (%a %A %b %B %c %C %d %D %e %F %g %G %h
 * %H %I %j %m %M %n %p %r %R %S %t %T %u %U %V %w %W %x %X %y %Y %z
 * %Z %%) and %k %l %P %s.  The E and O modifiers are ignored.  Return
 * the length without the NUL, or 0 if it did not fit.
 */
size_t
strftime(char *s, size_t n, const char *fmt, const struct tm *tm)
{
	Out o;

	o.s = s;
	o.n = n;
	o.len = 0;
	o.full = 0;
	for(; *fmt != 0 && !o.full; fmt++){
		if(*fmt != '%' || fmt[1] == 0){
			if(o.len + 1 >= o.n){
				o.full = 1;
				break;
			}
			s[o.len++] = *fmt;
			continue;
		}
		fmt++;
		if(*fmt == 'E' || *fmt == 'O')
			fmt++;
		if(*fmt == 0)
			break;
		conv(&o, *fmt, tm);
	}
	if(o.full || n == 0)
		return 0;
	s[o.len] = 0;
	return o.len;
}
