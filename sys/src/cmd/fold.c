/*
 * fold: lines longer than a width broken into lines of that width, as
 * GNU's fold: a tab moves to the next multiple of 8 columns, a
 * backspace back one, a carriage return to column 0, any other byte on
 * one (with -b each byte is one column).  With -s a line breaks after
 * its last blank that fits, where there is one.  Each file is folded
 * on its own; a last line without a newline is written without one.
 */
#include <libc.h>

static long	width = 80;
static int	bflag, sflag;
static char	*line;	/* the line so far, not yet written */
static usize	len, cap;

/* advance: the column after byte c at column col */
static long
advance(long col, int c)
{
	if(bflag)
		return col + 1;
	switch(c){
	case '\b':
		return col > 0 ? col - 1 : 0;
	case '\r':
		return 0;
	case '\t':
		return col + 8 - col % 8;
	}
	return col + 1;
}

/* add: c onto the end of line */
static void
add(int c)
{
	char *p;

	if(len == cap){
		cap = cap == 0 ? 256 : cap * 2;
		if((p = realloc(line, cap)) == nil){
			fprint(2, "fold: out of memory\n");
			exits("memory");
		}
		line = p;
	}
	line[len++] = c;
}

/* breakblank: write line up to its last blank and a newline, keep the rest; its column, or -1 if no blank */
static long
breakblank(void)
{
	usize i, k;
	long col;

	for(i = len; i > 0; i--)
		if(line[i-1] == ' ' || line[i-1] == '\t')
			break;
	if(i == 0)
		return -1;
	fwrite(line, 1, i, stdout);
	putchar('\n');
	memmove(line, line + i, len - i);
	len -= i;
	col = 0;
	for(k = 0; k < len; k++)
		col = advance(col, (uchar)line[k]);
	return col;
}

/* fold: fold fd's text onto standard output; 0, or -1 after an error line */
static int
fold(int fd, char *name)
{
	char buf[8192];
	long n, i, col, next, c2;
	int c;

	len = 0;
	col = 0;
	while((n = read(fd, buf, sizeof buf)) > 0)
		for(i = 0; i < n; i++){
			c = (uchar)buf[i];
			if(c == '\n'){
				fwrite(line, 1, len, stdout);
				putchar('\n');
				len = 0;
				col = 0;
				continue;
			}
			/* break before c until it fits, or until it starts a line */
			while((next = advance(col, c)) > width && len > 0){
				if(sflag && (c2 = breakblank()) >= 0){
					col = c2;
					continue;
				}
				fwrite(line, 1, len, stdout);
				putchar('\n');
				len = 0;
				col = 0;
			}
			add(c);
			col = next;
		}
	fwrite(line, 1, len, stdout);
	if(n < 0){
		fflush(stdout);
		fprint(2, "fold: %s: %r\n", name);
		return -1;
	}
	return 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: fold [-bs] [-w width] [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *s, *e;
	int bad;

	ARGBEGIN{
	case 'b':
		bflag = 1;
		break;
	case 's':
		sflag = 1;
		break;
	case 'w':
		s = EARGF(usage());
		width = strtol(s, &e, 10);
		if(*s == 0 || *e != 0 || width < 1 || width > LONG_MAX / 2){
			fprint(2, "fold: bad width: %s\n", s);
			exits("width");
		}
		break;
	default:
		usage();
	}ARGEND
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = eachfile(argc, argv, fold);
	if(fflush(stdout) == EOF){
		fprint(2, "fold: write error: %r\n");
		exits("write");
	}
	return bad;
}
