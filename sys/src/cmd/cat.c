/*
 * cat: copy each file (standard input for none, or for "-") to
 * standard output, in chunks, whatever its length or scheme.  -n
 * (GNU's) numbers the lines, counting on across files; -u (POSIX's
 * unbuffered) changes nothing, as cat does not buffer.
 */
#include <libc.h>
#include <sys/stat.h>

enum {
	Bufsize	= 16*1024,
};

static char	buf[Bufsize];
static int	nflag;

/* writeall: write n bytes of p to fd, retrying short writes; 0 or -1 */
static int
writeall(int fd, char *p, long n)
{
	long w;

	while(n > 0){
		w = write(fd, p, n);
		if(w <= 0)
			return -1;
		p += w;
		n -= w;
	}
	return 0;
}

/* copy: copy fd (called name) to standard output; 0, or -1 after an error line */
static int
copy(int fd, char *name)
{
	long n;

	while((n = read(fd, buf, sizeof buf)) > 0)
		if(writeall(1, buf, n) < 0){
			fprint(2, "cat: write error: %r\n");
			exits("write");
		}
	if(n < 0){
		fprint(2, "cat: %s: %r\n", name);
		return -1;
	}
	return 0;
}

/*
 * number: copy fd (called name) to standard output with each line
 * numbered as GNU's cat -n: six columns and a tab; 0, or -1 after an
 * error line
 */
static int
number(int fd, char *name)
{
	static long line;
	static int midline;
	long n, i;

	while((n = read(fd, buf, sizeof buf)) > 0)
		for(i = 0; i < n; i++){
			if(!midline)
				printf("%6ld\t", ++line);
			putchar(buf[i]);
			midline = buf[i] != '\n';
		}
	if(fflush(stdout) == EOF){
		fprint(2, "cat: write error: %r\n");
		exits("write");
	}
	if(n < 0){
		fprint(2, "cat: %s: %r\n", name);
		return -1;
	}
	return 0;
}

/*
 * samefile: whether fd (status st) is the plain file standard output
 * writes to, with bytes still to read: copying it would read what it
 * wrote, without end (cat f >>f).  An empty one, as after cat f >f,
 * is harmless, as in GNU's cat.
 */
static int
samefile(int fd, struct stat *st)
{
	static struct stat out;
	static int outok = -1;

	if(outok < 0)
		outok = fstat(1, &out) == 0 && S_ISREG(out.st_mode);
	if(!outok || !S_ISREG(st->st_mode))
		return 0;
	if(st->st_dev != out.st_dev || st->st_ino != out.st_ino)
		return 0;
	return lseek(fd, 0, SEEK_CUR) < st->st_size;
}

/*
 * input: copy fd (called name) unless it is a directory (standard
 * input too: cat <dir) or the output; 0 or -1
 */
static int
input(int fd, char *name)
{
	struct stat st;

	if(fstat(fd, &st) == 0){
		if(S_ISDIR(st.st_mode)){
			fprint(2, "cat: %s: is a directory\n", name);
			return -1;
		}
		if(samefile(fd, &st)){
			fprint(2, "cat: %s: input file is output file\n", name);
			return -1;
		}
	}
	return nflag ? number(fd, name) : copy(fd, name);
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: cat [-nu] [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int i, fd, bad;

	ARGBEGIN{
	case 'n':
		nflag = 1;
		break;
	case 'u':
		break;
	default:
		usage();
	}ARGEND
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = 0;
	if(argc == 0)
		return input(0, "-") < 0;
	for(i = 0; i < argc; i++){
		if(strcmp(argv[i], "-") == 0){
			bad |= input(0, "-") < 0;
			continue;
		}
		fd = open(argv[i], O_RDONLY);
		if(fd < 0){
			fprint(2, "cat: %s: %r\n", argv[i]);
			bad = 1;
			continue;
		}
		bad |= input(fd, argv[i]) < 0;
		close(fd);
	}
	return bad;
}
