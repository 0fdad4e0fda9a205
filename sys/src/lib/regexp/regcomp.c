/*
 * regcomp.c: compile a regular expression.  A recursive-descent
 * parser builds a tree of Node (alternation, then concatenation, then
 * the closures * + ? {n,m}, then atoms), which is emitted as a program
 * for regexec's VM.  Every error, and a program over MAXINST
 * instructions or parentheses nested past MAXDEPTH, is reported
 * without crashing: regcomp returns nil.
 */
#include <u.h>
#include <string.h>
#include <stdlib.h>
#include <regexp.h>
#include "impl.h"

enum {
	NLIT, NANY, NCLASS, NASSERT, NEMPTY,
	NCAT, NALT, NSTAR, NPLUS, NQUEST, NREP, NGROUP,
};

typedef struct Node Node;
struct Node {
	int	type;
	int	c;	/* NLIT: the byte; NASSERT: the opcode; NCLASS: index */
	int	n;	/* NGROUP: the group (or -1); NREP: the minimum */
	int	max;	/* NREP: the maximum, -1 for none */
	Node	*l;
	Node	*r;
};

typedef struct Parse Parse;
struct Parse {
	uchar	*p;		/* next byte of the expression */
	int	flags;
	char	*err;		/* the first error, or nil */
	Node	*nodes;		/* room for every node */
	int	nnode;
	int	maxnode;
	uchar	*cls;		/* the classes' sets */
	int	ncls;
	int	maxcls;
	int	ngroup;		/* groups opened so far */
	int	depth;
	Inst	*inst;		/* the program being emitted */
	int	ninst;
};

static char lasterr[REGERRMAX];

static Node *parsealt(Parse *ps);

/* seterr: keep the first error */
static void
seterr(Parse *ps, char *msg)
{
	if(ps->err == nil)
		ps->err = msg;
}

/* newnode: a node from the arena, or nil (with the error set) */
static Node*
newnode(Parse *ps, int type, Node *l, Node *r)
{
	Node *n;

	if(ps->nnode >= ps->maxnode){
		seterr(ps, "expression too big");
		return nil;
	}
	n = &ps->nodes[ps->nnode++];
	memset(n, 0, sizeof *n);
	n->type = type;
	n->l = l;
	n->r = r;
	return n;
}

/* newclass: a new empty 256-bit set; its index, or -1 */
static int
newclass(Parse *ps)
{
	uchar *c;
	int m;

	if(ps->ncls >= ps->maxcls){
		m = ps->maxcls ? 2*ps->maxcls : 4;
		c = realloc(ps->cls, (usize)m * 32);
		if(c == nil){
			seterr(ps, "out of memory");
			return -1;
		}
		ps->cls = c;
		ps->maxcls = m;
	}
	memset(ps->cls + ps->ncls*32, 0, 32);
	return ps->ncls++;
}

/* setbit: add byte c to set s */
static void
setbit(uchar *s, int c)
{
	s[c>>3] |= 1 << (c&7);
}

static int
isword(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* the named classes of [[:name:]] and of \d \w \s */
static int
inclass(char *name, int c)
{
	if(strcmp(name, "alpha") == 0)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	if(strcmp(name, "digit") == 0)
		return c >= '0' && c <= '9';
	if(strcmp(name, "alnum") == 0)
		return inclass("alpha", c) || inclass("digit", c);
	if(strcmp(name, "word") == 0)
		return isword(c);
	if(strcmp(name, "upper") == 0)
		return c >= 'A' && c <= 'Z';
	if(strcmp(name, "lower") == 0)
		return c >= 'a' && c <= 'z';
	if(strcmp(name, "space") == 0)
		return c == ' ' || (c >= '\t' && c <= '\r');
	if(strcmp(name, "blank") == 0)
		return c == ' ' || c == '\t';
	if(strcmp(name, "punct") == 0)
		return c > ' ' && c < 0x7f && !inclass("alnum", c);
	if(strcmp(name, "print") == 0)
		return c >= ' ' && c < 0x7f;
	if(strcmp(name, "graph") == 0)
		return c > ' ' && c < 0x7f;
	if(strcmp(name, "cntrl") == 0)
		return c < ' ' || c == 0x7f;
	if(strcmp(name, "xdigit") == 0)
		return inclass("digit", c) || (lower(c) >= 'a' && lower(c) <= 'f');
	return -1;
}

/* addnamed: add every byte of the named class to s; 0 or -1 if unknown */
static int
addnamed(uchar *s, char *name)
{
	int c;

	if(inclass(name, 'a') < 0)
		return -1;
	for(c = 0; c < 256; c++)
		if(inclass(name, c) > 0)
			setbit(s, c);
	return 0;
}

/* escchar: the byte a backslash escape c stands for (n t r f v, else c) */
static int
escchar(int c)
{
	switch(c){
	case 'n':	return '\n';
	case 't':	return '\t';
	case 'r':	return '\r';
	case 'f':	return '\f';
	case 'v':	return '\v';
	case 'a':	return '\a';
	}
	return c;
}

/* shorthand: the class name of \d \w \s (and their capitals), or nil */
static char*
shorthand(int c)
{
	switch(lower(c)){
	case 'd':	return "digit";
	case 'w':	return "word";
	case 's':	return "space";
	}
	return nil;
}

/* finishclass: apply negation, newline and case rules to set k */
static void
finishclass(Parse *ps, int k, int neg)
{
	uchar *s;
	int c;

	s = ps->cls + k*32;
	if(ps->flags & REGICASE)
		for(c = 0; c < 256; c++)
			if(s[c>>3] & (1 << (c&7))){
				setbit(s, lower(c));
				setbit(s, upper(c));
			}
	if(neg){
		for(c = 0; c < 32; c++)
			s[c] = ~s[c];
		if(!(ps->flags & REGDOTNL))
			s['\n'>>3] &= ~(1 << ('\n'&7));
	}
}

/* parseclass: after '[', a bracket expression up to ']' */
static Node*
parseclass(Parse *ps)
{
	Node *n;
	uchar *s;
	int k, neg, c, hi, first;
	char name[16];
	uchar *e;

	k = newclass(ps);
	if(k < 0)
		return nil;
	neg = 0;
	if(*ps->p == '^'){
		neg = 1;
		ps->p++;
	}
	first = 1;
	for(;;){
		s = ps->cls + k*32;	/* newclass may not move it now, but be safe */
		c = *ps->p;
		if(c == 0){
			seterr(ps, "missing ]");
			return nil;
		}
		ps->p++;
		if(c == ']' && !first)
			break;
		first = 0;
		if(c == '[' && *ps->p == ':'){
			e = (uchar*)strstr((char*)ps->p + 1, ":]");
			if(e == nil || e - (ps->p + 1) >= (long)sizeof name){
				seterr(ps, "bad character class name");
				return nil;
			}
			memmove(name, ps->p + 1, e - (ps->p + 1));
			name[e - (ps->p + 1)] = 0;
			if(addnamed(s, name) < 0){
				seterr(ps, "bad character class name");
				return nil;
			}
			ps->p = e + 2;
			continue;
		}
		if(c == '\\'){
			c = *ps->p++;
			if(c == 0){
				seterr(ps, "trailing backslash");
				return nil;
			}
			if(shorthand(c) != nil && c >= 'a'){
				addnamed(s, shorthand(c));
				continue;
			}
			if(shorthand(c) != nil){
				seterr(ps, "\\D \\W \\S not allowed in []");
				return nil;
			}
			c = escchar(c);
		}
		hi = c;
		if(ps->p[0] == '-' && ps->p[1] != ']' && ps->p[1] != 0){
			ps->p++;
			hi = *ps->p++;
			if(hi == '\\'){
				hi = *ps->p++;
				if(hi == 0){
					seterr(ps, "trailing backslash");
					return nil;
				}
				hi = escchar(hi);
			}else if(hi == '[' && *ps->p == ':'){
				seterr(ps, "bad range");
				return nil;
			}
			if(hi < c){
				seterr(ps, "bad range");
				return nil;
			}
		}
		for(; c <= hi; c++)
			setbit(s, c);
	}
	finishclass(ps, k, neg);
	n = newnode(ps, NCLASS, nil, nil);
	if(n != nil)
		n->c = k;
	return n;
}

/* parseesc: after a backslash outside brackets */
static Node*
parseesc(Parse *ps)
{
	Node *n;
	int c, k, op;

	c = *ps->p;
	if(c == 0){
		seterr(ps, "trailing backslash");
		return nil;
	}
	ps->p++;
	if(shorthand(c) != nil){
		k = newclass(ps);
		if(k < 0)
			return nil;
		addnamed(ps->cls + k*32, shorthand(c));
		finishclass(ps, k, c < 'a');
		n = newnode(ps, NCLASS, nil, nil);
		if(n != nil)
			n->c = k;
		return n;
	}
	op = -1;
	switch(c){
	case 'b':	op = IWORDB; break;
	case 'B':	op = INWORDB; break;
	case '<':	op = IWBEG; break;
	case '>':	op = IWEND; break;
	}
	if(op >= 0){
		n = newnode(ps, NASSERT, nil, nil);
		if(n != nil)
			n->c = op;
		return n;
	}
	if(c >= '1' && c <= '9'){
		seterr(ps, "back references are not supported");
		return nil;
	}
	n = newnode(ps, NLIT, nil, nil);
	if(n != nil)
		n->c = escchar(c);
	return n;
}

/* parseatom: one atom, or nil at the end of a concatenation */
static Node*
parseatom(Parse *ps)
{
	Node *n, *sub;
	int c;

	c = *ps->p;
	switch(c){
	case 0:
	case '|':
	case ')':
		return nil;
	case '*':
	case '+':
	case '?':
		seterr(ps, c == '*' ? "missing operand for *" : c == '+' ? "missing operand for +" : "missing operand for ?");
		return nil;
	}
	ps->p++;
	switch(c){
	case '(':
		if(++ps->depth > MAXDEPTH){
			seterr(ps, "parentheses nested too deeply");
			return nil;
		}
		n = newnode(ps, NGROUP, nil, nil);
		if(n == nil)
			return nil;
		n->n = ++ps->ngroup < REGNSUB ? ps->ngroup : -1;
		sub = parsealt(ps);
		if(ps->err != nil)
			return nil;
		if(*ps->p != ')'){
			seterr(ps, "missing )");
			return nil;
		}
		ps->p++;
		ps->depth--;
		n->l = sub;
		return n;
	case '[':
		return parseclass(ps);
	case '\\':
		return parseesc(ps);
	case '.':
		return newnode(ps, NANY, nil, nil);
	case '^':
		n = newnode(ps, NASSERT, nil, nil);
		if(n != nil)
			n->c = ps->flags & REGNOLINES ? IBOT : IBOL;
		return n;
	case '$':
		n = newnode(ps, NASSERT, nil, nil);
		if(n != nil)
			n->c = ps->flags & REGNOLINES ? IEOT : IEOL;
		return n;
	}
	n = newnode(ps, NLIT, nil, nil);
	if(n != nil)
		n->c = c;
	return n;
}

/* number: decimal digits at *pp, at most MAXREP+1; -1 if none */
static int
number(uchar **pp)
{
	uchar *p;
	int v;

	p = *pp;
	if(*p < '0' || *p > '9')
		return -1;
	v = 0;
	while(*p >= '0' && *p <= '9'){
		if(v <= MAXREP)
			v = v*10 + *p - '0';
		p++;
	}
	*pp = p;
	return v;
}

/*
 * parsecount: at '{', a count {n} {n,} {n,m}: fill *min and *max
 * (-1: none) and return 1; 0 if it is not a count ('{' is literal).
 */
static int
parsecount(Parse *ps, int *min, int *max)
{
	uchar *p;

	p = ps->p + 1;
	*min = number(&p);
	if(*min < 0)
		return 0;
	*max = *min;
	if(*p == ','){
		p++;
		*max = number(&p);
	}
	if(*p != '}')
		return 0;
	ps->p = p + 1;
	if(*min > MAXREP || *max > MAXREP)
		seterr(ps, "repetition count too big");
	else if(*max >= 0 && *max < *min)
		seterr(ps, "bad repetition count");
	return 1;
}

/* parserep: an atom and its closures */
static Node*
parserep(Parse *ps)
{
	Node *n;
	int c, min, max, nop;

	n = parseatom(ps);
	nop = 0;
	while(n != nil && ps->err == nil){
		c = *ps->p;
		if((c == '*' || c == '+' || c == '?' || c == '{') && ++nop > MAXOPS){
			seterr(ps, "too many repetition operators");
			return nil;
		}
		if(c == '*')
			n = newnode(ps, NSTAR, n, nil);
		else if(c == '+')
			n = newnode(ps, NPLUS, n, nil);
		else if(c == '?')
			n = newnode(ps, NQUEST, n, nil);
		else if(c == '{' && parsecount(ps, &min, &max)){
			if(ps->err != nil)
				return nil;
			n = newnode(ps, NREP, n, nil);
			if(n != nil){
				n->n = min;
				n->max = max;
			}
			continue;
		}else
			break;
		ps->p++;
	}
	return ps->err != nil ? nil : n;
}

/* parsecat: a concatenation, perhaps empty, as a right-leaning chain */
static Node*
parsecat(Parse *ps)
{
	Node *l, *r, *last;

	l = parserep(ps);
	if(l == nil)
		return ps->err != nil ? nil : newnode(ps, NEMPTY, nil, nil);
	last = nil;
	while((r = parserep(ps)) != nil){
		if(last == nil)
			l = last = newnode(ps, NCAT, l, r);
		else
			last = last->r = newnode(ps, NCAT, last->r, r);
		if(last == nil)
			return nil;
	}
	return ps->err != nil ? nil : l;
}

/* parsealt: alternatives separated by |, as a right-leaning chain */
static Node*
parsealt(Parse *ps)
{
	Node *l, *r, *last;

	l = parsecat(ps);
	last = nil;
	while(ps->err == nil && *ps->p == '|'){
		ps->p++;
		r = parsecat(ps);
		if(r == nil)
			return nil;
		if(last == nil)
			l = last = newnode(ps, NALT, l, r);
		else
			last = last->r = newnode(ps, NALT, last->r, r);
		if(last == nil)
			return nil;
	}
	return ps->err != nil ? nil : l;
}

/* capped arithmetic for program sizes: anything over MAXINST is MAXINST+1 */
static long
cap(long n)
{
	return n > MAXINST ? MAXINST + 1 : n;
}

/*
 * size: the instructions node n will take, capped.  Chains of
 * concatenation and alternation lean right and are walked in a loop,
 * so recursion is bounded by the nesting of groups and closures.
 */
static long
size(Node *n)
{
	long s, t;

	t = 0;
	for(;;){
		switch(n->type){
		case NCAT:
			t = cap(t + size(n->l));
			n = n->r;
			continue;
		case NALT:
			t = cap(t + size(n->l) + 2);
			n = n->r;
			continue;
		case NEMPTY:
			return t;
		case NLIT: case NANY: case NCLASS: case NASSERT:
			return cap(t + 1);
		case NSTAR:
			return cap(t + size(n->l) + 2);
		case NPLUS: case NQUEST:
			return cap(t + size(n->l) + 1);
		case NGROUP:
			return cap(t + size(n->l) + (n->n >= 0 ? 2 : 0));
		case NREP:
			s = size(n->l);
			if(n->max < 0)
				return cap(t + s * n->n + s + 2);
			return cap(t + s * n->n + (s + 1) * (n->max - n->n));
		}
		return t;
	}
}

/* emit: append an instruction; its index */
static int
emit(Parse *ps, int op)
{
	Inst *i;

	i = &ps->inst[ps->ninst];
	memset(i, 0, sizeof *i);
	i->op = op;
	return ps->ninst++;
}

/*
 * gen: emit the program for node n (size() has checked the room).
 * The jumps out of a chain of alternatives are linked through their
 * x fields (-1 ends the list) and patched when the chain ends.
 */
static void
gen(Parse *ps, Node *n)
{
	int a, b, k, jmps;

	jmps = -1;
	for(;;){
		switch(n->type){
		case NCAT:
			gen(ps, n->l);
			n = n->r;
			continue;
		case NALT:
			a = emit(ps, ISPLIT);
			ps->inst[a].x = ps->ninst;
			gen(ps, n->l);
			b = emit(ps, IJMP);
			ps->inst[b].x = jmps;
			jmps = b;
			ps->inst[a].y = ps->ninst;
			n = n->r;
			continue;
		case NEMPTY:
			break;
		case NLIT:
			a = emit(ps, ICHAR);
			ps->inst[a].c = n->c;
			if((ps->flags & REGICASE) && lower(n->c) != upper(n->c)){
				ps->inst[a].c = lower(n->c);
				ps->inst[a].icase = 1;
			}
			break;
		case NANY:
			emit(ps, ps->flags & REGDOTNL ? IANYNL : IANY);
			break;
		case NCLASS:
			a = emit(ps, ICLASS);
			ps->inst[a].n = n->c;	/* an index until the sets are final */
			break;
		case NASSERT:
			emit(ps, n->c);
			break;
		case NSTAR:
			a = emit(ps, ISPLIT);
			ps->inst[a].x = ps->ninst;
			gen(ps, n->l);
			b = emit(ps, IJMP);
			ps->inst[b].x = a;
			ps->inst[a].y = ps->ninst;
			break;
		case NPLUS:
			a = ps->ninst;
			gen(ps, n->l);
			b = emit(ps, ISPLIT);
			ps->inst[b].x = a;
			ps->inst[b].y = ps->ninst;
			break;
		case NQUEST:
			a = emit(ps, ISPLIT);
			ps->inst[a].x = ps->ninst;
			gen(ps, n->l);
			ps->inst[a].y = ps->ninst;
			break;
		case NGROUP:
			if(n->n >= 0){
				a = emit(ps, ISAVE);
				ps->inst[a].n = 2*n->n;
			}
			gen(ps, n->l);
			if(n->n >= 0){
				a = emit(ps, ISAVE);
				ps->inst[a].n = 2*n->n + 1;
			}
			break;
		case NREP:
			for(k = 0; k < n->n; k++)
				gen(ps, n->l);
			if(n->max < 0){
				a = emit(ps, ISPLIT);
				ps->inst[a].x = ps->ninst;
				gen(ps, n->l);
				b = emit(ps, IJMP);
				ps->inst[b].x = a;
				ps->inst[a].y = ps->ninst;
			}else
				for(; k < n->max; k++){
					a = emit(ps, ISPLIT);
					ps->inst[a].x = ps->ninst;
					gen(ps, n->l);
					ps->inst[a].y = ps->ninst;
				}
			break;
		}
		break;
	}
	while(jmps >= 0){
		b = ps->inst[jmps].x;
		ps->inst[jmps].x = ps->ninst;
		jmps = b;
	}
}

/* lit: the tree for a literal string: a right-leaning chain of NLIT */
static Node*
lit(Parse *ps)
{
	Node *l, *r, *last;

	l = newnode(ps, NEMPTY, nil, nil);
	last = nil;
	while(l != nil && *ps->p != 0){
		r = newnode(ps, NLIT, nil, nil);
		if(r == nil)
			return nil;
		r->c = *ps->p++;
		if(last == nil)
			l = last = newnode(ps, NCAT, l, r);
		else
			last = last->r = newnode(ps, NCAT, last->r, r);
		if(last == nil)
			return nil;
	}
	return l;
}

/* fail: record the reason for the caller */
static Reprog*
fail(Parse *ps, char *err, int nerr, Reprog *prog)
{
	if(err != nil && nerr > 0){
		strncpy(err, ps->err, nerr - 1);
		err[nerr-1] = 0;
	}
	strncpy(lasterr, ps->err, sizeof lasterr - 1);
	free(ps->nodes);
	free(ps->cls);
	free(ps->inst);
	regfree(prog);
	return nil;
}

/* scratch: make regexec's working space, sized to the program */
static int
scratch(Reprog *p)
{
	int i, n;

	n = p->ninst;
	for(i = 0; i < 2; i++){
		p->list[i].t = malloc((usize)n * sizeof(Thread));
		p->list[i].subs = malloc((usize)n * p->nslot * sizeof(char*));
		if(p->list[i].t == nil || p->list[i].subs == nil)
			return -1;
	}
	p->mark = calloc(n, sizeof(int));
	p->stack = malloc((usize)(2*n + 2*p->nslot + 4) * 2 * sizeof(int));
	p->saved = malloc((usize)(2*n + 2*p->nslot + 4) * sizeof(char*));
	p->tmpsub = malloc((usize)p->nslot * sizeof(char*));
	if(p->mark == nil || p->stack == nil || p->saved == nil || p->tmpsub == nil)
		return -1;
	return 0;
}

/*
 * regcompx: compile exp with flags (REGICASE, REGLITERAL, REGDOTNL,
 * REGNOLINES).
 * On error, nil, with the reason in err (nerr bytes) if err is given.
 */
Reprog*
regcompx(char *exp, int flags, char *err, int nerr)
{
	Parse ps;
	Reprog *prog;
	Node *tree;
	long sz, len;
	int i, a;

	memset(&ps, 0, sizeof ps);
	ps.p = (uchar*)exp;
	ps.flags = flags;
	len = strlen(exp);
	if(len > 4*MAXINST){
		ps.err = "expression too big";
		return fail(&ps, err, nerr, nil);
	}
	ps.maxnode = 2*len + 4;
	ps.nodes = malloc((usize)ps.maxnode * sizeof(Node));
	if(ps.nodes == nil){
		ps.err = "out of memory";
		return fail(&ps, err, nerr, nil);
	}
	if(flags & REGLITERAL)
		tree = lit(&ps);
	else{
		tree = parsealt(&ps);
		if(ps.err == nil && *ps.p == ')')
			seterr(&ps, "unmatched )");
	}
	if(ps.err != nil || tree == nil){
		seterr(&ps, "syntax error");
		return fail(&ps, err, nerr, nil);
	}
	sz = size(tree) + 3;
	if(sz > MAXINST){
		ps.err = "expression too big";
		return fail(&ps, err, nerr, nil);
	}
	ps.inst = malloc((usize)sz * sizeof(Inst));
	prog = calloc(1, sizeof *prog);
	if(ps.inst == nil || prog == nil){
		ps.err = "out of memory";
		return fail(&ps, err, nerr, prog);
	}
	a = emit(&ps, ISAVE);
	ps.inst[a].n = 0;
	gen(&ps, tree);
	a = emit(&ps, ISAVE);
	ps.inst[a].n = 1;
	emit(&ps, IMATCH);
	prog->inst = ps.inst;
	prog->ninst = ps.ninst;
	prog->cls = ps.cls;
	prog->ncls = ps.ncls;
	ps.inst = nil;
	ps.cls = nil;
	for(i = 0; i < prog->ninst; i++)
		if(prog->inst[i].op == ICLASS)
			prog->inst[i].cls = prog->cls + prog->inst[i].n*32;
	i = ps.ngroup + 1;
	if(i > REGNSUB)
		i = REGNSUB;
	prog->nslot = 2*i;
	free(ps.nodes);
	ps.nodes = nil;
	if(scratch(prog) < 0){
		ps.err = "out of memory";
		return fail(&ps, err, nerr, prog);
	}
	return prog;
}

/* regcomp: compile exp; nil on error (the reason from regerrstr) */
Reprog*
regcomp(char *exp)
{
	return regcompx(exp, 0, nil, 0);
}

/* regcomplit: exp matches itself */
Reprog*
regcomplit(char *exp)
{
	return regcompx(exp, REGLITERAL, nil, 0);
}

/* regcompnl: as regcomp, but . and [^x] match newline */
Reprog*
regcompnl(char *exp)
{
	return regcompx(exp, REGDOTNL, nil, 0);
}

/* regerrstr: the reason the last compile failed */
char*
regerrstr(void)
{
	return lasterr;
}

/* regfree: release a program (nil is fine) */
void
regfree(Reprog *p)
{
	int i;

	if(p == nil)
		return;
	for(i = 0; i < 2; i++){
		free(p->list[i].t);
		free(p->list[i].subs);
	}
	free(p->mark);
	free(p->stack);
	free(p->saved);
	free(p->tmpsub);
	free(p->inst);
	free(p->cls);
	free(p);
}
