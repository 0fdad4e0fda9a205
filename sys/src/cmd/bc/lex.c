/*
 * lex.c: bc's tokens.  Blanks, backslash-newline, comments (/ * * /
 * and # to the end of the line) are skipped; a newline is a token
 * (it ends a statement).  Characters come from the get function
 * bc.c gives, one at a time, so that nothing past a newline is read
 * before the statements before it have run.
 */
#include "bc.h"

int	tok;
char	*tokstr;
int	tokline;	/* the line the token is on */

static int	(*getc1)(void);
static int	back = -2;	/* a character pushed back, or -2 */
static char	*buf;
static int	nbuf, cap;

static struct {
	char	*s;
	int	t;
} keywords[] = {
	{"define", Tdefine}, {"auto", Tauto}, {"return", Treturn},
	{"if", Tif}, {"else", Telse}, {"while", Twhile}, {"for", Tfor},
	{"break", Tbreak}, {"continue", Tcontinue}, {"quit", Tquit},
	{"halt", Thalt}, {"length", Tlength}, {"scale", Tscale},
	{"sqrt", Tsqrt}, {"ibase", Tibase}, {"obase", Tobase},
	{"last", Tlast}, {"print", Tprint}, {"void", Tvoid},
	{"limits", Tlimits}, {"read", Tread},
};

/* start reading a new input through get (which gives -1 at its end) */
void
lexinit(char *name, int (*get)(void))
{
	(void)name;
	getc1 = get;
	back = -2;
	tok = 0;
}

static int
getch(void)
{
	int c;

	if(back != -2){
		c = back;
		back = -2;
	}else
		c = getc1();
	if(c == '\n')
		lineno++;
	return c;
}

static void
ungetch(int c)
{
	back = c;
	if(c == '\n')
		lineno--;
}

static void
addc(int c)
{
	if(nbuf + 1 >= cap){
		char *nb;
		cap = cap ? 2*cap : 64;
		nb = emalloc(cap);
		if(buf != nil)
			memcpy(nb, buf, nbuf);
		free(buf);
		buf = nb;
	}
	buf[nbuf++] = c;
	buf[nbuf] = 0;
}

/* skip the rest of a / * comment; 0 if the input ended first */
static int
comment(void)
{
	int c, star;

	star = 0;
	while((c = getch()) != -1){
		if(star && c == '/')
			return 1;
		star = c == '*';
	}
	return 0;
}

static int
isdig(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

/* a number: digits 0-9 A-Z and one point; backslash-newline inside */
static void
number(int c)
{
	int dot;

	nbuf = 0;
	addc(0);	/* buf is "" even if no digit comes */
	nbuf = 0;
	dot = 0;
	for(;;){
		if(c == '\\'){
			c = getch();
			if(c == '\n'){
				c = getch();
				continue;
			}
			ungetch(c);
			c = '\\';
			break;
		}
		if(c == '.' && !dot)
			dot = 1;
		else if(!isdig(c))
			break;
		addc(c);
		c = getch();
	}
	ungetch(c);
}

/* yes if the next character is next, else no (the character left unread) */
static int
twochar(int next, int yes, int no)
{
	int d;

	d = getch();
	if(d == next)
		return yes;
	ungetch(d);
	return no;
}

/* read the next token into tok (and tokstr); Teof at the end, again and again */
int
advance(void)
{
	int c, i;

	tok = 0;
again:
	tokline = lineno;
	c = getch();
	switch(c){
	case -1:
		return tok = Teof;
	case ' ':
	case '\t':
	case '\r':
	case '\f':
	case '\v':
		goto again;
	case '\\':
		c = getch();
		if(c == '\n')
			goto again;
		ungetch(c);
		syntaxerr("unexpected character '\\'");
	case '#':
		while((c = getch()) != '\n' && c != -1)
			;
		return tok = c == -1 ? Teof : Tnl;
	case '\n':
		return tok = Tnl;
	case '/':
		c = getch();
		if(c == '*'){
			if(!comment())
				syntaxerr("comment not closed");
			goto again;
		}
		ungetch(c);
		return tok = twochar('=', Tdivasgn, '/');
	case '"':
		nbuf = 0;
		addc(0);
		nbuf = 0;
		while((c = getch()) != '"'){
			if(c == -1)
				syntaxerr("string not closed");
			addc(c);
		}
		tokstr = buf;
		return tok = Tstr;
	case '+':
		c = getch();
		if(c == '+')
			return tok = Tinc;
		if(c == '=')
			return tok = Taddasgn;
		ungetch(c);
		return tok = '+';
	case '-':
		c = getch();
		if(c == '-')
			return tok = Tdec;
		if(c == '=')
			return tok = Tsubasgn;
		ungetch(c);
		return tok = '-';
	case '*':
		return tok = twochar('=', Tmulasgn, '*');
	case '%':
		return tok = twochar('=', Tmodasgn, '%');
	case '^':
		return tok = twochar('=', Tpowasgn, '^');
	case '=':
		return tok = twochar('=', Teq, Tasgn);
	case '!':
		return tok = twochar('=', Tne, '!');
	case '<':
		return tok = twochar('=', Tle, Tlt);
	case '>':
		return tok = twochar('=', Tge, Tgt);
	case '&':
		c = getch();
		if(c == '&')
			return tok = Tandand;
		ungetch(c);
		syntaxerr("unexpected character '&'");
	case '|':
		c = getch();
		if(c == '|')
			return tok = Toror;
		ungetch(c);
		syntaxerr("unexpected character '|'");
	case '(': case ')': case '[': case ']': case '{': case '}':
	case ',': case ';':
		return tok = c;
	case '.':
		c = getch();
		ungetch(c);
		if(!isdig(c) && c != '\\'){
			tokstr = ".";
			return tok = Tlast;
		}
		number('.');
		tokstr = buf;
		return tok = Tnum;
	}
	if(isdig(c)){
		number(c);
		tokstr = buf;
		return tok = Tnum;
	}
	if(c >= 'a' && c <= 'z'){
		nbuf = 0;
		while((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'){
			addc(c);
			c = getch();
		}
		ungetch(c);
		tokstr = buf;
		for(i = 0; i < (int)(sizeof keywords / sizeof keywords[0]); i++)
			if(strcmp(keywords[i].s, buf) == 0)
				return tok = keywords[i].t;
		return tok = Tname;
	}
	if(c >= 0x20 && c < 0x7f)
		syntaxerr("unexpected character '%c'", c);
	syntaxerr("unexpected character 0x%02x", c & 0xff);
}

/* how a token is named in a syntax error */
char*
tokenname(int t)
{
	static struct {
		int	t;
		char	*s;
	} ops[] = {
		{Teof, "end of input"}, {Tnl, "newline"}, {Tnum, "number"},
		{Tname, "name"}, {Tstr, "string"}, {Tinc, "'++'"}, {Tdec, "'--'"},
		{Tasgn, "'='"}, {Taddasgn, "'+='"}, {Tsubasgn, "'-='"},
		{Tmulasgn, "'*='"}, {Tdivasgn, "'/='"}, {Tmodasgn, "'%='"},
		{Tpowasgn, "'^='"}, {Teq, "'=='"}, {Tne, "'!='"}, {Tle, "'<='"},
		{Tge, "'>='"}, {Tlt, "'<'"}, {Tgt, "'>'"}, {Tandand, "'&&'"},
		{Toror, "'||'"}, {Tlast, "last"},
	};
	static char b[16];
	int i;

	for(i = 0; i < (int)(sizeof ops / sizeof ops[0]); i++)
		if(ops[i].t == t)
			return ops[i].s;
	for(i = 0; i < (int)(sizeof keywords / sizeof keywords[0]); i++)
		if(keywords[i].t == t)
			return keywords[i].s;
	if(t > 0 && t < 256)
		snprintf(b, sizeof b, "'%c'", t);
	else
		snprintf(b, sizeof b, "token %d", t);
	return b;
}

/* after a syntax error: drop the rest of the line (unless tok ended it) */
void
skipline(void)
{
	int c;

	if(tok == Tnl || tok == Teof)
		return;
	if(back == '\n'){
		back = -2;
		lineno++;
		return;
	}
	while((c = getch()) != '\n' && c != -1)
		;
	tok = Tnl;
}
