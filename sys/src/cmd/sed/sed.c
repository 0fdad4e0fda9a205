/*
 * sed: stream editor.
 *	sed [-Einr] [-e script]... [-f file]... [script] [file ...]
 * (-i edits each file in place, on its own, as GNU's sed does)
 * Commands, one per line or separated by ';', each with no address,
 * one (a line number, $ for the last line, /re/ or \cREc), or a range
 * of two (a1,a2), and ! to negate:
 *	s/re/repl/[gpNi][w file]	substitute (& and \1..\9 in repl)
 *	y/abc/xyz/	transliterate bytes
 *	p  d  q  =  l	print, delete, quit, print the line number, list
 *	a i c text	append, insert, change (a\ newline text, or a text)
 *	n  N  D  P	next line, append the next line, delete or print
 *			up to the first newline
 *	h H g G x	copy, append to, get from, append from, exchange
 *			the hold space
 *	r file  w file	read a file in after the cycle, write the line to
 *			a file (created before the first line)
 *	b t :label	branch (t: if s replaced since the line was read)
 *	{ ... }		a group
 * Regular expressions are regexp(6) (see regexp(2)).
 *
 * The engine has no I/O of its own: parse.c makes a script into Cmds,
 * run.c runs them over one line; tests/unit/sed_test.c drives the two
 * on the host.  sed.c reads the scripts and files, and has main.
 */
#include "sed.h"

typedef struct Input Input;
struct Input {
	int	fd;
	char	*buf;
	long	len;
	long	pos;
	long	cap;
	int	eof;
};

static char	**files;
static int	nfiles;
static int	curfile = -1;
static Input	in;
static int	inopen;	/* in holds an open file */
static int	status;

static void
usage(void)
{
	fprint(2, "usage: sed [-Einr] [-e script]... [-f file]... [script] [file ...]\n");
	exit(1);
}

static void
nomem(void)
{
	fflush(stdout);
	fprint(2, "sed: out of memory\n");
	exit(1);
}

/* out: the engine's output goes to standard output */
static void
out(Sed *s, char *p, long n)
{
	USED(s);
	fwrite(p, 1, n, stdout);
}

/* the files of w and s///w, as Sed.wname names them */
static FILE	**wfp;

/* openw: create every w file before the first line, as 9base's sed does */
static void
openw(Sed *s)
{
	int i;

	wfp = calloc(s->nwname + 1, sizeof(FILE*));
	if(wfp == nil)
		nomem();
	for(i = 0; i < s->nwname; i++){
		wfp[i] = fopen(s->wname[i], "w");
		if(wfp[i] == nil){
			fprint(2, "sed: %s: %r\n", s->wname[i]);
			exit(1);
		}
	}
}

/* wout: w's lines go to their file */
static void
wout(Sed *s, int wf, char *p, long n)
{
	USED(s);
	fwrite(p, 1, n, wfp[wf]);
}

/* closew: flush and close the w files; 0, or -1 if one could not be written */
static int
closew(Sed *s)
{
	int i, r;

	r = 0;
	for(i = 0; i < s->nwname; i++)
		if(fclose(wfp[i]) != 0){
			fprint(2, "sed: %s: %r\n", s->wname[i]);
			r = -1;
		}
	return r;
}

/* rfile: r: the text of the file named, to print at the end of the cycle; nothing if it cannot be read */
static void
rfile(Sed *s, char *name)
{
	char buf[8192];
	long n;
	int fd;

	fd = open(name, O_RDONLY);
	if(fd < 0)
		return;
	while((n = read(fd, buf, sizeof buf)) > 0)
		if(sedqueue(s, buf, n) < 0)
			nomem();
	close(fd);
}

/*
 * nextline: the next line of in without its newline, NUL-terminated;
 * nil at the end or on an error (*n is -1).  The line lasts until the
 * next call.
 */
static char*
nextline(Input *in, long *n)
{
	char *nl, *b;
	long m;

	for(;;){
		nl = memchr(in->buf + in->pos, '\n', in->len - in->pos);
		if(nl != nil || (in->eof && in->len > in->pos)){
			b = in->buf + in->pos;
			if(nl == nil){
				nl = in->buf + in->len;
				in->pos = in->len;
			}else
				in->pos = nl - in->buf + 1;
			*n = nl - b;
			*nl = 0;
			return b;
		}
		*n = 0;
		if(in->eof)
			return nil;
		if(in->pos > 0){
			memmove(in->buf, in->buf + in->pos, in->len - in->pos);
			in->len -= in->pos;
			in->pos = 0;
		}
		if(in->cap - in->len < 1024){
			b = realloc(in->buf, in->cap ? in->cap * 2 : 8192);
			if(b == nil)
				nomem();
			in->buf = b;
			in->cap = in->cap ? in->cap * 2 : 8192;
		}
		m = read(in->fd, in->buf + in->len, in->cap - in->len - 1);
		if(m < 0){
			*n = -1;
			return nil;
		}
		if(m == 0)
			in->eof = 1;
		in->len += m;
	}
}

/* openfile: make files[i] the input ("-": standard input); 0 or -1 */
static int
openfile(int i)
{
	int fd;

	if(nfiles == 0 || strcmp(files[i], "-") == 0){
		fd = 0;
		if(isdirin(fd, "<stdin>")){
			status = 2;
			return -1;
		}
	}else{
		fd = open(files[i], O_RDONLY);
		if(fd < 0){
			fflush(stdout);
			fprint(2, "sed: %s: %r\n", files[i]);
			status = 2;
			return -1;
		}
		if(isdirin(fd, files[i])){
			status = 2;
			close(fd);
			return -1;
		}
	}
	in.fd = fd;
	in.len = in.pos = 0;
	in.eof = 0;
	inopen = 1;
	return 0;
}

/* readline: the next line of all the input, copied into *buf; 0 at the end */
static int
readline(char **buf, long *cap, long *len)
{
	char *l, *b;
	long n;

	for(;;){
		if(inopen){
			l = nextline(&in, &n);
			if(l != nil){
				if(n + 1 > *cap){
					b = realloc(*buf, n + 1);
					if(b == nil)
						nomem();
					*buf = b;
					*cap = n + 1;
				}
				memmove(*buf, l, n + 1);
				*len = n;
				return 1;
			}
			if(n < 0){
				fflush(stdout);
				fprint(2, "sed: %s: %r\n", nfiles ? files[curfile] : "<stdin>");
				status = 2;
			}
			if(in.fd > 0)
				close(in.fd);
			inopen = 0;
		}
		curfile++;
		if(curfile >= (nfiles ? nfiles : 1))
			return 0;
		if(openfile(curfile) < 0)
			continue;
	}
}

/* readscript: the whole of a script file, as a string */
static char*
readscript(char *name)
{
	char *s, *t;
	long n, cap, m;
	int fd;

	fd = open(name, O_RDONLY);
	if(fd < 0){
		fprint(2, "sed: %s: %r\n", name);
		exit(1);
	}
	cap = 1024;
	n = 0;
	s = malloc(cap);
	if(s == nil)
		nomem();
	while((m = read(fd, s + n, cap - n - 1)) > 0){
		n += m;
		if(cap - n < 512){
			t = realloc(s, cap * 2);
			if(t == nil)
				nomem();
			s = t;
			cap *= 2;
		}
	}
	if(m < 0){
		fprint(2, "sed: %s: %r\n", name);
		exit(1);
	}
	s[n] = 0;
	close(fd);
	return s;
}

/* addscript: add piece to the script *sp, after a newline */
static void
addscript(char **sp, char *piece)
{
	char *t;
	long n;

	n = *sp ? strlen(*sp) : 0;
	t = realloc(*sp, n + strlen(piece) + 2);
	if(t == nil)
		nomem();
	if(n > 0)
		t[n++] = '\n';
	strcpy(t + n, piece);
	*sp = t;
}

/* runall: run the script over every line of the input files */
static void
runall(Sed *s)
{
	static char *cur, *next;
	static long curcap, nextcap;
	char *t;
	long curlen, nextlen, tl;
	int have, r;

	curlen = nextlen = 0;
	have = readline(&cur, &curcap, &curlen);
	while(have){
		have = readline(&next, &nextcap, &nextlen);
		r = sedline(s, cur, curlen, !have);
		if(r < 0){
			fflush(stdout);
			if(s->noprev)
				fprint(2, "sed: no previous regular expression\n");
			else
				fprint(2, "sed: out of memory\n");
			exit(1);
		}
		if(r > 0)
			break;
		t = cur; cur = next; next = t;
		tl = curcap; curcap = nextcap; nextcap = tl;
		curlen = nextlen;
	}
}

/* the edited text of one file, for -i */
static char	*ibuf;
static char	*suffix = "";	/* -iSUFFIX's */
static long	ilen, icap;

/* inplace: the engine's output goes to ibuf */
static void
inplace(Sed *s, char *p, long n)
{
	USED(s);
	if(bufadd(&ibuf, &ilen, &icap, p, n) < 0)
		nomem();
}

/*
 * backup: -iSUFFIX: copy the file name, before it is rewritten, to
 * name with suffix after it; 0, or -1 after an error line
 */
static int
backup(char *name)
{
	char buf[8192], *copy;
	long n;
	int in, out, r;

	copy = malloc(strlen(name) + strlen(suffix) + 1);
	if(copy == nil)
		nomem();
	strcpy(copy, name);
	strcat(copy, suffix);
	r = -1;
	if((in = open(name, O_RDONLY)) < 0)
		fprint(2, "sed: %s: %r\n", name);
	else if((out = open(copy, O_WRONLY|O_CREAT|O_TRUNC, 0666)) < 0)
		fprint(2, "sed: %s: %r\n", copy);
	else{
		while((n = read(in, buf, sizeof buf)) > 0)
			if(write(out, buf, n) != n)
				break;
		if(n != 0)
			fprint(2, "sed: %s: %r\n", n < 0 ? name : copy);
		else
			r = 0;
		close(out);
	}
	if(in >= 0)
		close(in);
	free(copy);
	return r;
}

/*
 * editall: -i: each file on its own (its own line numbers and $),
 * its text replaced by what the script prints
 */
static void
editall(Sed *s, int argc, char **argv)
{
	int i, j, fd, bad;

	s->out = inplace;
	for(i = 0; i < argc; i++){
		if(inopen && in.fd > 0)
			close(in.fd);	/* q left the last one open */
		inopen = 0;
		files = argv + i;
		nfiles = 1;
		curfile = -1;
		s->lineno = 0;
		s->quit = 0;
		s->resume = 0;
		for(j = 0; j < s->ncmd; j++)
			s->cmds[j].active = 0;
		ilen = 0;
		bad = status;
		status = 0;
		if(strcmp(argv[i], "-") == 0){
			fprint(2, "sed: -i: cannot edit standard input\n");
			status = 2;
		}else
			runall(s);
		if(status == 0 && *suffix != 0 && backup(argv[i]) < 0)
			status = 4;
		if(status == 0){
			fd = open(argv[i], O_WRONLY|O_TRUNC);
			if(fd < 0 || write(fd, ibuf, ilen) != ilen){
				fprint(2, "sed: %s: %r\n", argv[i]);
				status = 4;
			}
			if(fd >= 0)
				close(fd);
		}
		if(bad > status)
			status = bad;
	}
}

int
main(int argc, char **argv)
{
	static Sed s;
	char err[256], *script;
	int iflag;

	s.out = out;
	s.wout = wout;
	s.rfile = rfile;
	script = nil;
	iflag = 0;
	ARGBEGIN{
	case 'n':
		s.nflag = 1;
		break;
	case 'i':
		/* GNU's -iSUFFIX: the rest of the flag is a backup's suffix */
		iflag = 1;
		suffix = _argp;
		_argp = "";
		break;
	case 'E':
	case 'r':
		break;	/* GNU's extended syntax: regexp(2)'s already is */
	case 'e':
		addscript(&script, EARGF(usage()));
		break;
	case 'f':
		addscript(&script, readscript(EARGF(usage())));
		break;
	default:
		fprint(2, "sed: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(script == nil){
		if(argc < 1)
			usage();
		script = argv[0];
		argc--;
		argv++;
	}
	if(sedparse(&s, script, err, sizeof err) < 0){
		fprint(2, "sed: %s\n", err);
		exit(1);
	}
	if(sedcheck(&s, err, sizeof err) < 0){
		fprint(2, "sed: %s\n", err);
		exit(1);
	}
	if(iflag && argc == 0){
		fprint(2, "sed: -i needs files to edit\n");
		exit(1);
	}
	openw(&s);
	if(iflag)
		editall(&s, argc, argv);
	else{
		files = argv;
		nfiles = argc;
		runall(&s);
	}
	if(closew(&s) < 0)
		status = 4;
	if(fflush(stdout) != 0){
		fprint(2, "sed: write: %r\n");
		exit(4);
	}
	exit(status);
}
