/*
 * date: print the date and time, as Plan 9's date does:
 *	Tue Nov 24 00:22:03 GMT 2026
 *	date [-nu] [seconds] [+format]
 * -n prints the seconds since 1970 instead; -u (the default, and the
 * only zone Ninefold knows) is GMT.  With seconds, that time is shown
 * instead of now; +format prints it by strftime, as Linux's date.  The time is libc's time(); while that still counts
 * from boot (anything before 2001), date works it out from sys:/time
 * ("S N": the CMOS clock's seconds since 1970, read N ns after boot).
 */
#include <libc.h>

static char *days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
static char *months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

static void
usage(void)
{
	fprint(2, "usage: date [-nu] [seconds] [+format]\n");
	exit(1);
}

/*
 * civil: the year, month (1-12) and day of the month of day number
 * d counted from 1970-01-01 (the proleptic Gregorian calendar; works
 * in 400-year eras of 146097 days).
 */
static void
civil(vlong d, vlong *y, int *m, int *dd)
{
	vlong era, doe, yoe, doy, mp;

	d += 719468;	/* from 0000-03-01 */
	era = (d >= 0 ? d : d - 146096) / 146097;
	doe = d - era * 146097;
	yoe = (doe - doe/1460 + doe/36524 - doe/146096) / 365;
	doy = doe - (365*yoe + yoe/4 - yoe/100);
	mp = (5*doy + 2) / 153;
	*dd = doy - (153*mp + 2)/5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

/* now: seconds since 1970 */
static vlong
now(void)
{
	char buf[64], *e;
	vlong t, s, n;
	int fd, m;

	t = time(nil);
	if(t >= 1000000000)
		return t;
	fd = open("sys:/time", O_RDONLY);
	if(fd < 0)
		return t;
	m = read(fd, buf, sizeof buf - 1);
	close(fd);
	if(m <= 0)
		return t;
	buf[m] = 0;
	s = strtoll(buf, &e, 10);
	if(e == buf)
		return t;
	n = strtoll(e, &e, 10);
	return s + (nsec() - n) / 1000000000LL;
}

/* isnum: whether s is digits after any blanks (a number strftime padded) */
static int
isnum(char *s)
{
	while(*s == ' ')
		s++;
	if(*s == 0)
		return 0;
	for(; *s != 0; s++)
		if(*s < '0' || *s > '9')
			return 0;
	return 1;
}

/*
 * conv: one conversion of format f (at its %) into buf: strftime's,
 * with GNU's flags and width between the % and the letter: - no
 * padding, _ blanks, 0 zeros, ^ upper case (# is taken and ignored),
 * a width to pad to.  A % with no letter after it is written as it
 * stands.  The length of the conversion in f.
 */
static int
conv(char *f, struct tm *tm, char *buf, int nbuf)
{
	char spec[8], tmp[256], *p, *q;
	int flag, upper, width, n, pad, k;

	p = f + 1;
	flag = upper = 0;
	for(; *p == '-' || *p == '_' || *p == '0' || *p == '^' || *p == '#'; p++)
		if(*p == '^')
			upper = 1;
		else if(*p != '#')
			flag = *p;
	width = 0;
	while(*p >= '0' && *p <= '9' && width < 100)
		width = width*10 + *p++ - '0';
	q = p;
	if(*q == 'E' || *q == 'O')
		q++;
	if(*q == 0){
		snprintf(buf, nbuf, "%s", f);
		return q - f;
	}
	q++;
	snprintf(spec, sizeof spec, "%%%.*s", (int)(q - p), p);
	n = strftime(tmp, sizeof tmp, spec, tm);
	tmp[n] = 0;
	if(isnum(tmp) && flag != 0){
		/* - strips strftime's padding; _ makes it blanks, 0 zeros */
		for(k = 0; tmp[k+1] != 0 && (tmp[k] == '0' || tmp[k] == ' '); k++)
			tmp[k] = flag == '0' ? '0' : ' ';
		if(flag == '-')
			memmove(tmp, tmp + k, strlen(tmp + k) + 1);
	}
	if(upper)
		for(k = 0; tmp[k] != 0; k++)
			tmp[k] = toupper((uchar)tmp[k]);
	n = strlen(tmp);
	pad = 0;
	if(width > n && flag != '-')
		pad = width - n;
	snprintf(buf, nbuf, "%*s%s", pad, "", tmp);
	if(pad > 0 && (flag == '0' || (flag == 0 && isnum(tmp))))
		for(k = 0; k < pad; k++)
			buf[k] = '0';
	return q - f;
}

/* format: tm by fmt into out (of size nout), as GNU's date +fmt */
static void
format(char *fmt, struct tm *tm, char *out, int nout)
{
	char *f, *o, *e;

	o = out;
	e = out + nout - 1;
	for(f = fmt; *f != 0 && o < e; ){
		if(*f != '%'){
			*o++ = *f++;
			continue;
		}
		f += conv(f, tm, o, e - o + 1);
		o += strlen(o);
	}
	*o = 0;
}

int
main(int argc, char **argv)
{
	vlong t, d, s, y;
	int nflag, m, dd, wd;
	char *e, *fmt, out[1024];
	time_t tt;
	struct tm tm;

	nflag = 0;
	ARGBEGIN{
	case 'n':
		nflag = 1;
		break;
	case 'u':
		break;
	default:
		fprint(2, "date: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	fmt = nil;
	if(argc > 0 && argv[argc-1][0] == '+'){
		fmt = argv[argc-1] + 1;
		argc--;
	}
	if(argc > 1)
		usage();
	if(argc == 1){
		t = strtoll(argv[0], &e, 10);
		if(e == argv[0] || *e != 0 || t < -(1LL<<40) || t > (1LL<<40)){
			fprint(2, "date: %s: not a number of seconds\n", argv[0]);
			exit(1);
		}
	}else
		t = now();
	if(nflag){
		printf("%lld\n", t);
		return 0;
	}
	if(fmt != nil){
		tt = t;
		if(gmtime_r(&tt, &tm) == nil){
			fprint(2, "date: %lld: out of range\n", t);
			exit(1);
		}
		format(fmt, &tm, out, sizeof out);
		printf("%s\n", out);
		return 0;
	}
	d = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	s = t - d * 86400;
	civil(d, &y, &m, &dd);
	wd = (int)(((d % 7) + 7 + 4) % 7);	/* 1970-01-01 was a Thursday */
	printf("%s %s %2d %02d:%02d:%02d GMT %lld\n", days[wd], months[m-1], dd,
		(int)(s / 3600), (int)(s / 60 % 60), (int)(s % 60), y);
	return 0;
}
