/*
 * halt: power the machine off, by writing "halt" to sys:/ctl.
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: halt\n");
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
		fprint(2, "halt: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 0)
		usage();
	fd = open("sys:/ctl", O_WRONLY);
	if(fd < 0){
		fprint(2, "halt: sys:/ctl: %s\n", reason());
		exit(1);
	}
	if(write(fd, "halt", 4) < 0){
		fprint(2, "halt: sys:/ctl: %s\n", reason());
		exit(1);
	}
	/* not reached if it worked */
	close(fd);
	return 0;
}
