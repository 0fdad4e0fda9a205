/*
 * ed.h: what ed's files share: the buffer (buf.c), input, output and
 * errors (ed.c), addresses (addr.c), commands (cmd.c), s and g (sub.c)
 */
#ifndef ED_H
#define ED_H
#include <libc.h>
#include <setjmp.h>
#include <regexp.h>

/*
 * A line of the buffer: len bytes (NULs allowed) and a NUL after them.
 * ref counts the arrays that hold it (the buffer, the undo copy, the
 * marks); it is freed when none do.  gmark: picked by a running g.
 */
typedef struct Line Line;
struct Line {
	int	ref;
	int	gmark;
	long	len;
	char	s[];
};

/* the buffer: line[1..dol], dot the current line (0 when empty) */
extern Line	**line;
extern long	dol;
extern long	dot;
extern int	modified;
extern char	*savedfile;	/* the remembered file name, or nil */
extern int	sflag;		/* -s or -: no counts, no ! */
extern long	gmarked;	/* lines g has yet to visit */
extern int	ingstate;	/* a g's command list is running */
extern volatile int	interrupted;	/* an interrupt note came */

/* how printlines prints: the p, l and n a command or its suffix asks for */
enum {
	Pprint	= 1<<0,	/* p: the lines */
	Plist	= 1<<1,	/* l: unambiguously */
	Pnum	= 1<<2,	/* n: numbered */
};

/* addresses of the command being run, and how many were given */
extern long	addr1, addr2;
extern int	naddr;
extern int	lastsep;	/* the , or ; before the last address, or 0 */

/* ed.c */
_Noreturn void	error(char *why);
_Noreturn void	fileerror(char *name, char *why);
int	getchr(void);
void	ungetchr(int c);
int	peekchr(void);
int	skipblanks(void);
char	*readline(long *lenp);
void	setglobp(char *p);
typedef struct Obuf Obuf;
struct Obuf {		/* buffered output to fd: ed's standard output, writefile's file */
	int	fd;
	long	n;
	char	b[16*1024];
};
int	bput(Obuf *o, char *p, long n);
int	bflush(Obuf *o);
void	out(char *p, long n);
void	outs(char *s);
void	outc(int c);
void	outflush(void);
void	outnum(long n);
void	*emalloc(usize n);
void	*erealloc(void *p, usize n);
void	runcommands(void);
void	explain(void);
void	toggleverbose(void);
void	toggleprompt(void);
void	checkintr(void);

/* buf.c */
Line	*newline(char *s, long len);
void	putline(Line *l);
void	insertlines(long after, Line **l, long n);
void	deletelines(long a1, long a2);
void	replaceline(long i, Line *l);
void	snapshot(void);
void	startcommand(void);
void	movelines(long a1, long a2, long dest);
void	undo(void);
void	clearundo(void);
void	setmark(int c, long i);
long	getmark(int c);
long	readfile(char *name, long after, long *nlines);
long	writefile(char *name, long a1, long a2, int append);

/* addr.c */
void	getaddrs(void);
void	defaults(long def1, long def2);
void	nonzero(void);
Reprog	*getre(int delim, int *closed);
long	search(Reprog *re, long from, int forward);
int	matchline(Reprog *re, Line *l);
extern Reprog	*lastre;
extern int	lastnsub;

/* cmd.c */
int	command(void);
void	printlines(long a1, long a2, int mode);
_Noreturn void	quit(int force);

/* sub.c */
void	substitute(void);
void	global(int sense);

#endif
