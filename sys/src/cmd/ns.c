/*
 * ns: print a namespace, one mount or bind a line, in a form rc can
 * read back: that of this process (proc:/self/ns), or of process pid.
 * A mount of a network connection shows the address it was dialled
 * at (mount tcp!10.0.2.2!564 r:), which mount(1) dials again.
 *	ns [pid]
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: ns [pid]\n");
	exit(1);
}

/*
 * dialname: line (n bytes), with the source of a mount of a network
 * connection (tcp:/N/data) given as the address mount(1) dials again,
 * tcp!HOST!PORT, read from the conversation's remote file.
 */
static char*
dialname(char *line, int n)
{
	static char out[1200];
	char src[128], rem[64], url[160], *p, *q;
	int fd, m, k;

	snprintf(out, sizeof out, "%.*s", n, line);
	if(strncmp(out, "mount ", 6) != 0)
		return out;
	/* the source is the first field after "mount" and its flags */
	p = out + 6;
	if(*p == '-')
		p += strcspn(p, " ") + 1;
	q = p + strcspn(p, " ");
	if(*q != ' ' || q - p >= (int)sizeof src)
		return out;
	snprintf(src, sizeof src, "%.*s", (int)(q - p), p);
	k = strlen(src);
	if((strncmp(src, "tcp:/", 5) != 0 && strncmp(src, "udp:/", 5) != 0) || k < 11
	|| strcmp(src + k - 5, "/data") != 0 || strspn(src + 5, "0123456789") != (size_t)(k - 10))
		return out;
	snprintf(url, sizeof url, "%.*sremote", k - 4, src);
	if((fd = open(url, O_RDONLY)) < 0)
		return out;
	m = read(fd, rem, sizeof rem - 1);
	close(fd);
	if(m <= 0)
		return out;
	rem[m] = 0;
	rem[strcspn(rem, " \n")] = 0;
	snprintf(url, sizeof url, "%.3s!%s%s", src, rem, q);
	snprintf(p, sizeof out - (p - out), "%s", url);
	return out;
}

int
main(int argc, char **argv)
{
	char url[64], buf[16384], *e, *line;
	long pid;
	int fd, n, m;

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
	m = n = 0;
	while(m < (int)sizeof buf - 1 && (n = read(fd, buf + m, sizeof buf - 1 - m)) > 0)
		m += n;
	if(n < 0){
		fprint(2, "ns: %s: %r\n", url);
		exit(1);
	}
	buf[m] = 0;
	for(line = buf; *line; line = e){
		e = strchr(line, '\n');
		e = e ? e + 1 : line + strlen(line);
		print("%s", dialname(line, e - line));
	}
	return 0;
}
