/*
 * ed: the line editor, as 9base's (Plan 9's) ed, with POSIX's ed
 * where Plan 9's is silent.
 *	ed [-s] [-p prompt] [file]
 * The buffer is an array of lines in memory (buf.c); addresses are in
 * addr.c, the commands in cmd.c, s and g in sub.c.  This file reads
 * the input (standard input, or a g's command list), buffers the
 * output, reports errors ("?", h and H) and has main.
 */
#include <signal.h>
#include "ed.h"

enum { NONE = -2 };

int	sflag;
volatile int	interrupted;
static char	*prompt = "*";
static int	prompting;
static int	verbose;		/* H: explain every error */
static char	errmsg[256];		/* the last error, for h */
static jmp_buf	savej;

/* input: standard input through inbuf, or a g's command list at globp */
static char	inbuf[8192];
static long	inr, inw;
static char	*globp;
static int	pushback = NONE;
static int	stdinlast = '\n';	/* the last byte taken from standard input */
static int	keepinput;		/* an error does not end a script read from a file */

/* output, flushed before ed reads or runs a command, and at exit */
static Obuf	ob = { 1 };

/* bflush: write out what o keeps; 0, or -1 if a write failed (then it is dropped) */
int
bflush(Obuf *o)
{
	long n, w;

	for(n = 0; n < o->n; n += w){
		w = write(o->fd, o->b + n, o->n - n);
		if(w <= 0){
			o->n = 0;
			return -1;
		}
	}
	o->n = 0;
	return 0;
}

/* bput: add p[0..n) to what o keeps; 0, or -1 if a write failed */
int
bput(Obuf *o, char *p, long n)
{
	long k;

	while(n > 0){
		if(o->n == sizeof o->b && bflush(o) < 0)
			return -1;
		k = sizeof o->b - o->n;
		if(k > n)
			k = n;
		memmove(o->b + o->n, p, k);
		o->n += k;
		p += k;
		n -= k;
	}
	return 0;
}

/* outflush: write out what out has kept (an error on standard output is not ed's to report) */
void
outflush(void)
{
	bflush(&ob);
}

/* out: n bytes to standard output */
void
out(char *p, long n)
{
	bput(&ob, p, n);
}

/* outs: a string to standard output */
void
outs(char *s)
{
	out(s, strlen(s));
}

/* outc: a byte to standard output */
void
outc(int c)
{
	char b;

	b = c;
	out(&b, 1);
}

/* outnum: a number and a newline */
void
outnum(long n)
{
	char b[32];

	snprintf(b, sizeof b, "%ld\n", n);
	outs(b);
}

/* emalloc: malloc that reports running out as an ed error */
void*
emalloc(usize n)
{
	void *p;

	p = malloc(n);
	if(p == nil)
		error("out of memory");
	return p;
}

/* erealloc: realloc that reports running out as an ed error */
void*
erealloc(void *p, usize n)
{
	p = realloc(p, n);
	if(p == nil)
		error("out of memory");
	return p;
}

/*
 * getchr: the next byte of input, from the g command list if one is
 * running, else from standard input; EOF at the end of either.
 */
int
getchr(void)
{
	int c;
	long n;

	if(pushback != NONE){
		c = pushback;
		pushback = NONE;
		return c;
	}
	if(globp != nil){
		if(*globp == 0)
			return EOF;
		return (uchar)*globp++;
	}
	if(inr == inw){
		outflush();
		n = read(0, inbuf, sizeof inbuf);
		if(n < 0 && interrupted){
			stdinlast = '\n';	/* nothing of the line to skip */
			checkintr();
		}
		if(n <= 0){
			stdinlast = EOF;
			return EOF;
		}
		inr = 0;
		inw = n;
	}
	c = (uchar)inbuf[inr++];
	stdinlast = c;
	return c;
}

/* ungetchr: give back c, to be the next getchr */
void
ungetchr(int c)
{
	pushback = c;
}

/* peekchr: the next byte, left unread */
int
peekchr(void)
{
	int c;

	c = getchr();
	ungetchr(c);
	return c;
}

/* skipblanks: skip blanks and tabs; the next byte, left unread */
int
skipblanks(void)
{
	int c;

	while((c = getchr()) == ' ' || c == '\t')
		;
	ungetchr(c);
	return c;
}

/*
 * readline: the next line of input without its newline (in a buffer
 * reused by the next call), its length in *lenp; nil at the end of
 * input.  A last line without a newline is a line.
 */
char*
readline(long *lenp)
{
	static char *b;
	static long cap;
	long n;
	int c;

	n = 0;
	for(;;){
		c = getchr();
		if(c == EOF && n == 0)
			return nil;
		if(c == EOF || c == '\n')
			break;
		if(n + 2 > cap){
			cap = cap ? 2*cap : 256;
			b = erealloc(b, cap);
		}
		b[n++] = c;
	}
	if(b == nil){
		cap = 256;
		b = erealloc(b, cap);
	}
	b[n] = 0;
	*lenp = n;
	return b;
}

/* setglobp: take input from the string p (a g's list), or from standard input again if nil */
void
setglobp(char *p)
{
	globp = p;
	pushback = NONE;
}

/* onintr: an interrupt (DEL or ^C) stops the command at the next checkintr, or the wait for input */
static void
onintr(int sig)
{
	USED(sig);
	interrupted = 1;
}

/* checkintr: if an interrupt came, end the command with an error, as 9base's ed does */
void
checkintr(void)
{
	if(interrupted)
		error("interrupt");
}

/* cleanglobal: after an error, forget a running g and what it picked */
static void
cleanglobal(void)
{
	long i;

	if(!ingstate)
		return;
	for(i = 1; i <= dol; i++)
		line[i]->gmark = 0;
	gmarked = 0;
	ingstate = 0;
}

/* report: print ? and what (a file's name, or nothing), keep why for h, and go back to the command loop */
static _Noreturn void
report(char *what, char *why)
{
	int c;

	interrupted = 0;
	if(globp != nil)
		c = '\n';	/* the g's list was read to its end before it ran */
	else if(pushback != NONE)
		c = pushback;
	else
		c = stdinlast;
	setglobp(nil);
	if(!keepinput && lseek(0, 0, SEEK_END) >= 0){
		/* a script in a file ends at its first error, as in 9base's ed (a pipe cannot seek) */
		inr = inw = 0;
	}else if(c != '\n' && c != EOF)
		while((c = getchr()) != '\n' && c != EOF)
			;
	cleanglobal();
	snprintf(errmsg, sizeof errmsg, "%s", why);
	outs("?");
	outs(what);
	outs("\n");
	if(verbose){
		outs(errmsg);
		outs("\n");
	}
	longjmp(savej, 1);
}

/* error: an error in a command: ? alone, why for h */
_Noreturn void
error(char *why)
{
	report("", why);
}

/* fileerror: a file that could not be read or written: ?name, as 9base's ed says */
_Noreturn void
fileerror(char *name, char *why)
{
	char b[256];

	snprintf(b, sizeof b, "%s: %s", name, why);
	report(name, b);
}

/* explain: h: the last error's reason */
void
explain(void)
{
	if(errmsg[0] != 0){
		outs(errmsg);
		outs("\n");
	}
}

/* toggleverbose: H: explain errors from now on (or stop), starting with the last */
void
toggleverbose(void)
{
	verbose = !verbose;
	if(verbose)
		explain();
}

/* toggleprompt: P: prompt for commands (or stop) */
void
toggleprompt(void)
{
	prompting = !prompting;
}

/* runcommands: run commands until the input ends */
void
runcommands(void)
{
	while(command() != EOF)
		;
}

static void
usage(void)
{
	fprint(2, "usage: ed [-s] [-p prompt] [file]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *file;
	long n, nl;
	int i;

	file = nil;
	for(i = 1; i < argc; i++){
		if(strcmp(argv[i], "-") == 0 || strcmp(argv[i], "-s") == 0)
			sflag = 1;
		else if(strcmp(argv[i], "-p") == 0 && i+1 < argc){
			prompt = argv[++i];
			prompting = 1;
		}else if(strcmp(argv[i], "--") == 0){
			i++;
			break;
		}else if(argv[i][0] == '-')
			usage();
		else
			break;
	}
	if(i < argc)
		file = argv[i++];
	if(i < argc)
		usage();
	signal(SIGINT, onintr);
	keepinput = 1;	/* a new file is no error that ends a script */
	if(setjmp(savej) == 0 && file != nil){
		savedfile = strdup(file);
		n = readfile(file, 0, &nl);
		dot = dol;
		if(!sflag)
			outnum(n);
		modified = 0;
		clearundo();
	}
	keepinput = 0;
	for(;;){
		setjmp(savej);
		if(prompting){
			outs(prompt);
		}
		startcommand();
		if(command() == EOF)
			quit(0);
	}
}
