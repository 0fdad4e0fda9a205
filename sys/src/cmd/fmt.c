/*
 * fmt: fill and indent text, as 9base's does.  The lines of a
 * paragraph (lines indented alike, up to an empty line)
 * are joined and broken again so no line is longer than the length
 * (-l or -w, default 70, the paragraph's indent included, -i's not): words are put one
 * blank apart, two after one that ends a sentence (in . ? or !).  -i
 * adds blanks to each line's indent; -j only breaks long lines and
 * never joins short ones.  Blank lines stay, emptied; files are
 * separated by an empty line.
 */
#include <libc.h>
#include <sys/stat.h>

static int	length = 70;
static int	indent;
static int	jflag;

/* the paragraph being filled: its indent, and the output line so far */
static int	pindent = -1;	/* the input's indent, in columns; -1: no paragraph */
static char	*out;
static long	outlen, outcap;
static int	outcol;		/* out's width in columns */
static int	outwords;	/* words on out */
static int	sentence;	/* the last word ended a sentence */
static int	status;

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: fmt [-j] [-i indent] [-l length] [file ...]\n");
	exits("usage");
}

/* number: a flag's argument as a number, or a usage error */
static int
number(char *s)
{
	char *e;
	long n;

	n = strtol(s, &e, 10);
	if(e == s || *e != 0 || n < 0 || n > 10000)
		usage();
	return n;
}

/* width: the columns s[0..n) takes after column col (tabs every 8; UTF-8 a column a character) */
static int
width(char *s, long n, int col)
{
	long i;

	for(i = 0; i < n; i++){
		if(s[i] == '\t')
			col = (col + 8) & ~7;
		else if(((uchar)s[i] & 0xC0) != 0x80)
			col++;
	}
	return col;
}

/* add: n bytes of s to the output line */
static void
add(char *s, long n)
{
	char *t;

	if(outlen + n + 1 > outcap){
		outcap = (outlen + n + 1) * 2;
		if((t = realloc(out, outcap)) == nil){
			fprint(2, "fmt: out of memory\n");
			exits("memory");
		}
		out = t;
	}
	memmove(out + outlen, s, n);
	outlen += n;
	outcol = width(s, n, outcol);
}

/*
 * startline: begin an output line with the indent: the paragraph's
 * columns and -i's, as tabs and then blanks (as 9base's); -i's are
 * not counted in the length.
 */
static void
startline(void)
{
	int i;

	outlen = 0;
	outcol = 0;
	outwords = 0;
	for(i = 0; i < (pindent + indent) / 8; i++)
		add("\t", 1);
	for(i = 0; i < (pindent + indent) % 8; i++)
		add(" ", 1);
	outcol = pindent;
}

/* endline: print the output line, if it has words */
static void
endline(void)
{
	if(outwords > 0){
		fwrite(out, 1, outlen, stdout);
		putchar('\n');
	}
	startline();
}

/* word: add the word w (n bytes) to the paragraph, breaking the line before it if it will not fit */
static void
word(char *w, long n)
{
	int gap;

	gap = sentence ? 2 : 1;
	if(outwords > 0 && width(w, n, outcol + gap) > length)
		endline();
	if(outwords > 0)
		add("  ", gap);
	add(w, n);
	outwords++;
	sentence = strchr(".?!", w[n-1]) != nil;
}

/* endpara: print what is left of the paragraph and forget it */
static void
endpara(void)
{
	if(pindent < 0)
		return;
	endline();
	pindent = -1;
}

/* line: one input line l (n bytes, without its newline) */
static void
line(char *l, long n)
{
	long i, k;

	for(i = 0; i < n && (l[i] == ' ' || l[i] == '\t'); i++)
		;
	if(i == n){
		/* a blank line ends the paragraph and stays, empty */
		endpara();
		putchar('\n');
		return;
	}
	if(jflag || width(l, i, 0) != pindent){
		endpara();
		pindent = width(l, i, 0);
		sentence = 0;
		startline();
	}
	while(i < n){
		for(k = i; k < n && l[k] != ' ' && l[k] != '\t'; k++)
			;
		word(l + i, k - i);
		for(i = k; i < n && (l[i] == ' ' || l[i] == '\t'); i++)
			;
	}
}

/* fmt: fill the lines of fd */
static void
fmt(int fd, char *name)
{
	static Rdline rd;
	char *l;
	usize n;

	rdinit(&rd, fd, name);
	while((l = rdline(&rd, &n)) != nil){
		if(n > 0 && l[n-1] == '\n')
			n--;
		line(l, n);
	}
	if(rd.err)
		status = 1;
	endpara();
}

int
main(int argc, char **argv)
{
	struct stat st;
	int i, fd, shown;

	ARGBEGIN{
	case 'i':
		indent = number(EARGF(usage()));
		break;
	case 'l':
	case 'w':
		length = number(EARGF(usage()));
		break;
	case 'j':
		jflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(length <= indent){
		fprint(2, "fmt: line length <= indentation\n");
		exits("usage");
	}
	setvbuf(stdout, nil, _IOFBF, 8192);
	if(argc == 0)
		fmt(0, "<stdin>");
	shown = 0;
	for(i = 0; i < argc; i++){
		if((fd = open(argv[i], O_RDONLY)) < 0){
			fflush(stdout);
			fprint(2, "fmt: %s: %r\n", argv[i]);
			status = 1;
			continue;
		}
		if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
			fflush(stdout);
			fprint(2, "fmt: %s: is a directory\n", argv[i]);
			status = 1;
			close(fd);
			continue;
		}
		if(shown++)
			putchar('\n');	/* a blank line between files formatted */
		fmt(fd, argv[i]);
		close(fd);
	}
	fflush(stdout);
	exits(status ? "errors" : nil);
}
