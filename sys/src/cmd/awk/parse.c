/*
 * parse.c: the program as a tree: its items, functions and
 * statements (expr.c parses the expressions in them).
 */
#include "awk.h"

static int	infunc;	/* 1 in a function, -1 in BEGIN or END */
static int	inloop;

static Node	*stmt(void);

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
		advance();
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
	advance();
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
	advance();
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
		advance();
		return n;
	case Texit:
		advance();
		return node(Oexit, simpleend() ? nil : expr(), nil);
	case Treturn:
		if(infunc <= 0)
			syntaxerr(&lx, "return not in function");
		advance();
		return node(Oreturn, simpleend() ? nil : expr(), nil);
	case Tdelete:
		advance();
		n = arrayname();
		if(lx.tok != '[')
			return node(Odeleteall, n, nil);
		advance();
		n = node(Odelete, n, exprlist());
		want(']');
		return n;
	case Tbreak:
	case Tcontinue:
		if(!inloop)
			syntaxerr(&lx, lx.tok == Tbreak ? "break illegal outside of loops" : "continue illegal outside of loops");
		n = node(lx.tok == Tbreak ? Obreak : Ocontinue, nil, nil);
		advance();
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
	advance();
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
		advance();
		if(lx.tok == Tin){
			advance();
			n = node(Oforin, n, arrayname());
			if(lx.tok == ')'){
				advance();
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
			advance();
		return n;
	case ';':
		advance();
		optnl();
		return node(Oblock, nil, nil);
	case Tif:
		advance();
		n = node(Oif, cond(), nil);
		n->b = stmt();
		if(lx.tok == Telse){
			advance();
			optnl();
			n->c = stmt();
		}
		return n;
	case Twhile:
		advance();
		n = node(Owhile, cond(), nil);
		if(lx.tok == ';'){
			advance();
			optnl();
			n->b = node(Oblock, nil, nil);
		}else
			n->b = body();
		return n;
	case Tdo:
		advance();
		optnl();
		n = node(Odo, nil, body());
		if(lx.tok != Twhile)
			syntaxerr(&lx, "syntax error");
		advance();
		want('(');
		n->a = expr();
		want(')');
		term();
		return n;
	case Tfor:
		advance();
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

	advance();
	if(lx.tok != Tname && lx.tok != Tfuncname)
		syntaxerr(&lx, "syntax error");
	f = func(lx.str);
	if(f->body != nil)
		syntaxerr(&lx, "function redefined");
	if(lookup(lx.str)->type != Vnone)
		syntaxerr(&lx, "function name used as a variable");
	advance();
	want('(');
	params = nil;
	nparams = 0;
	optnl();
	while(lx.tok == Tname){
		params = erealloc(params, (nparams + 1) * sizeof params[0]);
		params[nparams++] = lx.str;
		advance();
		if(lx.tok != ',')
			break;
		advance();
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
			advance();
			append(&p->begin, block());
		}else{
			advance();
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
			advance();
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
	advance();
	while(lx.tok == Tnl || lx.tok == ';')
		advance();
	while(lx.tok != Teof){
		if(!item(p, &tail) && lx.tok != Teof && lx.tok != Tnl && lx.tok != ';')
			syntaxerr(&lx, "syntax error");
		while(lx.tok == Tnl || lx.tok == ';')
			advance();
	}
	return p;
}
