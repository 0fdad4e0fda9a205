/*
 * read: copy one line of the input to standard output, for rc's
 * while(l=`{read}).  The input is read one byte at a time, so that
 * nothing after the line is taken from a pipe or file that others
 * read next; each line goes out in one write.  -n N copies up to N
 * lines, -m every line.  The status is "eof" when the input ended
 * before a line (or before N lines with -n; always with -m).
 */
#include <libc.h>

static char	*line;
static usize	cap;

/* readline: one line of fd, newline and all, into line; its length,
 * 0 at end of file, -1 on error (reported) */
static long
readline(int fd, char *name)
{
	usize n;
	long r;
	char c, *p;

	n = 0;
	for(;;){
		if((r = read(fd, &c, 1)) < 0){
			fprint(2, "read: %s: %r\n", name);
			return -1;
		}
		if(r == 0)
			break;
		if(n + 1 > cap){
			cap = cap ? 2*cap : 128;
			if((p = realloc(line, cap)) == nil){
				fprint(2, "read: out of memory\n");
				exits("memory");
			}
			line = p;
		}
		line[n++] = c;
		if(c == '\n')
			break;
	}
	return n;
}

/* copy: up to max lines (max < 0: all) of fd; 0, or -1 when the
 * input ended first (always, with -m, as Plan 9's read) */
static int
copy(int fd, char *name, long max)
{
	long n, nl;

	for(nl = 0; max < 0 || nl < max; nl++){
		if((n = readline(fd, name)) < 0)
			exits("read");
		if(n == 0)
			return -1;
		if(write(1, line, n) != n){
			fprint(2, "read: write error: %r\n");
			exits("write");
		}
	}
	return 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: read [-m] [-n nlines] [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	long max;
	int i, fd, r;
	char *s, *e;

	max = 1;
	ARGBEGIN{
	case 'm':
		max = -1;
		break;
	case 'n':
		s = EARGF(usage());
		max = strtol(s, &e, 10);
		if(*s == 0 || *e != 0 || max < 0){
			fprint(2, "read: %s: bad number of lines\n", s);
			exits("usage");
		}
		break;
	default:
		usage();
	}ARGEND
	if(argc == 0)
		r = copy(0, "<stdin>", max);
	else{
		r = 0;
		for(i = 0; i < argc; i++){
			if((fd = open(argv[i], O_RDONLY)) < 0){
				fprint(2, "read: %s: %r\n", argv[i]);
				exits("open");
			}
			r = copy(fd, argv[i], max);
			close(fd);
		}
	}
	if(r < 0)
		exits("eof");
	return 0;
}
