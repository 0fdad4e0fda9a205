/*
 * tail: print the last lines (10, or -n N, or -N) of each file or of
 * standard input; with +N (or -n +N), everything from line N on.
 * -c N (or -Nc, +Nc) counts bytes instead, as 9base's tail can (+N
 * bytes skips N of them, where +N lines starts at line N).
 * Works on streams of any length: it keeps only the last N lines.
 * -r prints them last first (all of them, up to a million, with no N).
 */
#include <libc.h>

typedef struct Line Line;
struct Line {
	char	*s;
	usize	len;
};

static Rdline	rd;
static int	rflag;
static int	cflag;	/* the count is of bytes */

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: tail [-r] [-n [+]N | -c [+]N | -N[c] | +N[c]] [file ...]\n");
	exits("usage");
}

/*
 * count: s ([+]digits, and c for bytes if old) as a count; *from set
 * for a leading +.  The argument of -n or -c may also start with a -,
 * the last N as without it (tail -n -2, as GNU's and 9base's take it).
 */
static vlong
count(char *s, int *from, int old)
{
	char *e;
	vlong n;

	*from = 0;
	if(*s == '+'){
		*from = 1;
		s++;
	}else if(*s == '-' && !old && isdigit((uchar)s[1]))
		s++;
	n = strtoll(s, &e, 10);
	if(old && *e == 'c' && e[1] == 0){
		cflag = 1;
		e++;
	}
	if(e == s || *e != 0 || n < 0){
		fprint(2, "tail: bad count: %s\n", s);
		exits("count");
	}
	return n;
}

/* fromline: print fd from line n (1 is the first) to the end */
static int
fromline(int fd, char *name, vlong n)
{
	char *l;
	usize len;
	long k;

	rdinit(&rd, fd, name);
	while(--n > 0 && (l = rdline(&rd, &len)) != nil)
		;
	if(rd.err)
		return -1;
	/* the rest of the buffer, then plain copying */
	fwrite(rd.buf + rd.r, 1, rd.w - rd.r, stdout);
	while((k = read(fd, rd.buf, sizeof rd.buf)) > 0)
		fwrite(rd.buf, 1, k, stdout);
	if(k < 0){
		fflush(stdout);
		fprint(2, "tail: %s: %r\n", name);
		return -1;
	}
	return 0;
}

/* lastlines: print the last n lines of fd, kept in a ring */
static int
lastlines(int fd, char *name, vlong n)
{
	Line *ring;
	char *l;
	usize len;
	vlong i, j, lo, seen;
	int r;

	if(n == 0)
		return 0;
	if(n > 1000000)
		n = 1000000;
	ring = calloc(n, sizeof ring[0]);
	if(ring == nil){
		fprint(2, "tail: out of memory\n");
		exits("memory");
	}
	rdinit(&rd, fd, name);
	seen = 0;
	while((l = rdline(&rd, &len)) != nil){
		i = seen++ % n;
		free(ring[i].s);
		if((ring[i].s = malloc(len)) == nil){
			fprint(2, "tail: out of memory\n");
			exits("memory");
		}
		memmove(ring[i].s, l, len);
		ring[i].len = len;
	}
	r = rd.err ? -1 : 0;
	lo = seen < n ? 0 : seen - n;
	for(i = lo; i < seen; i++){
		j = (rflag ? seen - 1 - (i - lo) : i) % n;
		l = ring[j].s;
		len = ring[j].len;
		fwrite(l, 1, len, stdout);
		if(rflag && len > 0 && l[len-1] != '\n')
			putchar('\n');
	}
	for(i = 0; i < n; i++)
		free(ring[i].s);
	free(ring);
	return r;
}

/* frombyte: print fd after its first n bytes (as 9base's +Nc: from 0, where +N lines count from 1) */
static int
frombyte(int fd, char *name, vlong n)
{
	char buf[8192];
	long k, skip;

	while((k = read(fd, buf, sizeof buf)) > 0){
		skip = n > k ? k : n;
		n -= skip;
		fwrite(buf + skip, 1, k - skip, stdout);
	}
	if(k < 0){
		fflush(stdout);
		fprint(2, "tail: %s: %r\n", name);
		return -1;
	}
	return 0;
}

/* lastbytes: print the last n bytes of fd (at most 64 MB), kept in a ring */
static int
lastbytes(int fd, char *name, vlong n)
{
	char buf[8192], *ring;
	vlong seen, lo;
	long k, i;

	if(n == 0)
		return 0;
	if(n > 64<<20)
		n = 64<<20;
	if((ring = malloc(n)) == nil){
		fprint(2, "tail: out of memory\n");
		exits("memory");
	}
	seen = 0;
	while((k = read(fd, buf, sizeof buf)) > 0)
		for(i = 0; i < k; i++)
			ring[seen++ % n] = buf[i];
	if(k < 0){
		fflush(stdout);
		fprint(2, "tail: %s: %r\n", name);
		free(ring);
		return -1;
	}
	lo = seen < n ? 0 : seen - n;
	/* the ring holds [lo, seen): up to its end, then from its start */
	fwrite(ring + lo % n, 1, seen - lo < n - lo % n ? seen - lo : n - lo % n, stdout);
	if(seen - lo > n - lo % n)
		fwrite(ring, 1, seen - lo - (n - lo % n), stdout);
	free(ring);
	return 0;
}

/* tail: print the tail of fd */
static int
tail(int fd, char *name, vlong n, int from)
{
	if(cflag)
		return from ? frombyte(fd, name, n) : lastbytes(fd, name, n);
	return from ? fromline(fd, name, n) : lastlines(fd, name, n);
}

/*
 * heading: the "==> name <==" line before a file's part when there are
 * several, after a blank line unless it is the first; as GNU's tail, a
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
	int i, fd, bad, from;
	vlong n;
	int given;

	n = 10;
	from = 0;
	given = 0;
	if(argc > 1 && (argv[1][0] == '-' || argv[1][0] == '+') && isdigit((uchar)argv[1][1])){
		n = count(argv[1] + (argv[1][0] == '-'), &from, 1);
		given = 1;
		argv[1] = argv[0];
		argc--;
		argv++;
	}
	ARGBEGIN{
	case 'n':
		n = count(EARGF(usage()), &from, 0);
		given = 1;
		break;
	case 'c':
		n = count(EARGF(usage()), &from, 0);
		cflag = 1;
		given = 1;
		break;
	case 'r':
		rflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(rflag && !given)
		n = 1000000;
	if(rflag && (from || cflag))
		usage();
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = 0;
	if(argc == 0)
		bad |= isdirin(0, "<stdin>") || tail(0, "<stdin>", n, from) < 0;
	for(i = 0; i < argc; i++){
		if(strcmp(argv[i], "-") == 0){
			if(argc > 1)
				heading(argv[i]);
			bad |= isdirin(0, "<stdin>") || tail(0, "<stdin>", n, from) < 0;
			continue;
		}
		if((fd = open(argv[i], O_RDONLY)) < 0){
			fflush(stdout);
			fprint(2, "tail: %s: %r\n", argv[i]);
			bad = 1;
			continue;
		}
		if(argc > 1)
			heading(argv[i]);
		if(isdirin(fd, argv[i]))
			bad = 1;
		else
			bad |= tail(fd, argv[i], n, from) < 0;
		close(fd);
		fflush(stdout);
	}
	if(fflush(stdout) == EOF){
		fprint(2, "tail: write error: %r\n");
		exits("write");
	}
	return bad;
}
