/*
 * bc.h: what bc's files share.  num.c holds the arbitrary-precision
 * decimal numbers, lex.c makes the input into tokens, parse.c makes
 * the tokens into trees of Nodes, exec.c runs them (variables, arrays,
 * functions), lib.c is the -l library (bc text), bc.c the input
 * files, output, errors and main.
 *
 * The number routines use only standard C, so that the host's unit
 * test (tests/unit/bc_test.c) can build num.c with -DHOSTBC.
 */
#ifndef BC_H
#define BC_H
#ifdef HOSTBC
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>
#define nil	NULL
#else
#include <libc.h>
#endif
#include <setjmp.h>
#include <signal.h>

/*
 * A number: len decimal digits d[0..len-1], the least significant
 * first, scale of them after the point; its value is the sum of
 * d[i]*10^(i-scale), negated if neg.  len >= scale; no zeros are kept
 * above the point (0 has len == scale) and 0 is never neg.
 */
typedef struct Num Num;
struct Num {
	int	neg;
	int	len;
	int	scale;
	char	*d;
};

enum {
	Maxscale	= 1<<20,	/* the largest scale */
	Maxdim		= 16777216,	/* the largest array index + 1 */
	Linelen		= 70,	/* a line of output: 68 characters, \, newline */
};

/* num.c */
Num	*nnew(int len, int scale);
void	nfree(Num *n);
Num	*ncopy(Num *n);
Num	*nint(long v);
int	niszero(Num *n);
int	ncmp(Num *a, Num *b);
Num	*nadd(Num *a, Num *b);
Num	*nsub(Num *a, Num *b);
Num	*nmul(Num *a, Num *b, int scale);
Num	*ndiv(Num *a, Num *b, int scale);
Num	*nmod(Num *a, Num *b, int scale);
Num	*npow(Num *a, long e, int scale);
Num	*nsqrt(Num *a, int scale);
Num	*nneg(Num *a);
Num	*ntrunc(Num *a, int scale);
int	ntolong(Num *a, long *v);
int	nlength(Num *a);
Num	*nparse(char *s, int ibase);
void	nprint(Num *n, int obase, void (*put)(int));

/* lex.c: tokens */
enum {
	Teof = 256, Tnl, Tnum, Tname, Tstr,
	Tdefine, Tauto, Treturn, Tif, Telse, Twhile, Tfor, Tbreak,
	Tcontinue, Tquit, Thalt, Tlength, Tscale, Tsqrt, Tibase, Tobase,
	Tlast, Tprint, Tvoid, Tlimits, Tread,
	Tinc, Tdec, Tasgn, Taddasgn, Tsubasgn, Tmulasgn, Tdivasgn,
	Tmodasgn, Tpowasgn, Teq, Tne, Tle, Tge, Tlt, Tgt, Tandand, Toror,
};
extern int	tok;		/* the current token */
extern char	*tokstr;	/* its text: Tnum, Tname, Tstr */
extern int	tokline;	/* the line it is on */
void	lexinit(char *name, int (*get)(void));
int	advance(void);
void	skipline(void);
char	*tokenname(int t);

/* parse.c */
typedef struct Node Node;
struct Node {
	int	op;	/* a token or one of the N kinds below */
	Node	*l, *r, *x, *y;	/* operands, bodies */
	Num	*num;	/* a constant */
	char	*s;	/* a name or string */
	int	n;	/* an argument count, array flag, ... */
	int	line;	/* the input line, for errors */
	Node	*next;	/* the next in a list */
};
enum {
	Nnum = 512, Nstr, Nvar, Narr, Nwhole, Ncall, Nneg, Nnot, Npreinc,
	Npredec, Npostinc, Npostdec, Nlist, Nexpr, Nif, Nwhile, Nfor,
	Nbreak, Ncont, Nreturn, Nprint, Nhalt, Nnop, Nbin, Nlimits, Nasgn,
};
typedef struct Func Func;
struct Func {
	char	*name;
	Node	*params;	/* Nvar or Nwhole nodes */
	Node	*autos;
	Node	*body;
	int	isvoid;
	int	defined;
};
Node	*parsetop(int *done);
Func	*lookfunc(char *name);

/* exec.c */
extern int	scale, ibase, obase;
void	runtop(Node *list);
void	freetree(Node *n);
void	unwind(void);
extern int	curline;

/* bc.c */
_Noreturn void	fatal(char *fmt, ...);
_Noreturn void	syntaxerr(char *fmt, ...);
_Noreturn void	runerr(char *fmt, ...);
void	warn(char *fmt, ...);
void	putch(int c);
void	putstr(char *s);
void	flushout(void);
void	*emalloc(size_t n);
char	*estrdup(char *s);
_Noreturn void	quit(int status);
extern int	errors;
extern volatile sig_atomic_t	interrupted;	/* ^C at the console */
void	checkintr(void);
extern int	lineno;
extern char	*libtext;	/* lib.c */

#endif
