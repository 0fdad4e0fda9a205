/*
 * mtime: print each file's modification time, in seconds since 1970,
 * and its name, as Plan 9's: "%11lud name".  For scripts that compare
 * ages (rc has no test -nt of its own).
 */
#include <libc.h>
#include <sys/stat.h>

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: mtime file ...\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	struct stat st;
	int i, bad;

	ARGBEGIN{
	default:
		usage();
	}ARGEND
	if(argc == 0)
		usage();
	bad = 0;
	for(i = 0; i < argc; i++){
		if(stat(argv[i], &st) < 0){
			fprint(2, "mtime: %s: %r\n", argv[i]);
			bad = 1;
			continue;
		}
		print("%11lu %s\n", (ulong)st.st_mtime, argv[i]);
	}
	return bad;
}
