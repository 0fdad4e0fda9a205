/*
 * look: print the lines of a sorted file (/lib/words if none) whose
 * key begins with a string, as 9base's does.  The key is the line up
 * to a tab (-tc: up to c; -t alone: the whole line); -d compares only
 * letters, digits, blanks and tabs, -f folds case, -x wants the whole
 * key; -i takes the strings from standard input, a line each.  The
 * file is read in order, stopping past the lines that could match, so
 * a file sorted by the same rules gives what a binary search would.
 * Exit status 1 ("not found") if nothing matched.
 */
#include <libc.h>

static int	dflag, fflag, xflag;
static int	tab = '\t';	/* ends the key; 0: the line is the key */
static int	found;

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: look [-dfix] [-t[c]] [string] [file]\n");
	exits("usage");
}

/* next: the next character of s that takes part in comparing, folded with -f; 0 at the end */
static int
next(char **s)
{
	int c;

	for(;;){
		c = (uchar)*(*s)++;
		if(c == 0 || (tab != 0 && c == tab) || c == '\n'){
			(*s)--;
			return 0;
		}
		if(dflag && !isalnum(c) && c != ' ' && c != '\t' && c < 0x80)
			continue;
		if(fflag && c < 0x80)
			c = tolower(c);
		return c;
	}
}

/*
 * compare: where the key of line stands to string: 0 if string is a
 * prefix of it (with -x: is it), else below 0 if the key sorts first,
 * above 0 if it sorts after (no later line can match).
 */
static int
compare(char *line, char *string)
{
	int a, b;

	for(;;){
		b = next(&string);
		a = next(&line);
		if(b == 0)
			return xflag && a != 0 ? 1 : 0;
		if(a != b)
			return a - b;
	}
}

/* look: print the lines of file fd that match string */
static void
look(int fd, char *name, char *string)
{
	static Rdline rd;
	char *l;
	usize n;
	int r;

	if(lseek(fd, 0, 0) < 0 && fd != 0){
		fprint(2, "look: %s: %r\n", name);
		exits("seek");
	}
	rdinit(&rd, fd, name);
	while((l = rdline(&rd, &n)) != nil){
		r = compare(l, string);
		if(r > 0)
			break;
		if(r == 0){
			found = 1;
			fwrite(l, 1, n, stdout);
			if(n == 0 || l[n-1] != '\n')
				print("\n");
		}
	}
}

int
main(int argc, char **argv)
{
	static Rdline in;
	char *file, *s;
	usize n;
	int iflag, fd;

	iflag = 0;
	ARGBEGIN{
	case 'd':
		dflag = 1;
		break;
	case 'f':
		fflag = 1;
		break;
	case 'x':
		xflag = 1;
		break;
	case 'i':
		iflag = 1;
		break;
	case 't':
		/* -tc, or -t alone (the whole line is the key) */
		tab = *_argp;
		if(tab != 0)
			_argp++;
		break;
	case 'n':
		fprint(2, "look: -n is not supported\n");
		exits("usage");
	default:
		usage();
	}ARGEND
	if(argc > (iflag ? 1 : 2) || (!iflag && argc < 1))
		usage();
	file = iflag ? argv[0] : argv[1];
	if(file == nil){
		file = "/lib/words";
		dflag = fflag = 1;
	}
	if((fd = open(file, O_RDONLY)) < 0){
		fprint(2, "look: %s: %r\n", file);
		exits("open");
	}
	setvbuf(stdout, nil, _IOFBF, 8192);
	if(!iflag)
		look(fd, file, argv[0]);
	else{
		rdinit(&in, 0, "<stdin>");
		while((s = rdline(&in, &n)) != nil){
			if(n > 0 && s[n-1] == '\n')
				s[n-1] = 0;
			s = strdup(s);
			look(fd, file, s);
			free(s);
			fflush(stdout);
		}
	}
	fflush(stdout);
	exits(found ? nil : "not found");
}
