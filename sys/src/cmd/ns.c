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
		fprint(2, "ns: %s: %s\n", url, reason());
		exit(1);
	}
	while((n = read(fd, buf, sizeof buf)) > 0)
		if(write(1, buf, n) != n){
			fprint(2, "ns: write: %s\n", reason());
			exit(1);
		}
	if(n < 0){
		fprint(2, "ns: %s: %s\n", url, reason());
		exit(1);
	}
	return 0;
}
