/*
 * re.c: awk's regular expressions over libregexp: POSIX EREs where
 * . and [^x] match a newline too and ^ and $ only the string's ends.
 * Expressions made from strings at run time are kept, compiled, in a
 * small cache, so a loop does not compile the same one again.
 */
#include "awk.h"

enum { Ncache = 32 };

typedef struct Cached Cached;
struct Cached {
	char	*src;
	Reprog	*re;
};

static Cached	cache[Ncache];
static int	ncache;
static int	victim;	/* the next entry replaced when the cache is full */

/* recomp: s compiled; a bad expression ends awk */
Reprog*
recomp(char *s)
{
	char err[REGERRMAX];
	Reprog *re;
	int i;

	for(i = 0; i < ncache; i++)
		if(strcmp(cache[i].src, s) == 0)
			return cache[i].re;
	re = regcompx(s, REGDOTNL|REGNOLINES, err, sizeof err);
	if(re == nil)
		fatal("%s in regular expression %s", err, s);
	if(ncache < Ncache)
		i = ncache++;
	else{
		i = victim;
		victim = (victim + 1) % Ncache;
		free(cache[i].src);	/* its program may be a tree's: kept */
	}
	cache[i].src = estrdup(s);
	cache[i].re = re;
	return re;
}

/*
 * rematch: the leftmost longest match of re in s at or after m->sp
 * (nil: s), into *m; 0 if none.  ^ matches only at s itself.
 */
int
rematch(Reprog *re, char *s, Resub *m)
{
	char *sp;

	sp = m->sp != nil ? m->sp : s;
	return regexecx(re, s, sp, nil, m, 1);
}
