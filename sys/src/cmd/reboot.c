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
		fprint(2, "reboot: sys:/ctl: %r\n");
		exit(1);
	}
	if(write(fd, "reboot", 6) < 0){
		fprint(2, "reboot: sys:/ctl: %r\n");
		exit(1);
	}
	/* not reached if it worked */
	close(fd);
	return 0;
}
