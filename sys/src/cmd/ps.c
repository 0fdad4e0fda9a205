/*
 * ps: list the processes, one line each under a header:
 *	PID  PPID STATE    NAME         ARGS
 * from proc:/N/status ("pid ppid name state") and proc:/N/args.
 * A process that ends while ps looks is left out.
 */
#include <libc.h>
#include <fcall.h>

static void
usage(void)
{
	fprint(2, "usage: ps\n");
	exit(1);
}

/* readfile: up to n-1 bytes of url into buf, NUL-terminated; length or -1 */
static int
readfile(char *url, char *buf, int n)
{
	int fd, m, t;

	fd = open(url, O_RDONLY);
	if(fd < 0)
		return -1;
	t = 0;
	while(t < n - 1 && (m = read(fd, buf + t, n - 1 - t)) > 0)
		t += m;
	close(fd);
	buf[t] = 0;
	return t;
}

/*
 * parsestatus: split "pid ppid name state" (the name may hold blanks:
 * the state is the last word); 0 or -1.
 */
static int
parsestatus(char *s, int *pid, int *ppid, char *name, int nname, char *state, int nstate)
{
	char *e, *last;
	int n;

	*pid = strtol(s, &e, 10);
	if(e == s)
		return -1;
	s = e;
	*ppid = strtol(s, &e, 10);
	if(e == s)
		return -1;
	s = e;
	while(*s == ' ')
		s++;
	n = strlen(s);
	while(n > 0 && (s[n-1] == '\n' || s[n-1] == ' '))
		s[--n] = 0;
	last = strrchr(s, ' ');
	if(last == nil)
		return -1;
	*last++ = 0;
	snprintf(name, nname, "%s", s);
	snprintf(state, nstate, "%s", last);
	return 0;
}

static int
cmp(const void *a, const void *b)
{
	return *(const int*)a - *(const int*)b;
}

/* pids: the numeric names in proc:, sorted; their count, or -1 */
static int
pids(int **list)
{
	static uchar buf[8192];
	char strs[512], *e;
	int fd, n, i, np, *l;
	uint sz;
	long pid;
	Dir d;

	fd = open("proc:", O_RDONLY);
	if(fd < 0)
		return -1;
	np = 0;
	*list = nil;
	while((n = read(fd, buf, sizeof buf)) > 0){
		for(i = 0; i + BIT16SZ <= n; i += sz){
			sz = GBIT16(buf + i) + BIT16SZ;
			if(i + sz > (uint)n || sz > sizeof strs || convM2D(buf + i, sz, &d, strs) != sz)
				break;
			pid = strtol(d.name, &e, 10);
			if(e == d.name || *e != 0)
				continue;
			l = realloc(*list, (np + 1) * sizeof(int));
			if(l == nil){
				fprint(2, "ps: out of memory\n");
				exit(1);
			}
			*list = l;
			l[np++] = pid;
		}
	}
	close(fd);
	if(n < 0)
		return -1;
	if(np > 0)
		qsort(*list, np, sizeof(int), cmp);
	return np;
}

int
main(int argc, char **argv)
{
	char url[64], st[256], args[256], name[64], state[32];
	int *list, n, i, pid, ppid;
	char *p;

	ARGBEGIN{
	default:
		fprint(2, "ps: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 0)
		usage();
	n = pids(&list);
	if(n < 0){
		fprint(2, "ps: proc:: %r\n");
		exit(1);
	}
	printf("%5s %5s %-9s %-12s %s\n", "PID", "PPID", "STATE", "NAME", "ARGS");
	for(i = 0; i < n; i++){
		snprintf(url, sizeof url, "proc:/%d/status", list[i]);
		if(readfile(url, st, sizeof st) <= 0)
			continue;
		name[0] = state[0] = 0;
		pid = ppid = 0;
		if(parsestatus(st, &pid, &ppid, name, sizeof name, state, sizeof state) < 0)
			continue;
		snprintf(url, sizeof url, "proc:/%d/args", list[i]);
		if(readfile(url, args, sizeof args) < 0)
			args[0] = 0;
		for(p = args; *p != 0; p++)
			if(*p == '\n' || *p == '\t')
				*p = ' ';
		printf("%5d %5d %-9s %-12s %s\n", pid, ppid, state, name, args);
	}
	return 0;
}
