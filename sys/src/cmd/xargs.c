/*
 * xargs: run a command (echo if none is given) with the words of
 * standard input added to its arguments, as many at a time as fit
 * (or -n N at most), as GNU's xargs.
 *	xargs [-rt] [-n N] [command [arg ...]]
 * Words are separated by blanks and newlines; quotes ('...', "...")
 * and a backslash keep blanks in a word.  The command is looked for
 * in /bin (unless it has a / or a scheme), as rc runs it, with its
 * standard input from null:.  Exit status 0 if every run
 * succeeded, 123 if one failed, 124 if one exited 255 (no more are
 * run), 125 if one was killed, 126 or 127 if it could not be run or
 * found, 1 on other errors.
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
static int	status;		/* the exit status so far */
static char	inbuf[8192];
static long	inr, inw;

/* usage: the synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: xargs [-rt] [-n N] [command [arg ...]]\n");
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

/*
 * word: the next word of standard input, malloc'd, or nil at the end.
 * A quote runs to its twin on the same line; a backslash keeps the
 * byte after it.
 */
static char*
word(void)
{
	char *w, *nw;
	usize n, cap;
	int c, q;

	do
		c = getch();
	while(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v');
	if(c < 0)
		return nil;
	cap = 64;
	if((w = malloc(cap)) == nil)
		nomem();
	n = 0;
	for(; c >= 0 && !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'); c = getch()){
		if(c == '\'' || c == '"'){
			q = c;
			c = getch();
			while(c != q){
				if(c < 0 || c == '\n'){
					fprint(2, "xargs: unmatched %s quote; quotes are special to xargs\n",
						q == '\'' ? "single" : "double");
					exit(1);
				}
				if(n + 2 > cap){
					cap *= 2;
					if((nw = realloc(w, cap)) == nil)
						nomem();
					w = nw;
				}
				w[n++] = c;
				c = getch();
			}
			continue;
		}
		if(c == '\\' && (c = getch()) < 0){
			fprint(2, "xargs: backslash at the end of the input\n");
			exit(1);
		}
		if(n + 2 > cap){
			cap *= 2;
			if((nw = realloc(w, cap)) == nil)
				nomem();
			w = nw;
		}
		w[n++] = c;
	}
	w[n] = 0;
	return w;
}

/* run: run the command with the words gathered, wait for it, and forget the words */
static void
run(void)
{
	int pid, st, fd, i;

	argv1[nargv] = nil;
	if(tflag){
		for(i = 0; i < nargv; i++)
			fprint(2, "%s%s", i > 0 ? " " : "", argv1[i]);
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
		execvp(argv1[0], argv1);
		fprint(2, "xargs: %s: %r\n", argv1[0]);
		_exit(errno == ENOENT ? 127 : 126);
	}
	while(waitpid(pid, &st, 0) < 0){
		if(errno != EINTR){
			fprint(2, "xargs: wait: %r\n");
			exit(1);
		}
	}
	for(i = nfixed; i < nargv; i++)
		free(argv1[i]);
	nargv = nfixed;
	nbytes = 0;
	for(i = 0; i < nfixed; i++)
		nbytes += strlen(argv1[i]) + 1;
	if(WIFSIGNALED(st)){
		fprint(2, "xargs: %s: killed by a note\n", argv1[0]);
		exit(125);
	}
	switch(WEXITSTATUS(st)){
	case 0:
		break;
	case 126:
	case 127:
		exit(WEXITSTATUS(st));	/* it could not be run: nor will the next */
	case 255:
		fprint(2, "xargs: %s: exited with status 255; stopping\n", argv1[0]);
		exit(124);
	default:
		status = 123;
	}
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
