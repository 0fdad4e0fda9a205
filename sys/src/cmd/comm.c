/*
 * comm: the lines two sorted files share and the lines each has alone,
 * in three columns, as GNU's comm: lines only in file1, lines only in
 * file2 (after a tab), lines in both (after two); -1, -2, -3 leave a
 * column out, and the columns after it move left.  Lines compare as
 * bytes.  "-" names standard input.  As in GNU's, input out of order
 * is reported (once a file, and only once some line was in one file
 * only), and the status is then 1.
 */
#include <libc.h>
#include <sys/stat.h>

static Rdline	rd[2];
static int	show[3] = {1, 1, 1};
static int	unpaired;	/* a line was in one file only */
static int	disorder[2];	/* the file was reported out of order */

/* openin: fd of name ("-" is standard input), or exit after an error line */
static int
openin(char *name)
{
	struct stat st;
	int fd;

	if(strcmp(name, "-") == 0)
		fd = 0;
	else if((fd = open(name, O_RDONLY)) < 0){
		fprint(2, "comm: %s: %r\n", name);
		exits("open");
	}
	if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
		fprint(2, "comm: %s: is a directory\n", name);
		exits("dir");
	}
	return fd;
}

/* cmp: the order of two lines, as bytes, a prefix first */
static int
cmp(char *a, usize na, char *b, usize nb)
{
	int r;

	r = memcmp(a, b, na < nb ? na : nb);
	if(r != 0)
		return r;
	return na < nb ? -1 : na > nb;
}

/* Line: a copy of a line, without its newline */
typedef struct Line Line;
struct Line {
	char	*s;
	usize	n, cap;
};

/* copy: l's n bytes into ln */
static void
copy(Line *ln, char *l, usize n)
{
	if(n + 1 > ln->cap){
		ln->cap = (n + 1) * 2;
		if((ln->s = realloc(ln->s, ln->cap)) == nil){
			fprint(2, "comm: out of memory\n");
			exits("memory");
		}
	}
	memmove(ln->s, l, n);
	ln->n = n;
}

/* order: report (once a file) that file i's line b comes after a, once a line was unpaired */
static void
order(int i, Line *a, Line *b)
{
	if(disorder[i] || !unpaired || cmp(b->s, b->n, a->s, a->n) >= 0)
		return;
	fflush(stdout);
	fprint(2, "comm: file %d is not in sorted order\n", i + 1);
	disorder[i] = 1;
}

/*
 * next: file i's next line without its newline (its length in *n), or
 * nil at the end.  Each new line is checked against the one before it;
 * at the end the last two again, as a line may have been unpaired since.
 */
static char*
next(int i, usize *n)
{
	static Line ln[2][2];	/* the line before the last, and the last */
	static int nread[2];
	Line t;
	char *l;

	if((l = rdline(&rd[i], n)) == nil){
		if(nread[i] >= 2)
			order(i, &ln[i][0], &ln[i][1]);
		return nil;
	}
	if(*n > 0 && l[*n-1] == '\n')
		(*n)--;
	t = ln[i][0];
	ln[i][0] = ln[i][1];
	ln[i][1] = t;
	copy(&ln[i][1], l, *n);
	if(nread[i]++ >= 1)
		order(i, &ln[i][0], &ln[i][1]);
	return l;
}

/* put: a line in column c (0, 1 or 2), after a tab for each column shown before it */
static void
put(int c, char *l, usize n)
{
	int i;

	if(!show[c])
		return;
	for(i = 0; i < c; i++)
		if(show[i])
			putchar('\t');
	fwrite(l, 1, n, stdout);
	putchar('\n');
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: comm [-123] file1 file2\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *a, *b;
	usize na, nb;
	int r;

	ARGBEGIN{
	case '1':
	case '2':
	case '3':
		show[ARGC() - '1'] = 0;
		break;
	default:
		usage();
	}ARGEND
	if(argc != 2)
		usage();
	rdinit(&rd[0], openin(argv[0]), argv[0]);
	rdinit(&rd[1], openin(argv[1]), argv[1]);
	setvbuf(stdout, nil, _IOFBF, 8192);
	a = next(0, &na);
	b = next(1, &nb);
	/* a and b last until their own file's next read */
	while(a != nil || b != nil){
		if(a == nil)
			r = 1;
		else if(b == nil)
			r = -1;
		else
			r = cmp(a, na, b, nb);
		if(r != 0)
			unpaired = 1;
		if(r < 0){
			put(0, a, na);
			a = next(0, &na);
		}else if(r > 0){
			put(1, b, nb);
			b = next(1, &nb);
		}else{
			put(2, a, na);
			a = next(0, &na);
			b = next(1, &nb);
		}
	}
	if(fflush(stdout) == EOF){
		fprint(2, "comm: write error: %r\n");
		exits("write");
	}
	if(disorder[0] || disorder[1]){
		fprint(2, "comm: input is not in sorted order\n");
		return 1;
	}
	return rd[0].err || rd[1].err;
}
