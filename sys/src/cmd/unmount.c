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
		fprint(2, "unmount: %s: %r\n", argv[0]);
		exit(1);
	}
	return 0;
}
