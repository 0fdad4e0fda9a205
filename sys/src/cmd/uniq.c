/*
 * uniq: copy the input (a file, or standard input), writing each run
 * of equal adjacent lines once.  -u prints only lines that were not
 * repeated, -d only one copy of those that were, -c puts the run's
 * length in front of each line.
 */
#include <libc.h>
#include <sys/stat.h>

static int	uflag, dflag, cflag;
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
	fprint(2, "usage: uniq [-udc] [file]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	struct stat st;
	int fd;
	char *l, *name, *p;
	usize len, a, b;
	uvlong n;

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
		if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
			fprint(2, "uniq: %s: is a directory\n", name);
			exits("directory");
		}
	}
	setvbuf(stdout, nil, _IOFBF, 8192);
	rdinit(&rd, fd, name);
	n = 0;
	while((l = rdline(&rd, &len)) != nil){
		/* a last line without its newline equals one with */
		a = len > 0 && l[len-1] == '\n' ? len-1 : len;
		b = prevlen > 0 && prev[prevlen-1] == '\n' ? prevlen-1 : prevlen;
		if(n > 0 && a == b && memcmp(l, prev, a) == 0){
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
