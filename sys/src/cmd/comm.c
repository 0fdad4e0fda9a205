/*
 * comm: the lines two sorted files share and the lines each has alone,
 * in three columns, as GNU's comm: lines only in file1, lines only in
 * file2 (after a tab), lines in both (after two); -1, -2, -3 leave a
 * column out, and the columns after it move left.  Lines compare as
 * bytes.  "-" names standard input.
 */
#include <libc.h>
#include <sys/stat.h>

static Rdline	rd[2];
static int	show[3] = {1, 1, 1};

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

/* next: file i's next line without its newline (its length in *n), or nil at the end */
static char*
next(int i, usize *n)
{
	char *l;

	if((l = rdline(&rd[i], n)) == nil)
		return nil;
	if(*n > 0 && l[*n-1] == '\n')
		(*n)--;
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
	/* each Rdline keeps its own line until its next call: neither is copied */
	while(a != nil || b != nil){
		if(a == nil)
			r = 1;
		else if(b == nil)
			r = -1;
		else
			r = cmp(a, na, b, nb);
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
	return rd[0].err || rd[1].err;
}
