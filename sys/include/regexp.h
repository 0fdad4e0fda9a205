/*
 * regexp.h: regular expressions (libregexp), Plan 9's regexp(6)
 * syntax with a few extensions; see regexp(2).  Matching is by bytes
 * and runs in time linear in the text (a Thompson NFA simulation).
 */
#ifndef REGEXP_H
#define REGEXP_H

/* a submatch: [sp, ep) */
typedef struct Resub Resub;
struct Resub {
	char	*sp;
	char	*ep;
};

typedef struct Reprog Reprog;

/* regcompx flags */
enum {
	REGICASE	= 1<<0,	/* letters match either case */
	REGLITERAL	= 1<<1,	/* the expression is a plain string */
	REGDOTNL	= 1<<2,	/* . and [^x] match newline too (regcompnl) */
	REGNOLINES	= 1<<3,	/* ^ and $ match only at the text's ends (awk) */
};

enum {
	REGNSUB		= 10,	/* \0 (the whole match) .. \9 */
	REGERRMAX	= 64,	/* room for a compile error */
};

Reprog	*regcomp(char *exp);
Reprog	*regcomplit(char *exp);
Reprog	*regcompnl(char *exp);
Reprog	*regcompx(char *exp, int flags, char *err, int nerr);
int	regexec(Reprog *prog, char *s, Resub *match, int msize);
int	regexecx(Reprog *prog, char *bol, char *sp, char *ep, Resub *match, int msize);
void	regsub(char *src, char *dst, int dlen, Resub *match, int msize);
void	regfree(Reprog *prog);
char	*regerrstr(void);

#endif
