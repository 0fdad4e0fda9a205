/*
 * xargs: run a command (echo if none is given) with the words of
 * standard input added to its arguments, as many at a time as fit
 * (or -n N at most), as GNU's xargs.
 *	xargs [-0rt] [-d c] [-n N] [-I repl] [command [arg ...]]
 * Words are separated by blanks and newlines; quotes ('...', "...")
 * and a backslash keep blanks in a word.  With -0 words end at NULs
 * only, with -d at the byte c only; with -I each line is a word and
 * makes a run of its own, put in the command's arguments wherever repl
 * is.  The command is looked for in /bin (unless it has a / or a
 * scheme), as rc runs it, with its standard input from null:.  Exit
 * status 0 if every run succeeded, 123 if one failed, 124 if one
 * exited 255 (no more are run), 125 if one was killed, 126 or 127 if
 * it could not be run or found, 1 on other errors.
 */
#include <libc.h>
#include <sys/wait.h>

enum {
	Maxbytes	= 60*1024,	/* of argument strings a run, NULs and all: exec takes 64K */
	Maxargs		= 4000,		/* arguments a run: exec takes 4096 */
};

static char	**argv1;	/* the command and the words for a run */
static int	nfixed;		/* the command and its own arguments */
static int	nargv;
static usize	nbytes;
static long	maxn;		/* -n: at most this many words a run; 0: no limit */
static int	rflag, tflag;
static int	zflag;		/* -0 or -d: words end at sep, and nothing else is special */
static int	sep;
static char	*repl;		/* -I: a line a run, put where this string is in the command */
static int	status;		/* the exit status so far */
static char	inbuf[8192];
static long	inr, inw;

/* usage: the synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: xargs [-0rt] [-d c] [-n N] [-I repl] [command [arg ...]]\n");
	exits("usage");
}

/* nomem: give up for want of memory */
static void
nomem(void)
{
	fprint(2, "xargs: out of memory\n");
	exit(1);
}

/* getch: the next byte of standard input, or -1 at its end */
static int
getch(void)
{
	long n;

	if(inr == inw){
		n = read(0, inbuf, sizeof inbuf);
		if(n < 0){
			fprint(2, "xargs: <stdin>: %r\n");
			exit(1);
		}
		if(n == 0)
			return -1;
		inr = 0;
		inw = n;
	}
	return (uchar)inbuf[inr++];
}

/* addc: put byte c at the end of the word w (n bytes long, room for cap) */
static void
addc(char **w, usize *n, usize *cap, int c)
{
	char *nw;

	if(*n + 2 > *cap){
		*cap *= 2;
		if((nw = realloc(*w, *cap)) == nil)
			nomem();
		*w = nw;
	}
	(*w)[(*n)++] = c;
}

/* isblank1: does c end a word (with -I, only a newline does) */
static int
isblank1(int c)
{
	if(c == '\n')
		return 1;
	if(repl != nil)
		return 0;
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* sepword: for -0 and -d, the bytes up to the next sep, malloc'd, or nil at the end */
static char*
sepword(void)
{
	char *w;
	usize n, cap;
	int c;

	if((c = getch()) < 0)
		return nil;
	cap = 64;
	if((w = malloc(cap)) == nil)
		nomem();
	n = 0;
	for(; c >= 0 && c != sep; c = getch())
		addc(&w, &n, &cap, c);
	w[n] = 0;
	return w;
}

/*
 * word: the next word of standard input, malloc'd, or nil at the end.
 * Blanks and newlines before it are skipped.  A quote runs to its twin
 * on the same line; a backslash keeps the byte after it.  With -I a
 * word is the rest of the line.
 */
static char*
word(void)
{
	char *w;
	usize n, cap;
	int c, q;

	if(zflag)
		return sepword();
	do
		c = getch();
	while(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v');
	if(c < 0)
		return nil;
	cap = 64;
	if((w = malloc(cap)) == nil)
		nomem();
	n = 0;
	for(; c >= 0 && !isblank1(c); c = getch()){
		if(c == '\'' || c == '"'){
			q = c;
			while((c = getch()) != q){
				if(c < 0 || c == '\n'){
					fprint(2, "xargs: unmatched %s quote; quotes are special to xargs\n",
						q == '\'' ? "single" : "double");
					exit(1);
				}
				addc(&w, &n, &cap, c);
			}
			continue;
		}
		if(c == '\\' && (c = getch()) < 0){
			fprint(2, "xargs: backslash at the end of the input\n");
			exit(1);
		}
		addc(&w, &n, &cap, c);
	}
	w[n] = 0;
	return w;
}

/* delimiter: the byte -d names: itself, or an escape (\n \t \r \\ \0 or \ooo) */
static int
delimiter(char *s)
{
	char *e;
	long c;

	if(s[0] != 0 && s[1] == 0)
		return (uchar)s[0];
	if(s[0] == '\\' && s[1] != 0 && s[2] == 0){
		switch(s[1]){
		case 'n':
			return '\n';
		case 't':
			return '\t';
		case 'r':
			return '\r';
		case '\\':
			return '\\';
		}
	}
	if(s[0] == '\\' && s[1] >= '0' && s[1] <= '7'){
		c = strtol(s + 1, &e, 8);
		if(*e == 0 && c < 256)
			return c;
	}
	fprint(2, "xargs: bad delimiter: %s\n", s);
	exit(1);
}

/* replace: s with every repl in it made w, malloc'd */
static char*
replace(char *s, char *w)
{
	char *r, *p, *q;
	usize n, lr, lw;

	lr = strlen(repl);
	lw = strlen(w);
	n = strlen(s) + 1;
	for(p = s; lr > 0 && (p = strstr(p, repl)) != nil; p += lr)
		n += lw;
	if((r = malloc(n)) == nil)
		nomem();
	q = r;
	while(lr > 0 && (p = strstr(s, repl)) != nil){
		memmove(q, s, p - s);
		q += p - s;
		memmove(q, w, lw);
		q += lw;
		s = p + lr;
	}
	strcpy(q, s);
	return r;
}

/* runv: run the command line av, wait for it, and note how it ended */
static void
runv(char **av)
{
	int pid, st, fd, i;

	if(tflag){
		for(i = 0; av[i] != nil; i++)
			fprint(2, "%s%s", i > 0 ? " " : "", av[i]);
		fprint(2, "\n");
	}
	fflush(stdout);
	pid = fork();
	if(pid < 0){
		fprint(2, "xargs: fork: %r\n");
		exit(1);
	}
	if(pid == 0){
		/* the words came from standard input: the command must not read on from it */
		if((fd = open("null:", O_RDONLY)) >= 0 && fd != 0){
			dup2(fd, 0);
			close(fd);
		}
		execvp(av[0], av);
		fprint(2, "xargs: %s: %r\n", av[0]);
		_exit(errno == ENOENT ? 127 : 126);
	}
	while(waitpid(pid, &st, 0) < 0){
		if(errno != EINTR){
			fprint(2, "xargs: wait: %r\n");
			exit(1);
		}
	}
	if(WIFSIGNALED(st)){
		fprint(2, "xargs: %s: killed by a note\n", av[0]);
		exit(125);
	}
	switch(WEXITSTATUS(st)){
	case 0:
		break;
	case 126:
	case 127:
		exit(WEXITSTATUS(st));	/* it could not be run: nor will the next */
	case 255:
		fprint(2, "xargs: %s: exited with status 255; stopping\n", av[0]);
		exit(124);
	default:
		status = 123;
	}
}

/* run: run the command with the words gathered, and forget the words */
static void
run(void)
{
	int i;

	argv1[nargv] = nil;
	runv(argv1);
	for(i = nfixed; i < nargv; i++)
		free(argv1[i]);
	nargv = nfixed;
	nbytes = 0;
	for(i = 0; i < nfixed; i++)
		nbytes += strlen(argv1[i]) + 1;
}

/* runrepl: for -I, run the command once with w put in place of repl */
static void
runrepl(char *w)
{
	char **av;
	int i;

	if((av = malloc((nfixed + 1) * sizeof *av)) == nil)
		nomem();
	for(i = 0; i < nfixed; i++)
		av[i] = replace(argv1[i], w);
	av[nfixed] = nil;
	runv(av);
	for(i = 0; i < nfixed; i++)
		free(av[i]);
	free(av);
}

int
main(int argc, char **argv)
{
	char *w, *e;
	usize len;
	int i, ran;

	ARGBEGIN{
	case 'n':
		w = EARGF(usage());
		maxn = strtol(w, &e, 10);
		if(e == w || *e != 0 || maxn < 1){
			fprint(2, "xargs: bad count: %s\n", w);
			exits("usage");
		}
		break;
	case 'r':
		rflag = 1;
		break;
	case 't':
		tflag = 1;
		break;
	case '0':
		zflag = 1;
		sep = 0;
		break;
	case 'd':
		zflag = 1;
		sep = delimiter(EARGF(usage()));
		break;
	case 'I':
		repl = EARGF(usage());
		break;
	default:
		usage();
	}ARGEND
	if((argv1 = malloc((argc + Maxargs + 2) * sizeof *argv1)) == nil)
		nomem();
	if(argc == 0)
		argv1[nfixed++] = "echo";
	for(i = 0; i < argc; i++)
		argv1[nfixed++] = argv[i];
	nargv = nfixed;
	for(i = 0; i < nfixed; i++)
		nbytes += strlen(argv1[i]) + 1;
	if(nbytes > Maxbytes){
		fprint(2, "xargs: the command is too long\n");
		exit(1);
	}
	if(repl != nil){
		/* a line a run; no line, no run */
		while((w = word()) != nil){
			runrepl(w);
			free(w);
		}
		exit(status);
	}
	ran = 0;
	while((w = word()) != nil){
		len = strlen(w) + 1;
		if(nbytes + len > Maxbytes || nargv - nfixed >= Maxargs){
			if(nargv == nfixed){
				fprint(2, "xargs: argument too long\n");
				exit(1);
			}
			run();
			ran = 1;
		}
		argv1[nargv++] = w;
		nbytes += len;
		if(maxn > 0 && nargv - nfixed >= maxn){
			run();
			ran = 1;
		}
	}
	if(nargv > nfixed || (!ran && !rflag))
		run();
	exit(status);
}
