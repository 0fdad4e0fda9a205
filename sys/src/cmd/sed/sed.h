/* sed.h: what sed's parser (parse.c), engine (run.c) and main (sed.c) share */
#ifndef SED_H
#define SED_H
#include <libc.h>
#include <sys/stat.h>
#include <regexp.h>

enum { Anone, Aline, Alast, Are };

typedef struct Addr Addr;
struct Addr {
	int	type;
	long	line;
	Reprog	*re;	/* nil with Are: the last expression used */
};

typedef struct Cmd Cmd;
struct Cmd {
	int	cmd;	/* 's' 'p' 'd' 'q' '=' '{' '}' 'y' 'a' ... */
	int	naddr;
	Addr	a1;
	Addr	a2;
	int	neg;	/* ! */
	int	active;	/* inside the range */
	int	jump;	/* '{': the index of its '}'; b, t: of the label */
	char	*text;	/* a i c: the text; b t ':': the label; r w: the file */
	int	wf;	/* w, s///w: 1 + the index of the file in Sed.wname, or 0 */
	uchar	*map;	/* y: 256 bytes */
	/* s */
	Reprog	*re;	/* nil: the last expression used */
	char	*repl;
	int	gflag;
	int	pflag;
	long	nth;
};

typedef struct Sed Sed;
struct Sed {
	Cmd	*cmds;
	int	ncmd;
	int	*open;	/* unclosed '{', a stack of indices */
	int	nopen;
	int	nflag;
	long	lineno;
	int	quit;
	int	noprev;	/* // came before any expression */
	Reprog	*lastre;
	void	(*out)(Sed*, char*, long);
	void	*arg;	/* for out */
	/*
	 * w and s///w write to file wf-1 through wout; r asks rfile to add
	 * a file's text after this cycle's output (with sedqueue).  The
	 * names in wname are distinct, in the order the script gives them,
	 * for the caller to create before the first line.
	 */
	void	(*wout)(Sed*, int wf, char*, long);
	void	(*rfile)(Sed*, char *name);
	char	**wname;
	int	nwname;
	char	*ps;	/* the pattern space */
	long	pslen;
	long	pscap;
	char	*tmp;	/* the substitution's result */
	long	tmpcap;
	char	*hs;	/* the hold space */
	long	hslen;
	long	hscap;
	char	*aq;	/* text of a, to print at the end of the cycle */
	long	aqlen;
	long	aqcap;
	int	resume;	/* n or N waits for the next line: 1 + the next pc */
	int	tflag;	/* s replaced since the line was read or t jumped */
};

/* parse.c */
int	sedparse(Sed *s, char *script, char *err, int nerr);
int	sedcheck(Sed *s, char *err, int nerr);

/* run.c */
int	sedline(Sed *s, char *line, long n, int last);
int	bufadd(char **b, long *len, long *cap, char *p, long n);
int	sedqueue(Sed *s, char *p, long n);
void	sedfree(Sed *s);

#endif
