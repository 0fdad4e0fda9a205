/*
 * cmp: compare two files byte by byte.  The first difference is
 * reported as "a b differ: char N" (-L: and "line M"; exit 1); -l lists every
 * differing byte, -s says nothing; end of file on the shorter one is
 * "cmp: EOF on name".  Trouble (a missing file) exits 2.
 */
#include <libc.h>
#include <sys/stat.h>

enum {
	Bufsize	= 16*1024,
};

typedef struct File File;
struct File {
	char	*name;
	int	fd;
	char	buf[Bufsize];
	long	r, w;	/* unread bytes are buf[r:w] */
};

static File	f1, f2;
static int	lflag, Lflag, sflag;

/* trouble: report fname's error and exit 2 */
static void
trouble(char *name)
{
	fprint(2, "cmp: %s: %r\n", name);
	exit(2);
}

/* next: the next byte of f, or -1 at end of file */
static int
next(File *f)
{
	long n;

	if(f->r == f->w){
		n = read(f->fd, f->buf, sizeof f->buf);
		if(n < 0)
			trouble(f->name);
		if(n == 0)
			return -1;
		f->r = 0;
		f->w = n;
	}
	return (uchar)f->buf[f->r++];
}

/* openfile: open name into f ("-" is standard input), seek to off */
static void
openfile(File *f, char *name, char *off)
{
	struct stat st;
	vlong o;
	char *e;

	f->name = name;
	if(strcmp(name, "-") == 0)
		f->fd = 0;
	else if((f->fd = open(name, O_RDONLY)) < 0)
		trouble(name);
	if(fstat(f->fd, &st) == 0 && S_ISDIR(st.st_mode)){
		fprint(2, "cmp: %s: is a directory\n", name);
		exit(2);
	}
	if(off != nil){
		o = strtoll(off, &e, 0);
		if(*e != 0 || o < 0){
			fprint(2, "cmp: bad offset: %s\n", off);
			exit(2);
		}
		/* skip by reading: works on any scheme */
		while(o-- > 0)
			if(next(f) < 0)
				break;
	}
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: cmp [-lLs] file1 file2 [offset1 [offset2]]\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	vlong nc, nl;
	int c1, c2, differ;

	ARGBEGIN{
	case 'l':
		lflag = 1;
		break;
	case 'L':
		Lflag = 1;
		break;
	case 's':
		sflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc < 2 || argc > 4)
		usage();
	openfile(&f1, argv[0], argc > 2 ? argv[2] : nil);
	openfile(&f2, argv[1], argc > 3 ? argv[3] : nil);
	nc = 1;
	nl = 1;
	differ = 0;
	for(;; nc++){
		c1 = next(&f1);
		c2 = next(&f2);
		if(c1 < 0 || c2 < 0)
			break;
		if(c1 != c2){
			differ = 1;
			if(sflag)
				exit(1);
			if(!lflag){
				/* as 9base's: the line only with -L */
				if(Lflag)
					print("%s %s differ: char %lld line %lld\n", f1.name, f2.name, nc, nl);
				else
					print("%s %s differ: char %lld\n", f1.name, f2.name, nc);
				exit(1);
			}
			print("%6lld 0x%.2x 0x%.2x\n", nc, c1, c2);
		}
		if(c1 == '\n')
			nl++;
	}
	if(c1 != c2){
		if(!sflag)
			fprint(2, "cmp: EOF on %s\n", c1 < 0 ? f1.name : f2.name);
		exit(1);
	}
	return differ;
}
