/*
 * unmount: remove a scheme name from the namespace.
 *	unmount name
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: unmount name\n");
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
	ARGBEGIN{
	default:
		fprint(2, "unmount: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 1)
		usage();
	if(unmount(argv[0]) < 0){
		fprint(2, "unmount: %s: %s\n", argv[0], reason());
		exit(1);
	}
	return 0;
}
