/*
 * tac: each file (standard input for none, or for "-") with its lines
 * in reverse order, last line first, as GNU's tac.  Each file is read
 * whole into memory and reversed on its own.  A last line without its
 * newline is written as it is, so it runs on into the line before it
 * ("a\nb" gives "ba\n"), as in GNU's.
 */
#include <libc.h>

static char	*buf;
static usize	cap;

/* nomem: report running out of memory and exit */
static void
nomem(void)
{
	fprint(2, "tac: out of memory\n");
	exits("memory");
}

/* slurp: all of fd into buf; its length, or -1 after an error line */
static vlong
slurp(int fd, char *name)
{
	usize len;
	long n;
	char *p;

	len = 0;
	for(;;){
		if(cap - len < 8192){
			cap = cap == 0 ? 65536 : cap * 2;
			if((p = realloc(buf, cap)) == nil)
				nomem();
			buf = p;
		}
		n = read(fd, buf + len, cap - len);
		if(n < 0){
			fflush(stdout);
			fprint(2, "tac: %s: %r\n", name);
			return -1;
		}
		if(n == 0)
			return len;
		len += n;
	}
}

/* tac: write fd's lines last first; 0, or -1 after an error line */
static int
tac(int fd, char *name)
{
	vlong len, end, i;

	if((len = slurp(fd, name)) < 0)
		return -1;
	/* each line is buf[i+1:end], its newline included */
	end = len;
	for(i = len - 2; i >= -1; i--)
		if(i < 0 || buf[i] == '\n'){
			fwrite(buf + i + 1, 1, end - (i + 1), stdout);
			end = i + 1;
		}
	return 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: tac [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int bad;

	ARGBEGIN{
	default:
		usage();
	}ARGEND
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = eachfile(argc, argv, tac);
	if(fflush(stdout) == EOF){
		fprint(2, "tac: write error: %r\n");
		exits("write");
	}
	return bad;
}
