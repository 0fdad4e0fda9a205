/*
 * uniq: copy the input (a file, or standard input), writing each run
 * of equal adjacent lines once.  -u prints only lines that were not
 * repeated, -d only one copy of those that were, -c puts the run's
 * length in front of each line.  Lines compare after skipping -f N
 * fields (runs of blanks and the non-blanks after) and then -s N
 * characters, and with -i (GNU's) ignoring the case of letters;
 * Plan 9's -N and +N are the same.
 */
#include <libc.h>

static int	uflag, dflag, cflag, iflag;
static long	nfields, nchars;	/* skipped before comparing */
static Rdline	rd;
static char	*prev;
static usize	prevlen, prevcap;

/* putrun: write the run of n copies of prev, as the flags ask */
static void
putrun(uvlong n)
{
	if(n == 0)
		return;
	if(uflag && !dflag && n != 1)
		return;
	if(dflag && !uflag && n == 1)
		return;
	if(cflag)
		print("%4llu ", n);
	fwrite(prev, 1, prevlen, stdout);
	if(prevlen == 0 || prev[prevlen-1] != '\n')
		putchar('\n');
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: uniq [-cdiu] [-f fields] [-s chars] [file]\n");
	exits("usage");
}

/* number: s as a count to skip, or a usage error */
static long
number(char *s)
{
	char *e;
	long n;

	n = strtol(s, &e, 10);
	if(e == s || *e != 0 || n < 0)
		usage();
	return n;
}

/* skip: where line l (a bytes) compares from: after the skipped fields and characters */
static usize
skip(char *l, usize a)
{
	usize i;
	long f, c;

	i = 0;
	for(f = 0; f < nfields; f++){
		while(i < a && (l[i] == ' ' || l[i] == '\t'))
			i++;
		while(i < a && l[i] != ' ' && l[i] != '\t')
			i++;
	}
	for(c = 0; c < nchars && i < a; c++)
		i++;
	return i;
}

/* same: whether the n bytes at a and b are equal (letters in either case with -i) */
static int
same(char *a, char *b, usize n)
{
	usize i;

	if(!iflag)
		return memcmp(a, b, n) == 0;
	for(i = 0; i < n; i++)
		if(tolower((uchar)a[i]) != tolower((uchar)b[i]))
			return 0;
	return 1;
}

/* oldflags: take Plan 9's -N (fields) and +N (characters) out of argv; the new argc */
static int
oldflags(int argc, char **argv)
{
	int i, n;

	n = 1;
	for(i = 1; i < argc; i++){
		if((argv[i][0] == '-' || argv[i][0] == '+') && isdigit((uchar)argv[i][1])){
			if(argv[i][0] == '-')
				nfields = number(argv[i]+1);
			else
				nchars = number(argv[i]+1);
			continue;
		}
		if(argv[i][0] != '-' || strcmp(argv[i], "--") == 0)
			break;
		argv[n++] = argv[i];
		if((strcmp(argv[i], "-f") == 0 || strcmp(argv[i], "-s") == 0) && i+1 < argc)
			argv[n++] = argv[++i];
	}
	while(i < argc)
		argv[n++] = argv[i++];
	argv[n] = nil;
	return n;
}

int
main(int argc, char **argv)
{
	int fd;
	char *l, *name, *p;
	usize len, a, b, i, j;
	uvlong n;

	argc = oldflags(argc, argv);
	ARGBEGIN{
	case 'u':
		uflag = 1;
		break;
	case 'd':
		dflag = 1;
		break;
	case 'c':
		cflag = 1;
		break;
	case 'i':
		iflag = 1;
		break;
	case 'f':
		nfields = number(EARGF(usage()));
		break;
	case 's':
		nchars = number(EARGF(usage()));
		break;
	default:
		usage();
	}ARGEND
	if(argc > 1)
		usage();
	fd = 0;
	name = "<stdin>";
	if(argc == 1 && strcmp(argv[0], "-") != 0){
		name = argv[0];
		if((fd = open(name, O_RDONLY)) < 0){
			fprint(2, "uniq: %s: %r\n", name);
			exits("open");
		}
	}
	if(isdirin(fd, name))
		exits("directory");
	setvbuf(stdout, nil, _IOFBF, 8192);
	rdinit(&rd, fd, name);
	n = 0;
	while((l = rdline(&rd, &len)) != nil){
		/* a last line without its newline equals one with */
		a = len > 0 && l[len-1] == '\n' ? len-1 : len;
		b = prevlen > 0 && prev[prevlen-1] == '\n' ? prevlen-1 : prevlen;
		i = skip(l, a);
		j = skip(prev, b);
		if(n > 0 && a-i == b-j && same(l+i, prev+j, a-i)){
			n++;
			continue;
		}
		putrun(n);
		if(len + 1 > prevcap){
			prevcap = (len + 1) * 2;
			if((p = realloc(prev, prevcap)) == nil){
				fprint(2, "uniq: out of memory\n");
				exits("memory");
			}
			prev = p;
		}
		memmove(prev, l, len);
		prevlen = len;
		n = 1;
	}
	putrun(n);
	if(fflush(stdout) == EOF){
		fprint(2, "uniq: write error: %r\n");
		exits("write");
	}
	return rd.err;
}
