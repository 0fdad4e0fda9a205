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
		fprint(2, "halt: sys:/ctl: %r\n");
		exit(1);
	}
	if(write(fd, "halt", 4) < 0){
		fprint(2, "halt: sys:/ctl: %r\n");
		exit(1);
	}
	/* not reached if it worked */
	close(fd);
	return 0;
}
