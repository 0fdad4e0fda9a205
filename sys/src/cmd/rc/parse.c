/*
 * parse.c: rc's parser, recursive descent over the lexer's tokens,
 * building the syntax tree; and deparse, which prints a tree back as
 * rc text (for whatis and for functions in the environment).
 *
 * Precedence, loosest first, as in Plan 9's grammar: if, for, while
 * and switch take the whole command after them; then && and ||; then
 * the prefixes !, @, a redirection and an assignment, which take a
 * pipeline; then |; then ^ within words.
 */
#include "rc.h"

int	nerrors;		/* syntax errors so far */
char	*synstatus = "syntax error";	/* $status after the last one */

static int	tok;		/* the lookahead token */
static char	*tokw;		/* its text, for a WORD or keyword (a copy) */
static int	tokq;
static int	tokrt, tokf0, tokf1;
static int	failed;		/* a syntax error in this line */
static Tree	*alltrees;	/* nodes of the parse in progress */
static int	lastif;		/* the command before in this list ends in an if(...) */
static int	atstart;	/* the command being parsed starts an item of a list */
static char	*lateerr[8];	/* errors 9base finds when the line is read whole */
static int	nlate;

static Tree	*cmd(void);
static Tree	*pipeline(void);
static Tree	*word(void);
static Tree	*words(void);
static Tree	*body(int end);
static Tree	*brace(void);

static char *kwname[] = {
	[FOR-FOR] "for", [IN-FOR] "in", [WHILE-FOR] "while", [IF-FOR] "if",
	[NOT-FOR] "not", [TWIDDLE-FOR] "~", [BANG-FOR] "!", [SUBSHELL-FOR] "@",
	[SWITCH-FOR] "switch", [FN-FOR] "fn",
};

/* Make a node with up to three children. */
Tree*
newtree(int type, Tree *a, Tree *b, Tree *c)
{
	Tree *t;

	t = emalloc(sizeof *t);
	memset(t, 0, sizeof *t);
	t->type = type;
	t->c[0] = a;
	t->c[1] = b;
	t->c[2] = c;
	t->line = input ? input->line : 0;
	t->all = alltrees;
	alltrees = t;
	return t;
}

/* Let go of a function's tree: freed now, or when the calls running it end. */
void
dropfn(Tree *t)
{
	if(t == nil)
		return;
	if(t->busy > 0)
		t->dead = 1;
	else
		freetree(t);
}

/* Free every node of a tree made by one parse. */
void
freetree(Tree *t)
{
	Tree *n;

	for(; t != nil; t = n){
		n = t->all;
		free(t->str);
		free(t);
	}
}

static int
iskeyword(int t)
{
	return t >= FOR && t <= FN;
}

/* Take the next token. */
static void
next(void)
{
	free(tokw);
	tokw = nil;
	tok = lex();
	if(tok == WORD)
		tokw = estrdup(tokstr);
	else if(iskeyword(tok))
		tokw = estrdup(kwname[tok-FOR]);
	tokq = tokquoted;
	tokrt = tokrtype;
	tokf0 = tokfd0;
	tokf1 = tokfd1;
}

/* Describe the lookahead token for a message. */
static char*
tokname(char *buf, int n)
{
	char *p, *q;

	switch(tok){
	case EOFTOK:	return "EOF";
	case '\n':	return "'\\n'";
	case WORD:
		/* quoted only if it must be, as Plan 9's rc says it */
		p = unglob(tokw);
		q = quote(p);
		snprintf(buf, n, "%s", q);
		free(q);
		free(p);
		return buf;
	case ANDAND:	return "'&&'";
	case OROR:	return "'||'";
	case PIPE:	return "'|'";
	case REDIR:	return "redirection";
	case PIPEFD:	return tokrt == RREAD ? "'<{'" : "'>{'";
	case DUP:	return "redirection";
	case COUNT:	return "'$#'";
	case '"':	return "'$\"'";	/* the token is $", as 9base names it */
	case SUB:	return "'( [SUB]'";
	}
	if(iskeyword(tok)){
		snprintf(buf, n, "%s", kwname[tok-FOR]);
		return buf;
	}
	snprintf(buf, n, "'%c'", tok);
	return buf;
}

/* Report an error in the line being parsed: rc: where: msg (once a line). */
static void
parseerr(char *msg)
{
	char where[256];
	int line;

	if(failed)
		return;
	failed = 1;
	nerrors++;
	/* lines as 9base counts them: the current line is read whole */
	line = input->line + input->midline;
	if(input->name != nil)
		snprintf(where, sizeof where, "%s:%d", input->name, line);
	else if(input->interactive)
		snprintf(where, sizeof where, "/dev/stdin");	/* 9base's, at its prompt */
	else
		snprintf(where, sizeof where, "line %d", line);
	pfmt(errfd, "rc: %s: %s\n", where, msg);
}

/*
 * Note an error 9base finds only when it has the whole line (it
 * reports each then, and the line does not run).
 */
static void
late(char *msg)
{
	if(nlate < (int)nelem(lateerr))
		lateerr[nlate++] = msg;
}

/* Report a syntax error at the lookahead token. */
static void
syntax(void)
{
	char buf[128], what[256];

	what[0] = 0;
	if(tok != '\n')
		snprintf(what, sizeof what, "token %s: ", tokname(buf, sizeof buf));
	strncat(what, "syntax error", sizeof what - strlen(what) - 1);
	if(!failed)
		synstatus = "syntax error";
	parseerr(what);
}

/* A body must follow if(...), for(...) and while(...): not the end of the input. */
static void
needbody(void)
{
	if(tok == EOFTOK)
		syntax();
}

static void
expect(int t)
{
	if(tok != t)
		syntax();
	else
		next();
}

/* Skip newlines, but not after an error: the next line is a command of its own. */
static void
skipnl(void)
{
	while(tok == '\n' && !failed)
		next();
}

/* Can the lookahead start a word? */
static int
wordstart(void)
{
	return tok == WORD || iskeyword(tok) || tok == '$' || tok == COUNT
		|| tok == '"' || tok == '`' || tok == '(' || tok == PIPEFD;
}

/* A WORD node from the lookahead. */
static Tree*
wordleaf(void)
{
	Tree *t;

	t = newtree(WORD, nil, nil, nil);
	t->str = tokw;
	t->quoted = tokq;
	tokw = nil;
	if(iskeyword(tok))
		lexkeyword();
	next();
	return t;
}

/* One word without carets: a word, $x, $x(...), $#x, $"x, `{...}, <{...}, >{...}, (...). */
static Tree*
primary(void)
{
	Tree *t, *n;
	int type;

	switch(tok){
	case WORD:
		return wordleaf();
	case '$':
	case COUNT:
	case '"':
		type = tok == '$' ? VAR : tok == COUNT ? COUNT : DQ;
		next();
		n = primary();
		if(n == nil){
			syntax();
			return nil;
		}
		t = newtree(type, n, nil, nil);
		if(type == VAR && tok == SUB){
			next();
			t->type = SUB;
			t->c[1] = words();
			expect(')');
		}
		return t;
	case '`':
		next();
		if(tok != '{'){
			syntax();
			return nil;
		}
		return newtree(BQ, brace(), nil, nil);
	case PIPEFD:
		type = tokrt;
		next();
		t = newtree(PIPEFD, brace(), nil, nil);
		t->rtype = type;
		return t;
	case '(':
		next();
		t = newtree(PAREN, words(), nil, nil);
		expect(')');
		return t;
	}
	if(iskeyword(tok))
		return wordleaf();
	syntax();
	return nil;
}

/* A word: primaries joined by ^. */
static Tree*
word(void)
{
	Tree *t;

	t = primary();
	while(tok == '^' && !failed){
		next();
		t = newtree(CONCAT, t, primary(), nil);
	}
	return t;
}

/* Zero or more words, as a WORDS chain (c[0] the word, c[1] the rest). */
static Tree*
words(void)
{
	Tree *h, **l;

	h = nil;
	l = &h;
	while(wordstart() && !failed){
		*l = newtree(WORDS, word(), nil, nil);
		l = &(*l)->c[1];
	}
	return h;
}

/* A redirection or dup from the lookahead, its target word in c[0]. */
static Tree*
redir(void)
{
	Tree *r;
	int istok;
	char *u;

	istok = tok;
	r = newtree(istok == PIPE ? PIPE : REDIR, nil, nil, nil);
	r->rtype = tokrt;
	r->fd0 = tokf0;
	r->fd1 = tokf1;
	if(lexerror)
		syntax();
	next();
	if(istok == DUP || istok == PIPE)
		return r;
	if(r->rtype == RHERE){
		if(tok != WORD){
			syntax();
			return r;
		}
		r->quoted = tokq;
		u = unglob(tokw);
		herepending(r, u);
		free(u);
		next();
		return r;
	}
	r->c[0] = word();
	return r;
}

/*
 * Does command t end in an if(...), as 9base sees it: if not may
 * follow it (the if not of an if not ... if(...) ... counts too).
 */
static int
endsinif(Tree *t)
{
	while(t != nil && t->type == IFNOT)
		t = t->c[0];
	return t != nil && t->type == IF;
}

/* Is t a case command: a simple command whose first word is case, unquoted? */
static int
iscasecmd(Tree *t)
{
	Tree *w;

	if(t == nil || t->type != SIMPLE)
		return 0;
	w = t->c[0]->c[0];
	return w->type == WORD && !w->quoted && strcmp(w->str, "case") == 0;
}

/* Commands up to the token end ('}' or ')'), separated by ; & and newlines. */
static Tree*
body(int end)
{
	Tree *t, *c;
	int wasif;

	t = nil;
	wasif = lastif;
	lastif = 0;
	for(;;){
		skipnl();
		if(tok == end || tok == EOFTOK || failed)
			break;
		atstart = 1;
		c = cmd();
		if(tok == '&'){
			c = newtree(ASYNC, c, nil, nil);
			next();
		}else if(tok == ';')
			next();
		else if(tok != '\n' && tok != end){
			syntax();
			break;
		}
		lastif = endsinif(c);
		if(c != nil)
			t = t == nil ? c : newtree(SEQ, t, c, nil);
	}
	lastif = wasif;
	atstart = 0;
	return t;
}

/* { body } */
static Tree*
brace(void)
{
	Tree *t;

	expect('{');
	t = body('}');
	expect('}');
	return newtree(BRACE, t, nil, nil);
}

/* ( body ) as in if(...) and while(...) */
static Tree*
paren(void)
{
	Tree *t;

	expect('(');
	t = body(')');
	expect(')');
	return t;
}

/* Wrap t in the redirections that follow (after } of a brace); the first is outermost. */
static Tree*
epilog(Tree *t)
{
	Tree *r, *redirs;

	redirs = nil;
	while((tok == REDIR || tok == DUP) && !failed){
		r = redir();
		r->c[2] = redirs;
		redirs = r;
	}
	while(redirs != nil){
		r = redirs;
		redirs = r->c[2];
		r->c[2] = nil;
		r->c[1] = t;
		t = r;
	}
	return t;
}

/* A simple command from its first word: words and redirections. */
static Tree*
simple(Tree *first)
{
	Tree *s, *r, *redirs, **l;

	s = newtree(SIMPLE, nil, nil, nil);
	s->c[0] = newtree(WORDS, first, nil, nil);
	l = &s->c[0]->c[1];
	redirs = nil;
	while(!failed){
		if(wordstart()){
			*l = newtree(WORDS, word(), nil, nil);
			l = &(*l)->c[1];
		}else if(tok == REDIR || tok == DUP){
			r = redir();
			r->c[2] = redirs;
			redirs = r;
		}else
			break;
	}
	/* the first redirection written is the outermost */
	while(redirs != nil){
		r = redirs;
		redirs = r->c[2];
		r->c[2] = nil;
		r->c[1] = s;
		s = r;
	}
	return s;
}

/* A command that is not a pipeline or a list: compound, prefixed or simple. */
static Tree*
unary(void)
{
	Tree *t, *a, *b;
	int first;

	if(failed)
		return nil;
	first = atstart;
	atstart = 0;
	switch(tok){
	case BANG:
		next();
		return newtree(BANG, pipeline(), nil, nil);
	case SUBSHELL:
		next();
		return newtree(SUBSHELL, pipeline(), nil, nil);
	case REDIR:
	case DUP:
		t = redir();
		t->c[1] = pipeline();
		return t;
	case '{':
		return epilog(brace());
	case IF:
		next();
		if(tok == NOT){
			/* 9base checks this as it reads: if not must follow an if */
			if(!first || !lastif)
				late("`if not' does not follow `if(...)'");
			next();
			skipnl();
			needbody();
			atstart = first;	/* if not if not ...: 9base lets it be */
			return newtree(IFNOT, cmd(), nil, nil);
		}
		a = paren();
		skipnl();
		needbody();
		return newtree(IF, a, cmd(), nil);
	case FOR:
		next();
		expect('(');
		a = word();
		t = newtree(FOR, a, nil, nil);
		if(tok == IN){
			next();
			t->type = FORIN;
			t->c[1] = words();
		}
		expect(')');
		skipnl();
		needbody();
		t->c[2] = cmd();
		return t;
	case WHILE:
		next();
		a = paren();
		skipnl();
		needbody();
		return newtree(WHILE, a, cmd(), nil);
	case SWITCH:
		next();
		a = word();
		if(tok == '\n'){
			/*
			 * 9base wants the { on the switch's line: it skips the
			 * newlines after the one it read and then fails
			 */
			int c;
			while((c = getch()) == '\n')
				;
			ungetch(c);
		}
		if(tok != '{'){
			syntax();
			return nil;
		}
		b = brace();
		/* 9base: two commands or more, the first a case */
		for(t = b->c[0]; t != nil && t->type == SEQ && t->c[0] != nil; t = t->c[0])
			;
		if(b->c[0] == nil || b->c[0]->type != SEQ || !iscasecmd(t))
			late("case missing in switch");
		return newtree(SWITCH, a, b, nil);
	case TWIDDLE:
		next();
		a = word();
		return newtree(TWIDDLE, a, words(), nil);
	case FN:
		next();
		a = words();
		if(tok == '{')
			return newtree(FN, a, brace(), nil);
		return newtree(FN, a, nil, nil);
	case WORD: case '$': case COUNT: case '"': case '`': case '(':
		a = word();
		if(tok == '='){
			next();
			b = word();
			t = newtree(ASSIGN, a, b, nil);
			t->c[2] = pipeline();
			return t;
		}
		return simple(a);
	}
	if(iskeyword(tok))
		syntax();
	return nil;
}

/* Commands joined by |; an empty one runs nothing (its status is kept) */
static Tree*
pipeline(void)
{
	Tree *t, *p;

	t = unary();
	while(tok == PIPE && !failed){
		p = redir();
		skipnl();
		if(tok == EOFTOK)
			syntax();
		/* either side may be empty, as in 9base: x=1 | cat */
		p->c[0] = t;
		p->c[1] = unary();
		t = p;
	}
	return t;
}

/* Pipelines joined by && and || */
static Tree*
cmd(void)
{
	Tree *t;
	int op;

	t = pipeline();
	while((tok == ANDAND || tok == OROR) && !failed){
		op = tok;
		next();
		skipnl();
		if(tok == EOFTOK)
			syntax();
		/* an empty side is an empty command, as in 9base: true && ; */
		t = newtree(op, t, pipeline(), nil);
	}
	return t;
}

/* Parse commands up to a newline or the end; nil if none or an error. */
static Tree*
parse1(int *eof)
{
	Tree *t, *c, *first;
	int i;

	failed = 0;
	nlate = 0;
	lexreset();
	*eof = 0;
	next();
	t = nil;
	first = nil;
	for(;;){
		if(tok == '\n' || tok == EOFTOK || failed)
			break;
		atstart = 1;
		c = cmd();
		if(failed)
			break;
		if(tok == '&'){
			c = newtree(ASYNC, c, nil, nil);
			next();
		}else if(tok == ';')
			next();
		else if(tok != '\n' && tok != EOFTOK){
			syntax();
			break;
		}
		lastif = endsinif(c);
		if(first == nil)
			first = c;
		if(c != nil)
			t = t == nil ? c : newtree(SEQ, t, c, nil);
	}
	/*
	 * for the next line, 9base looks at the first command of this one
	 * (if(x) a; echo b then if not is good, echo b; if(x) a is not)
	 */
	if(first != nil && first->type != IFNOT && !failed)
		lastif = first->type == IF;
	if(lexerror && !failed)
		syntax();
	if(nlate > 0 && !failed){
		for(i = 0; i < nlate; i++){
			failed = 0;
			parseerr(lateerr[i]);
		}
		synstatus = lateerr[nlate-1];
	}
	/*
	 * the here documents of the whole command follow its last line,
	 * even those of commands in braces (as 9base reads them)
	 */
	if(tok == '\n' && !failed)
		readheres();
	if(failed){
		/* skip the rest of the line */
		while(tok != '\n' && tok != EOFTOK)
			next();
		lexreset();
		t = nil;
	}
	if(tok == EOFTOK)
		*eof = 1;
	return t;
}

/* Wrap t in a root SEQ node that holds the chain of every node made. */
static Tree*
root(Tree *t)
{
	Tree *r;

	if(t == nil){
		freetree(alltrees);
		alltrees = nil;
		return nil;
	}
	r = newtree(SEQ, t, nil, nil);
	alltrees = nil;
	return r;
}

/*
 * Parse one line of input: commands up to a newline.  Returns the
 * tree (nil for an empty line or an error, with nerrors counted);
 * *eof is set at the end of the input.  freetree(t) frees it all.
 */
Tree*
parseline(int *eof)
{
	alltrees = nil;
	return root(parse1(eof));
}

/* Parse a whole string (a function body, a file for eval): nil on error. */
Tree*
parsestring(char *s, char *name)
{
	Input *in;
	Tree *t, *c;
	int eof, errs, wasif, washere;

	in = newinput(-1, s, name);
	in->prev = input;
	input = in;
	wasif = lastif;
	lastif = 0;
	/* a function's text has its documents inside its braces */
	washere = heresatnl;
	heresatnl = 1;
	errs = nerrors;
	alltrees = nil;
	t = nil;
	do{
		c = parse1(&eof);
		if(c != nil)
			t = t == nil ? c : newtree(SEQ, t, c, nil);
	}while(!eof);
	input = in->prev;
	freeinput(in);
	lastif = wasif;
	heresatnl = washere;
	if(nerrors != errs)
		t = nil;
	return root(t);
}

/* Text being deparsed. */
typedef struct Str Str;
struct Str {
	char	*s;
	long	n, cap;
	Tree	*here[16];	/* here documents to print after the next newline */
	int	nhere;
};

static void
puts1(Str *b, char *s)
{
	long n;

	n = strlen(s);
	if(b->n + n + 1 > b->cap){
		b->cap = 2*(b->n + n + 1) + 64;
		b->s = erealloc(b->s, b->cap);
	}
	memmove(b->s + b->n, s, n+1);
	b->n += n;
}

/* Print a word: quoted if it was written quoted (as 9base), or empty. */
static void
dpword(Str *b, char *s, int quoted)
{
	char *p, *u;
	int need;

	u = unglob(s);
	need = quoted || *u == 0;
	if(!need){
		puts1(b, u);
		free(u);
		return;
	}
	puts1(b, "'");
	for(p = u; *p; p++){
		char c[2] = {*p, 0};
		puts1(b, *p == '\'' ? "''" : c);
	}
	puts1(b, "'");
	free(u);
}

static void dp(Str *b, Tree *t);

/* A newline and the texts of the here documents printed since the last. */
static void
dpheres(Str *b)
{
	int i;
	Tree *t;

	puts1(b, "\n");
	for(i = 0; i < b->nhere; i++){
		t = b->here[i];
		puts1(b, t->str ? t->str : "");
		puts1(b, "EOF\n");
	}
	b->nhere = 0;
}

/* Print the name after $: bare if it is all name characters. */
static void
dpname(Str *b, Tree *t)
{
	char *p;

	if(t->type == WORD && !t->quoted && *t->str != 0){
		for(p = t->str; *p && isidchar((unsigned char)*p); p++)
			;
		if(*p == 0){
			puts1(b, t->str);
			return;
		}
	}
	dp(b, t);
}

/* Print a WORDS chain separated by blanks. */
static void
dpwords(Str *b, Tree *t)
{
	for(; t != nil; t = t->c[1]){
		dp(b, t->c[0]);
		if(t->c[1] != nil)
			puts1(b, " ");
	}
}

/* Print a redirection's operator and fd suffix. */
static void
dpredir(Str *b, Tree *t)
{
	char buf[64];
	static char *op[] = {"<", ">", ">>", "<>", "<<", ">", ">"};
	int def;

	def = (t->rtype == RREAD || t->rtype == RRDWR || t->rtype == RHERE) ? 0 : 1;
	puts1(b, op[t->rtype]);
	if(t->rtype == RDUP)
		snprintf(buf, sizeof buf, "[%d=%d]", t->fd0, t->fd1);
	else if(t->rtype == RCLOSE)
		snprintf(buf, sizeof buf, "[%d=]", t->fd0);
	else if(t->fd0 != def)
		snprintf(buf, sizeof buf, "[%d]", t->fd0);
	else
		buf[0] = 0;
	puts1(b, buf);
	if(t->rtype == RHERE){
		puts1(b, t->quoted ? "'EOF'" : "EOF");
		if(b->nhere < (int)nelem(b->here))
			b->here[b->nhere++] = t;
	}else if(t->c[0] != nil){
		/* >[x would read as a descriptor number */
		if(t->c[0]->type == WORD && t->c[0]->str != nil && (t->c[0]->str[0] == '[' || (t->c[0]->str[0] == GLOB && t->c[0]->str[1] == '[')))
			puts1(b, " ");
		dp(b, t->c[0]);
	}
}

/* Print tree t, in the form Plan 9's rc prints functions. */
static void
dp(Str *b, Tree *t)
{
	char buf[64];

	if(t == nil)
		return;
	switch(t->type){
	case WORD:
		dpword(b, t->str, t->quoted);
		break;
	case VAR:
		puts1(b, "$");
		dpname(b, t->c[0]);
		break;
	case SUB:
		puts1(b, "$");
		dpname(b, t->c[0]);
		puts1(b, "(");
		dpwords(b, t->c[1]);
		puts1(b, ")");
		break;
	case COUNT:
		puts1(b, "$#");
		dpname(b, t->c[0]);
		break;
	case DQ:
		puts1(b, "$\"");
		dpname(b, t->c[0]);
		break;
	case BQ:
		puts1(b, "`");
		dp(b, t->c[0]);
		break;
	case PIPEFD:
		puts1(b, t->rtype == RREAD ? "<" : ">");
		dp(b, t->c[0]);
		break;
	case PAREN:
		puts1(b, "(");
		dpwords(b, t->c[0]);
		puts1(b, ")");
		break;
	case CONCAT:
		dp(b, t->c[0]);
		puts1(b, "^");
		dp(b, t->c[1]);
		break;
	case WORDS:
		dpwords(b, t);
		break;
	case SIMPLE:
		dpwords(b, t->c[0]);
		break;
	case SEQ:
		if(t->c[0] != nil && t->c[1] != nil){
			dp(b, t->c[0]);
			if(b->nhere > 0)
				dpheres(b);
			else
				puts1(b, ";");
			dp(b, t->c[1]);
		}else
			dp(b, t->c[0] ? t->c[0] : t->c[1]);
		break;
	case ASYNC:
		dp(b, t->c[0]);
		puts1(b, "&");
		break;
	case BRACE:
		puts1(b, "{");
		dp(b, t->c[0]);
		if(b->nhere > 0)
			dpheres(b);
		puts1(b, "}");
		break;
	case PIPE:
		dp(b, t->c[0]);
		puts1(b, "|");
		if(t->fd0 != 1 || t->fd1 != 0){
			if(t->fd1 != 0)
				snprintf(buf, sizeof buf, "[%d=%d]", t->fd0, t->fd1);
			else
				snprintf(buf, sizeof buf, "[%d]", t->fd0);
			puts1(b, buf);
		}
		dp(b, t->c[1]);
		break;
	case REDIR:
		dpredir(b, t);
		/* a blank after a file name, none after >[n=m] (as 9base) */
		if(t->rtype != RDUP && t->rtype != RCLOSE)
			puts1(b, " ");
		dp(b, t->c[1]);
		break;
	case ANDAND:
	case OROR:
		dp(b, t->c[0]);
		puts1(b, t->type == ANDAND ? " && " : " || ");
		dp(b, t->c[1]);
		break;
	case BANG:
		puts1(b, "! ");
		dp(b, t->c[0]);
		break;
	case SUBSHELL:
		puts1(b, "@ ");
		dp(b, t->c[0]);
		break;
	case IF:
		puts1(b, "if(");
		dp(b, t->c[0]);
		puts1(b, ")");
		dp(b, t->c[1]);
		break;
	case IFNOT:
		puts1(b, "if not ");
		dp(b, t->c[0]);
		break;
	case FOR:
	case FORIN:
		puts1(b, "for(");
		dp(b, t->c[0]);
		if(t->type == FORIN){
			puts1(b, " in ");
			dpwords(b, t->c[1]);
		}
		puts1(b, ")");
		dp(b, t->c[2]);
		break;
	case WHILE:
		puts1(b, "while (");
		dp(b, t->c[0]);
		puts1(b, ")");
		dp(b, t->c[1]);
		break;
	case SWITCH:
		puts1(b, "switch ");
		dp(b, t->c[0]);
		puts1(b, " ");
		dp(b, t->c[1]);
		break;
	case TWIDDLE:
		puts1(b, "~ ");
		dp(b, t->c[0]);
		if(t->c[1] != nil)
			puts1(b, " ");
		dpwords(b, t->c[1]);
		break;
	case ASSIGN:
		dp(b, t->c[0]);
		puts1(b, "=");
		dp(b, t->c[1]);
		if(t->c[2] != nil){
			puts1(b, " ");
			dp(b, t->c[2]);
		}
		break;
	case FN:
		puts1(b, "fn ");
		dpwords(b, t->c[0]);
		puts1(b, " ");
		dp(b, t->c[1]);
		break;
	}
}

/* The text of tree t, malloc'd. */
char*
deparse(Tree *t)
{
	Str b;

	memset(&b, 0, sizeof b);
	puts1(&b, "");
	dp(&b, t);
	if(b.nhere > 0)
		dpheres(&b);
	return b.s;
}
