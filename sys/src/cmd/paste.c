/*
 * paste: join corresponding lines of files.
 *	paste [-s] [-d list] [file ...]
 * Line i of the output is line i of every file, separated by tabs or
 * by the delimiters of list taken in turn (\n, \t, \\ and \0, no
 * delimiter at all, may be written); a file that has ended gives empty
 * lines until all have.  -s joins all the lines of each file instead,
 * one output line a file.  - is standard input; named several times,
 * each takes the next line in turn, as in GNU's paste.
 */
#include <libc.h>
#include <sys/stat.h>

typedef struct File File;
struct File {
	Rdline	*rd;	/* shared by every - */
	int	eof;
};

static char	*delims;	/* the delimiters, one byte each */
static int	ndelim;		/* 0: none between */
static int	sflag;
static char	*out;		/* the output line being built */
static usize	nout, outcap;

/* usage: the synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: paste [-s] [-d list] [file ...]\n");
	exits("usage");
}

/* nomem: give up for want of memory */
static void
nomem(void)
{
	fprint(2, "paste: out of memory\n");
	exits("memory");
}

/*
 * parsedelims: list's delimiters into delims.  \0 is an empty
 * delimiter, kept as a NUL byte and never printed.
 */
static void
parsedelims(char *list)
{
	char *s;

	delims = malloc(strlen(list) + 1);
	if(delims == nil)
		nomem();
	ndelim = 0;
	for(s = list; *s != 0; s++){
		if(*s != '\\'){
			delims[ndelim++] = *s;
			continue;
		}
		switch(*++s){
		case 0:
			fprint(2, "paste: delimiter list ends with a lone backslash: %s\n", list);
			exits("usage");
		case 'n':
			delims[ndelim++] = '\n';
			break;
		case 't':
			delims[ndelim++] = '\t';
			break;
		case '0':
			delims[ndelim++] = 0;
			break;
		default:
			delims[ndelim++] = *s;	/* \\, and any other escaped byte as itself */
		}
	}
}

/* put: add n bytes at p to the output line */
static void
put(char *p, usize n)
{
	char *o;

	if(nout + n > outcap){
		outcap = (nout + n) * 2 + 64;
		if((o = realloc(out, outcap)) == nil)
			nomem();
		out = o;
	}
	memmove(out + nout, p, n);
	nout += n;
}

/* putdelim: add the i'th delimiter (taken in turn) to the output line */
static void
putdelim(usize i)
{
	char c;

	if(ndelim == 0)
		return;
	c = delims[i % ndelim];
	if(c != 0)
		put(&c, 1);
}

/* chomp: l's length without its newline */
static usize
chomp(char *l, usize len)
{
	if(len > 0 && l[len-1] == '\n')
		len--;
	return len;
}

/* serial: -s, each file's lines joined into one line; 0 or -1 */
static int
serial(Rdline *rd)
{
	char *l;
	usize len, k;

	nout = 0;
	for(k = 0; (l = rdline(rd, &len)) != nil; k++){
		if(k > 0)
			putdelim(k - 1);
		put(l, chomp(l, len));
	}
	put("\n", 1);
	fwrite(out, 1, nout, stdout);
	return rd->err ? -1 : 0;
}

/* parallel: line i of every file on output line i, until all have ended; 0 or -1 */
static int
parallel(File *f, int nf)
{
	char *l;
	usize len;
	int i, some, bad;

	bad = 0;
	for(;;){
		nout = 0;
		some = 0;
		for(i = 0; i < nf; i++){
			if(i > 0)
				putdelim(i - 1);
			if(f[i].eof)
				continue;
			if((l = rdline(f[i].rd, &len)) == nil){
				f[i].eof = 1;
				bad |= f[i].rd->err;
				continue;
			}
			some = 1;
			put(l, chomp(l, len));
		}
		if(!some)
			break;
		put("\n", 1);
		fwrite(out, 1, nout, stdout);
	}
	return bad ? -1 : 0;
}

/* openrd: a reader of name ("-": the one of standard input); exits if it cannot be opened */
static Rdline*
openrd(char *name)
{
	static Rdline *stdinrd;
	struct stat st;
	Rdline *rd;
	int fd;

	if(strcmp(name, "-") == 0 && stdinrd != nil)
		return stdinrd;
	if(strcmp(name, "-") == 0)
		fd = 0;
	else if((fd = open(name, O_RDONLY)) < 0){
		fprint(2, "paste: %s: %r\n", name);
		exits("open");
	}else if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
		fprint(2, "paste: %s: is a directory\n", name);
		exits("directory");
	}
	if((rd = malloc(sizeof *rd)) == nil)
		nomem();
	memset(rd, 0, sizeof *rd);
	rdinit(rd, fd, fd == 0 ? "<stdin>" : name);
	if(fd == 0)
		stdinrd = rd;
	return rd;
}

int
main(int argc, char **argv)
{
	static char *stdinonly[] = {"-", nil};
	Rdline *rd;
	File *f;
	int i, bad;

	parsedelims("\\t");
	ARGBEGIN{
	case 's':
		sflag = 1;
		break;
	case 'd':
		free(delims);
		parsedelims(EARGF(usage()));
		break;
	default:
		usage();
	}ARGEND
	if(argc == 0){
		argc = 1;
		argv = stdinonly;
	}
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = 0;
	if(sflag){
		/* one at a time: a file's descriptor is closed before the next is opened */
		for(i = 0; i < argc; i++){
			rd = openrd(argv[i]);
			bad |= serial(rd) < 0;
			if(rd->fd != 0){
				close(rd->fd);
				free(rd);
			}
		}
	}else{
		if((f = malloc(argc * sizeof *f)) == nil)
			nomem();
		for(i = 0; i < argc; i++){
			f[i].rd = openrd(argv[i]);
			f[i].eof = 0;
		}
		bad = parallel(f, argc) < 0;
	}
	if(fflush(stdout) == EOF){
		fprint(2, "paste: write error: %r\n");
		exits("write");
	}
	return bad;
}
