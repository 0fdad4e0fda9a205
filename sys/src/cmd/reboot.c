/*
 * reboot: restart the machine, by writing "reboot" to sys:/ctl.
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: reboot\n");
	exit(1);
}

/* reason: the server's text for the last error */
static char*
reason(void)
{
	static char buf[128];

	if(errstr(buf, sizeof buf) < 0 || buf[0] == 0)
		snprintf(buf, sizeof buf, "%s", strerror(errno));
	return buf;
}

int
main(int argc, char **argv)
{
	int fd;

	ARGBEGIN{
	default:
		fprint(2, "reboot: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 0)
		usage();
	fd = open("sys:/ctl", O_WRONLY);
	if(fd < 0){
		fprint(2, "reboot: sys:/ctl: %s\n", reason());
		exit(1);
	}
	if(write(fd, "reboot", 6) < 0){
		fprint(2, "reboot: sys:/ctl: %s\n", reason());
		exit(1);
	}
	/* not reached if it worked */
	close(fd);
	return 0;
}
