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
		out[0] = 0;
		if(strftime(out, sizeof out, fmt, &tm) == 0 && fmt[0] != 0){
			fprint(2, "date: +%s: too long\n", fmt);
			exit(1);
		}
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
