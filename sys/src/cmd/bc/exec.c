/*
 * exec.c: running the trees parse.c makes.  Variables and arrays are
 * named in a hash table; each name has a stack of values, for a
 * function's parameters and autos hide the caller's (bc's scoping is
 * dynamic: a function sees its callers' autos).  Every value is a Num
 * of its own; eval returns a new one that the caller frees.
 */
#include "bc.h"

int	scale;
int	ibase = 10;
int	obase = 10;
int	curline;	/* the line of the statement running */

enum {
	Snext,	/* how a statement ended: normally, */
	Sbreak,	/* by break, */
	Scont,	/* continue, */
	Sret,	/* or return (the value in retval) */
	Maxdepth	= 10000,	/* nested function calls */
};

typedef struct Val Val;
struct Val {
	Num	*n;	/* nil is 0 */
	Val	*prev;	/* the value it hides */
};

/*
 * An array: Maxdim elements in chunks of Chunk made as they are
 * first set, so that a[16777214] = 1 costs one chunk.  nil is 0.
 */
enum {
	Chunk	= 4096,
	Nchunk	= Maxdim / Chunk + 1,
};
typedef struct Arr Arr;
struct Arr {
	Num	***c;	/* Nchunk chunks, nil until one is set */
	Arr	*prev;
};

typedef struct Sym Sym;
struct Sym {
	char	*name;
	Val	*v;
	Arr	*a;
	Sym	*next;	/* in its hash chain */
};

typedef struct Push Push;
struct Push {	/* a value pushed by a call, to be popped */
	Sym	*s;
	int	arr;
};

static Sym	*hash[256];
static Push	*pushes;
static int	npush, cappush;
static Num	*lastv;
static Num	*retval;
static int	depth;

static Num*	eval(Node *n);
static int	exec(Node *n);

static Sym*
look(char *name)
{
	Sym *s;
	unsigned h;
	char *p;

	h = 0;
	for(p = name; *p != 0; p++)
		h = h*31 + (unsigned char)*p;
	h %= sizeof hash / sizeof hash[0];
	for(s = hash[h]; s != nil; s = s->next)
		if(strcmp(s->name, name) == 0)
			return s;
	s = emalloc(sizeof *s);
	s->name = estrdup(name);
	s->v = emalloc(sizeof *s->v);
	s->v->n = nil;
	s->v->prev = nil;
	s->a = emalloc(sizeof *s->a);
	memset(s->a, 0, sizeof *s->a);
	s->next = hash[h];
	hash[h] = s;
	return s;
}

static void
freearr(Arr *a)
{
	int i;

	int j;

	if(a->c != nil){
		for(i = 0; i < Nchunk; i++){
			if(a->c[i] == nil)
				continue;
			for(j = 0; j < Chunk; j++)
				nfree(a->c[i][j]);
			free(a->c[i]);
		}
		free(a->c);
	}
	free(a);
}

/* hide s's value (or array) by v (or a) */
static void
push(Sym *s, Num *v, Arr *a)
{
	Push *np;

	if(npush == cappush){
		cappush = cappush ? 2*cappush : 64;
		np = emalloc(cappush * sizeof np[0]);
		if(npush > 0)
			memcpy(np, pushes, npush * sizeof np[0]);
		free(pushes);
		pushes = np;
	}
	pushes[npush].s = s;
	pushes[npush].arr = a != nil;
	npush++;
	if(a != nil){
		a->prev = s->a;
		s->a = a;
	}else{
		Val *nv = emalloc(sizeof *nv);
		nv->n = v;
		nv->prev = s->v;
		s->v = nv;
	}
}

/* pop what was pushed since mark */
static void
popto(int mark)
{
	Push *p;
	Val *v;
	Arr *a;

	while(npush > mark){
		p = &pushes[--npush];
		if(p->arr){
			a = p->s->a;
			p->s->a = a->prev;
			freearr(a);
		}else{
			v = p->s->v;
			p->s->v = v->prev;
			nfree(v->n);
			free(v);
		}
	}
}

/* after an error: back to the top level */
void
unwind(void)
{
	popto(0);
	depth = 0;
	nfree(retval);
	retval = nil;
}

static Num*
orzero(Num *n)
{
	return n != nil ? ncopy(n) : nint(0);
}

static int
istrue(Node *n)
{
	Num *v;
	int t;

	v = eval(n);
	t = !niszero(v);
	nfree(v);
	return t;
}

/* an array index: an integer 0 to Maxdim-1 */
static int
subscript(Node *n, char *name)
{
	Num *v;
	long i;

	v = eval(n);
	if(!ntolong(v, &i) || v->neg || i >= Maxdim){
		nfree(v);
		runerr("array %s: index out of range", name);
	}
	nfree(v);
	return i;
}

/* where element i of a is kept; nil if it is 0 and make is 0 */
static Num**
element(Arr *a, int i, int make)
{
	Num ***c;

	if(a->c == nil){
		if(!make)
			return nil;
		a->c = emalloc(Nchunk * sizeof a->c[0]);
		memset(a->c, 0, Nchunk * sizeof a->c[0]);
	}
	c = &a->c[i / Chunk];
	if(*c == nil){
		if(!make)
			return nil;
		*c = emalloc(Chunk * sizeof (*c)[0]);
		memset(*c, 0, Chunk * sizeof (*c)[0]);
	}
	return &(*c)[i % Chunk];
}

/* a copy of a, for a call by value */
static Arr*
copyarr(Arr *a)
{
	Arr *cp;
	Num **e;
	int i, j;

	cp = emalloc(sizeof *cp);
	memset(cp, 0, sizeof *cp);
	if(a->c == nil)
		return cp;
	for(i = 0; i < Nchunk; i++){
		if(a->c[i] == nil)
			continue;
		for(j = 0; j < Chunk; j++)
			if(a->c[i][j] != nil){
				e = element(cp, i*Chunk + j, 1);
				*e = ncopy(a->c[i][j]);
			}
	}
	return cp;
}

static Num*
getvar(Node *n)
{
	Num **p;
	Sym *s;
	int i;

	if(n->op == Narr){
		s = look(n->s);
		i = subscript(n->l, n->s);
		p = element(s->a, i, 0);
		return orzero(p != nil ? *p : nil);
	}
	if(strcmp(n->s, "scale") == 0)
		return nint(scale);
	if(strcmp(n->s, "ibase") == 0)
		return nint(ibase);
	if(strcmp(n->s, "obase") == 0)
		return nint(obase);
	if(strcmp(n->s, "last") == 0)
		return orzero(lastv);
	return orzero(look(n->s)->v->n);
}

/* v limited to lo..hi as an int, with a warning if it was not */
static int
clamp(Num *v, int lo, int hi, char *what)
{
	long l;

	if(!ntolong(v, &l))
		l = v->neg ? LONG_MIN : LONG_MAX;
	if(l < lo){
		warn("%s too small, set to %d", what, lo);
		return lo;
	}
	if(l > hi){
		warn("%s too large, set to %d", what, hi);
		return hi;
	}
	return l;
}

/* store v (which it takes) in the variable n; the value stored */
static Num*
setvar(Node *n, Num *v)
{
	Num **p;
	Sym *s;
	int i;

	if(n->op == Narr){
		s = look(n->s);
		i = subscript(n->l, n->s);
		p = element(s->a, i, 1);
	}else if(strcmp(n->s, "scale") == 0){
		if(v->neg && !niszero(v)){
			warn("negative scale, set to 0");
			scale = 0;
		}else
			scale = clamp(v, 0, Maxscale, "scale");
		nfree(v);
		return nint(scale);
	}else if(strcmp(n->s, "ibase") == 0){
		ibase = clamp(v, 2, 36, "ibase");
		nfree(v);
		return nint(ibase);
	}else if(strcmp(n->s, "obase") == 0){
		obase = clamp(v, 2, INT_MAX, "obase");
		nfree(v);
		return nint(obase);
	}else if(strcmp(n->s, "last") == 0)
		p = &lastv;
	else
		p = &look(n->s)->v->n;
	nfree(*p);
	*p = v;
	return ncopy(v);
}

/* arith's error: its operands freed, the statement stopped with why */
_Noreturn static void
argerr(Num *a, Num *b, char *why)
{
	nfree(a);
	nfree(b);
	runerr(why);
}

/* the operator op on a and b (which it frees) */
static Num*
arith(int op, Num *a, Num *b)
{
	Num *r;
	long e;

	r = nil;
	switch(op){
	case '+':
	case Taddasgn:
		r = nadd(a, b);
		break;
	case '-':
	case Tsubasgn:
		r = nsub(a, b);
		break;
	case '*':
	case Tmulasgn:
		r = nmul(a, b, scale);
		break;
	case '/':
	case Tdivasgn:
		r = ndiv(a, b, scale);
		if(r == nil)
			argerr(a, b, "divide by zero");
		break;
	case '%':
	case Tmodasgn:
		r = nmod(a, b, scale);
		if(r == nil)
			argerr(a, b, "modulo by zero");
		break;
	case '^':
	case Tpowasgn:
		if(b->scale > 0){
			Num *t = ntrunc(b, 0);
			if(ncmp(t, b) != 0)
				warn("non-zero scale in exponent");
			nfree(t);
		}
		if(!ntolong(b, &e))
			argerr(a, b, "exponent too large");
		r = npow(a, e, scale);
		if(r == nil)
			argerr(a, b, "divide by zero");
		break;
	}
	nfree(a);
	nfree(b);
	return r;
}

static int
compare(int op, Num *a, Num *b)
{
	int c;

	c = ncmp(a, b);
	nfree(a);
	nfree(b);
	switch(op){
	case Teq:	return c == 0;
	case Tne:	return c != 0;
	case Tlt:	return c < 0;
	case Tle:	return c <= 0;
	case Tgt:	return c > 0;
	case Tge:	return c >= 0;
	}
	return 0;
}

/* the values of a call's arguments, then the function run on them */
static Num*
call(Node *n)
{
	Func *f;
	Node *a, *p;
	Num **vals, *v;
	Arr **arrs, *cp;
	int i, nargs, mark, k;

	f = lookfunc(n->s);
	if(!f->defined)
		runerr("function %s not defined", n->s);
	nargs = 0;
	for(p = f->params; p != nil; p = p->next)
		nargs++;
	if(nargs != n->n)
		runerr("function %s: %d argument%s, not %d", n->s, nargs, nargs == 1 ? "" : "s", n->n);
	checkintr();
	if(depth >= Maxdepth)
		runerr("function %s: calls nested too deep", n->s);
	vals = emalloc((nargs + 1) * sizeof vals[0]);
	arrs = emalloc((nargs + 1) * sizeof arrs[0]);
	for(a = n->l, p = f->params, i = 0; a != nil; a = a->next, p = p->next, i++){
		vals[i] = nil;
		arrs[i] = nil;
		if((a->op == Nwhole) != (p->op == Nwhole)){
			for(k = 0; k < i; k++){
				nfree(vals[k]);
				if(arrs[k] != nil)
					freearr(arrs[k]);
			}
			free(vals);
			free(arrs);
			runerr("function %s: argument %d: %s expected", n->s, i+1,
				p->op == Nwhole ? "array" : "value");
		}
		if(a->op == Nwhole){
			arrs[i] = copyarr(look(a->s)->a);
		}else
			vals[i] = eval(a);
	}
	mark = npush;
	for(p = f->params, i = 0; p != nil; p = p->next, i++)
		push(look(p->s), vals[i], arrs[i]);
	free(vals);
	free(arrs);
	for(p = f->autos; p != nil; p = p->next){
		if(p->op == Nwhole){
			cp = emalloc(sizeof *cp);
			memset(cp, 0, sizeof *cp);
			push(look(p->s), nil, cp);
		}else
			push(look(p->s), nil, nil);
	}
	depth++;
	nfree(retval);
	retval = nil;
	if(exec(f->body) != Sret || retval == nil){
		nfree(retval);
		retval = nint(0);
	}
	depth--;
	popto(mark);
	v = retval;
	retval = nil;
	return v;
}

/* ++ or -- before or after the variable n */
static Num*
incdec(Node *n, int op)
{
	Num *v, *one, *nv;

	v = getvar(n->l);
	one = nint(1);
	nv = op == Npreinc || op == Npostinc ? nadd(v, one) : nsub(v, one);
	nfree(one);
	nfree(setvar(n->l, nv));
	if(op == Npreinc || op == Npredec){
		nfree(v);
		return getvar(n->l);
	}
	return v;
}

static Num*
eval(Node *n)
{
	Num *a, *b;
	int t;

	switch(n->op){
	case Nnum:
		if(n->num == nil || n->n != ibase){
			nfree(n->num);
			n->num = nparse(n->s, ibase);
			n->n = ibase;
		}
		return ncopy(n->num);
	case Nvar:
	case Narr:
		return getvar(n);
	case Ncall:
		return call(n);
	case Nneg:
		a = eval(n->l);
		b = nneg(a);
		nfree(a);
		return b;
	case Nnot:
		return nint(!istrue(n->l));
	case Npreinc:
	case Npredec:
	case Npostinc:
	case Npostdec:
		return incdec(n, n->op);
	case Nasgn:
		b = eval(n->r);
		if(n->n != Tasgn)
			b = arith(n->n, getvar(n->l), b);
		return setvar(n->l, b);
	case Tlength:
		a = eval(n->l);
		t = nlength(a);
		nfree(a);
		return nint(t);
	case Tscale:
		a = eval(n->l);
		t = a->scale;
		nfree(a);
		return nint(t);
	case Tsqrt:
		a = eval(n->l);
		b = nsqrt(a, scale);
		nfree(a);
		if(b == nil)
			runerr("square root of a negative number");
		return b;
	case Tread:
		runerr("read() is not supported");
	case Nwhole:
		runerr("array %s[] used as a value", n->s);
	case Nbin:
		switch(n->n){
		case Tandand:	/* a false side is the result, its scale kept, as in GNU's */
			a = eval(n->l);
			if(niszero(a))
				return a;
			nfree(a);
			b = eval(n->r);
			if(niszero(b))
				return b;
			nfree(b);
			return nint(1);
		case Toror:
			return nint(istrue(n->l) || istrue(n->r));
		case Teq: case Tne: case Tlt: case Tle: case Tgt: case Tge:
			a = eval(n->l);
			return nint(compare(n->n, a, eval(n->r)));
		}
		a = eval(n->l);
		return arith(n->n, a, eval(n->r));
	}
	runerr("cannot evaluate node %d", n->op);
}

static void
printnum(Num *v)
{
	nprint(v, obase, putch);
}

/* a print statement's string: \n \t and the like */
static void
printesc(char *s)
{
	for(; *s != 0; s++){
		if(*s != '\\' || s[1] == 0){
			putch(*s);
			continue;
		}
		switch(*++s){
		case 'a':	putch('\a'); break;
		case 'b':	putch('\b'); break;
		case 'f':	putch('\f'); break;
		case 'n':	putch('\n'); break;
		case 'r':	putch('\r'); break;
		case 't':	putch('\t'); break;
		case 'q':	putch('"'); break;
		case '\\':	putch('\\'); break;
		default:	putch('\\'); putch(*s); break;
		}
	}
}

/* a list of statements; how it ended */
static int
execlist(Node *n)
{
	int r;

	for(; n != nil; n = n->next)
		if((r = exec(n)) != Snext)
			return r;
	return Snext;
}

static int
exec(Node *n)
{
	Num *v;
	Node *a;
	int r;

	curline = n->line;
	switch(n->op){
	case Nlist:
		return execlist(n->l);
	case Nnop:
		return Snext;
	case Nexpr:
		v = eval(n->l);
		if(n->l->op == Nasgn || (n->l->op == Ncall && lookfunc(n->l->s)->isvoid)){
			nfree(v);
			return Snext;
		}
		printnum(v);
		putch('\n');
		nfree(lastv);
		lastv = v;
		return Snext;
	case Nstr:
		putstr(n->s);
		return Snext;
	case Nprint:
		for(a = n->l; a != nil; a = a->next){
			if(a->op == Nstr){
				printesc(a->s);
				continue;
			}
			v = eval(a);
			printnum(v);
			nfree(lastv);
			lastv = v;
		}
		return Snext;
	case Nif:
		if(istrue(n->x))
			return exec(n->l);
		if(n->r != nil)
			return exec(n->r);
		return Snext;
	case Nwhile:
		while(istrue(n->x)){
			checkintr();
			r = exec(n->r);
			if(r == Sbreak)
				break;
			if(r == Sret)
				return r;
		}
		return Snext;
	case Nfor:
		if(n->x != nil)
			nfree(eval(n->x));
		for(;;){
			checkintr();
			if(n->l != nil && !istrue(n->l))
				break;
			r = exec(n->r);
			if(r == Sbreak)
				break;
			if(r == Sret)
				return r;
			if(n->y != nil)
				nfree(eval(n->y));
		}
		return Snext;
	case Nbreak:
		return Sbreak;
	case Ncont:
		return Scont;
	case Nreturn:
		v = n->l != nil ? eval(n->l) : nint(0);
		nfree(retval);
		retval = v;
		return Sret;
	case Nhalt:
		quit(errors ? 1 : 0);
	case Nlimits:
		putstr("BC_BASE_MAX     = 2147483647\n");
		putstr("BC_DIM_MAX      = 16777215\n");
		putstr("BC_SCALE_MAX    = 1048576\n");
		putstr("BC_STRING_MAX   = 2147483647\n");
		return Snext;
	}
	runerr("cannot run node %d", n->op);
}

/* run a line's statements */
void
runtop(Node *list)
{
	execlist(list);
}

void
freetree(Node *n)
{
	Node *next;

	for(; n != nil; n = next){
		next = n->next;
		freetree(n->l);
		freetree(n->r);
		freetree(n->x);
		freetree(n->y);
		nfree(n->num);
		free(n->s);
		free(n);
	}
}
