/*
 * tail: print the last lines (10, or -n N, or -N) of each file or of
 * standard input; with +N (or -n +N), everything from line N on.
 * Works on streams of any length: it keeps only the last N lines.
 * -r prints them last first (all of them, up to a million, with no N).
 */
#include <libc.h>
#include <sys/stat.h>

typedef struct Line Line;
struct Line {
	char	*s;
	usize	len;
};

static Rdline	rd;
static int	rflag;

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: tail [-r] [-n [+]N | -N | +N] [file ...]\n");
	exits("usage");
}

/* count: s ([+]digits) as a line count; *from set for a leading + */
static vlong
count(char *s, int *from)
{
	char *e;
	vlong n;

	*from = 0;
	if(*s == '+'){
		*from = 1;
		s++;
	}
	n = strtoll(s, &e, 10);
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

/* tail: print the tail of fd */
static int
tail(int fd, char *name, vlong n, int from)
{
	return from ? fromline(fd, name, n) : lastlines(fd, name, n);
}

int
main(int argc, char **argv)
{
	struct stat st;
	int i, fd, bad, from;
	vlong n;
	int given;

	n = 10;
	from = 0;
	given = 0;
	if(argc > 1 && (argv[1][0] == '-' || argv[1][0] == '+') && isdigit((uchar)argv[1][1])){
		n = count(argv[1] + (argv[1][0] == '-'), &from);
		given = 1;
		argv[1] = argv[0];
		argc--;
		argv++;
	}
	ARGBEGIN{
	case 'n':
		n = count(EARGF(usage()), &from);
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
	if(rflag && from)
		usage();
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = 0;
	if(argc == 0)
		bad |= tail(0, "<stdin>", n, from) < 0;
	for(i = 0; i < argc; i++){
		if(argc > 1)
			print("%s==> %s <==\n", i > 0 ? "\n" : "", argv[i]);
		if(strcmp(argv[i], "-") == 0){
			bad |= tail(0, "<stdin>", n, from) < 0;
			continue;
		}
		if((fd = open(argv[i], O_RDONLY)) < 0){
			fflush(stdout);
			fprint(2, "tail: %s: %r\n", argv[i]);
			bad = 1;
			continue;
		}
		if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
			fflush(stdout);
			fprint(2, "tail: %s: is a directory\n", argv[i]);
			bad = 1;
		}else
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
