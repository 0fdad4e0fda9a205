/*
 * lex.c: the program text as tokens.  A regular expression cannot be
 * told from a division by its text alone, so the parser asks for one
 * (lexregex) when a '/' comes where an operand must.
 */
#include "awk.h"

typedef struct Word Word;
struct Word {
	char	*name;
	int	tok;
	int	bi;	/* Tbuiltin: which */
};

static Word words[] = {
	{"BEGIN", Tbegin}, {"END", Tend}, {"function", Tfunction},
	{"func", Tfunction}, {"if", Tif}, {"else", Telse},
	{"while", Twhile}, {"for", Tfor}, {"do", Tdo}, {"break", Tbreak},
	{"continue", Tcontinue}, {"next", Tnext}, {"nextfile", Tnextfile},
	{"exit", Texit}, {"return", Treturn}, {"delete", Tdelete},
	{"getline", Tgetline}, {"print", Tprint}, {"printf", Tprintf},
	{"in", Tin},
	{"length", Tbuiltin, Blength}, {"substr", Tbuiltin, Bsubstr},
	{"index", Tbuiltin, Bindex}, {"split", Tbuiltin, Bsplit},
	{"sub", Tbuiltin, Bsub}, {"gsub", Tbuiltin, Bgsub},
	{"match", Tbuiltin, Bmatch}, {"sprintf", Tbuiltin, Bsprintf},
	{"tolower", Tbuiltin, Btolower}, {"toupper", Tbuiltin, Btoupper},
	{"int", Tbuiltin, Bint}, {"sqrt", Tbuiltin, Bsqrt},
	{"exp", Tbuiltin, Bexp}, {"log", Tbuiltin, Blog},
	{"sin", Tbuiltin, Bsin}, {"cos", Tbuiltin, Bcos},
	{"atan2", Tbuiltin, Batan2}, {"rand", Tbuiltin, Brand},
	{"srand", Tbuiltin, Bsrand}, {"system", Tbuiltin, Bsystem},
	{"fflush", Tbuiltin, Bfflush}, {"close", Tbuiltin, Bclose},
};

/* operators of two or three bytes, longest first */
typedef struct Op Op;
struct Op {
	char	*text;
	int	tok;
};

static Op ops[] = {
	{"**=", Tpoweq}, {"&&", Tand}, {"||", Tor}, {"==", Teq}, {"!=", Tne},
	{"<=", Tle}, {">=", Tge}, {"!~", Tnomatch}, {"++", Tincr},
	{"--", Tdecr}, {">>", Tappend}, {"+=", Taddeq}, {"-=", Tsubeq},
	{"*=", Tmuleq}, {"/=", Tdiveq}, {"%=", Tmodeq}, {"^=", Tpoweq},
	{"**", Tpow},
};

/* lexinit: l reads the program src */
void
lexinit(Lex *l, char *src)
{
	memset(l, 0, sizeof *l);
	l->src = src;
	l->p = src;
	l->line = 1;
}

/*
 * syntaxerr: the error, the line and the place in it, as awk shows
 * them, then exit 2
 */
void
syntaxerr(Lex *l, char *why)
{
	char *bol, *eot;

	fflush(stdout);
	fprint(2, "awk: %s at source line %d\n", why, l->tok == Tnl ? l->line - 1 : l->line);
	for(bol = l->tokp; bol > l->src && bol[-1] != '\n'; bol--)
		;
	eot = l->tok == Tnl ? l->tokp : l->p;
	fprint(2, " context is\n\t%.*s >>> %.*s <<<\n",
		(int)(l->tokp - bol), bol, (int)(eot - l->tokp), l->tokp);
	exit(2);
}

/*
 * escape: the byte the escape after a backslash at *pp stands for
 * (\n \t ... \ooo \xhh \\ \" \/), *pp moved past it; -1 if none
 */
int
escape(char **pp)
{
	char *p;
	int c, n, d;

	p = *pp;
	c = *p++;
	switch(c){
	case '\\': case '"': case '/':
		break;
	case 'x':
		if(!isxdigit((uchar)*p))
			return -1;
		for(c = 0, n = 0; n < 2 && isxdigit((uchar)*p); n++, p++){
			d = isdigit((uchar)*p) ? *p - '0' : tolower((uchar)*p) - 'a' + 10;
			c = c * 16 + d;
		}
		break;
	case 'n':	c = '\n'; break;
	case 't':	c = '\t'; break;
	case 'r':	c = '\r'; break;
	case 'b':	c = '\b'; break;
	case 'f':	c = '\f'; break;
	case 'v':	c = '\v'; break;
	case 'a':	c = '\a'; break;
	case '0': case '1': case '2': case '3':
	case '4': case '5': case '6': case '7':
		c -= '0';
		for(n = 1; n < 3 && *p >= '0' && *p <= '7'; n++)
			c = c * 8 + *p++ - '0';
		break;
	default:
		return -1;
	}
	*pp = p;
	return c;
}

/* lexstring: a "string" at l->p (after the quote) */
static int
lexstring(Lex *l)
{
	char *buf, *p;
	long n;
	int c;

	buf = emalloc(strlen(l->p) + 2);
	n = 0;
	for(p = l->p; *p != '"'; ){
		if(*p == 0 || *p == '\n'){
			l->p = p;
			syntaxerr(l, "non-terminated string");
		}
		if(*p == '\\' && p[1] == '\n'){
			p += 2;
			l->line++;
		}else if(*p == '\\'){
			p++;
			if((c = escape(&p)) >= 0)
				buf[n++] = c;
			else
				buf[n++] = '\\';	/* unknown: kept, as is what follows */
		}else
			buf[n++] = *p++;
	}
	buf[n] = 0;
	l->p = p + 1;
	l->str = buf;
	return l->tok = Tstr;
}

/*
 * lexregex: the current token is '/' or "/=": re-read it as /regex/.
 * A '/' inside brackets ([/]) does not end it.
 */
int
lexregex(Lex *l)
{
	char *buf, *p;
	long n;
	int inset;

	buf = emalloc(strlen(l->tokp) + 1);
	n = 0;
	inset = 0;
	for(p = l->tokp + 1; inset || *p != '/'; ){
		if(*p == 0 || *p == '\n'){
			l->p = p;
			syntaxerr(l, "non-terminated regular expression");
		}
		if(*p == '\\' && p[1] == '/'){
			buf[n++] = '/';
			p += 2;
		}else if(*p == '\\' && p[1] != 0 && p[1] != '\n'){
			buf[n++] = *p++;
			buf[n++] = *p++;
		}else if(!inset && *p == '['){
			inset = 1;
			buf[n++] = *p++;
			if(*p == '^')
				buf[n++] = *p++;
			if(*p == ']')
				buf[n++] = *p++;	/* a ] first is itself */
		}else if(inset && p[0] == '[' && p[1] == ':' && strstr(p, ":]") != nil){
			while(!(p[0] == ':' && p[1] == ']'))
				buf[n++] = *p++;
			buf[n++] = *p++;
			buf[n++] = *p++;
		}else{
			if(*p == ']')
				inset = 0;
			buf[n++] = *p++;
		}
	}
	buf[n] = 0;
	l->p = p + 1;
	l->str = buf;
	return l->tok = Tere;
}

/* lexword: a name, keyword, built-in or function name */
static int
lexword(Lex *l)
{
	char *p;
	int i;

	for(p = l->p; isalnum((uchar)*p) || *p == '_'; p++)
		;
	l->str = emalloc(p - l->tokp + 1);
	memmove(l->str, l->tokp, p - l->tokp);
	l->str[p - l->tokp] = 0;
	l->p = p;
	for(i = 0; i < (int)nelem(words); i++)
		if(strcmp(words[i].name, l->str) == 0){
			l->bi = words[i].bi;
			free(l->str);
			l->str = nil;
			return l->tok = words[i].tok;
		}
	if(*p == '(')
		return l->tok = Tfuncname;
	return l->tok = Tname;
}

/* lexnumber: a decimal number */
static int
lexnumber(Lex *l)
{
	char *p, *e;

	p = l->tokp;
	while(isdigit((uchar)*p))
		p++;
	if(*p == '.')
		for(p++; isdigit((uchar)*p); p++)
			;
	if(*p == 'e' || *p == 'E'){
		e = p + 1;
		if(*e == '+' || *e == '-')
			e++;
		if(isdigit((uchar)*e)){
			while(isdigit((uchar)*e))
				e++;
			p = e;
		}
	}
	l->str = emalloc(p - l->tokp + 1);
	memmove(l->str, l->tokp, p - l->tokp);
	l->str[p - l->tokp] = 0;
	l->num = strtod(l->str, nil);
	free(l->str);
	l->str = nil;
	l->p = p;
	return l->tok = Tnum;
}

/* lexnext: the next token, into l->tok (and num, str, bi) */
int
lexnext(Lex *l)
{
	char *p;
	int i, n;

	l->str = nil;
	for(;;){
		p = l->p;
		while(*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if(*p == '\\' && p[1] == '\n'){
			l->line++;
			l->p = p + 2;
			continue;
		}
		if(*p == '\\' && p[1] == '\r' && p[2] == '\n'){
			l->line++;
			l->p = p + 3;
			continue;
		}
		if(*p == '#')
			while(*p != 0 && *p != '\n')
				p++;
		l->p = p;
		break;
	}
	l->tokp = p;
	if(*p == 0)
		return l->tok = Teof;
	if(*p == '\n'){
		l->p++;
		l->line++;
		return l->tok = Tnl;
	}
	if(isalpha((uchar)*p) || *p == '_'){
		l->p++;
		return lexword(l);
	}
	if(isdigit((uchar)*p) || (*p == '.' && isdigit((uchar)p[1])))
		return lexnumber(l);
	if(*p == '"'){
		l->p++;
		return lexstring(l);
	}
	for(i = 0; i < (int)nelem(ops); i++){
		n = strlen(ops[i].text);
		if(strncmp(p, ops[i].text, n) == 0){
			l->p += n;
			return l->tok = ops[i].tok;
		}
	}
	if(strchr("+-*/%^!><|?:~$=()[]{},;", *p) == nil)
		syntaxerr(l, "syntax error");
	l->p++;
	return l->tok = *p;
}
