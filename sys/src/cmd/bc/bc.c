/*
 * bc: an arbitrary-precision calculator language (bc(1)).  This file
 * has the arguments, the input (the -l library, the named files, then
 * standard input), the output with its 70-column lines, and the
 * errors: each names the input and line, ends the statements of that
 * line, and makes the exit status 1.
 */
#include "bc.h"

int	errors;
int	lineno;
volatile sig_atomic_t	interrupted;

static char	*inname;	/* the input being read, for errors */
static jmp_buf	toplevel;	/* where an error goes */

/* input: a string (the library) or a descriptor */
static char	*instr;
static int	infd;
static char	inbuf[8192];
static int	inr, inw;

/* output: buffered, col characters on the current line */
static char	outbuf[8192];
static int	nout;
static int	col;

void
flushout(void)
{
	int n, w;

	for(n = 0; n < nout; n += w){
		w = write(1, outbuf + n, nout - n);
		if(w <= 0)
			break;
	}
	nout = 0;
}

static void
rawput(int c)
{
	if(nout == sizeof outbuf)
		flushout();
	outbuf[nout++] = c;
}

/* one character of output; a line longer than 68 goes on after \ newline */
void
putch(int c)
{
	if(c == '\n')
		col = 0;
	else{
		if(col == Linelen - 2){
			rawput('\\');
			rawput('\n');
			col = 0;
		}
		col++;
	}
	rawput(c);
}

void
putstr(char *s)
{
	while(*s != 0)
		putch(*s++);
}

void*
emalloc(size_t n)
{
	void *p;

	p = malloc(n ? n : 1);
	if(p == nil)
		fatal("out of memory");
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

_Noreturn void
quit(int status)
{
	flushout();
	exit(status);
}

/* a message to standard error after what is already printed */
static void
complain(int line, char *kind, char *fmt, va_list arg)
{
	char buf[512];

	vsnprintf(buf, sizeof buf, fmt, arg);
	flushout();
	fprintf(stderr, "bc: %s:%d: %s%s\n", inname, line, kind, buf);
	fflush(stderr);
}

_Noreturn void
fatal(char *fmt, ...)
{
	va_list arg;

	va_start(arg, fmt);
	complain(lineno, "", fmt, arg);
	va_end(arg);
	quit(1);
}

/* a syntax error at the current token: the line is dropped */
_Noreturn void
syntaxerr(char *fmt, ...)
{
	va_list arg;

	va_start(arg, fmt);
	complain(tokline, "syntax error: ", fmt, arg);
	va_end(arg);
	errors++;
	longjmp(toplevel, 1);
}

/* an error while running: the rest of the line's statements are dropped */
_Noreturn void
runerr(char *fmt, ...)
{
	va_list arg;

	va_start(arg, fmt);
	complain(curline, "", fmt, arg);
	va_end(arg);
	errors++;
	longjmp(toplevel, 1);
}

void
warn(char *fmt, ...)
{
	va_list arg;

	va_start(arg, fmt);
	complain(curline, "warning: ", fmt, arg);
	va_end(arg);
}

static int
getstr(void)
{
	if(*instr == 0)
		return -1;
	return (unsigned char)*instr++;
}

/* the next byte of infd; what is printed goes out before waiting for more */
static int
getfd(void)
{
	int n;

	if(inr == inw){
		flushout();
		do{
			interrupted = 0;
			n = read(infd, inbuf, sizeof inbuf);
		}while(n < 0 && interrupted);
		if(n <= 0)
			return -1;
		inr = 0;
		inw = n;
	}
	return (unsigned char)inbuf[inr++];
}

/* an interrupt at the console stops what runs at the next checkintr */
static void
onintr(int sig)
{
	(void)sig;
	interrupted = 1;
}

void
checkintr(void)
{
	if(interrupted){
		interrupted = 0;
		runerr("interrupted");
	}
}

/* parse and run one input to its end */
static void
run(char *name, int (*get)(void))
{
	static Node *list;
	static int done;

	inname = name;
	lineno = 1;
	curline = 1;
	lexinit(name, get);
	done = 0;
	if(setjmp(toplevel)){
		unwind();
		skipline();
		if(tok == Teof)
			return;
	}
	while(!done){
		list = nil;
		list = parsetop(&done);
		runtop(list);
		freetree(list);
		list = nil;
	}
}

static void
usage(void)
{
	fprintf(stderr, "usage: bc [-lqsw] [file ...]\n");
	exit(1);
}

int
main(int argc, char **argv)
{
	int i, lflag;

	lflag = 0;
	for(i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != 0; i++){
		char *p;
		if(strcmp(argv[i], "--") == 0){
			i++;
			break;
		}
		for(p = argv[i] + 1; *p != 0; p++)
			switch(*p){
			case 'l':
				lflag = 1;
				break;
			case 'q':	/* no banner to leave out */
			case 's':	/* no extensions are errors */
			case 'w':
			case 'i':
				break;
			default:
				fprintf(stderr, "bc: unknown option -%c\n", *p);
				usage();
			}
	}
	if(lflag){
		instr = libtext;
		run("library", getstr);
		scale = 20;
	}
	for(; i < argc; i++){
		if(strcmp(argv[i], "-") == 0)
			infd = 0;
		else if((infd = open(argv[i], O_RDONLY)) < 0){
#ifdef HOSTBC
			fprintf(stderr, "bc: %s: %s\n", argv[i], strerror(errno));
#else
			fprint(2, "bc: %s: %r\n", argv[i]);
#endif
			quit(1);
		}
		inr = inw = 0;
		run(argv[i], getfd);
		if(infd != 0)
			close(infd);
	}
	infd = 0;
	inr = inw = 0;
	if(isatty(0))
		signal(SIGINT, onintr);
	run("<stdin>", getfd);
	quit(errors ? 1 : 0);
}
