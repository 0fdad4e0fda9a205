/*
 * parse.c: bc's grammar, by recursive descent.  Operators, loosest
 * first (as GNU bc's grammar has them): || && ! relations, then
 * assignment (right to left), + -, * / %, ^ (right to left), unary -,
 * ++ --.  So a = 1 < 2 is (a = 1) < 2, and -2^2 is 4.  parsetop gives
 * the statements of one line at a time; define is done as it is read,
 * quit ends bc as it is read.
 */
#include "bc.h"

static int	loops;		/* for/while bodies being read */
static Func	*infunc;	/* the function being read */
static Func	**funcs;
static int	nfuncs;

static Node*	expr(void);
static Node*	binary(int min);
static Node*	statement(void);

static Node*
node(int op, Node *l, Node *r)
{
	Node *n;

	n = emalloc(sizeof *n);
	memset(n, 0, sizeof *n);
	n->op = op;
	n->l = l;
	n->r = r;
	n->line = tokline;
	return n;
}

/* the function named; a new, undefined one if there is none */
Func*
lookfunc(char *name)
{
	Func *f, **nf;
	int i;

	for(i = 0; i < nfuncs; i++)
		if(strcmp(funcs[i]->name, name) == 0)
			return funcs[i];
	f = emalloc(sizeof *f);
	memset(f, 0, sizeof *f);
	f->name = estrdup(name);
	nf = emalloc((nfuncs + 1) * sizeof nf[0]);
	if(nfuncs > 0)
		memcpy(nf, funcs, nfuncs * sizeof nf[0]);
	free(funcs);
	funcs = nf;
	funcs[nfuncs++] = f;
	return f;
}

static char*
tokname(int t)
{
	return tokenname(t);
}

static void
expect(int t)
{
	if(tok != t){
		char want[8];
		snprintf(want, sizeof want, "'%c'", t);
		syntaxerr("%s expected, not %s", want, tokname(tok));
	}
	advance();
}

static void
skipnl(void)
{
	while(tok == Tnl)
		advance();
}

static int
islvalue(Node *n)
{
	return n->op == Nvar || n->op == Narr;
}

/* a variable, an array element, or scale ibase obase last; tok is its first token */
static Node*
named(void)
{
	Node *n;
	char *s;

	switch(tok){
	case Tscale:
		s = "scale";
		break;
	case Tibase:
		s = "ibase";
		break;
	case Tobase:
		s = "obase";
		break;
	case Tlast:
		s = "last";
		break;
	case Tname:
		s = tokstr;
		break;
	default:
		syntaxerr("variable expected, not %s", tokname(tok));
	}
	n = node(Nvar, nil, nil);
	n->s = estrdup(s);
	advance();
	if(tok == '[' && n->s[0] >= 'a' && strcmp(n->s, "scale") != 0 && strcmp(n->s, "ibase") != 0
	&& strcmp(n->s, "obase") != 0 && strcmp(n->s, "last") != 0){
		advance();
		n->op = Narr;
		n->l = expr();
		expect(']');
	}
	return n;
}

/* name ( args ): an argument is an expression or name[] (a whole array) */
static Node*
call(char *name)
{
	Node *n, *a, **tail;

	n = node(Ncall, nil, nil);
	n->s = estrdup(name);
	advance();	/* ( */
	tail = &n->l;
	while(tok != ')'){
		if(n->n > 0)
			expect(',');
		a = binary(1);	/* name[] is allowed here */
		*tail = a;
		tail = &a->next;
		n->n++;
	}
	advance();
	return n;
}

/* a built-in of one argument: length, sqrt, scale */
static Node*
builtin(int op)
{
	Node *n;

	advance();
	expect('(');
	n = node(Nbin, expr(), nil);
	n->op = op;
	expect(')');
	return n;
}

static Node*
primary(void)
{
	Node *n;
	char *s;

	switch(tok){
	case Tnum:
		n = node(Nnum, nil, nil);
		n->s = estrdup(tokstr);
		advance();
		return n;
	case '(':
		advance();
		n = expr();
		expect(')');
		return n;
	case Tlength:
	case Tsqrt:
		return builtin(tok);
	case Tread:
		advance();
		expect('(');
		expect(')');
		return node(Tread, nil, nil);
	case Tscale:
		advance();
		if(tok == '('){
			advance();
			n = node(Tscale, expr(), nil);
			expect(')');
			return n;
		}
		n = node(Nvar, nil, nil);
		n->s = estrdup("scale");
		break;
	case Tname:
		s = estrdup(tokstr);
		advance();
		if(tok == '('){
			n = call(s);
			free(s);
			return n;
		}
		n = node(Nvar, nil, nil);
		n->s = s;
		if(tok == '['){
			advance();
			if(tok == ']'){	/* a whole array, as an argument */
				advance();
				n->op = Nwhole;
				return n;
			}
			n->op = Narr;
			n->l = expr();
			expect(']');
		}
		break;
	case Tibase:
	case Tobase:
	case Tlast:
		n = named();
		break;
	default:
		syntaxerr("unexpected %s", tokname(tok));
	}
	if(tok == Tinc || tok == Tdec){
		n = node(tok == Tinc ? Npostinc : Npostdec, n, nil);
		advance();
	}
	return n;
}

/* prefix operators: - ! ++ -- */
static Node*
unary(void)
{
	int t;

	switch(tok){
	case '-':
		advance();
		return node(Nneg, unary(), nil);
	case '!':
		advance();
		return node(Nnot, binary(4), nil);
	case Tinc:
	case Tdec:
		t = tok;
		advance();
		return node(t == Tinc ? Npreinc : Npredec, named(), nil);
	}
	return primary();
}

/* how tightly a binary operator binds, 0 for none */
static int
prec(int t)
{
	switch(t){
	case Toror:
		return 1;
	case Tandand:
		return 2;
	case Teq: case Tne: case Tlt: case Tle: case Tgt: case Tge:
		return 4;
	case Tasgn: case Taddasgn: case Tsubasgn: case Tmulasgn:
	case Tdivasgn: case Tmodasgn: case Tpowasgn:
		return 5;
	case '+': case '-':
		return 6;
	case '*': case '/': case '%':
		return 7;
	case '^':
		return 8;
	}
	return 0;
}

/* an expression of operators binding at least as tightly as min */
static Node*
binary(int min)
{
	Node *l, *n;
	int p, op;

	l = unary();
	for(;;){
		op = tok;
		p = prec(op);
		if(p == 0 || p < min)
			return l;
		if(l->op == Nwhole)
			syntaxerr("array %s[] in an expression", l->s);
		advance();
		if(p == 5){
			if(!islvalue(l))
				syntaxerr("assignment to a non-variable");
			n = node(Nasgn, l, binary(5));
		}else if(p == 8)
			n = node(Nbin, l, binary(8));
		else
			n = node(Nbin, l, binary(p + 1));
		if(n->r->op == Nwhole)
			syntaxerr("array %s[] in an expression", n->r->s);
		n->n = op;
		l = n;
	}
}

static Node*
expr(void)
{
	Node *n;

	n = binary(1);
	if(n->op == Nwhole)
		syntaxerr("array %s[] in an expression", n->s);
	return n;
}

/* does tok end a statement? */
static int
atend(void)
{
	return tok == ';' || tok == Tnl || tok == '}' || tok == Teof;
}

/* { statements }: tok is { */
static Node*
block(void)
{
	Node *n, *s, **tail;

	n = node(Nlist, nil, nil);
	tail = &n->l;
	advance();
	for(;;){
		while(tok == ';' || tok == Tnl)
			advance();
		if(tok == '}')
			break;
		if(tok == Teof)
			syntaxerr("} expected, not end of input");
		s = statement();
		*tail = s;
		tail = &s->next;
		if(!atend())
			syntaxerr("unexpected %s after a statement", tokname(tok));
	}
	advance();
	return n;
}

/* print list: strings and expressions, separated by commas */
static Node*
printlist(void)
{
	Node *n, *a, **tail;

	n = node(Nprint, nil, nil);
	tail = &n->l;
	do{
		advance();
		if(tok == Tstr){
			a = node(Nstr, nil, nil);
			a->s = estrdup(tokstr);
			advance();
		}else
			a = expr();
		*tail = a;
		tail = &a->next;
	}while(tok == ',');
	return n;
}

/* for ( e ; e ; e ) s, any e may be left out */
static Node*
forstmt(void)
{
	Node *n;

	n = node(Nfor, nil, nil);
	advance();
	expect('(');
	if(tok != ';')
		n->x = expr();
	expect(';');
	if(tok != ';')
		n->l = expr();
	expect(';');
	if(tok != ')')
		n->y = expr();
	expect(')');
	skipnl();
	loops++;
	n->r = statement();
	loops--;
	return n;
}

static Node*
statement(void)
{
	Node *n;
	int t;

	switch(tok){
	case '{':
		return block();
	case ';':
	case Tnl:
	case '}':
	case Teof:
		return node(Nnop, nil, nil);
	case Tstr:
		n = node(Nstr, nil, nil);
		n->s = estrdup(tokstr);
		advance();
		return n;
	case Tprint:
		return printlist();
	case Tif:
		n = node(Nif, nil, nil);
		advance();
		expect('(');
		n->x = expr();
		expect(')');
		skipnl();
		n->l = statement();
		if(tok == Telse){
			advance();
			skipnl();
			n->r = statement();
		}
		return n;
	case Twhile:
		n = node(Nwhile, nil, nil);
		advance();
		expect('(');
		n->x = expr();
		expect(')');
		skipnl();
		loops++;
		n->r = statement();
		loops--;
		return n;
	case Tfor:
		return forstmt();
	case Tbreak:
	case Tcontinue:
		t = tok;
		if(loops == 0)
			syntaxerr("%s outside a for or while", t == Tbreak ? "break" : "continue");
		n = node(t == Tbreak ? Nbreak : Ncont, nil, nil);
		advance();
		return n;
	case Treturn:
		if(infunc == nil)
			syntaxerr("return outside a function");
		n = node(Nreturn, nil, nil);
		advance();
		if(!atend()){
			if(infunc->isvoid)
				syntaxerr("return with a value in void function %s", infunc->name);
			n->l = expr();
		}
		return n;
	case Tquit:
		quit(errors ? 1 : 0);
	case Thalt:
		advance();
		return node(Nhalt, nil, nil);
	case Tlimits:
		advance();
		return node(Nlimits, nil, nil);
	case Tdefine:
		syntaxerr("define inside a statement");
	}
	n = node(Nexpr, expr(), nil);
	return n;
}

/* name or name[] in a define's parameters or auto list, to *tail */
static Node**
varlist(Node **tail)
{
	Node *n;

	for(;;){
		if(tok != Tname)
			syntaxerr("name expected, not %s", tokname(tok));
		n = node(Nvar, nil, nil);
		n->s = estrdup(tokstr);
		advance();
		if(tok == '['){
			advance();
			expect(']');
			n->op = Nwhole;
		}
		*tail = n;
		tail = &n->next;
		if(tok != ',')
			return tail;
		advance();
	}
}

/* define [void] name ( params ) { auto list statements }: tok is define */
static void
define(void)
{
	Func f, *fp;
	Node **tail, **atail, *s;

	memset(&f, 0, sizeof f);
	atail = &f.autos;
	advance();
	if(tok == Tvoid){
		f.isvoid = 1;
		advance();
	}
	if(tok != Tname)
		syntaxerr("function name expected, not %s", tokname(tok));
	f.name = estrdup(tokstr);
	advance();
	expect('(');
	if(tok != ')')
		varlist(&f.params);
	expect(')');
	skipnl();
	if(tok != '{')
		syntaxerr("{ expected, not %s", tokname(tok));
	advance();
	skipnl();
	f.body = node(Nlist, nil, nil);
	infunc = &f;
	tail = &f.body->l;
	for(;;){
		while(tok == ';' || tok == Tnl)
			advance();
		if(tok == Tauto){
			advance();
			atail = varlist(atail);
			continue;
		}
		break;
	}
	for(;;){
		while(tok == ';' || tok == Tnl)
			advance();
		if(tok == '}')
			break;
		if(tok == Teof)
			syntaxerr("} expected, not end of input");
		if(tok == Tauto)
			syntaxerr("auto after the first statement of %s", f.name);
		s = statement();
		*tail = s;
		tail = &s->next;
		if(!atend())
			syntaxerr("unexpected %s after a statement", tokname(tok));
	}
	infunc = nil;
	advance();
	fp = lookfunc(f.name);
	free(f.name);
	freetree(fp->params);
	freetree(fp->autos);
	freetree(fp->body);
	fp->params = f.params;
	fp->autos = f.autos;
	fp->body = f.body;
	fp->isvoid = f.isvoid;
	fp->defined = 1;
}

/*
 * The statements up to the end of the next line that has any (with
 * whatever lines a statement spans), for runtop; *done at the end of
 * the input.  A syntax error (longjmp from syntaxerr) leaves them.
 */
Node*
parsetop(int *done)
{
	Node *list, **tail, *s;

	list = nil;
	tail = &list;
	loops = 0;
	infunc = nil;
	*done = 0;
	for(;;){
		advance();
		switch(tok){
		case Teof:
			*done = 1;
			return list;
		case Tnl:
			if(list != nil)
				return list;
			continue;
		case ';':
			continue;
		case Tdefine:
			define();
			break;
		default:
			s = statement();
			*tail = s;
			tail = &s->next;
			break;
		}
		switch(tok){
		case ';':
			continue;
		case Tnl:
			return list;
		case Teof:
			*done = 1;
			return list;
		}
		syntaxerr("unexpected %s after a statement", tokname(tok));
	}
}
