/* parse.c: sed's scripts parsed into Cmds (sed.h) */
#include "sed.h"

/* perr: format a script error into err */
static int
perr(char *err, int nerr, char *what, char *detail)
{
	snprintf(err, nerr, "%s%s%s", what, detail ? ": " : "", detail ? detail : "");
	return -1;
}

/* skipblank: past blanks and tabs */
static char*
skipblank(char *p)
{
	while(*p == ' ' || *p == '\t')
		p++;
	return p;
}

/*
 * delimited: read up to the unescaped delimiter d at *pp into a new
 * string; \d becomes d (unless d is special to regexp(6) or to the
 * replacement), other escapes stay.  nil if unterminated.
 */
static char*
delimited(char **pp, int d, int isre)
{
	char *p, *s, *q;

	p = *pp;
	s = malloc(strlen(p) + 1);
	if(s == nil)
		return nil;
	q = s;
	for(; *p != d; p++){
		if(*p == 0 || *p == '\n'){
			free(s);
			return nil;
		}
		if(*p == '\\' && p[1] != 0){
			if(p[1] == d && strchr(isre ? ".*+?|()[]{}^$\\" : "&\\0123456789n", d) == nil){
				*q++ = d;
				p++;
				continue;
			}
			*q++ = *p++;
		}
		*q++ = *p;
	}
	*q = 0;
	*pp = p + 1;
	return s;
}

/* compile: an expression for an address or s; "" means the last one (nil) */
static int
compile(char *re, int flags, Reprog **prog, char *err, int nerr)
{
	char why[REGERRMAX];

	*prog = nil;
	if(re[0] == 0)
		return 0;
	*prog = regcompx(re, flags, why, sizeof why);
	if(*prog == nil)
		return perr(err, nerr, why, re);
	return 0;
}

/* parseaddr: an address at *pp into a; 1 if there was one, 0 if not, -1 on error */
static int
parseaddr(char **pp, Addr *a, char *err, int nerr)
{
	char *p, *re;
	int d, r;

	p = *pp;
	if(*p >= '0' && *p <= '9'){
		a->type = Aline;
		a->line = strtol(p, &p, 10);
		*pp = p;
		return 1;
	}
	if(*p == '$'){
		a->type = Alast;
		*pp = p + 1;
		return 1;
	}
	if(*p == '/' || *p == '\\'){
		d = '/';
		if(*p == '\\'){
			d = *++p;
			if(d == 0 || d == '\n' || d == '\\')
				return perr(err, nerr, "bad address delimiter", nil);
		}
		p++;
		re = delimited(&p, d, 1);
		if(re == nil)
			return perr(err, nerr, "unterminated address", *pp);
		a->type = Are;
		r = compile(re, 0, &a->re, err, nerr);
		free(re);
		if(r < 0)
			return -1;
		*pp = p;
		return 1;
	}
	return 0;
}

/*
 * parsefile: the file name of r or w at *pp: after blanks, the rest
 * of the line, as it is (so "w a;p" writes to "a;p", as in 9base).
 * nil if there is none.
 */
static char*
parsefile(char **pp)
{
	char *p, *t;
	long n;

	p = skipblank(*pp);
	n = strcspn(p, "\n");
	if(n == 0)
		return nil;
	t = malloc(n + 1);
	if(t == nil)
		return nil;
	memmove(t, p, n);
	t[n] = 0;
	*pp = p + n;
	return t;
}

/* wfile: 1 + the index of name among s's w files, added if new; 0 if memory is short */
static int
wfile(Sed *s, char *name)
{
	char **w;
	int i;

	for(i = 0; i < s->nwname; i++)
		if(strcmp(s->wname[i], name) == 0)
			return i + 1;
	w = realloc(s->wname, (s->nwname + 1) * sizeof(char*));
	if(w == nil)
		return 0;
	s->wname = w;
	if((w[s->nwname] = strdup(name)) == nil)
		return 0;
	return ++s->nwname;
}

/* parsesubst: after 's', the rest of an s command into c (its w file into s) */
static int
parsesubst(char **pp, Sed *s, Cmd *c, char *err, int nerr)
{
	char *p, *re;
	int d, flags, r;

	p = *pp;
	d = *p++;
	if(d == 0 || d == '\n' || d == '\\' || d == ' ')
		return perr(err, nerr, "bad s delimiter", nil);
	re = delimited(&p, d, 1);
	if(re == nil)
		return perr(err, nerr, "unterminated s command", nil);
	c->repl = delimited(&p, d, 0);
	if(c->repl == nil){
		free(re);
		return perr(err, nerr, "unterminated s command", nil);
	}
	flags = 0;
	c->nth = 1;
	for(;; p++){
		if(*p == 'g')
			c->gflag = 1;
		else if(*p == 'p')
			c->pflag = 1;
		else if(*p == 'i' || *p == 'I')
			flags |= REGICASE;
		else if(*p == 'w'){
			/* the last flag: the rest of the line names the file */
			p++;
			if((c->text = parsefile(&p)) == nil){
				free(re);
				return perr(err, nerr, "missing file name", nil);
			}
			if((c->wf = wfile(s, c->text)) == 0){
				free(re);
				return perr(err, nerr, "out of memory", nil);
			}
			break;
		}
		else if(*p >= '1' && *p <= '9'){
			c->nth = strtol(p, &p, 10);
			if(c->nth <= 0 || c->nth > 1000000){
				free(re);
				return perr(err, nerr, "bad s count", nil);
			}
			p--;
		}else
			break;
	}
	r = compile(re, flags, &c->re, err, nerr);
	free(re);
	*pp = p;
	return r;
}

/*
 * parsetext: the text of a, i or c at *pp: "\" newline then lines
 * (a backslash before a newline continues it), or, on one line, the
 * rest of it; a backslash quotes the next character.
 */
static char*
parsetext(char **pp)
{
	char *p, *t, *q;

	p = skipblank(*pp);
	if(*p == '\\'){
		p++;
		if(*p == '\n')
			p = skipblank(p + 1);
	}
	t = malloc(strlen(p) + 1);
	if(t == nil)
		return nil;
	for(q = t; *p != 0 && *p != '\n'; p++){
		if(*p == '\\' && p[1] != 0)
			p++;
		*q++ = *p;
	}
	*q = 0;
	*pp = p;
	return t;
}

/* parselabel: the label of b, t or ':' at *pp (up to a blank, ';' or '}') */
static char*
parselabel(char **pp)
{
	char *p, *t;
	long n;

	p = skipblank(*pp);
	n = strcspn(p, " \t\n;}");
	t = malloc(n + 1);
	if(t == nil)
		return nil;
	memmove(t, p, n);
	t[n] = 0;
	*pp = p + n;
	return t;
}

/* unescape: \n and \\ in a y operand become newline and backslash */
static void
unescape(char *s)
{
	char *q;

	for(q = s; *s != 0; s++){
		if(*s == '\\' && (s[1] == 'n' || s[1] == '\\'))
			*q++ = *++s == 'n' ? '\n' : '\\';
		else
			*q++ = *s;
	}
	*q = 0;
}

/* parsey: after 'y', /src/dst/ into c's byte map */
static int
parsey(char **pp, Cmd *c, char *err, int nerr)
{
	char *p, *src, *dst;
	int d, i, r;

	p = *pp;
	d = *p++;
	if(d == 0 || d == '\n' || d == '\\' || d == ' ')
		return perr(err, nerr, "bad y delimiter", nil);
	src = delimited(&p, d, 0);
	dst = src != nil ? delimited(&p, d, 0) : nil;
	r = -1;
	if(dst == nil)
		perr(err, nerr, "unterminated y command", nil);
	else{
		unescape(src);
		unescape(dst);
		if(strlen(src) != strlen(dst))
			perr(err, nerr, "y strings differ in length", nil);
		else if((c->map = malloc(256)) == nil)
			perr(err, nerr, "out of memory", nil);
		else{
			for(i = 0; i < 256; i++)
				c->map[i] = i;
			for(i = 0; src[i] != 0; i++)
				c->map[(uchar)src[i]] = dst[i];
			r = 0;
		}
	}
	free(src);
	free(dst);
	*pp = p;
	return r;
}

/*
 * newcmd: a new, empty last command (counted at once, so sedfree
 * releases a half-parsed one); nil if memory is short.
 */
static Cmd*
newcmd(Sed *s)
{
	Cmd *c;

	c = realloc(s->cmds, (s->ncmd + 1) * sizeof(Cmd));
	if(c == nil)
		return nil;
	s->cmds = c;
	c = &s->cmds[s->ncmd++];
	memset(c, 0, sizeof *c);
	return c;
}

/*
 * sedparse: add the commands of script to s.  0, or -1 with the
 * reason in err.  Call sedcheck when every script is in, and sedfree
 * to release s.
 */
int
sedparse(Sed *s, char *script, char *err, int nerr)
{
	char *p, cmdname[2];
	Cmd *c;
	int r, *o;

	p = script;
	for(;;){
		while(*p == ' ' || *p == '\t' || *p == '\n' || *p == ';')
			p++;
		if(*p == 0)
			return 0;
		if(*p == '#'){
			while(*p != 0 && *p != '\n')
				p++;
			continue;
		}
		c = newcmd(s);
		if(c == nil)
			return perr(err, nerr, "out of memory", nil);
		r = parseaddr(&p, &c->a1, err, nerr);
		if(r < 0)
			return -1;
		c->naddr = r;
		if(r > 0 && *p == ','){
			p++;
			r = parseaddr(&p, &c->a2, err, nerr);
			if(r < 0)
				return -1;
			if(r == 0)
				return perr(err, nerr, "missing address after ,", nil);
			c->naddr = 2;
		}
		/* line 0 only as GNU's 0,/re/: a range that /re/ may end on line 1 */
		if(c->naddr > 0 && c->a1.type == Aline && c->a1.line == 0
		&& (c->naddr != 2 || c->a2.type != Are))
			return perr(err, nerr, "invalid use of line address 0", nil);
		p = skipblank(p);
		while(*p == '!'){
			c->neg = 1;
			p = skipblank(p + 1);
		}
		c->cmd = *p;
		cmdname[0] = c->cmd;
		cmdname[1] = 0;
		if(*p != 0)
			p++;
		switch(c->cmd){
		case 's':
			if(parsesubst(&p, s, c, err, nerr) < 0)
				return -1;
			break;
		case 'y':
			if(parsey(&p, c, err, nerr) < 0)
				return -1;
			break;
		case 'p': case 'd': case '=': case 'l': case 'n': case 'N':
		case 'D': case 'P': case 'h': case 'H': case 'g': case 'G': case 'x':
			break;
		case 'q':
			if(c->naddr > 1)
				return perr(err, nerr, "q takes one address", nil);
			break;
		case 'a':
		case 'i':
		case 'c':
			if((c->text = parsetext(&p)) == nil)
				return perr(err, nerr, "out of memory", nil);
			break;
		case 'r':
		case 'w':
			if((c->text = parsefile(&p)) == nil)
				return perr(err, nerr, "missing file name", cmdname);
			if(c->cmd == 'w' && (c->wf = wfile(s, c->text)) == 0)
				return perr(err, nerr, "out of memory", nil);
			break;
		case ':':
			if(c->naddr > 0 || c->neg)
				return perr(err, nerr, ": takes no address", nil);
			/* fall through */
		case 'b':
		case 't':
			if((c->text = parselabel(&p)) == nil)
				return perr(err, nerr, "out of memory", nil);
			if(c->cmd == ':' && c->text[0] == 0)
				return perr(err, nerr, "missing label", nil);
			break;
		case '{':
			o = realloc(s->open, (s->nopen + 1) * sizeof(int));
			if(o == nil)
				return perr(err, nerr, "out of memory", nil);
			s->open = o;
			s->open[s->nopen++] = s->ncmd - 1;
			continue;	/* a command may follow directly */
		case '}':
			if(c->naddr > 0 || c->neg)
				return perr(err, nerr, "} takes no address", nil);
			if(s->nopen == 0)
				return perr(err, nerr, "unexpected }", nil);
			s->cmds[s->open[--s->nopen]].jump = s->ncmd - 1;
			break;
		case 0:
			return perr(err, nerr, "missing command", nil);
		default:
			return perr(err, nerr, "unknown command", cmdname);
		}
		p = skipblank(p);
		if(*p != 0 && *p != ';' && *p != '\n' && *p != '}' && *p != '#')
			return perr(err, nerr, "extra characters after command", p);
	}
}

/* sedcheck: after the last sedparse: every { closed, every label
 * there?  Points b and t at their labels.  0 or -1 */
int
sedcheck(Sed *s, char *err, int nerr)
{
	Cmd *c;
	int i, j;

	if(s->nopen > 0)
		return perr(err, nerr, "missing }", nil);
	for(i = 0; i < s->ncmd; i++){
		c = &s->cmds[i];
		if(c->cmd != 'b' && c->cmd != 't')
			continue;
		c->jump = s->ncmd;
		if(c->text[0] == 0)
			continue;
		for(j = 0; j < s->ncmd; j++)
			if(s->cmds[j].cmd == ':' && strcmp(s->cmds[j].text, c->text) == 0)
				break;
		if(j == s->ncmd)
			return perr(err, nerr, "undefined label", c->text);
		c->jump = j;
	}
	return 0;
}
