/*
 * dmesg: print the kernel's log, sys:/log.
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: dmesg\n");
	exit(1);
}

int
main(int argc, char **argv)
{
	char buf[4096];
	int fd, n;

	ARGBEGIN{
	default:
		fprint(2, "dmesg: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 0)
		usage();
	fd = open("sys:/log", O_RDONLY);
	if(fd < 0){
		fprint(2, "dmesg: sys:/log: %r\n");
		exit(1);
	}
	while((n = read(fd, buf, sizeof buf)) > 0)
		if(write(1, buf, n) != n){
			fprint(2, "dmesg: write: %r\n");
			exit(1);
		}
	if(n < 0){
		fprint(2, "dmesg: sys:/log: %r\n");
		exit(1);
	}
	return 0;
}
