/*
 * main.c: rc's start and its read-parse-run loop: flags, the input
 * stack that the lexer reads (strings, scripts, the terminal with
 * prompts and line editing), $status, errors and exit, and the
 * small output helpers.
 *
 *	rc [-ixe] [-c command] [file [arg ...]]
 */
#include "rc.h"
#include <unistd.h>
#include <fcntl.h>

Input	*input;
int	interactive;
int	lflag, xflag, eflag;
char	*argv0 = "rc";
int	rcerror;
volatile int	intr;
int	mypid;
int	inchild;
int	errfd = 2;

static int	promptfirst;	/* the next prompt starts a command */
static int	editing;	/* the terminal is the console: edit lines */

/* malloc that does not fail quietly: rc cannot go on without memory */
void*
emalloc(size_t n)
{
	void *p;

	p = malloc(n ? n : 1);
	if(p == nil){
		write(2, "rc: out of memory\n", 18);
		_exit(1);
	}
	return p;
}

void*
erealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if(p == nil){
		write(2, "rc: out of memory\n", 18);
		_exit(1);
	}
	return p;
}

char*
estrdup(char *s)
{
	char *t;

	t = emalloc(strlen(s) + 1);
	strcpy(t, s);
	return t;
}

/* Print to fd, formatted. */
void
pfmt(int fd, char *fmt, ...)
{
	va_list arg;
	char buf[512], *p;
	int n, w;

	va_start(arg, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, arg);
	va_end(arg);
	if(n < 0)
		return;
	p = buf;
	if(n >= (int)sizeof buf){
		p = emalloc(n + 1);
		va_start(arg, fmt);
		vsnprintf(p, n + 1, fmt, arg);
		va_end(arg);
	}
	for(w = 0; w < n; ){
		int k = write(fd, p + w, n - w);
		if(k <= 0)
			break;
		w += k;
	}
	if(p != buf)
		free(p);
}

/* Output is not buffered; kept for the places that must flush. */
void
flushall(void)
{
}

/* Set $status. */
void
setstatus(char *s)
{
	setvar1("status", s);
}

/* $status as one string (a static buffer). */
char*
getstatus(void)
{
	static char buf[NSTATUS];
	Word *w;
	char *s;

	w = varval("status");
	s = joinwords(w, "");
	strncpy(buf, s, sizeof buf - 1);
	buf[sizeof buf - 1] = 0;
	free(s);
	return buf;
}

/* Is $status true: empty, or only 0s and |s? */
int
truestatus(void)
{
	char *s;

	for(s = getstatus(); *s; s++)
		if(*s != '|' && *s != '0')
			return 0;
	return 1;
}

/*
 * The exit code for status string s, as 9base makes it: 0 for a true
 * status (empty, or only 0s and |s), else the number s starts with
 * (modulo 256: exit 256 is 0), or 1 if it starts with none.
 */
int
statuscode(char *s)
{
	char *p;
	int n;

	for(p = s; *p == '0' || *p == '|'; p++)
		;
	if(*p == 0)
		return 0;
	n = atoi(s);
	return n != 0 ? n & 0xff : 1;
}

/* End rc with an exit code made from a status string, at once. */
_Noreturn void
rcexitnow(char *s)
{
	int code;

	flushall();
	code = statuscode(s);
	if(editing)
		osrawon(0);
	_exit(code);
}

/*
 * End rc with status s; the rc a person or a script started (not a
 * forked subshell) first runs fn sigexit, if it defined one (9base
 * does not run one from the environment), once, with $status s (an
 * exit in it says the status).
 */
_Noreturn void
rcexit(char *s)
{
	static int exiting;
	Var *v;
	char *st;

	v = lookvar("sigexit");
	if(inchild || exiting || v == nil || v->fn == nil || v->fnimported)
		rcexitnow(s);
	exiting = 1;
	st = estrdup(s);
	setstatus(st);
	rcerror = 0;
	intr = 0;
	runfn(v, newword("sigexit", nil));
	rcexitnow(st);
}

/* A new input: fd >= 0 reads a file, else the string str. */
Input*
newinput(int fd, char *str, char *name)
{
	Input *in;

	in = emalloc(sizeof *in);
	memset(in, 0, sizeof *in);
	in->fd = fd;
	in->line = 1;
	in->name = name ? estrdup(name) : nil;
	if(fd < 0){
		in->buf = estrdup(str);
		in->n = strlen(str);
	}
	return in;
}

void
freeinput(Input *in)
{
	free(in->buf);
	free(in->name);
	free(in);
}

/* The prompt to show: $prompt(1) at a command's start, else $prompt(2). */
static char*
prompt(void)
{
	Word *w;

	w = varval("prompt");
	if(!promptfirst && w != nil)
		w = w->next;
	promptfirst = 0;
	return w ? w->s : "";
}

/* Refill the input buffer; 0 at the end of the input. */
static int
refill(Input *in)
{
	long n;
	char *line, *p;

	if(in->fd < 0 || in->eof)
		return 0;
	if(in->interactive && editing){
		p = prompt();
		line = editline(p, &n);
		if(line == nil){
			in->eof = 1;
			return 0;
		}
		free(in->buf);
		in->buf = line;
		in->n = n;
		in->p = 0;
		return n > 0;
	}
	if(in->cap < 8192){
		in->cap = 8192;
		free(in->buf);
		in->buf = emalloc(in->cap);
	}
	for(;;){
		n = read(in->fd, in->buf, in->interactive ? in->cap : in->cap);
		if(n < 0 && intr && in->interactive){
			/* interrupted at the prompt: an empty line */
			in->buf[0] = '\n';
			n = 1;
		}
		break;
	}
	if(n <= 0){
		in->eof = 1;
		return 0;
	}
	in->n = n;
	in->p = 0;
	return 1;
}

/* The next byte of input, or -1 at its end. */
int
getch(void)
{
	Input *in;
	int c;

	in = input;
	if(in->interactive && !editing && in->fd >= 0 && !in->midline && !in->prompted && in->npeek == 0){
		/* a prompt before each line, however the lines come in (9base) */
		pfmt(errfd, "%s", prompt());
		in->prompted = 1;
	}
	if(in->npeek > 0)
		c = in->peek[--in->npeek];
	else if(in->p >= in->n && !refill(in))
		c = -1;
	else
		c = (unsigned char)in->buf[in->p++];
	if(c == '\n'){
		in->line++;
		in->midline = 0;
		in->prompted = 0;
	}else
		in->midline = 1;
	return c;
}

/* Push back one byte. */
void
ungetch(int c)
{
	if(c == -1 || input->npeek >= (int)nelem(input->peek))
		return;
	if(c == '\n'){
		input->line--;
		input->midline = 1;	/* still on the line before */
		input->prompted = 1;
	}
	input->peek[input->npeek++] = c;
}

/*
 * Read and run commands from in until its end.  At the top level an
 * interactive shell survives errors; otherwise an error ends the
 * input (and a top-level script exits).
 */
int
runinput(Input *in, int top)
{
	Tree *t;
	int eof, errs;

	in->prev = input;
	input = in;
	in->interactive = top && interactive;
	for(;;){
		if(in->interactive){
			waitbg(0);
			intr = 0;
		}
		promptfirst = 1;
		errs = nerrors;
		t = parseline(&eof);
		if(nerrors != errs)
			setstatus(synstatus);	/* interactive too, as 9base */
		if(nerrors != errs && !in->interactive){
			/* a script ends; a . file or eval text ends, its caller goes on (9base) */
			if(top)
				rcexit("syntax error");
			break;
		}
		if(t != nil && !(intr && in->interactive))
			execute(t);
		freetree(t);
		if(!in->interactive)
			waitbg(0);
		if(intr){
			if(!in->interactive){
				if(top)
					rcexit("interrupted");
				break;
			}
			/* $status is the interrupted command's own */
			intr = 0;
			rcerror = 0;
		}
		if(rcerror){
			if(!in->interactive){
				/* 9base runs no sigexit after an error */
				if(top)
					rcexitnow(getstatus());
				break;
			}
			rcerror = 0;
		}
		if(eof)
			break;
	}
	input = in->prev;
	return 0;
}

static void
usage(void)
{
	pfmt(2, "usage: rc [-ixe] [-c command] [file [arg ...]]\n");
	_exit(1);
}

int
main(int argc, char **argv)
{
	char *cmd, *p;
	Input *in;
	Word *args;
	int i, fd, iflag;

	argv0 = argv[0] ? argv[0] : "rc";
	cmd = nil;
	iflag = 0;
	for(i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != 0; i++){
		if(strcmp(argv[i], "--") == 0){
			i++;
			break;
		}
		for(p = argv[i]+1; *p; p++)
			switch(*p){
			case 'c':
				/* -ccmd, or -c cmd (-ce is the command e, as 9base) */
				if(p[1] != 0)
					cmd = p+1;
				else if(i+1 >= argc)
					usage();
				else
					cmd = argv[++i];
				goto nextarg;
			case 'i': iflag = 1; break;
			case 'l': lflag = 1; break;
			case 'x': xflag = 1; break;
			case 'e': eflag = 1; break;
			case 's': case 'v': case 'r': case 'p': case 'd': case 'I':
				break;
			default:
				usage();
			}
	nextarg:;
	}
	osinit();
	/*
	 * rc's own messages go where its standard error went at the
	 * start, not where a command's >[2] sends it (as 9base)
	 */
	errfd = fcntl(2, F_DUPFD_CLOEXEC, 10);
	if(errfd < 0)
		errfd = 2;
	initvars();
	args = nil;
	for(int k = argc-1; k >= i + (cmd == nil && i < argc); k--)
		args = newword(argv[k], args);
	setvar("*", args);
	if(cmd != nil){
		setvar1("0", argv0);
		interactive = iflag;
		/* the command ends with a newline, as 9base reads it */
		p = emalloc(strlen(cmd) + 2);
		strcpy(p, cmd);
		strcat(p, "\n");
		in = newinput(-1, p, nil);
		free(p);
	}else if(i < argc){
		setvar1("0", argv[i]);
		fd = osopen(argv[i], RREAD);
		if(fd < 0){
			/* 9base reads a script with . */
			oscantopen(".: ", argv[i]);
			_exit(1);
		}
		interactive = iflag;
		in = newinput(fd, nil, argv[i]);
	}else{
		setvar1("0", "/dev/stdin");	/* as 9base names it */
		interactive = iflag || osconsole();
		in = newinput(0, nil, nil);
		in->name = estrdup("/dev/stdin");
		if(interactive)
			in->name = (free(in->name), nil);
	}
	if(interactive){
		osintr();
		editing = in->fd == 0 && osconsole();
	}
	runinput(in, 1);
	if(editing)
		osrawon(0);
	if(xflag){
		/* 9base shows the exit at the end of the input */
		p = quote(getstatus());
		pfmt(errfd, "exit %s\n", p);
		free(p);
	}
	rcexit(getstatus());
}
