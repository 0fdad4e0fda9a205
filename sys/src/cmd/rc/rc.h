/*
 * rc.h: the shared definitions of rc, Plan 9's shell: words and
 * lists, the syntax tree, variables, the input stack, and the
 * prototypes of each file grouped by file.  The same sources build
 * for Ninefold (os9.c) and for a Unix host (osunix.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>

#ifndef nil
#define nil	((void*)0)
#endif
#define nelem(x)	(sizeof(x)/sizeof((x)[0]))

enum {
	GLOB	= '\001',	/* marks an unquoted *, ? or [ in a word */
	NVARHASH	= 101,
	NSTATUS	= 256,
};

/* tokens of the lexer beyond single characters, and tree node types */
enum {
	EOFTOK = 256, WORD, REDIR, DUP, PIPE, ANDAND, OROR, COUNT, SUB,
	FOR, IN, WHILE, IF, NOT, TWIDDLE, BANG, SUBSHELL, SWITCH, FN,
	PIPEFD,		/* <{ or >{: also a tree, rtype RREAD or RWRITE, c[0] the brace */
	/* trees only */
	SEQ, ASYNC, BRACE, PCMD, SIMPLE, ARGLIST, WORDS, PAREN, CONCAT,
	VAR, DQ, BQ, ASSIGN, IFNOT, FORIN,
};

/* redirection kinds */
enum { RREAD, RWRITE, RAPPEND, RRDWR, RHERE, RDUP, RCLOSE };

typedef struct Word Word;
typedef struct Tree Tree;
typedef struct Var Var;
typedef struct Input Input;

/* a list of strings, a value of rc */
struct Word {
	char	*s;
	Word	*next;
};

/*
 * A node of the syntax tree.  WORD: str and quoted.  REDIR, DUP and
 * PIPE: rtype, fd0 and fd1 (for a here document, str is its text and
 * quoted says whether to substitute).  The children depend on type.
 */
struct Tree {
	int	type;
	char	*str;
	int	quoted;
	int	rtype;
	int	fd0, fd1;
	int	line;
	Tree	*c[3];
	Tree	*all;		/* every node of one parse, to free them */
	int	busy;		/* a function's root: calls of it running */
	int	dead;		/* a function's root: redefined while busy, free when idle */
};

/* a variable, and the function of the same name */
struct Var {
	char	*name;
	Word	*val;
	int	changed;	/* to be written to the environment */
	Tree	*fn;		/* the body, or nil */
	char	*fnsrc;		/* the body as text, "{...}" */
	int	fnchanged;
	int	fnimported;	/* the function came from the environment */
	Var	*next;
};

/* where the lexer reads: a string, or a file descriptor */
struct Input {
	int	fd;		/* -1: string input */
	char	*buf;		/* string input, or the read buffer */
	long	n, p;		/* bytes in buf, next to read */
	long	cap;
	char	*name;		/* for messages: the file name or nil */
	int	line;
	int	interactive;	/* prompt and edit */
	int	eof;
	int	peek[4];	/* pushed back bytes */
	int	npeek;
	int	midline;	/* a line has been started (for messages) */
	int	prompted;	/* the prompt for this line is out (interactive, not editing) */
	Input	*prev;
};

/* main.c */
extern Input	*input;
extern int	interactive;
extern int	lflag, xflag, eflag;
extern char	*argv0;
extern int	rcerror;		/* a runtime error: abandon the command */
extern volatile int	intr;		/* an interrupt came */
extern int	mypid;
extern int	inchild;		/* in a forked subshell */
extern int	errfd;		/* rc's own messages: its standard error at the start */
void	*emalloc(size_t n);
void	*erealloc(void *p, size_t n);
char	*estrdup(char *s);
void	rcerr(char *fmt, ...);
void	pfmt(int fd, char *fmt, ...);
void	flushall(void);
int	runinput(Input *in, int top);
Input	*newinput(int fd, char *str, char *name);
void	freeinput(Input *in);
_Noreturn void	rcexit(char *status);
_Noreturn void	rcexitnow(char *status);
int	statuscode(char *s);
void	setstatus(char *s);
char	*getstatus(void);
int	truestatus(void);

/* lex.c */
int	lex(void);
extern char	*tokstr;
extern int	tokquoted, tokrtype, tokfd0, tokfd1;
int	getch(void);
void	ungetch(int c);
void	lexreset(void);
void	lexkeyword(void);
int	isidchar(int c);
char	*readheredoc(char *marker);
void	herepending(Tree *t, char *marker);
void	readheres(void);
extern int	lexerror, heresatnl;

/* parse.c */
Tree	*parseline(int *eof);
Tree	*parsestring(char *s, char *name);
void	freetree(Tree *t);
void	dropfn(Tree *t);
char	*deparse(Tree *t);
extern int	nerrors;
extern char	*synstatus;
Tree	*newtree(int type, Tree *a, Tree *b, Tree *c);

/* exec.c */
int	execute(Tree *t);
Word	*evalwords(Tree *t, int glob);
Word	*evalword(Tree *t);
int	runfn(Var *v, Word *args);
void	waitbg(int block);
extern Word	*apids;
char	**mkargv(Word *w);
int	dofork(void);
int	waitfor(int pid);
extern Word	*pipenames;	/* <{} >{} names made for the command in progress (eval.c) */
void	unnamepipes(int child);
char	*varname(Tree *t);
void	run(Tree *t, int exitafter);

/* var.c */
Var	*lookvar(char *name);
Var	*getvar(char *name);
void	setvar(char *name, Word *val);
void	setvar1(char *name, char *s);
Word	*varval(char *name);
void	pushlocal(char *name, Word *val);
void	poplocal(void);
void	deffn(char *name, char *src);
void	delfn(char *name);
void	exportall(void);
char	**mkenv(void);
void	importvar(char *name, char *val, int len);
void	allvars(void (*f)(Var*, void*), void *a);
void	initvars(void);
Word	*newword(char *s, Word *next);
Word	*copywords(Word *w);
void	freewords(Word *w);
int	count(Word *w);
Word	*append(Word *a, Word *b);
char	*joinwords(Word *w, char *sep);
int	validname(char *s);
void	markchanged(char *name);

/* glob.c */
Word	*globword(char *s);
Word	*globlist(Word *w);
int	match(char *s, char *p);
char	*unglob(char *s);
int	hasglob(char *s);

/* builtin.c */
typedef int	Builtin(Word*);
Builtin	*findbuiltin(char *name);
char	*quote(char *s);
int	execfile(char *file, char *name, Word *args);

/* here.c */
char	*heresubst(char *doc);
int	herepipe(char *text);

/* wait.c */
int	oswait(int pid, char *status, int n);
int	oswaitany(int *pid, char *status, int n, int block);
void	forgetkept(void);

/* edit.c */
char	*editline(char *prompt, long *len);
void	addhistory(char *line, long n);

/* os9.c or osunix.c */
int	osfork(int bg);
void	osexec(char *path, char **argv, char **env);
int	osreap(int pid, int *s, int block);
void	osstatus(int pid, int s, char *status, int n, int say);
char	*oserr(void);
int	osreaddir(char *dir, void (*f)(char*, void*), void *a);
int	osisdir(char *path);
int	osexists(char *path);
void	osimport(void);
void	osexport(Var *v);
void	osinit(void);
int	osconsole(void);
int	osrawon(int on);
int	osrfork(char *flags);
int	oschdir(char *dir);
char	*oshome(void);
char	*osnull(void);
int	osopen(char *file, int kind);
void	ospgrp(void);
void	osintr(void);
char	*osdefpath(void);
void	oserrprefix(char *buf, int n);
void	oscantopen(char *what, char *name);
char	*osnamefd(int fd);
long	osenvmax(void);
void	osunnamefd(char *name, int child);
