/*
 * strings: print the runs of at least six printable characters in
 * each file (or standard input), as Plan 9's strings: "OFFSET: RUN"
 * with the run's byte offset in eight columns.  The input is UTF-8 of
 * up to three bytes (runes to U+FFFF, as 9base's): a character is
 * printable if it is ASCII from space to '~' or a rune above U+00A0;
 * a byte that begins no such sequence counts as U+FFFD (printable).  A run is cut every 69 characters, with " ..." after
 * the piece.  With several files each begins with a line "NAME:".
 */
#include <libc.h>
#include <sys/stat.h>

enum {
	Bufsize	= 16*1024,
	Minrun	= 6,
	Maxrun	= 69,		/* characters in one printed piece */
	Runeerror	= 0xFFFD,
};

static uchar	buf[Bufsize];
static long	r, w;		/* unread bytes are buf[r:w] */
static int	eof;
static char	run[Maxrun*4 + 1];	/* the run so far, as UTF-8 */
static int	nrun, lrun;		/* its characters, its bytes */
static vlong	start;			/* its offset, 0 when none (see BUGS) */

/* fill: have at least 4 unread bytes, or all there are; -1 on error */
static int
fill(int fd, char *name)
{
	long n;

	while(!eof && w - r < 4){
		memmove(buf, buf + r, w - r);
		w -= r;
		r = 0;
		if((n = read(fd, buf + w, sizeof buf - w)) < 0){
			fprint(2, "strings: %s: %r\n", name);
			return -1;
		}
		if(n == 0)
			eof = 1;
		w += n;
	}
	return 0;
}

/* getrune: decode the rune (up to 3 bytes) at buf[r], setting *len to its bytes; -1
 * when the input ends (a sequence cut off by the end ends it too) */
static long
getrune(int *len)
{
	uchar *p;
	long c;
	int n, i;

	if(r == w)
		return -1;
	p = buf + r;
	c = p[0];
	*len = 1;
	if(c < 0x80)
		return c;
	if(c >= 0xC2 && c <= 0xDF){
		n = 2;
		c &= 0x1F;
	}else if(c >= 0xE0 && c <= 0xEF){
		n = 3;
		c &= 0x0F;
	}else
		return Runeerror;
	for(i = 1; i < n; i++){
		if(r + i >= w)
			return -1;
		if((p[i] & 0xC0) != 0x80)
			return Runeerror;
		c = c<<6 | (p[i] & 0x3F);
	}
	/* the shortest form only */
	if(n == 3 && c < 0x800)
		return Runeerror;
	*len = n;
	return c;
}

/* flush: print the run if it is long enough (always, when cut), and empty it */
static void
flush(int cut)
{
	run[lrun] = 0;
	if(cut)
		print("%8lld: %s ...\n", start, run);
	else if(nrun >= Minrun)
		print("%8lld: %s\n", start, run);
	nrun = lrun = 0;
	start = 0;
}

/* strings: the runs in fd; 0 or -1 */
static int
strings(int fd, char *name)
{
	vlong off;
	long c;
	int len;

	r = w = 0;
	eof = 0;
	nrun = lrun = 0;
	start = 0;
	for(off = 0;; off += len){
		if(fill(fd, name) < 0)
			return -1;
		if((c = getrune(&len)) < 0)
			break;
		if((c >= ' ' && c < 0x7F) || c > 0xA0){
			if(start == 0)
				start = off;
			if(c == Runeerror && len == 1){
				/* a bad byte prints as U+FFFD */
				memmove(run + lrun, "\xEF\xBF\xBD", 3);
				lrun += 3;
			}else{
				memmove(run + lrun, buf + r, len);
				lrun += len;
			}
			if(++nrun == Maxrun)
				flush(1);
		}else
			flush(0);
		r += len;
	}
	flush(0);
	return 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: strings [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	struct stat st;
	int i, fd, bad;

	ARGBEGIN{
	default:
		usage();
	}ARGEND
	setvbuf(stdout, nil, _IOFBF, 8192);
	if(argc == 0)
		bad = strings(0, "<stdin>") < 0;
	else{
		bad = 0;
		for(i = 0; i < argc; i++){
			if(argc > 1)
				print("%s:\n", argv[i]);
			if((fd = open(argv[i], O_RDONLY)) < 0){
				fflush(stdout);
				fprint(2, "strings: %s: %r\n", argv[i]);
				bad = 1;
				continue;
			}
			if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
				fflush(stdout);
				fprint(2, "strings: %s: is a directory\n", argv[i]);
				bad = 1;
			}else if(strings(fd, argv[i]) < 0)
				bad = 1;
			close(fd);
		}
	}
	if(fflush(stdout) == EOF){
		fprint(2, "strings: write error: %r\n");
		exits("write");
	}
	return bad;
}
