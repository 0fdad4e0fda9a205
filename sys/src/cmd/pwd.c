/*
 * pwd: print the current directory, a URL such as file:/bin.
 */
#include <libc.h>

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: pwd\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char buf[1024];

	ARGBEGIN{
	default:
		usage();
	}ARGEND
	if(argc != 0)
		usage();
	if(getwd(buf, sizeof buf) == nil){
		fprint(2, "pwd: %r\n");
		exits("getwd");
	}
	print("%s\n", buf);
	return 0;
}
