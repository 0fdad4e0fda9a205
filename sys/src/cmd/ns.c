/*
 * ns: print a namespace, one mount or bind a line, in a form rc can
 * read back: that of this process (proc:/self/ns), or of process pid.
 *	ns [pid]
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: ns [pid]\n");
	exit(1);
}

int
main(int argc, char **argv)
{
	char url[64], buf[4096], *e;
	long pid;
	int fd, n;

	ARGBEGIN{
	default:
		fprint(2, "ns: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc > 1)
		usage();
	if(argc == 1){
		pid = strtol(argv[0], &e, 10);
		if(e == argv[0] || *e != 0 || pid <= 0){
			fprint(2, "ns: %s: not a process id\n", argv[0]);
			exit(1);
		}
		snprintf(url, sizeof url, "proc:/%ld/ns", pid);
	}else
		snprintf(url, sizeof url, "proc:/self/ns");
	fd = open(url, O_RDONLY);
	if(fd < 0){
		fprint(2, "ns: %s: %r\n", url);
		exit(1);
	}
	while((n = read(fd, buf, sizeof buf)) > 0)
		if(write(1, buf, n) != n){
			fprint(2, "ns: write: %r\n");
			exit(1);
		}
	if(n < 0){
		fprint(2, "ns: %s: %r\n", url);
		exit(1);
	}
	return 0;
}
