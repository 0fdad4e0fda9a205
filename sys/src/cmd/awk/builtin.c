/*
 * builtin.c: the built-in functions, and printf's formatting (shared
 * by printf and sprintf).
 */
#include "awk.h"

static double	seed = 1;	/* srand's last seed */
static uvlong	randstate = 1;

/* a growing string */
typedef struct Buf Buf;
struct Buf {
	char	*s;
	long	n;
	long	cap;
};

/* bufadd: append the n bytes at s to b */
static void
bufadd(Buf *b, char *s, long n)
{
	if(b->n + n + 1 > b->cap){
		b->cap = (b->n + n + 1) * 2;
		b->s = erealloc(b->s, b->cap);
	}
	memmove(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = 0;
}

/* bufprintf: add one conversion, made by the C formatter */
static void
bufprintf(Buf *b, char *spec, ...)
{
	va_list ap;
	char *t;
	int n;

	va_start(ap, spec);
	n = vsnprintf(nil, 0, spec, ap);
	va_end(ap);
	t = emalloc(n + 1);
	va_start(ap, spec);
	vsnprintf(t, n + 1, spec, ap);
	va_end(ap);
	bufadd(b, t, n);
	free(t);
}

/* nextarg: the next argument's value (an empty one when they run out) */
static Cell
nextarg(Node **args)
{
	Cell c;

	if(*args == nil){
		c.flags = Fnum|Fstr|Fcmpnum;
		c.num = 0;
		c.str = nil;
		return c;
	}
	c = eval(*args);
	*args = (*args)->next;
	return c;
}

/* convert: one printf conversion of arg by spec (which ends in its letter) */
static void
convert(Buf *b, char *spec, int conv, Cell *arg)
{
	char *s;
	long n;

	n = strlen(spec);
	switch(conv){
	case 'd': case 'i':
		spec[n-1] = 0;
		strcat(spec, "lld");
		bufprintf(b, spec, (vlong)getnum(arg));
		break;
	case 'o': case 'x': case 'X': case 'u':
		spec[n-1] = 0;
		strcat(spec, "ll");
		spec[n+1] = conv;
		spec[n+2] = 0;
		bufprintf(b, spec, (uvlong)(vlong)getnum(arg));
		break;
	case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
		bufprintf(b, spec, getnum(arg));
		break;
	case 'c':
		if((arg->flags & Fnum) && !(arg->flags & Fstr))
			bufprintf(b, spec, (int)getnum(arg));
		else{
			s = getstr(arg);
			if(s[0] != 0)
				bufprintf(b, spec, s[0]);
			else{
				spec[n-1] = 's';
				bufprintf(b, spec, "");
			}
		}
		break;
	case 's':
		bufprintf(b, spec, getstr(arg));
		break;
	}
}

/*
 * format: printf's output for the format fmt (nil: the first of args)
 * and the rest of args; malloc'd, its length in *len
 */
char*
format(char *fmt, Node *args, long *len)
{
	Buf b;
	Cell f, arg;
	char spec[64], *p, *q;
	int n, conv;

	memset(&b, 0, sizeof b);
	bufadd(&b, "", 0);
	f = nextarg(&args);
	fmt = getstr(&f);
	for(p = fmt; *p != 0; ){
		if(*p != '%'){
			for(q = p; *q != 0 && *q != '%'; q++)
				;
			bufadd(&b, p, q - p);
			p = q;
			continue;
		}
		if(p[1] == '%'){
			bufadd(&b, "%", 1);
			p += 2;
			continue;
		}
		/* %[flags][width][.prec][length]conv, * taking an argument */
		n = 0;
		spec[n++] = *p++;
		while(*p != 0 && strchr("-+ #0123456789.*", *p) != nil && n < (int)sizeof spec - 32){
			if(*p == '*'){
				arg = nextarg(&args);
				n += snprintf(spec + n, 24, "%d", (int)getnum(&arg));
				cellfree(&arg);
				p++;
			}else
				spec[n++] = *p++;
		}
		while(*p == 'h' || *p == 'l' || *p == 'L' || *p == 'q')
			p++;
		conv = *p;
		if(conv == 0 || strchr("diouxXeEfFgGcs", conv) == nil){
			bufadd(&b, spec, n);	/* not a conversion: as it is */
			continue;
		}
		p++;
		spec[n++] = conv;
		spec[n] = 0;
		arg = nextarg(&args);
		convert(&b, spec, conv, &arg);
		cellfree(&arg);
	}
	cellfree(&f);
	*len = b.n;
	return b.s;
}

/* argn: the number of arguments in a list */
static int
argn(Node *a)
{
	int n;

	for(n = 0; a != nil; a = a->next)
		n++;
	return n;
}

/* whole: d truncated to an integer, as substr counts */
static double
whole(double d)
{
	return d < 0 ? -mfloor(-d) : mfloor(d);
}

/* substr(s, m[, n]): the characters at positions m to m+n-1 that exist */
static Cell
substr(Node *a)
{
	Cell s, c;
	double m, e, len;
	char *t;

	s = eval(a);
	len = strlen(getstr(&s));
	c = eval(a->next);
	m = whole(getnum(&c));
	cellfree(&c);
	e = len + 1;
	if(a->next->next != nil){
		c = eval(a->next->next);
		e = m + whole(getnum(&c));
		cellfree(&c);
	}
	if(m < 1)
		m = 1;
	if(e > len + 1)
		e = len + 1;
	if(e <= m){
		cellfree(&s);
		return mkstr("");
	}
	t = emalloc(e - m + 1);
	memmove(t, getstr(&s) + (long)m - 1, e - m);
	t[(long)(e - m)] = 0;
	cellfree(&s);
	return mkstrown(t);
}

/* regexarg: an argument used as a regular expression */
static Reprog*
regexarg(Node *a)
{
	Cell c;
	Reprog *re;

	if(a->op == Oregex)
		return a->re;
	c = eval(a);
	re = recomp(getstr(&c));
	cellfree(&c);
	return re;
}

/* addrepl: sub's replacement, & the match, \& a literal & */
static void
addrepl(Buf *b, char *repl, char *sp, char *ep)
{
	char *p;

	for(p = repl; *p != 0; p++){
		if(*p == '\\' && (p[1] == '&' || p[1] == '\\')){
			p++;
			bufadd(b, p, 1);
		}else if(*p == '&')
			bufadd(b, sp, ep - sp);
		else
			bufadd(b, p, 1);
	}
}

/*
 * substitute: sub (all 0) or gsub (all 1) of re by repl in s, into
 * *out (malloc'd); the number of replacements.  An empty match just
 * after another match does not count.
 */
static int
substitute(Reprog *re, char *repl, char *s, int all, char **out)
{
	Buf b;
	Resub m;
	char *p, *last;
	int n;

	memset(&b, 0, sizeof b);
	bufadd(&b, "", 0);
	n = 0;
	last = nil;
	p = s;
	for(;;){
		m.sp = p;
		m.ep = nil;
		if(!rematch(re, s, &m))
			break;
		bufadd(&b, p, m.sp - p);
		if(m.sp == m.ep && m.sp == last){
			/* an empty match right after the last: not one */
		}else{
			addrepl(&b, repl, m.sp, m.ep);
			n++;
		}
		p = m.ep;
		last = m.ep;
		if(m.sp == m.ep){
			if(*p == 0)
				break;
			bufadd(&b, p++, 1);
		}
		if(!all)
			break;
	}
	bufadd(&b, p, strlen(p));
	*out = b.s;
	return n;
}

/* sub, gsub(re, repl[, target]): target ($0 if none) changed in place */
static Cell
subfn(Node *a, int all)
{
	Cell repl, target;
	Node *lv;
	Reprog *re;
	char *out;
	int n;

	re = regexarg(a);
	repl = eval(a->next);
	lv = a->next->next;
	if(lv != nil && lv->op != Ovar && lv->op != Oparam && lv->op != Oindex && lv->op != Ofield)
		fatal("%s: the target must be a variable, element or field", all ? "gsub" : "sub");
	target = lv != nil ? eval(lv) : mkstr(getrecord());
	n = substitute(re, getstr(&repl), getstr(&target), all, &out);
	if(n > 0 && lv != nil)
		setlvalue(lv, mkstrown(out));
	else if(n > 0)
		fieldset(0, mkstrown(out));
	else
		free(out);
	cellfree(&repl);
	cellfree(&target);
	return mknum(n);
}

/* matchfn: match(s, re): RSTART and RLENGTH set; RSTART */
static Cell
matchfn(Node *a)
{
	Cell s;
	Resub m;
	Reprog *re;
	double start, len;

	s = eval(a);
	re = regexarg(a->next);
	m.sp = m.ep = nil;
	start = 0;
	len = -1;
	if(rematch(re, getstr(&s), &m)){
		start = m.sp - getstr(&s) + 1;
		len = m.ep - m.sp;
	}
	cellfree(&s);
	setvarnum(vrstart, start);
	setvarnum(vrlength, len);
	return mknum(start);
}

/* splitfn: split(s, a[, sep]) */
static Cell
splitfn(Node *a)
{
	Cell s, sep;
	Node *an, *sn;
	long n;

	s = eval(a);
	an = a->next;
	if(an->op != Ovar && an->op != Oparam)
		fatal("split: the second argument must be an array");
	sn = an->next;
	if(sn != nil && sn->op == Oregex)
		n = splitinto(vararray(varof(an)), getstr(&s), nil, sn->re);
	else if(sn != nil){
		sep = eval(sn);
		n = splitinto(vararray(varof(an)), getstr(&s), getstr(&sep), nil);
		cellfree(&sep);
	}else
		n = splitinto(vararray(varof(an)), getstr(&s), nil, nil);
	cellfree(&s);
	return mknum(n);
}

/* length([s]) : of $0, a string, or an array's elements */
static Cell
lengthfn(Node *a)
{
	Cell c;
	Var *v;
	double n;

	if(a == nil)
		return mknum(strlen(getrecord()));
	if(a->op == Ovar || a->op == Oparam){
		v = varof(a);
		if(v->ref != nil && v->type != Vscalar)
			v = v->ref;
		if(v->type == Varray)
			return mknum(v->a->n);
	}
	c = eval(a);
	n = strlen(getstr(&c));
	cellfree(&c);
	return mknum(n);
}

/* casefn: tolower or toupper */
static Cell
casefn(Node *a, int (*f)(int))
{
	Cell c;
	char *s, *p;

	c = eval(a);
	s = estrdup(getstr(&c));
	for(p = s; *p != 0; p++)
		*p = f((uchar)*p);
	cellfree(&c);
	return mkstrown(s);
}

/* rand: the next of a 64-bit linear congruential sequence, in [0, 1) */
static double
randfn(void)
{
	randstate = randstate * 6364136223846793005ULL + 1442695040888963407ULL;
	return (randstate >> 11) * (1.0 / 9007199254740992.0);
}

/* numarg: argument a as a number */
static double
numarg(Node *a)
{
	Cell c;
	double d;

	c = eval(a);
	d = getnum(&c);
	cellfree(&c);
	return d;
}

/* strarg: argument a as a string (malloc'd) */
static char*
strarg(Node *a)
{
	Cell c;
	char *s;

	c = eval(a);
	s = estrdup(getstr(&c));
	cellfree(&c);
	return s;
}

/* index(s, t): where t starts in s, from 1; 0 if it does not */
static Cell
indexfn(Node *a)
{
	char *s, *t, *p;
	double r;

	s = strarg(a);
	t = strarg(a->next);
	p = strstr(s, t);
	r = p != nil ? p - s + 1 : 0;
	free(s);
	free(t);
	return mknum(r);
}

/* misc: srand, system, fflush, close, sprintf */
static Cell
misc(Node *n, Node *a)
{
	double prev;
	char *s;
	long len;
	int r;

	switch(n->n){
	case Bsrand:
		prev = seed;
		seed = a != nil ? numarg(a) : (double)time(nil);
		randstate = (uvlong)(vlong)seed;
		return mknum(prev);
	case Bsystem:
		s = strarg(a);
		r = runsystem(s);
		free(s);
		return mknum(r);
	case Bfflush:
		if(a == nil){
			flushall();
			return mknum(0);
		}
		s = strarg(a);
		r = flushstream(s);
		free(s);
		return mknum(r);
	case Bclose:
		s = strarg(a);
		r = closestream(s);
		free(s);
		return mknum(r);
	}
	s = format(nil, a, &len);
	return mkstrown(s);
}

/* nargs: the numbers of arguments each built-in takes, at least and at most */
static int nargs[][2] = {
	[Blength] = {0, 1}, [Bsubstr] = {2, 3}, [Bindex] = {2, 2}, [Bsplit] = {2, 3},
	[Bsub] = {2, 3}, [Bgsub] = {2, 3}, [Bmatch] = {2, 2}, [Bsprintf] = {1, 1000},
	[Btolower] = {1, 1}, [Btoupper] = {1, 1}, [Bint] = {1, 1}, [Bsqrt] = {1, 1},
	[Bexp] = {1, 1}, [Blog] = {1, 1}, [Bsin] = {1, 1}, [Bcos] = {1, 1},
	[Batan2] = {2, 2}, [Brand] = {0, 0}, [Bsrand] = {0, 1}, [Bsystem] = {1, 1},
	[Bfflush] = {0, 1}, [Bclose] = {1, 1},
};

/* builtin: call the built-in function n->n with n->a */
Cell
builtin(Node *n)
{
	Node *a;
	double d;
	int k;

	a = n->a;
	k = argn(a);
	if(k < nargs[n->n][0] || k > nargs[n->n][1])
		fatal("wrong number of arguments to a built-in function");
	switch(n->n){
	case Blength:	return lengthfn(a);
	case Bsubstr:	return substr(a);
	case Bindex:	return indexfn(a);
	case Bsplit:	return splitfn(a);
	case Bsub:	return subfn(a, 0);
	case Bgsub:	return subfn(a, 1);
	case Bmatch:	return matchfn(a);
	case Btolower:	return casefn(a, tolower);
	case Btoupper:	return casefn(a, toupper);
	case Brand:	return mknum(randfn());
	case Bint:
		d = numarg(a);
		return mknum(d < 0 ? -mfloor(-d) : mfloor(d));
	case Bsqrt:	return mknum(msqrt(numarg(a)));
	case Bexp:	return mknum(mexp(numarg(a)));
	case Blog:	return mknum(mlog(numarg(a)));
	case Bsin:	return mknum(msin(numarg(a)));
	case Bcos:	return mknum(mcos(numarg(a)));
	case Batan2:	return mknum(matan2(numarg(a), numarg(a->next)));
	}
	return misc(n, a);
}
