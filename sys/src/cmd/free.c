/*
 * free: memory in use and free, from sys:/mem ("pagesize N", "total
 * N", "free N" in bytes), in KiB, or MiB with -m, or bytes with -b:
 *	         total       used       free
 *	Mem:    130048      10240     119808
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: free [-bkm]\n");
	exit(1);
}

/* field: the number after "name " on a line of s; -1 if none */
static vlong
field(char *s, char *name)
{
	char *p, *e;
	int n;
	vlong v;

	n = strlen(name);
	for(p = s; p != nil && *p != 0; p = strchr(p, '\n'), p = p ? p + 1 : nil)
		if(strncmp(p, name, n) == 0 && p[n] == ' '){
			v = strtoll(p + n + 1, &e, 10);
			return e == p + n + 1 ? -1 : v;
		}
	return -1;
}

int
main(int argc, char **argv)
{
	char buf[512];
	vlong total, fr, unit;
	int fd, n, t;

	unit = 1024;
	ARGBEGIN{
	case 'b':	unit = 1; break;
	case 'k':	unit = 1024; break;
	case 'm':	unit = 1024*1024; break;
	default:
		fprint(2, "free: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 0)
		usage();
	fd = open("sys:/mem", O_RDONLY);
	if(fd < 0){
		fprint(2, "free: sys:/mem: %r\n");
		exit(1);
	}
	t = 0;
	while(t < (int)sizeof buf - 1 && (n = read(fd, buf + t, sizeof buf - 1 - t)) > 0)
		t += n;
	close(fd);
	buf[t] = 0;
	total = field(buf, "total");
	fr = field(buf, "free");
	if(total < 0 || fr < 0){
		fprint(2, "free: sys:/mem: bad format\n");
		exit(1);
	}
	printf("%5s %10s %10s %10s\n", "", "total", "used", "free");
	printf("%-5s %10lld %10lld %10lld\n", "Mem:", total / unit, (total - fr) / unit, fr / unit);
	return 0;
}
