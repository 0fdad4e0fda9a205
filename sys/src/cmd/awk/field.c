/*
 * field.c: the record $0 and its fields $1..$NF.  A record is split
 * when it is set, by the FS of that moment; assigning a field (or NF)
 * joins the fields again with OFS into $0.  split() shares the
 * splitting.
 */
#include "awk.h"

static Cell	rec = {Fstr, 0, nil};
static Cell	*flds;	/* flds[1..nf] */
static long	nf;
static long	cap;

/* addfield: append one more field, the n bytes at s, a strnum */
static void
addfield(char *s, long n)
{
	char *t;

	if(nf + 2 > cap){
		cap = cap ? cap * 2 : 32;
		flds = erealloc(flds, cap * sizeof flds[0]);
	}
	t = emalloc(n + 1);
	memmove(t, s, n);
	t[n] = 0;
	nf++;
	flds[nf] = mkstrnum(t);
	free(t);
}

/* a splitter: calls add(piece) for each field of s */
typedef void	Adder(void *arg, char *s, long n);

/* splitblank: fields between runs of blanks, tabs and newlines */
static void
splitblank(char *s, Adder *add, void *arg)
{
	char *b;

	for(;;){
		while(*s == ' ' || *s == '\t' || *s == '\n')
			s++;
		if(*s == 0)
			return;
		for(b = s; *s != 0 && *s != ' ' && *s != '\t' && *s != '\n'; s++)
			;
		add(arg, b, s - b);
	}
}

/* splitchar: fields between each c (and newline too if nl) */
static void
splitchar(char *s, int c, int nl, Adder *add, void *arg)
{
	char *b;

	if(*s == 0)
		return;
	for(b = s;; s++)
		if(*s == 0 || *s == c || (nl && *s == '\n')){
			add(arg, b, s - b);
			if(*s == 0)
				return;
			b = s + 1;
		}
}

/* splitempty: each byte a field */
static void
splitempty(char *s, Adder *add, void *arg)
{
	for(; *s != 0; s++)
		add(arg, s, 1);
}

/* splitre: fields between the (non-empty) matches of re */
static void
splitre(char *s, Reprog *re, Adder *add, void *arg)
{
	Resub m;
	char *b;

	if(*s == 0)
		return;
	b = s;
	m.sp = s;
	m.ep = nil;
	while(*m.sp != 0 && rematch(re, s, &m)){
		if(m.ep == m.sp){
			m.sp = m.ep + 1;	/* an empty match separates nothing */
			m.ep = nil;
			continue;
		}
		add(arg, b, m.sp - b);
		b = m.ep;
		m.sp = m.ep;
		m.ep = nil;
	}
	add(arg, b, strlen(b));
}

/*
 * splitby: s into fields by the separator fs: " " blanks, one other
 * byte itself, "" each byte, else a regular expression.  In paragraph
 * mode (RS "") a newline also separates.
 */
static void
splitby(char *s, char *fs, Adder *add, void *arg)
{
	int para;
	char *re;

	para = getstr(&vrs->c)[0] == 0;
	if(strcmp(fs, " ") == 0)
		splitblank(s, add, arg);
	else if(fs[0] == 0)
		splitempty(s, add, arg);
	else if(fs[1] == 0 && fs[0] != '\\')
		splitchar(s, fs[0], para, add, arg);
	else if(fs[0] == '\\' && fs[1] != 0 && fs[2] == 0 && strchr("nt", fs[1]) == nil)
		splitchar(s, fs[1], para, add, arg);
	else if(para){
		re = emalloc(strlen(fs) + 8);
		sprintf(re, "(%s)|\n", fs);
		splitre(s, recomp(re), add, arg);
		free(re);
	}else
		splitre(s, recomp(fs), add, arg);
}

/* fieldadder: each piece a field */
static void
fieldadder(void *arg, char *s, long n)
{
	USED(arg);
	addfield(s, n);
}

/* splitrec: $0 into $1..$NF by FS */
void
splitrec(void)
{
	long i;

	for(i = 1; i <= nf; i++)
		cellfree(&flds[i]);
	nf = 0;
	splitby(getstr(&rec), getstr(&vfs->c), fieldadder, nil);
	setvarnum(vnf, nf);
}

/* setrecord: $0 becomes the n bytes at s, split into fields */
void
setrecord(char *s, long n)
{
	char *t;

	t = emalloc(n + 1);
	memmove(t, s, n);
	t[n] = 0;
	cellset(&rec, mkstrnum(t));
	free(t);
	splitrec();
}

/* getrecord: $0 */
char*
getrecord(void)
{
	return getstr(&rec);
}

/* rebuild: $0 from the fields, joined by OFS */
static void
rebuild(void)
{
	char *ofs, *s, *f;
	long i, n, len, lofs;

	ofs = getstr(&vofs->c);
	lofs = strlen(ofs);
	len = 1;
	for(i = 1; i <= nf; i++)
		len += strlen(getstr(&flds[i])) + lofs;
	s = emalloc(len);
	n = 0;
	for(i = 1; i <= nf; i++){
		if(i > 1){
			memmove(s + n, ofs, lofs);
			n += lofs;
		}
		f = getstr(&flds[i]);
		memmove(s + n, f, strlen(f));
		n += strlen(f);
	}
	s[n] = 0;
	cellset(&rec, mkstrnum(s));
	free(s);
}

/* fieldcell: $i, to read; a field past NF is empty */
Cell*
fieldcell(long i)
{
	static Cell empty;

	if(i < 0)
		fatal("trying to access out of range field %ld", i);
	if(i == 0)
		return &rec;
	if(i > nf){
		cellfree(&empty);
		empty.flags = Fstr|Fnum|Fcmpnum;
		empty.num = 0;
		return &empty;
	}
	return &flds[i];
}

/* grownf: make fields up to $n, empty */
static void
grownf(long n)
{
	while(nf < n)
		addfield("", 0);
}

/* fieldset: $i = v (which it takes); $0 resplits, any other rebuilds $0 */
void
fieldset(long i, Cell v)
{
	if(i < 0)
		fatal("trying to access out of range field %ld", i);
	if(i == 0){
		getstr(&v);
		v.flags = Fstr;
		cellset(&rec, mkstrnum(v.str ? v.str : ""));
		cellfree(&v);
		splitrec();
		return;
	}
	grownf(i);
	cellset(&flds[i], v);
	setvarnum(vnf, nf);
	rebuild();
}

/* setnf: NF was assigned n: drop or add fields, rebuild $0 */
void
setnf(long n)
{
	if(n < 0)
		fatal("trying to set NF to %ld", n);
	while(nf > n)
		cellfree(&flds[nf--]);
	grownf(n);
	setvarnum(vnf, nf);
	rebuild();
}

typedef struct Splitarg Splitarg;
struct Splitarg {
	Array	*a;
	long	n;
};

/* arrayadder: the next piece as a[++n] */
static void
arrayadder(void *arg, char *s, long n)
{
	Splitarg *sa;
	char key[32], *t;

	sa = arg;
	sa->n++;
	snprintf(key, sizeof key, "%ld", sa->n);
	t = emalloc(n + 1);
	memmove(t, s, n);
	t[n] = 0;
	cellset(arrayget(sa->a, key, 1), mkstrnum(t));
	free(t);
}

/*
 * splitinto: split(s, a, sep): a cleared, then a[1..n] the pieces of s
 * between matches of re, or else separators sep (nil: FS); n
 */
long
splitinto(Array *a, char *s, char *sep, Reprog *re)
{
	Splitarg sa;
	char *t;

	t = estrdup(s);	/* s may be one of a's values */
	arrayclear(a);
	sa.a = a;
	sa.n = 0;
	if(re != nil)
		splitre(t, re, arrayadder, &sa);
	else
		splitby(t, sep != nil ? sep : getstr(&vfs->c), arrayadder, &sa);
	free(t);
	return sa.n;
}
