/*
 * awk.h: what awk's parts share.  lex.c makes the program text into
 * tokens, expr.c (expressions) and parse.c (statements, items and
 * functions) make the tokens into a tree of Nodes, run.c walks the
 * tree; cell.c holds values, variables and arrays, field.c the record
 * and its fields, builtin.c the built-in functions and printf, io.c
 * the input files and the output streams, re.c the regular
 * expressions, math.c the floating-point functions libc lacks, and
 * main.c the arguments.
 */
#ifndef AWK_H
#define AWK_H
#include <libc.h>
#include <setjmp.h>
#include <regexp.h>

/*
 * A value.  A number has Fnum, a string Fstr; a string from input that
 * looks like a number (a "strnum") has both and Fcmpnum, as has an
 * uninitialised value ("" and 0): those compare as numbers with
 * numbers.  A Cell owns its str.
 */
enum {
	Fnum	= 1<<0,	/* num is valid */
	Fstr	= 1<<1,	/* str is valid */
	Fcmpnum	= 1<<2,	/* compares as a number */
};

typedef struct Cell Cell;
struct Cell {
	int	flags;
	double	num;
	char	*str;
};

typedef struct Elem Elem;
typedef struct Array Array;

/* an array element: a key and its value, in a hash chain */
struct Elem {
	char	*key;
	Cell	val;
	Elem	*next;
};

struct Array {
	Elem	**tab;
	int	ntab;
	int	n;
};

/* a variable: untyped until first used as a scalar or an array */
enum { Vnone, Vscalar, Varray };

typedef struct Var Var;
struct Var {
	char	*name;
	int	type;
	Cell	c;
	Array	*a;
	Var	*ref;	/* a parameter: the caller's variable, for an array */
	Var	*next;	/* in the symbol table */
};

/* tree node operators */
enum {
	/* expressions */
	Onum = 1, Ostr, Oregex, Ovar, Oparam, Ofield, Oindex, Oingroup,
	Oassign, Oaddeq, Osubeq, Omuleq, Odiveq, Omodeq, Opoweq,
	Ocond, Oor, Oand, Oin, Omatch, Onomatch,
	Olt, Ole, Ogt, Oge, Oeq, One,
	Ocat, Oadd, Osub, Omul, Odiv, Omod, Opow,
	Oneg, Oplus, Onot, Opreinc, Opredec, Opostinc, Opostdec,
	Ocall, Obuiltin, Ogetline, Ogroup,
	/* statements */
	Oblock, Oexpr, Oprint, Oprintf, Oif, Owhile, Odo, Ofor, Oforin,
	Obreak, Ocontinue, Onext, Onextfile, Oexit, Oreturn, Odelete, Odeleteall,
};

/* getline's sources and print's destinations */
enum { Rnone, Rfile, Rappend, Rpipe };

/* built-in functions */
enum {
	Blength, Bsubstr, Bindex, Bsplit, Bsub, Bgsub, Bmatch, Bsprintf,
	Btolower, Btoupper, Bint, Bsqrt, Bexp, Blog, Bsin, Bcos, Batan2,
	Brand, Bsrand, Bsystem, Bfflush, Bclose,
};

typedef struct Node Node;
typedef struct Func Func;

struct Node {
	int	op;
	int	line;	/* in the program, for errors */
	Node	*a;	/* operands, in order */
	Node	*b;
	Node	*c;
	Node	*d;
	Node	*next;	/* the next in a list */
	double	num;	/* Onum */
	char	*str;	/* Ostr: the string; Oregex: the expression */
	Reprog	*re;	/* Oregex */
	Var	*var;	/* Ovar, Oindex, Oforin, Odelete, split's array */
	int	n;	/* Oparam: index; Obuiltin: which; Ogetline, print: redirection */
	Func	*fn;	/* Ocall */
};

struct Func {
	char	*name;
	char	**params;
	int	nparam;
	Node	*body;	/* nil: called but never defined */
	Func	*next;
};

/* a pattern-action item */
typedef struct Item Item;
struct Item {
	Node	*pat;	/* nil: every record */
	Node	*pat2;	/* a range's end */
	Node	*action;	/* nil: print $0 */
	int	inrange;
	Item	*next;
};

typedef struct Prog Prog;
struct Prog {
	Node	*begin;	/* a list of Oblocks */
	Node	*end;
	Item	*items;
};

/* lex.c */
enum {
	Teof = 256, Tnl, Tnum, Tstr, Tere, Tname, Tfuncname, Tbuiltin,
	Tbegin, Tend, Tfunction, Tif, Telse, Twhile, Tfor, Tdo, Tbreak,
	Tcontinue, Tnext, Tnextfile, Texit, Treturn, Tdelete, Tgetline,
	Tprint, Tprintf, Tin,
	Tand, Tor, Teq, Tne, Tle, Tge, Tmatch, Tnomatch, Tincr, Tdecr,
	Tappend, Taddeq, Tsubeq, Tmuleq, Tdiveq, Tmodeq, Tpoweq, Tpow,
};

typedef struct Lex Lex;
struct Lex {
	char	*src;	/* the whole program */
	char	*p;	/* the next byte */
	char	*tokp;	/* where the current token starts */
	int	line;
	int	tok;	/* the current token */
	double	num;	/* Tnum */
	char	*str;	/* Tstr, Tere, Tname, Tfuncname: malloc'd */
	int	bi;	/* Tbuiltin: which */
};

void	lexinit(Lex *l, char *src);
int	lexnext(Lex *l);
int	lexregex(Lex *l);
int	escape(char **pp);
_Noreturn void	syntaxerr(Lex *l, char *why);

/* expr.c: the parser's state, and the expressions */
extern Lex	lx;
extern char	**params;	/* the function being parsed: its parameters */
extern int	nparams;
extern int	nogt;	/* '>' ends the expression (print's arguments) */
extern Func	*funcs;
Node	*node(int op, Node *a, Node *b);
void	advance(void);
void	want(int tok);
void	optnl(void);
Func	*func(char *name);
Node	*varnode(char *name);
Node	*exprlist(void);
Node	*arrayname(void);
Node	*concat(void);
Node	*expr(void);

/* parse.c */
Prog	*parse(char *src);

/* cell.c */
extern Var	*vnr, *vnf, *vfnr, *vfs, *vofs, *vors, *vrs, *vfilename,
		*vsubsep, *vrstart, *vrlength, *vconvfmt, *vofmt, *venviron,
		*vargc, *vargv;
void	cellinit(void);
Var	*lookup(char *name);
Cell	mknum(double d);
Cell	mkstr(char *s);
Cell	mkstrown(char *s);
Cell	mkstrnum(char *s);
Cell	cellcopy(Cell *c);
void	cellfree(Cell *c);
void	cellset(Cell *dst, Cell v);
double	getnum(Cell *c);
char	*getstr(Cell *c);
char	*getostr(Cell *c);
int	istrue(Cell *c);
int	looksnum(char *s);
char	*numstr(double d, char *fmt);
void	*emalloc(usize n);
void	*erealloc(void *p, usize n);
char	*estrdup(char *s);
Array	*arraynew(void);
Cell	*arrayget(Array *a, char *key, int create);
void	arraydel(Array *a, char *key);
void	arrayclear(Array *a);
char	**arraykeys(Array *a, int *n);
Array	*vararray(Var *v);
Cell	*varcell(Var *v);
void	setvarnum(Var *v, double d);
void	setvarstr(Var *v, char *s);

/* field.c */
void	setrecord(char *s, long n);
char	*getrecord(void);
Cell	*fieldcell(long i);
void	fieldset(long i, Cell v);
void	setnf(long n);
void	splitrec(void);
long	splitinto(Array *a, char *s, char *fs, Reprog *re);

/* io.c */
int	readrec(char **rec, long *len);
void	endfile(void);
int	getlinefile(char *name, char **rec, long *len);
int	getlinecmd(char *cmd, char **rec, long *len);
FILE	*outstream(int how, char *name);
int	closestream(char *name);
int	flushstream(char *name);
void	closeall(void);
void	flushall(void);
int	runsystem(char *cmd);
void	outwrite(FILE *f, char *s, long n);
void	setargs(int argc, char **argv);

/* run.c */
void	run(Prog *p);
Cell	eval(Node *n);
Var	*varof(Node *n);
void	setlvalue(Node *lv, Cell v);
extern int	exitstatus;
extern int	curline;

/* builtin.c */
Cell	builtin(Node *n);
char	*format(char *fmt, Node *args, long *len);

/* re.c */
Reprog	*recomp(char *s);
int	rematch(Reprog *re, char *s, Resub *m);

/* math.c */
double	msqrt(double x);
double	mexp(double x);
double	mlog(double x);
double	msin(double x);
double	mcos(double x);
double	matan2(double y, double x);
double	mpow(double x, double y);
double	mfmod(double x, double y);
double	mfloor(double x);

/* main.c */
_Noreturn void	fatal(char *fmt, ...);
_Noreturn void	nomem(void);
int	assignarg(char *arg);

#endif
