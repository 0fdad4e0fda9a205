/*
 * head: print the first lines (10, or -n N, or -N) of each file, or of
 * standard input; with -c N the first N bytes.  As in GNU's head,
 * -n -N and -c -N print all but the last N lines or bytes.  Several
 * files each get a "==> name <==" heading.
 */
#include <libc.h>

static Rdline	rd;
static int	cflag;	/* count bytes, not lines */
static int	allbut;	/* print all but the last N */
static char	buf[8192];

/* nomem: give up for want of memory */
static void
nomem(void)
{
	fflush(stdout);
	fprint(2, "head: out of memory\n");
	exits("memory");
}

/* GNU's multipliers after a count: 1K is 1024, 1KB 1000 */
static struct {
	char	*name;
	vlong	mul;
} units[] = {
	{"b", 512},
	{"k", 1LL<<10}, {"K", 1LL<<10}, {"KiB", 1LL<<10}, {"kB", 1000}, {"KB", 1000},
	{"m", 1LL<<20}, {"M", 1LL<<20}, {"MiB", 1LL<<20}, {"MB", 1000*1000},
	{"g", 1LL<<30}, {"G", 1LL<<30}, {"GiB", 1LL<<30}, {"GB", 1000*1000*1000},
};

/* badcount: a count that is not one */
static _Noreturn void
badcount(char *s)
{
	fprint(2, "head: bad count: %s\n", s);
	exits("count");
}

/* count: s as a count (with a multiplier), or a usage error */
static vlong
count(char *s)
{
	char *e;
	vlong n;
	int i;

	errno = 0;
	n = strtoll(s, &e, 10);
	if(e == s || n < 0 || errno == ERANGE || isspace((uchar)s[0]))
		badcount(s);
	if(*e == 0)
		return n;
	for(i = 0; i < nelem(units); i++)
		if(strcmp(e, units[i].name) == 0){
			if(n > LLONG_MAX / units[i].mul)
				badcount(s);
			return n * units[i].mul;
		}
	badcount(s);
}

/* countarg: the argument of -n or -c: N, or -N for all but the last N */
static vlong
countarg(char *s)
{
	allbut = s[0] == '-';
	if(allbut && isdigit((uchar)s[1]))
		return count(s + 1);
	return count(s);
}

/*
 * butlastbytes: print all but the last n bytes of fd; 0 or -1.  The
 * last n bytes read are held back in hold, read in pieces of at least
 * n bytes so that moving them down costs at most a copy a byte.
 */
static int
butlastbytes(int fd, char *name, vlong n)
{
	char *hold;
	vlong held, chunk, total;
	long m;

	chunk = n > (vlong)sizeof buf ? n : (vlong)sizeof buf;
	if((hold = malloc(n + chunk)) == nil)
		nomem();
	held = 0;
	for(;;){
		m = read(fd, hold + held, chunk);
		if(m < 0){
			fflush(stdout);
			fprint(2, "head: %s: %r\n", name);
			free(hold);
			return -1;
		}
		if(m == 0)
			break;
		total = held + m;
		if(total > n){
			fwrite(hold, 1, total - n, stdout);
			memmove(hold, hold + total - n, n);
			held = n;
		}else
			held = total;
	}
	free(hold);
	return 0;
}

/* butlast: print all but the last n lines of rd (held back in a ring) */
static void
butlast(Rdline *r, vlong n)
{
	char **ring, *l;
	usize *lens, len;
	vlong cap, have, old, i;

	ring = nil;
	lens = nil;
	cap = have = old = 0;
	while((l = rdline(r, &len)) != nil){
		if(n == 0){
			fwrite(l, 1, len, stdout);
			continue;
		}
		if(have == n){
			/* full: the oldest line is no longer among the last n */
			fwrite(ring[old], 1, lens[old], stdout);
			free(ring[old]);
			i = old;
			old = (old + 1) % n;
		}else{
			if(have == cap){
				cap = cap * 2 + 16 < n ? cap * 2 + 16 : n;
				ring = realloc(ring, cap * sizeof *ring);
				lens = realloc(lens, cap * sizeof *lens);
				if(ring == nil || lens == nil)
					nomem();
			}
			i = have++;
		}
		if((ring[i] = malloc(len + 1)) == nil)
			nomem();
		memmove(ring[i], l, len);
		lens[i] = len;
	}
	for(i = 0; i < have; i++)
		free(ring[i]);
	free(ring);
	free(lens);
}

/* headbytes: print the first n bytes of fd; 0 or -1 */
static int
headbytes(int fd, char *name, vlong n)
{
	long m;

	while(n > 0){
		m = read(fd, buf, n < (vlong)sizeof buf ? n : (vlong)sizeof buf);
		if(m < 0){
			fflush(stdout);
			fprint(2, "head: %s: %r\n", name);
			return -1;
		}
		if(m == 0)
			break;
		fwrite(buf, 1, m, stdout);
		n -= m;
	}
	return 0;
}

/* head: print the first n lines (or bytes, with -c) of fd; 0 or -1 */
static int
head(int fd, char *name, vlong n)
{
	char *l;
	usize len;

	if(cflag && allbut)
		return butlastbytes(fd, name, n);
	if(cflag)
		return headbytes(fd, name, n);
	rdinit(&rd, fd, name);
	if(allbut){
		butlast(&rd, n);
		return rd.err ? -1 : 0;
	}
	while(n-- > 0 && (l = rdline(&rd, &len)) != nil)
		fwrite(l, 1, len, stdout);
	return rd.err ? -1 : 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: head [-n [-]N | -N | -c [-]N] [file ...]\n");
	exits("usage");
}

/*
 * heading: the "==> name <==" line before a file's part when there are
 * several, after a blank line unless it is the first; as GNU's head, a
 * file that cannot be opened gets none, and - is "standard input".
 */
static void
heading(char *name)
{
	static int shown;

	print("%s==> %s <==\n", shown ? "\n" : "",
		strcmp(name, "-") == 0 ? "standard input" : name);
	shown = 1;
}

int
main(int argc, char **argv)
{
	int i, fd, bad;
	vlong n;

	n = 10;
	if(argc > 1 && argv[1][0] == '-' && isdigit((uchar)argv[1][1])){
		n = count(argv[1] + 1);
		argv[1] = argv[0];
		argc--;
		argv++;
	}
	ARGBEGIN{
	case 'n':
		n = countarg(EARGF(usage()));
		cflag = 0;
		break;
	case 'c':
		n = countarg(EARGF(usage()));
		cflag = 1;	/* the last of -n and -c counts, as in GNU's */
		break;
	default:
		usage();
	}ARGEND
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = 0;
	if(argc == 0)
		bad |= isdirin(0, "<stdin>") || head(0, "<stdin>", n) < 0;
	for(i = 0; i < argc; i++){
		if(strcmp(argv[i], "-") == 0){
			if(argc > 1)
				heading(argv[i]);
			bad |= isdirin(0, "<stdin>") || head(0, "<stdin>", n) < 0;
			continue;
		}
		if((fd = open(argv[i], O_RDONLY)) < 0){
			fflush(stdout);
			fprint(2, "head: %s: %r\n", argv[i]);
			bad = 1;
			continue;
		}
		if(argc > 1)
			heading(argv[i]);
		if(isdirin(fd, argv[i]))
			bad = 1;
		else
			bad |= head(fd, argv[i], n) < 0;
		close(fd);
		fflush(stdout);
	}
	if(fflush(stdout) == EOF){
		fprint(2, "head: write error: %r\n");
		exits("write");
	}
	return bad;
}
