/*
 * run.c: the tree walked.  eval gives an expression's value (which
 * the caller owns); exec runs a statement and says whether it broke,
 * continued or returned.  next, nextfile and exit jump back to run's
 * loop (longjmp), from however deep in functions they come.
 */
#include "awk.h"

enum { Cnormal, Cbreak, Ccontinue, Creturn };

int	exitstatus;
int	curline;

static jmp_buf	nextjmp;	/* next (1) and nextfile (2) */
static jmp_buf	exitjmp;
static Var	*frame;	/* the running function's parameters */
static Cell	uninit = {Fnum|Fstr|Fcmpnum, 0, nil};
static Cell	retval = {Fnum|Fstr|Fcmpnum, 0, nil};	/* what return gave */

static int	exec(Node *n);

/* varof: the variable a name node stands for */
Var*
varof(Node *n)
{
	if(n->op == Oparam)
		return &frame[n->n];
	return n->var;
}

/* subscript: a list of subscripts joined by SUBSEP (malloc'd) */
static char*
subscript(Node *list)
{
	char *s, *sep, *t;
	Cell c;

	c = eval(list);
	s = estrdup(getstr(&c));
	cellfree(&c);
	sep = getstr(&vsubsep->c);
	for(list = list->next; list != nil; list = list->next){
		c = eval(list);
		t = emalloc(strlen(s) + strlen(sep) + strlen(getstr(&c)) + 1);
		sprintf(t, "%s%s%s", s, sep, getstr(&c));
		free(s);
		cellfree(&c);
		s = t;
	}
	return s;
}

/* fieldindex: the number of the field $e names */
static long
fieldindex(Node *e)
{
	Cell c;
	double d;

	c = eval(e);
	d = getnum(&c);
	cellfree(&c);
	if(d < 0 || d > 1e7)
		fatal("trying to access out of range field %ld", (long)d);
	return d;
}

/* a place to assign: a variable, an array element or a field */
typedef struct Place Place;
struct Place {
	Var	*var;
	Cell	*elem;
	long	field;	/* -1: not a field */
};

/* place: where the lvalue n is (a subscript or field number evaluated once) */
static Place
place(Node *n)
{
	Place p;
	char *key;

	p.var = nil;
	p.elem = nil;
	p.field = -1;
	switch(n->op){
	case Ovar:
	case Oparam:
		p.var = varof(n);
		break;
	case Oindex:
		key = subscript(n->b);
		p.elem = arrayget(vararray(varof(n->a)), key, 1);
		free(key);
		break;
	case Ofield:
		p.field = fieldindex(n->a);
		break;
	}
	return p;
}

/* placecell: what is in p now */
static Cell*
placecell(Place *p)
{
	if(p->var != nil)
		return varcell(p->var);
	if(p->elem != nil)
		return p->elem;
	return fieldcell(p->field);
}

/* store: p = v (taken); a copy of v */
static Cell
store(Place *p, Cell v)
{
	Cell r;

	r = cellcopy(&v);
	if(p->var != nil){
		cellset(varcell(p->var), v);
		if(p->var == vnf)
			setnf(getnum(&p->var->c));
	}else if(p->elem != nil)
		cellset(p->elem, v);
	else
		fieldset(p->field, v);
	return r;
}

/* setlvalue: the variable, element or field lv = v (taken) */
void
setlvalue(Node *lv, Cell v)
{
	Place p;

	p = place(lv);
	v = store(&p, v);
	cellfree(&v);
}

/* arith: a op b, for + - * / % ^ and their assignments */
static double
arith(int op, double a, double b)
{
	switch(op){
	case Oadd: case Oaddeq:	return a + b;
	case Osub: case Osubeq:	return a - b;
	case Omul: case Omuleq:	return a * b;
	case Odiv: case Odiveq:
		if(b == 0)
			fatal("division by zero");
		return a / b;
	case Omod: case Omodeq:
		if(b == 0)
			fatal("division by zero in mod");
		return mfmod(a, b);
	}
	return mpow(a, b);
}

/* assign: = and the op= forms */
static Cell
assign(Node *n)
{
	Cell v, old;
	Place p;
	double d;

	v = eval(n->b);
	p = place(n->a);
	if(n->op == Oassign)
		return store(&p, v);
	old = cellcopy(placecell(&p));
	d = arith(n->op, getnum(&old), getnum(&v));
	cellfree(&old);
	cellfree(&v);
	return store(&p, mknum(d));
}

/* incdec: ++ and --, before or after */
static Cell
incdec(Node *n)
{
	Place p;
	double d;
	Cell r;

	p = place(n->a);
	d = getnum(placecell(&p));
	r = store(&p, mknum(d + (n->op == Opreinc || n->op == Opostinc ? 1 : -1)));
	if(n->op == Opostinc || n->op == Opostdec){
		cellfree(&r);
		r = mknum(d);
	}
	return r;
}

/* compare: a's order against b's: as numbers if both are, else as strings */
static int
compare(Cell *a, Cell *b)
{
	double x, y;

	if((a->flags & Fcmpnum) && (b->flags & Fcmpnum)){
		x = getnum(a);
		y = getnum(b);
		return x < y ? -1 : x > y;
	}
	return strcmp(getstr(a), getstr(b));
}

/* regexof: the expression n stands for when used as a regular expression */
static Reprog*
regexof(Node *n)
{
	Reprog *re;
	Cell c;

	if(n->op == Oregex)
		return n->re;
	c = eval(n);
	re = recomp(getstr(&c));
	cellfree(&c);
	return re;
}

/* matches: does s match re anywhere? */
static int
matches(Reprog *re, char *s)
{
	Resub m;

	m.sp = m.ep = nil;
	return rematch(re, s, &m);
}

/* catval: a and b as one string */
static Cell
catval(Node *n)
{
	Cell a, b;
	char *s, *sa, *sb;
	long la;

	a = eval(n->a);
	b = eval(n->b);
	sa = getstr(&a);
	sb = getstr(&b);
	la = strlen(sa);
	s = emalloc(la + strlen(sb) + 1);
	memmove(s, sa, la);
	strcpy(s + la, sb);
	cellfree(&a);
	cellfree(&b);
	return mkstrown(s);
}

/* realvar: the variable a name stands for, following a parameter's reference */
static Var*
realvar(Var *v)
{
	if(v->ref != nil && v->type != Vscalar)
		return v->ref;
	return v;
}

/*
 * call: a user function.  A variable that is (or may become) an array
 * is passed by reference; anything else by value.
 */
static Cell
call(Node *n)
{
	Func *f;
	Var *args, *saved, *rv;
	Node *a;
	Cell r;
	int i, nargs;

	f = n->fn;
	if(f->body == nil)
		fatal("calling undefined function %s", f->name);
	nargs = 0;
	for(a = n->a; a != nil; a = a->next)
		nargs++;
	if(nargs > f->nparam)
		fatal("function %s called with %d args, accepts only %d", f->name, nargs, f->nparam);
	args = emalloc((f->nparam + 1) * sizeof args[0]);
	memset(args, 0, (f->nparam + 1) * sizeof args[0]);
	for(i = 0, a = n->a; i < f->nparam; i++){
		args[i].name = f->params[i];
		args[i].c.flags = Fnum|Fstr|Fcmpnum;
		if(a == nil)
			continue;
		if(a->op == Ovar || a->op == Oparam){
			rv = realvar(varof(a));
			if(rv->type == Vscalar){
				args[i].c = cellcopy(&rv->c);
				args[i].type = Vscalar;
			}else
				args[i].ref = rv;
		}else{
			args[i].c = eval(a);
			args[i].type = Vscalar;
		}
		a = a->next;
	}
	saved = frame;
	frame = args;
	exec(f->body);
	frame = saved;
	for(i = 0; i < f->nparam; i++){
		cellfree(&args[i].c);
		if(args[i].ref == nil && args[i].type == Varray){
			arrayclear(args[i].a);
			free(args[i].a->tab);
			free(args[i].a);
		}
	}
	free(args);
	r = retval;
	retval = uninit;
	return r;
}

/* getlineexpr: getline in all its forms; 1, 0 at the end, -1 on an error */
static Cell
getlineexpr(Node *n)
{
	Cell src;
	Place p;
	char *rec;
	long len;
	int r;

	if(n->n == Rnone)
		r = readrec(&rec, &len);
	else{
		src = eval(n->b);
		if(n->n == Rfile)
			r = getlinefile(getstr(&src), &rec, &len);
		else
			r = getlinecmd(getstr(&src), &rec, &len);
		cellfree(&src);
	}
	if(r > 0){
		if(n->a != nil){
			p = place(n->a);
			src = store(&p, mkstrnum(rec));
			cellfree(&src);
		}else
			setrecord(rec, len);
	}
	return mknum(r);
}

/* binary: the operators on two operands that are not control flow */
static Cell
binary(Node *n)
{
	Cell a, b;
	double d;
	int r;

	a = eval(n->a);
	b = eval(n->b);
	switch(n->op){
	case Olt:	r = compare(&a, &b) < 0; break;
	case Ole:	r = compare(&a, &b) <= 0; break;
	case Ogt:	r = compare(&a, &b) > 0; break;
	case Oge:	r = compare(&a, &b) >= 0; break;
	case Oeq:	r = compare(&a, &b) == 0; break;
	case One:	r = compare(&a, &b) != 0; break;
	default:
		d = arith(n->op, getnum(&a), getnum(&b));
		cellfree(&a);
		cellfree(&b);
		return mknum(d);
	}
	cellfree(&a);
	cellfree(&b);
	return mknum(r);
}

/* evalbool: the truth of n */
static int
evalbool(Node *n)
{
	Cell c;
	int r;

	c = eval(n);
	r = istrue(&c);
	cellfree(&c);
	return r;
}

/* eval: the value of expression n, which the caller owns */
Cell
eval(Node *n)
{
	Cell c;
	char *key;
	double d;
	int r;

	switch(n->op){
	case Onum:
		return mknum(n->num);
	case Ostr:
		return mkstr(n->str);
	case Oregex:
		return mknum(matches(n->re, getrecord()));
	case Ovar:
	case Oparam:
		return cellcopy(varcell(varof(n)));
	case Ofield:
		return cellcopy(fieldcell(fieldindex(n->a)));
	case Oindex:
		key = subscript(n->b);
		c = cellcopy(arrayget(vararray(varof(n->a)), key, 1));
		free(key);
		return c;
	case Oin:
	case Oingroup:
		if(n->op == Oin){
			c = eval(n->a);
			key = estrdup(getstr(&c));
			cellfree(&c);
		}else
			key = subscript(n->a);
		r = arrayget(vararray(varof(n->b)), key, 0) != nil;
		free(key);
		return mknum(r);
	case Oassign: case Oaddeq: case Osubeq: case Omuleq:
	case Odiveq: case Omodeq: case Opoweq:
		return assign(n);
	case Ocond:
		return eval(evalbool(n->a) ? n->b : n->c);
	case Oor:
		return mknum(evalbool(n->a) || evalbool(n->b));
	case Oand:
		return mknum(evalbool(n->a) && evalbool(n->b));
	case Omatch:
	case Onomatch:
		c = eval(n->a);
		r = matches(regexof(n->b), getstr(&c));
		cellfree(&c);
		return mknum(n->op == Omatch ? r : !r);
	case Ocat:
		return catval(n);
	case Oneg:
	case Oplus:
		c = eval(n->a);
		d = getnum(&c);
		cellfree(&c);
		return mknum(n->op == Oneg ? -d : d);
	case Onot:
		return mknum(!evalbool(n->a));
	case Opreinc: case Opredec: case Opostinc: case Opostdec:
		return incdec(n);
	case Ocall:
		return call(n);
	case Obuiltin:
		return builtin(n);
	case Ogetline:
		return getlineexpr(n);
	case Ogroup:
		if(n->n)
			fatal("syntax error: a list where a value must be");
		return eval(n->a);
	}
	return binary(n);
}

/* printstmt: print and printf, to their destinations */
static void
printstmt(Node *n)
{
	Cell c;
	Node *a;
	FILE *f;
	char *s, *ofs;
	long len;

	f = stdout;
	if(n->n != Rnone){
		c = eval(n->b);
		f = outstream(n->n, getstr(&c));
		cellfree(&c);
	}
	if(n->op == Oprintf){
		s = format(nil, n->a, &len);
		outwrite(f, s, len);
		free(s);
	}else if(n->a == nil)
		outwrite(f, getrecord(), strlen(getrecord()));
	else{
		ofs = getstr(&vofs->c);
		for(a = n->a; a != nil; a = a->next){
			c = eval(a);
			s = getostr(&c);
			outwrite(f, s, strlen(s));
			cellfree(&c);
			if(a->next != nil)
				outwrite(f, ofs, strlen(ofs));
		}
	}
	s = getstr(&vors->c);
	if(n->op == Oprint)
		outwrite(f, s, strlen(s));
	if(f == stderr)
		fflush(f);
}

/* forin: for(k in a) body, over the keys there when it starts */
static int
forin(Node *n)
{
	char **keys;
	Array *a;
	Place p;
	Cell c;
	int i, nk, r;

	a = vararray(varof(n->b));
	keys = arraykeys(a, &nk);
	r = Cnormal;
	for(i = 0; i < nk; i++){
		if(arrayget(a, keys[i], 0) == nil)
			continue;	/* deleted by the loop */
		p = place(n->a);
		c = store(&p, mkstr(keys[i]));
		cellfree(&c);
		r = exec(n->c);
		if(r == Cbreak || r == Creturn)
			break;
		r = Cnormal;
	}
	for(i = 0; i < nk; i++)
		free(keys[i]);
	free(keys);
	return r == Creturn ? r : Cnormal;
}

/* loop: the shared end of a loop body: 1 to go on, 0 to stop (*r says why) */
static int
loopbody(Node *body, int *r)
{
	*r = exec(body);
	if(*r == Cbreak){
		*r = Cnormal;
		return 0;
	}
	if(*r == Creturn)
		return 0;
	*r = Cnormal;
	return 1;
}

/* exec: run a statement (and those after it in its list, if a block) */
static int
exec(Node *n)
{
	Node *s;
	Cell c;
	int r;

	if(n == nil)
		return Cnormal;
	curline = n->line;
	switch(n->op){
	case Oblock:
		for(s = n->a; s != nil; s = s->next)
			if((r = exec(s)) != Cnormal)
				return r;
		return Cnormal;
	case Oexpr:
		c = eval(n->a);
		cellfree(&c);
		return Cnormal;
	case Oprint:
	case Oprintf:
		printstmt(n);
		return Cnormal;
	case Oif:
		return exec(evalbool(n->a) ? n->b : n->c);
	case Owhile:
		r = Cnormal;
		while(evalbool(n->a) && loopbody(n->b, &r))
			;
		return r;
	case Odo:
		r = Cnormal;
		while(loopbody(n->b, &r) && evalbool(n->a))
			;
		return r;
	case Ofor:
		exec(n->a);
		r = Cnormal;
		while((n->b == nil || evalbool(n->b)) && loopbody(n->d, &r))
			exec(n->c);
		return r;
	case Oforin:
		return forin(n);
	case Obreak:
		return Cbreak;
	case Ocontinue:
		return Ccontinue;
	case Onext:
		longjmp(nextjmp, 1);
	case Onextfile:
		longjmp(nextjmp, 2);
	case Oexit:
		if(n->a != nil){
			c = eval(n->a);
			exitstatus = getnum(&c);
			cellfree(&c);
		}
		longjmp(exitjmp, 1);
	case Oreturn:
		c = n->a != nil ? eval(n->a) : uninit;
		cellfree(&retval);
		retval = c;
		return Creturn;
	case Odelete:
		c = mkstrown(subscript(n->b));
		arraydel(vararray(varof(n->a)), c.str);
		cellfree(&c);
		return Cnormal;
	case Odeleteall:
		arrayclear(vararray(varof(n->a)));
		return Cnormal;
	}
	return Cnormal;
}

/* items: run the pattern-action items over the current record */
static void
items(Prog *p)
{
	Item *it;
	int hit;

	for(it = p->items; it != nil; it = it->next){
		if(it->pat2 != nil){
			hit = it->inrange;
			if(!hit && evalbool(it->pat))
				hit = it->inrange = 1;
			if(hit && evalbool(it->pat2))
				it->inrange = 0;
		}else
			hit = it->pat == nil || evalbool(it->pat);
		if(!hit)
			continue;
		if(it->action == nil){
			outwrite(stdout, getrecord(), strlen(getrecord()));
			outwrite(stdout, getstr(&vors->c), strlen(getstr(&vors->c)));
		}else
			exec(it->action);
	}
}

/* mainloop: the items over every record of the input */
static void
mainloop(Prog *p)
{
	char *rec;
	long len;

	switch(setjmp(nextjmp)){
	case 2:
		endfile();
		/* fall through */
	case 1:
		frame = nil;
		break;
	}
	while(readrec(&rec, &len)){
		setrecord(rec, len);
		items(p);
	}
}

/* run: BEGIN, the records (if there is more than BEGIN), END; exit ends each */
void
run(Prog *p)
{
	Node *b;

	if(setjmp(exitjmp) == 0){
		for(b = p->begin; b != nil; b = b->next)
			exec(b);
		if(p->items != nil || p->end != nil)
			mainloop(p);
	}
	frame = nil;
	if(setjmp(exitjmp) == 0)
		for(b = p->end; b != nil; b = b->next)
			exec(b);
	closeall();
	if(fflush(stdout) != 0)
		exit(2);
}
