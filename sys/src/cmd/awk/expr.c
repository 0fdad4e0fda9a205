/*
 * expr.c: the parser's half for expressions, by recursive descent over
 * lex.c's tokens (parse.c has the statements and the program).
 * Precedence, loosest first: assignment, ?:, ||, &&, in, ~ !~,
 * comparison, the getline pipe, concatenation, + -, * / %, unary
 * ! - +, ^, ++ --, $, grouping.  In a print's arguments a bare '>' is
 * a redirection, not a comparison.
 */
#include "awk.h"

Func	*funcs;
Lex	lx;
char	**params;
int	nparams;
int	nogt;

static Node	*unary(void);
static Node	*primary(void);

/* node: a new tree node, on the current line */
Node*
node(int op, Node *a, Node *b)
{
	Node *n;

	n = emalloc(sizeof *n);
	memset(n, 0, sizeof *n);
	n->op = op;
	n->a = a;
	n->b = b;
	n->line = lx.line;
	return n;
}

/* advance: on to the next token */
void
advance(void)
{
	lexnext(&lx);
}

/* want: the current token must be tok; go past it */
void
want(int tok)
{
	if(lx.tok != tok)
		syntaxerr(&lx, "syntax error");
	advance();
}

/* optnl: skip newlines (allowed after , { && || do else and such) */
void
optnl(void)
{
	while(lx.tok == Tnl)
		advance();
}

/* func: the function called name, made if new */
Func*
func(char *name)
{
	Func *f;

	for(f = funcs; f != nil; f = f->next)
		if(strcmp(f->name, name) == 0)
			return f;
	f = emalloc(sizeof *f);
	memset(f, 0, sizeof *f);
	f->name = estrdup(name);
	f->next = funcs;
	funcs = f;
	return f;
}

/* varnode: a name: a parameter of the function being parsed, or a global */
Node*
varnode(char *name)
{
	Node *n;
	int i;

	for(i = 0; i < nparams; i++)
		if(strcmp(params[i], name) == 0){
			n = node(Oparam, nil, nil);
			n->n = i;
			return n;
		}
	for(Func *f = funcs; f != nil; f = f->next)
		if(strcmp(f->name, name) == 0)
			syntaxerr(&lx, "function name used as a variable");
	n = node(Ovar, nil, nil);
	n->var = lookup(name);
	return n;
}

/* exprlist: expressions separated by commas (newlines allowed after them) */
Node*
exprlist(void)
{
	Node *first, *last;

	first = last = expr();
	while(lx.tok == ','){
		advance();
		optnl();
		last->next = expr();
		last = last->next;
	}
	return first;
}

/* arrayname: NAME where an array must be (in, delete, split, for-in) */
Node*
arrayname(void)
{
	Node *n;

	if(lx.tok != Tname)
		syntaxerr(&lx, "syntax error");
	n = varnode(lx.str);
	advance();
	return n;
}

/* lvalue: NAME, NAME[subscripts] or $expr */
static Node*
lvalue(void)
{
	Node *n;

	if(lx.tok == '$'){
		advance();
		return node(Ofield, primary(), nil);
	}
	n = arrayname();
	if(lx.tok == '['){
		advance();
		n = node(Oindex, n, exprlist());
		want(']');
	}
	return n;
}

/* islvalue: can n be assigned? */
static int
islvalue(Node *n)
{
	return n->op == Ovar || n->op == Oparam || n->op == Oindex || n->op == Ofield;
}

/* getlineexpr: getline [lvalue] [< file], the command's pipe being parsed by the caller */
static Node*
getlineexpr(int how, Node *src)
{
	Node *n;

	advance();
	n = node(Ogetline, nil, src);
	n->n = how;
	if(lx.tok == '$' || lx.tok == Tname)
		n->a = lvalue();
	if(how == Rnone && lx.tok == '<'){
		advance();
		n->n = Rfile;
		n->b = primary();
	}
	return n;
}

/* call: a user function's arguments */
static Node*
call(void)
{
	Node *n;

	n = node(Ocall, nil, nil);
	n->fn = func(lx.str);
	advance();
	want('(');
	optnl();
	if(lx.tok != ')')
		n->a = exprlist();
	optnl();
	want(')');
	return n;
}

/* builtincall: a built-in function; length needs no parentheses */
static Node*
builtincall(void)
{
	Node *n;

	n = node(Obuiltin, nil, nil);
	n->n = lx.bi;
	advance();
	if(lx.tok != '('){
		if(n->n != Blength)
			syntaxerr(&lx, "syntax error");
		return n;
	}
	advance();
	optnl();
	if(lx.tok != ')')
		n->a = exprlist();
	optnl();
	want(')');
	return n;
}

/* group: ( expr ), or (list) in array, or a print's (list) */
static Node*
group(void)
{
	Node *n;
	int savegt;

	advance();
	savegt = nogt;
	nogt = 0;
	n = exprlist();
	nogt = savegt;
	want(')');
	if(n->next == nil)
		return node(Ogroup, n, nil);
	if(lx.tok == Tin){
		advance();
		return node(Oingroup, n, arrayname());
	}
	n = node(Ogroup, n, nil);
	n->n = 1;	/* a list: only print may take it */
	return n;
}

/* primary: the tightest-binding expressions */
static Node*
primary(void)
{
	Node *n;
	int op;

	switch(lx.tok){
	case Tnum:
		n = node(Onum, nil, nil);
		n->num = lx.num;
		advance();
		return n;
	case Tstr:
		n = node(Ostr, nil, nil);
		n->str = lx.str;
		advance();
		return n;
	case '/':
	case Tdiveq:
		lexregex(&lx);
		n = node(Oregex, nil, nil);
		n->str = lx.str;
		n->re = recomp(lx.str);
		advance();
		return n;
	case '(':
		return group();
	case '$':
		advance();
		if(lx.tok == Tincr || lx.tok == Tdecr || lx.tok == '-')
			n = unary();
		else
			n = primary();
		n = node(Ofield, n, nil);
		break;
	case Tincr:
	case Tdecr:
		op = lx.tok == Tincr ? Opreinc : Opredec;
		advance();
		n = lvalue();
		return node(op, n, nil);
	case Tname:
		n = lvalue();
		break;
	case Tfuncname:
		return call();
	case Tbuiltin:
		return builtincall();
	case Tgetline:
		return getlineexpr(Rnone, nil);
	default:
		syntaxerr(&lx, "syntax error");
	}
	if(lx.tok == Tincr){
		advance();
		return node(Opostinc, n, nil);
	}
	if(lx.tok == Tdecr){
		advance();
		return node(Opostdec, n, nil);
	}
	return n;
}

/* power: primary ^ power, right to left; the exponent may have a sign */
static Node*
power(void)
{
	Node *n;

	n = primary();
	if(lx.tok == '^' || lx.tok == Tpow){
		advance();
		if(lx.tok == '-'){
			advance();
			return node(Opow, n, node(Oneg, power(), nil));
		}
		if(lx.tok == '+')
			advance();
		return node(Opow, n, power());
	}
	return n;
}

/* unary: ! - + before a power */
static Node*
unary(void)
{
	switch(lx.tok){
	case '!':
		advance();
		return node(Onot, unary(), nil);
	case '-':
		advance();
		return node(Oneg, unary(), nil);
	case '+':
		advance();
		return node(Oplus, unary(), nil);
	}
	return power();
}

/* mul: * / %, left to right */
static Node*
mul(void)
{
	Node *n;
	int op;

	n = unary();
	for(;;){
		switch(lx.tok){
		case '*':	op = Omul; break;
		case '/':	op = Odiv; break;
		case '%':	op = Omod; break;
		default:	return n;
		}
		advance();
		n = node(op, n, unary());
	}
}

/* additive: + -, left to right */
static Node*
additive(void)
{
	Node *n;
	int op;

	n = mul();
	while(lx.tok == '+' || lx.tok == '-'){
		op = lx.tok == '+' ? Oadd : Osub;
		advance();
		n = node(op, n, mul());
	}
	return n;
}

/* concat: expressions side by side; one may start only as an operand does */
Node*
concat(void)
{
	Node *n;

	n = additive();
	for(;;){
		switch(lx.tok){
		case Tnum: case Tstr: case Tname: case Tfuncname: case Tbuiltin:
		case '$': case '(': case Tincr: case Tdecr:
			n = node(Ocat, n, additive());
			break;
		default:
			return n;
		}
	}
}

/* pipeget: cmd | getline [lvalue] */
static Node*
pipeget(void)
{
	Node *n;
	Lex save;

	n = concat();
	while(lx.tok == '|'){
		save = lx;
		advance();
		if(lx.tok != Tgetline){
			lx = save;	/* print's output pipe */
			return n;
		}
		n = getlineexpr(Rpipe, n);
	}
	return n;
}

/* compare: one comparison (not '>' in print's arguments) */
static Node*
compare(void)
{
	Node *n;
	int op;

	n = pipeget();
	switch(lx.tok){
	case '<':	op = Olt; break;
	case Tle:	op = Ole; break;
	case Tne:	op = One; break;
	case Teq:	op = Oeq; break;
	case Tge:	op = Oge; break;
	case '>':
		if(nogt)
			return n;
		op = Ogt;
		break;
	default:
		return n;
	}
	advance();
	return node(op, n, pipeget());
}

/* match: ~ !~, left to right */
static Node*
match(void)
{
	Node *n;
	int op;

	n = compare();
	while(lx.tok == '~' || lx.tok == Tnomatch){
		op = lx.tok == '~' ? Omatch : Onomatch;
		advance();
		n = node(op, n, compare());
	}
	return n;
}

/* in: expr in array */
static Node*
in(void)
{
	Node *n;

	n = match();
	while(lx.tok == Tin){
		advance();
		n = node(Oin, n, arrayname());
	}
	return n;
}

/* and: &&, a newline allowed after it */
static Node*
and(void)
{
	Node *n;

	n = in();
	while(lx.tok == Tand){
		advance();
		optnl();
		n = node(Oand, n, in());
	}
	return n;
}

/* or: ||, a newline allowed after it */
static Node*
or(void)
{
	Node *n;

	n = and();
	while(lx.tok == Tor){
		advance();
		optnl();
		n = node(Oor, n, and());
	}
	return n;
}

/* ternary: c ? a : b, right to left */
static Node*
ternary(void)
{
	Node *n, *c;

	c = or();
	if(lx.tok != '?')
		return c;
	advance();
	optnl();
	n = node(Ocond, c, ternary());
	optnl();
	want(':');
	optnl();
	n->c = ternary();
	return n;
}

/* expr: an expression, assignment the loosest, right to left */
Node*
expr(void)
{
	Node *n;
	int op;

	n = ternary();
	switch(lx.tok){
	case '=':	op = Oassign; break;
	case Taddeq:	op = Oaddeq; break;
	case Tsubeq:	op = Osubeq; break;
	case Tmuleq:	op = Omuleq; break;
	case Tdiveq:	op = Odiveq; break;
	case Tmodeq:	op = Omodeq; break;
	case Tpoweq:	op = Opoweq; break;
	default:	return n;
	}
	if(!islvalue(n))
		syntaxerr(&lx, "syntax error");
	advance();
	optnl();
	return node(op, n, expr());
}
