/*
 * parse.c: the program as a tree, by recursive descent over lex.c's
 * tokens.  Precedence, loosest first: assignment, ?:, ||, &&, in,
 * ~ !~, comparison, the getline pipe, concatenation, + -, * / %,
 * unary ! - +, ^, ++ --, $, grouping.  In a print's arguments a bare
 * '>' is a redirection, not a comparison.
 */
#include "awk.h"

Func	*funcs;

static Lex	lx;
static char	**params;	/* the function being parsed: its parameters */
static int	nparams;
static int	nogt;	/* '>' ends the expression (print's arguments) */
static int	infunc;
static int	inloop;

static Node	*expr(void);
static Node	*stmt(void);
static Node	*unary(void);
static Node	*primary(void);

static Node*
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

static void
next(void)
{
	lexnext(&lx);
}

static void
want(int tok)
{
	if(lx.tok != tok)
		syntaxerr(&lx, "syntax error");
	next();
}

/* optnl: skip newlines (allowed after , { && || do else and such) */
static void
optnl(void)
{
	while(lx.tok == Tnl)
		next();
}

/* func: the function called name, made if new */
static Func*
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
static Node*
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
static Node*
exprlist(void)
{
	Node *first, *last;

	first = last = expr();
	while(lx.tok == ','){
		next();
		optnl();
		last->next = expr();
		last = last->next;
	}
	return first;
}

/* arrayname: NAME where an array must be (in, delete, split, for-in) */
static Node*
arrayname(void)
{
	Node *n;

	if(lx.tok != Tname)
		syntaxerr(&lx, "syntax error");
	n = varnode(lx.str);
	next();
	return n;
}

/* lvalue: NAME, NAME[subscripts] or $expr */
static Node*
lvalue(void)
{
	Node *n;

	if(lx.tok == '$'){
		next();
		return node(Ofield, primary(), nil);
	}
	n = arrayname();
	if(lx.tok == '['){
		next();
		n = node(Oindex, n, exprlist());
		want(']');
	}
	return n;
}

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

	next();
	n = node(Ogetline, nil, src);
	n->n = how;
	if(lx.tok == '$' || lx.tok == Tname)
		n->a = lvalue();
	if(how == Rnone && lx.tok == '<'){
		next();
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
	next();
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
	next();
	if(lx.tok != '('){
		if(n->n != Blength)
			syntaxerr(&lx, "syntax error");
		return n;
	}
	next();
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

	next();
	savegt = nogt;
	nogt = 0;
	n = exprlist();
	nogt = savegt;
	want(')');
	if(n->next == nil)
		return node(Ogroup, n, nil);
	if(lx.tok == Tin){
		next();
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
		next();
		return n;
	case Tstr:
		n = node(Ostr, nil, nil);
		n->str = lx.str;
		next();
		return n;
	case '/':
	case Tdiveq:
		lexregex(&lx);
		n = node(Oregex, nil, nil);
		n->str = lx.str;
		n->re = recomp(lx.str);
		next();
		return n;
	case '(':
		return group();
	case '$':
		next();
		if(lx.tok == Tincr || lx.tok == Tdecr || lx.tok == '-')
			n = unary();
		else
			n = primary();
		n = node(Ofield, n, nil);
		break;
	case Tincr:
	case Tdecr:
		op = lx.tok == Tincr ? Opreinc : Opredec;
		next();
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
		next();
		return node(Opostinc, n, nil);
	}
	if(lx.tok == Tdecr){
		next();
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
		next();
		if(lx.tok == '-'){
			next();
			return node(Opow, n, node(Oneg, power(), nil));
		}
		if(lx.tok == '+')
			next();
		return node(Opow, n, power());
	}
	return n;
}

static Node*
unary(void)
{
	switch(lx.tok){
	case '!':
		next();
		return node(Onot, unary(), nil);
	case '-':
		next();
		return node(Oneg, unary(), nil);
	case '+':
		next();
		return node(Oplus, unary(), nil);
	}
	return power();
}

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
		next();
		n = node(op, n, unary());
	}
}

static Node*
additive(void)
{
	Node *n;
	int op;

	n = mul();
	while(lx.tok == '+' || lx.tok == '-'){
		op = lx.tok == '+' ? Oadd : Osub;
		next();
		n = node(op, n, mul());
	}
	return n;
}

/* concat: expressions side by side; one may start only as an operand does */
static Node*
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
		next();
		if(lx.tok != Tgetline){
			lx = save;	/* print's output pipe */
			return n;
		}
		n = getlineexpr(Rpipe, n);
	}
	return n;
}

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
	next();
	return node(op, n, pipeget());
}

static Node*
match(void)
{
	Node *n;
	int op;

	n = compare();
	while(lx.tok == '~' || lx.tok == Tnomatch){
		op = lx.tok == '~' ? Omatch : Onomatch;
		next();
		n = node(op, n, compare());
	}
	return n;
}

static Node*
in(void)
{
	Node *n;

	n = match();
	while(lx.tok == Tin){
		next();
		n = node(Oin, n, arrayname());
	}
	return n;
}

static Node*
and(void)
{
	Node *n;

	n = in();
	while(lx.tok == Tand){
		next();
		optnl();
		n = node(Oand, n, in());
	}
	return n;
}

static Node*
or(void)
{
	Node *n;

	n = and();
	while(lx.tok == Tor){
		next();
		optnl();
		n = node(Oor, n, and());
	}
	return n;
}

static Node*
ternary(void)
{
	Node *n, *c;

	c = or();
	if(lx.tok != '?')
		return c;
	next();
	optnl();
	n = node(Ocond, c, ternary());
	optnl();
	want(':');
	optnl();
	n->c = ternary();
	return n;
}

/* expr: an expression, assignment the loosest, right to left */
static Node*
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
	next();
	optnl();
	return node(op, n, expr());
}

/* simpleend: does the token end a simple statement? */
static int
simpleend(void)
{
	return lx.tok == ';' || lx.tok == Tnl || lx.tok == '}' || lx.tok == Teof;
}

/* term: the end of a simple statement: ; or newline, or before } */
static void
term(void)
{
	if(lx.tok == ';' || lx.tok == Tnl)
		next();
	else if(lx.tok != '}' && lx.tok != Teof)
		syntaxerr(&lx, "syntax error");
	optnl();
}

/* printstmt: print or printf, its arguments and its redirection */
static Node*
printstmt(void)
{
	Node *n;

	n = node(lx.tok == Tprint ? Oprint : Oprintf, nil, nil);
	next();
	if(!simpleend() && lx.tok != '>' && lx.tok != Tappend && lx.tok != '|'){
		nogt = 1;
		n->a = exprlist();
		nogt = 0;
		if(n->a->next == nil && n->a->op == Ogroup)
			n->a = n->a->a;	/* print (a, b) */
	}
	if(n->op == Oprintf && n->a == nil)
		syntaxerr(&lx, "syntax error");
	switch(lx.tok){
	case '>':	n->n = Rfile; break;
	case Tappend:	n->n = Rappend; break;
	case '|':	n->n = Rpipe; break;
	default:	return n;
	}
	next();
	n->b = concat();
	return n;
}

/* simple: a simple statement (no terminator) */
static Node*
simple(void)
{
	Node *n;

	switch(lx.tok){
	case Tprint:
	case Tprintf:
		return printstmt();
	case Tnext:
	case Tnextfile:
		if(infunc < 0)
			syntaxerr(&lx, "next used in BEGIN or END");
		n = node(lx.tok == Tnext ? Onext : Onextfile, nil, nil);
		next();
		return n;
	case Texit:
		next();
		return node(Oexit, simpleend() ? nil : expr(), nil);
	case Treturn:
		if(infunc <= 0)
			syntaxerr(&lx, "return not in function");
		next();
		return node(Oreturn, simpleend() ? nil : expr(), nil);
	case Tdelete:
		next();
		n = arrayname();
		if(lx.tok != '[')
			return node(Odeleteall, n, nil);
		next();
		n = node(Odelete, n, exprlist());
		want(']');
		return n;
	case Tbreak:
	case Tcontinue:
		if(!inloop)
			syntaxerr(&lx, lx.tok == Tbreak ? "break illegal outside of loops" : "continue illegal outside of loops");
		n = node(lx.tok == Tbreak ? Obreak : Ocontinue, nil, nil);
		next();
		return n;
	}
	return node(Oexpr, expr(), nil);
}

/* block: { statements } */
static Node*
block(void)
{
	Node *n, **tail;

	want('{');
	optnl();
	n = node(Oblock, nil, nil);
	tail = &n->a;
	while(lx.tok != '}'){
		if(lx.tok == Teof)
			syntaxerr(&lx, "syntax error");
		*tail = stmt();
		tail = &(*tail)->next;
	}
	next();
	return n;
}

/* body: a loop's body */
static Node*
body(void)
{
	Node *n;

	inloop++;
	n = stmt();
	inloop--;
	return n;
}

/* cond: ( expr ) */
static Node*
cond(void)
{
	Node *n;

	want('(');
	n = expr();
	want(')');
	optnl();
	return n;
}

/* forstmt: for(init; cond; step) body, or for(name in array) body */
static Node*
forstmt(void)
{
	Node *n;
	Lex save;

	want('(');
	if(lx.tok == Tname){
		save = lx;
		n = varnode(lx.str);
		next();
		if(lx.tok == Tin){
			next();
			n = node(Oforin, n, arrayname());
			if(lx.tok == ')'){
				next();
				optnl();
				n->c = body();
				return n;
			}
		}
		lx = save;
	}
	n = node(Ofor, nil, nil);
	if(lx.tok != ';')
		n->a = simple();
	want(';');
	optnl();
	if(lx.tok != ';')
		n->b = expr();
	want(';');
	optnl();
	if(lx.tok != ')')
		n->c = simple();
	want(')');
	optnl();
	n->d = body();
	return n;
}

/* stmt: one statement, with what ends it and the newlines after */
static Node*
stmt(void)
{
	Node *n;

	switch(lx.tok){
	case '{':
		n = block();
		while(lx.tok == Tnl || lx.tok == ';')
			next();
		return n;
	case ';':
		next();
		optnl();
		return node(Oblock, nil, nil);
	case Tif:
		next();
		n = node(Oif, cond(), nil);
		n->b = stmt();
		if(lx.tok == Telse){
			next();
			optnl();
			n->c = stmt();
		}
		return n;
	case Twhile:
		next();
		n = node(Owhile, cond(), nil);
		if(lx.tok == ';'){
			next();
			optnl();
			n->b = node(Oblock, nil, nil);
		}else
			n->b = body();
		return n;
	case Tdo:
		next();
		optnl();
		n = node(Odo, nil, body());
		if(lx.tok != Twhile)
			syntaxerr(&lx, "syntax error");
		next();
		want('(');
		n->a = expr();
		want(')');
		term();
		return n;
	case Tfor:
		next();
		return forstmt();
	}
	n = simple();
	term();
	return n;
}

/* function: function name(params) { body } */
static void
function(void)
{
	Func *f;

	next();
	if(lx.tok != Tname && lx.tok != Tfuncname)
		syntaxerr(&lx, "syntax error");
	f = func(lx.str);
	if(f->body != nil)
		syntaxerr(&lx, "function redefined");
	if(lookup(lx.str)->type != Vnone)
		syntaxerr(&lx, "function name used as a variable");
	next();
	want('(');
	params = nil;
	nparams = 0;
	optnl();
	while(lx.tok == Tname){
		params = erealloc(params, (nparams + 1) * sizeof params[0]);
		params[nparams++] = lx.str;
		next();
		if(lx.tok != ',')
			break;
		next();
		optnl();
	}
	want(')');
	optnl();
	f->params = params;
	f->nparam = nparams;
	infunc = 1;
	f->body = block();
	infunc = 0;
	params = nil;
	nparams = 0;
}

/* append: add a block to a list of them */
static void
append(Node **list, Node *n)
{
	while(*list != nil)
		list = &(*list)->next;
	*list = n;
}

/*
 * item: one pattern-action item, function, BEGIN or END; 1 if it
 * ended with a block (so the next may follow on the same line)
 */
static int
item(Prog *p, Item ***tail)
{
	Item *it;

	switch(lx.tok){
	case Tfunction:
		function();
		return 1;
	case Tbegin:
	case Tend:
		infunc = -1;
		if(lx.tok == Tbegin){
			next();
			append(&p->begin, block());
		}else{
			next();
			append(&p->end, block());
		}
		infunc = 0;
		return 1;
	}
	it = emalloc(sizeof *it);
	memset(it, 0, sizeof *it);
	if(lx.tok != '{'){
		it->pat = expr();
		if(lx.tok == ','){
			next();
			optnl();
			it->pat2 = expr();
		}
	}
	if(lx.tok == '{')
		it->action = block();
	**tail = it;
	*tail = &it->next;
	return it->action != nil;
}

/* parse: the program src as a tree; a syntax error ends awk */
Prog*
parse(char *src)
{
	Prog *p;
	Item **tail;

	p = emalloc(sizeof *p);
	memset(p, 0, sizeof *p);
	tail = &p->items;
	lexinit(&lx, src);
	next();
	while(lx.tok == Tnl || lx.tok == ';')
		next();
	while(lx.tok != Teof){
		if(!item(p, &tail) && lx.tok != Teof && lx.tok != Tnl && lx.tok != ';')
			syntaxerr(&lx, "syntax error");
		while(lx.tok == Tnl || lx.tok == ';')
			next();
	}
	return p;
}
