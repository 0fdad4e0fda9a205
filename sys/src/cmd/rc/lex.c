/*
 * lex.c: rc's lexer.  It reads bytes from the input stack (main.c
 * owns it), and turns them into tokens: words (quoted or not, with
 * GLOB marks before unquoted *, ? and [), keywords, $, $#, $", the
 * operators, redirections with their [n=m] suffixes, and free carets
 * between words that touch.  Here documents are read after the
 * newline that ends the whole command (parse.c says when), and
 * substituted then, as 9base does.
 */
#include "rc.h"

char	*tokstr;		/* the text of a WORD */
int	tokquoted;		/* the WORD was quoted */
int	tokrtype, tokfd0, tokfd1;	/* a REDIR, DUP or PIPE */
int	lexerror;		/* a lexical error in the current line */
int	heresatnl;		/* read here documents at every newline (parsestring) */

static int	lastword;	/* the last token was a word: a free caret or a subscript may follow */
static int	afterdollar;	/* the last token was $, $# or $": a name follows */

/* here documents whose text is read at the next newline */
typedef struct Here Here;
struct Here {
	Tree	*t;
	char	*marker;
	Here	*next;
};
static Here	*heres;

static struct {
	char	*name;
	int	tok;
} keywords[] = {
	{"for", FOR}, {"in", IN}, {"while", WHILE}, {"if", IF}, {"not", NOT},
	{"~", TWIDDLE}, {"!", BANG}, {"@", SUBSHELL}, {"switch", SWITCH},
	{"fn", FN},
};

/* Forget the state of a line abandoned after an error. */
void
lexreset(void)
{
	Here *h;

	while(heres != nil){
		h = heres;
		heres = h->next;
		free(h->marker);
		free(h);
	}
	lastword = afterdollar = 0;
	lexerror = 0;
}

/* Can c be part of a bare word? */
static int
iswordchar(int c)
{
	return c != -1 && strchr("\n \t\r#;&|^$=`'{}()<>", c) == nil && c != 0;
}

/* Can c be part of a variable name after $? */
int
isidchar(int c)
{
	return c > ' ' && c != 0177 && strchr("!\"#$%&'()+,-./:;<=>?@[\\]^`{|}~", c) == nil;
}

/* A growing string for the token being read. */
typedef struct Buf Buf;
struct Buf {
	char	*s;
	long	n, cap;
};

static void
addc(Buf *b, int c)
{
	if(c == GLOB)
		return;	/* rc's own mark: a typed one is dropped */
	if(b->n + 2 > b->cap){
		b->cap = b->cap ? 2*b->cap : 64;
		b->s = erealloc(b->s, b->cap);
	}
	b->s[b->n++] = c;
	b->s[b->n] = 0;
}

/* Add a GLOB mark before a pattern character. */
static void
addmark(Buf *b)
{
	addc(b, 'x');
	b->s[b->n-1] = GLOB;
}

/* Skip blanks and backslash-newlines; return the next byte, unread. */
static int
skipblank(void)
{
	int c, d;

	for(;;){
		c = getch();
		if(c == ' ' || c == '\t' || c == '\r')
			continue;
		if(c == '\\'){
			d = getch();
			if(d == '\n')
				continue;
			ungetch(d);
		}
		return c;
	}
}

/* Read the optional [n], [n=m] or [n=] after a redirection or a pipe. */
static int
fdsuffix(int *fd0, int *fd1)
{
	int c, n;

	c = getch();
	if(c != '['){
		ungetch(c);
		return 0;
	}
	c = getch();
	if(c < '0' || c > '9')
		return -1;
	for(n = 0; c >= '0' && c <= '9'; c = getch())
		if(n < 1000)
			n = n*10 + c - '0';
	*fd0 = n;
	if(c == ']')
		return 1;
	if(c != '=')
		return -1;
	c = getch();
	if(c == ']')
		return 3;	/* [n=]: close */
	if(c < '0' || c > '9')
		return -1;
	for(n = 0; c >= '0' && c <= '9'; c = getch())
		if(n < 1000)
			n = n*10 + c - '0';
	*fd1 = n;
	if(c != ']')
		return -1;
	return 2;
}

/*
 * Read the text of the here documents of the command just parsed,
 * after its newline, and substitute $name in those not quoted (with
 * the values at this time: 9base reads and substitutes a document
 * before its command runs).
 */
void
readheres(void)
{
	Here *h;
	char *s;

	/* they were pushed in reverse; read in order */
	Here *rev = nil, *n;
	for(h = heres; h != nil; h = n){
		n = h->next;
		h->next = rev;
		rev = h;
	}
	heres = nil;
	for(h = rev; h != nil; h = n){
		n = h->next;
		s = readheredoc(h->marker);
		if(h->t != nil && !h->t->quoted){
			char *sub = heresubst(s);
			free(s);
			s = sub;
			h->t->quoted = 1;	/* done: print it back as 'EOF' */
		}
		if(h->t != nil){
			free(h->t->str);
			h->t->str = s;
		}else
			free(s);
		free(h->marker);
		free(h);
	}
}

/* Remember that redirection t wants the here document ending with marker. */
void
herepending(Tree *t, char *marker)
{
	Here *h;

	h = emalloc(sizeof *h);
	h->t = t;
	h->marker = estrdup(marker);
	h->next = heres;
	heres = h;
}

/*
 * Read the lines of a here document up to the line marker (or end of
 * input), and return them as one string.
 */
char*
readheredoc(char *marker)
{
	Buf b, line;
	int c;

	memset(&b, 0, sizeof b);
	addc(&b, 0);
	b.n = 0;
	for(;;){
		memset(&line, 0, sizeof line);
		addc(&line, 0);
		line.n = 0;
		while((c = getch()) != -1 && c != '\n')
			addc(&line, c);
		if(c == -1 && line.n == 0){
			free(line.s);
			break;
		}
		if(strcmp(line.s, marker) == 0){
			free(line.s);
			break;
		}
		for(long i = 0; i < line.n; i++)
			addc(&b, line.s[i]);
		addc(&b, '\n');
		free(line.s);
		if(c == -1)
			break;
	}
	return b.s;
}

/* The next token; WORD's text is in tokstr (valid until the next call). */
int
lex(void)
{
	static Buf b;
	int c, d, t, k, glob;

	c = getch();
	if(c == '\\'){
		d = getch();
		ungetch(d);
		ungetch(c);
		if(d == '\n')
			c = ' ';	/* backslash-newline: a blank, no caret */
	}else
		ungetch(c);
	if(lastword && (iswordchar(c) || c == '\'' || c == '$' || c == '`')){
		lastword = 0;
		return '^';
	}
	if(lastword && c == '('){
		/*
		 * a ( touching a word is a subscript, as in $x(1); after any
		 * other word it is a syntax error (echo a(b)), as in 9base
		 */
		lastword = 0;
		getch();
		return SUB;
	}
	lastword = 0;
again:
	c = skipblank();
	b.n = 0;
	if(b.s)
		b.s[0] = 0;
	if(afterdollar){
		afterdollar = 0;
		if(isidchar(c)){
			while(isidchar(c)){
				addc(&b, c);
				c = getch();
			}
			ungetch(c);
			tokstr = b.s;
			tokquoted = 0;	/* (a name: never a keyword, no glob marks) */
			lastword = 1;
			return WORD;
		}
	}
	switch(c){
	case -1:
		return EOFTOK;
	case '#':
		while((c = getch()) != -1 && c != '\n')
			;
		if(c == -1)
			return EOFTOK;
		/* fall through */
	case '\n':
		if(heres != nil && heresatnl)
			readheres();
		return '\n';
	case '$':
		c = getch();
		if(c == '#'){
			afterdollar = 1;
			return COUNT;
		}
		if(c == '"'){
			afterdollar = 1;
			return '"';
		}
		ungetch(c);
		afterdollar = 1;
		return '$';
	case '&':
		c = getch();
		if(c == '&')
			return ANDAND;
		ungetch(c);
		return '&';
	case '|':
		c = getch();
		if(c == '|')
			return OROR;
		ungetch(c);
		tokfd0 = 1;
		tokfd1 = 0;
		k = fdsuffix(&tokfd0, &tokfd1);
		if(k < 0 || k == 3){
			lexerror = 1;
			return PIPE;
		}
		if(k == 1)
			tokfd1 = 0;
		return PIPE;
	case '<':
	case '>':
		d = getch();
		if(c == '>'){
			tokfd0 = 1;
			if(d == '>')
				tokrtype = RAPPEND;
			else{
				ungetch(d);
				tokrtype = RWRITE;
			}
		}else{
			tokfd0 = 0;
			if(d == '<')
				tokrtype = RHERE;
			else if(d == '>')
				tokrtype = RRDWR;
			else{
				ungetch(d);
				tokrtype = RREAD;
			}
		}
		tokfd1 = -1;
		k = fdsuffix(&tokfd0, &tokfd1);
		if(k < 0){
			lexerror = 1;
			return REDIR;
		}
		if(k == 0 && (tokrtype == RREAD || tokrtype == RWRITE)){
			/* <{cmd} or >{cmd}: a pipe to or from cmd, named as a file */
			d = getch();
			ungetch(d);
			if(d == '{')
				return PIPEFD;
		}
		if(k == 2){
			tokrtype = RDUP;
			return DUP;
		}
		if(k == 3){
			tokrtype = RCLOSE;
			return DUP;
		}
		return REDIR;
	case '^': case ';': case '(': case ')': case '{': case '}':
	case '=': case '`':
		return c;
	case '\'':
		for(;;){
			c = getch();
			if(c == -1){
				lexerror = 1;
				return EOFTOK;
			}
			if(c == '\''){
				c = getch();
				if(c != '\''){
					ungetch(c);
					break;
				}
			}
			addc(&b, c);
		}
		if(b.s == nil)
			addc(&b, 0), b.n = 0;
		tokstr = b.s;
		tokquoted = 1;
		lastword = 1;
		return WORD;
	}
	glob = 0;
	while(iswordchar(c)){
		if(c == '\\'){
			d = getch();
			if(d == '\n'){
				/* backslash-newline ends the word, as a blank */
				ungetch(d);
				break;
			}
			if(d == '\\'){
				/* \\ is two backslashes, even before a newline (9base) */
				addc(&b, c);
				addc(&b, d);
				c = getch();
				continue;
			}
			ungetch(d);
		}
		if(c == '*' || c == '?' || c == '['){
			addmark(&b);
			glob = 1;
		}
		addc(&b, c);
		c = getch();
	}
	if(c == '\\' && b.n > 0){
		ungetch(c);
		goto word;
	}
	if(b.n == 0){
		/* a byte that starts nothing (NUL, ...): skip it */
		lexerror = 1;
		goto again;
	}
	ungetch(c);
word:
	tokstr = b.s;
	tokquoted = 0;
	lastword = 1;
	if(!glob)
		for(t = 0; t < (int)nelem(keywords); t++)
			if(strcmp(b.s, keywords[t].name) == 0){
				/* a keyword is a word only if the parser takes it as one */
				lastword = 0;
				return keywords[t].tok;
			}
	return WORD;
}

/*
 * The parser took the keyword just read as a word (echo if): what
 * touches it joins it as after a word, a caret or a subscript.
 */
void
lexkeyword(void)
{
	lastword = 1;
}
