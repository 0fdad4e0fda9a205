/*
 * uptime: how long the system has been up, from sys:/uptime
 * (seconds, with decimals): "up 2 days, 3:04:05".
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: uptime\n");
	exit(1);
}

int
main(int argc, char **argv)
{
	char buf[64], *e;
	long s, d;
	int fd, n;

	ARGBEGIN{
	default:
		fprint(2, "uptime: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 0)
		usage();
	fd = open("sys:/uptime", O_RDONLY);
	if(fd < 0){
		fprint(2, "uptime: sys:/uptime: %r\n");
		exit(1);
	}
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if(n < 0){
		fprint(2, "uptime: sys:/uptime: %r\n");
		exit(1);
	}
	buf[n] = 0;
	s = strtol(buf, &e, 10);
	if(e == buf || s < 0){
		fprint(2, "uptime: sys:/uptime: bad format\n");
		exit(1);
	}
	d = s / 86400;
	s %= 86400;
	if(d > 0)
		printf("up %ld day%s, %ld:%02ld:%02ld\n", d, d == 1 ? "" : "s", s / 3600, s / 60 % 60, s % 60);
	else
		printf("up %ld:%02ld:%02ld\n", s / 3600, s / 60 % 60, s % 60);
	return 0;
}
