/*
 * sed: stream editor.
 *	sed [-in] [-e script]... [-f file]... [script] [file ...]
 * (-i edits each file in place, on its own, as GNU's sed does)
 * Commands, one per line or separated by ';', each with no address,
 * one (a line number, $ for the last line, /re/ or \cREc), or a range
 * of two (a1,a2), and ! to negate:
 *	s/re/repl/[gpN]	substitute (& and \1..\9 in repl)
 *	y/abc/xyz/	transliterate bytes
 *	p  d  q  =  l	print, delete, quit, print the line number, list
 *	a i c text	append, insert, change (a\ newline text, or a text)
 *	n  N  D  P	next line, append the next line, delete or print
 *			up to the first newline
 *	h H g G x	copy, append to, get from, append from, exchange
 *			the hold space
 *	b t :label	branch (t: if s replaced since the line was read)
 *	{ ... }		a group
 * Regular expressions are regexp(6) (see regexp(2)).
 *
 * The engine (parsing a script into Cmd, running it over one line) has
 * no I/O of its own, so tests/unit/sed_test.c includes this file with
 * SEDTEST defined and drives it on the host; main and the reading of
 * files come last.
 */
#include <libc.h>
#include <sys/stat.h>
#include <regexp.h>

enum { Anone, Aline, Alast, Are };

typedef struct Addr Addr;
struct Addr {
	int	type;
	long	line;
	Reprog	*re;	/* nil with Are: the last expression used */
};

typedef struct Cmd Cmd;
struct Cmd {
	int	cmd;	/* 's' 'p' 'd' 'q' '=' '{' '}' 'y' 'a' ... */
	int	naddr;
	Addr	a1;
	Addr	a2;
	int	neg;	/* ! */
	int	active;	/* inside the range */
	int	jump;	/* '{': the index of its '}'; b, t: of the label */
	char	*text;	/* a i c: the text; b t ':': the label */
	uchar	*map;	/* y: 256 bytes */
	/* s */
	Reprog	*re;	/* nil: the last expression used */
	char	*repl;
	int	gflag;
	int	pflag;
	long	nth;
};

typedef struct Sed Sed;
struct Sed {
	Cmd	*cmds;
	int	ncmd;
	int	*open;	/* unclosed '{', a stack of indices */
	int	nopen;
	int	nflag;
	long	lineno;
	int	quit;
	int	noprev;	/* // came before any expression */
	Reprog	*lastre;
	void	(*out)(Sed*, char*, long);
	void	*arg;	/* for out */
	char	*ps;	/* the pattern space */
	long	pslen;
	long	pscap;
	char	*tmp;	/* the substitution's result */
	long	tmpcap;
	char	*hs;	/* the hold space */
	long	hslen;
	long	hscap;
	char	*aq;	/* text of a, to print at the end of the cycle */
	long	aqlen;
	long	aqcap;
	int	resume;	/* n or N waits for the next line: 1 + the next pc */
	int	tflag;	/* s replaced since the line was read or t jumped */
};

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

/* parsesubst: after 's', the rest of an s command into c */
static int
parsesubst(char **pp, Cmd *c, char *err, int nerr)
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
			if(parsesubst(&p, c, err, nerr) < 0)
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

/* matchre: does re (nil: the last one) match the pattern space? */
static int
matchre(Sed *s, Reprog *re, Resub *m, int nm, char *sp)
{
	if(re == nil)
		re = s->lastre;
	if(re == nil){
		s->noprev = 1;
		return -1;
	}
	s->lastre = re;
	return regexecx(re, s->ps, sp, s->ps + s->pslen, m, nm);
}

/* addrmatch: does a select this line? */
static int
addrmatch(Sed *s, Addr *a, int last)
{
	switch(a->type){
	case Aline:
		return s->lineno == a->line;
	case Alast:
		return last;
	case Are:
		return matchre(s, a->re, nil, 0, s->ps) > 0;
	}
	return 0;
}

/* selected: does command c apply to this line?  (keeps range state) */
static int
selected(Sed *s, Cmd *c, int last)
{
	int r;

	if(c->naddr == 0)
		r = 1;
	else if(c->naddr == 1)
		r = addrmatch(s, &c->a1, last);
	else if(c->active){
		r = 1;
		if(c->a2.type == Aline){
			if(s->lineno >= c->a2.line)
				c->active = 0;
		}else if(addrmatch(s, &c->a2, last))
			c->active = 0;
	}else if(addrmatch(s, &c->a1, last)){
		r = 1;
		if(c->a2.type == Aline)
			c->active = c->a2.line > s->lineno;
		else
			c->active = !(c->a2.type == Alast && last);
	}else
		r = 0;
	return r != c->neg;
}

/* grow: make room for n more bytes at tmp[len]; 0 or -1 */
static int
grow(Sed *s, long len, long n)
{
	char *t;
	long cap;

	if(len + n + 1 <= s->tmpcap)
		return 0;
	cap = s->tmpcap ? s->tmpcap : 256;
	while(cap < len + n + 1)
		cap *= 2;
	t = realloc(s->tmp, cap);
	if(t == nil)
		return -1;
	s->tmp = t;
	s->tmpcap = cap;
	return 0;
}

/* append: add [p, p+n) to tmp at *len; 0 or -1 */
static int
append(Sed *s, long *len, char *p, long n)
{
	if(grow(s, *len, n) < 0)
		return -1;
	memmove(s->tmp + *len, p, n);
	*len += n;
	return 0;
}

/* expand: add the replacement repl for match m to tmp; 0 or -1 */
static int
expand(Sed *s, long *len, char *repl, Resub *m)
{
	char *p, c;
	int k;

	for(p = repl; *p != 0; p++){
		k = -1;
		if(*p == '&')
			k = 0;
		else if(*p == '\\' && p[1] >= '0' && p[1] <= '9')
			k = *++p - '0';
		if(k >= 0){
			if(m[k].sp != nil && append(s, len, m[k].sp, m[k].ep - m[k].sp) < 0)
				return -1;
			continue;
		}
		c = *p;
		if(c == '\\' && p[1] != 0){
			c = *++p;
			if(c == 'n')
				c = '\n';
			else if(c == 't')
				c = '\t';
		}
		if(append(s, len, &c, 1) < 0)
			return -1;
	}
	return 0;
}

/* subst: run s command c on the pattern space; 1 if it replaced, 0 if not, -1 */
static int
subst(Sed *s, Cmd *c)
{
	Resub m[REGNSUB];
	char *pos, *end, *prevend, *t;
	long len, count;
	int done, r;

	len = 0;
	count = 0;
	done = 0;
	pos = s->ps;
	end = s->ps + s->pslen;
	prevend = nil;
	while(pos <= end){
		r = matchre(s, c->re, m, REGNSUB, pos);
		if(r < 0)
			return -1;
		if(r == 0)
			break;
		if(m[0].sp == m[0].ep && m[0].sp == prevend){
			/* an empty match just after the last one: step over a byte */
			if(m[0].sp >= end)
				break;
			if(append(s, &len, pos, m[0].sp - pos + 1) < 0)
				return -1;
			pos = m[0].sp + 1;
			continue;
		}
		count++;
		if(append(s, &len, pos, m[0].sp - pos) < 0)
			return -1;
		if(count >= c->nth){
			if(expand(s, &len, c->repl, m) < 0)
				return -1;
			done = 1;
		}else if(append(s, &len, m[0].sp, m[0].ep - m[0].sp) < 0)
			return -1;
		pos = m[0].ep;
		prevend = m[0].ep;
		if(done && !c->gflag)
			break;
		if(m[0].sp == m[0].ep){
			if(pos >= end)
				break;
			if(append(s, &len, pos, 1) < 0)
				return -1;
			pos++;
		}
	}
	if(!done)
		return 0;
	if(pos < end && append(s, &len, pos, end - pos) < 0)
		return -1;
	if(grow(s, len, 0) < 0)
		return -1;
	s->tmp[len] = 0;
	t = s->ps;
	s->ps = s->tmp;
	s->pslen = len;
	s->tmp = t;
	len = s->pscap;
	s->pscap = s->tmpcap;
	s->tmpcap = len;
	return 1;
}

/* printps: write the pattern space and a newline */
static void
printps(Sed *s)
{
	s->out(s, s->ps, s->pslen);
	s->out(s, "\n", 1);
}

/* bufadd: add [p, p+n) to the growing buffer *b (NUL-terminated); 0 or -1 */
static int
bufadd(char **b, long *len, long *cap, char *p, long n)
{
	char *t;
	long c;

	if(*len + n + 1 > *cap){
		c = *cap ? *cap : 256;
		while(c < *len + n + 1)
			c *= 2;
		t = realloc(*b, c);
		if(t == nil)
			return -1;
		*b = t;
		*cap = c;
	}
	memmove(*b + *len, p, n);
	*len += n;
	(*b)[*len] = 0;
	return 0;
}

/* bufset: make *b hold [p, p+n); 0 or -1 */
static int
bufset(char **b, long *len, long *cap, char *p, long n)
{
	*len = 0;
	return bufadd(b, len, cap, p, n);
}

/* flushappend: print the text the a commands queued */
static void
flushappend(Sed *s)
{
	if(s->aqlen > 0)
		s->out(s, s->aq, s->aqlen);
	s->aqlen = 0;
}

/* listps: print the pattern space unambiguously, as l does: \t \b \n
 * \\ and \xNNNN for other unprintable runes, folded after 73 columns */
static void
listps(Sed *s)
{
	char buf[16], *p, *e;
	long col, n;
	uint r;
	int k;

	col = 0;
	e = s->ps + s->pslen;
	for(p = s->ps; p < e; p += k){
		r = (uchar)*p;
		k = 1;
		if(r >= 0xC0 && r < 0xF8){
			/* a UTF-8 sequence is one rune */
			n = r < 0xE0 ? 2 : r < 0xF0 ? 3 : 4;
			r &= 0x3F >> (n - 1);
			for(k = 1; k < n && p + k < e && ((uchar)p[k] & 0xC0) == 0x80; k++)
				r = r << 6 | ((uchar)p[k] & 0x3F);
			if(k < n){
				r = (uchar)*p;
				k = 1;
			}
		}
		if(r == '\\')
			strcpy(buf, "\\\\");
		else if(r == '\t')
			strcpy(buf, "\\t");
		else if(r == '\b')
			strcpy(buf, "\\b");
		else if(r == '\n')
			strcpy(buf, "\\n");
		else if(r < ' ' || r >= 0x7F)
			snprintf(buf, sizeof buf, "\\x%04x", r);
		else{
			buf[0] = r;
			buf[1] = 0;
		}
		s->out(s, buf, strlen(buf));
		col += strlen(buf);
		if(col >= 73){
			s->out(s, "\\\n", 2);
			col = 0;
		}
	}
	s->out(s, "\n", 1);
}

/* hold: the commands h H g G x between the pattern and hold spaces; 0 or -1 */
static int
hold(Sed *s, int cmd)
{
	char *t;
	long n;

	switch(cmd){
	case 'h':
		return bufset(&s->hs, &s->hslen, &s->hscap, s->ps, s->pslen);
	case 'H':
		if(bufadd(&s->hs, &s->hslen, &s->hscap, "\n", 1) < 0)
			return -1;
		return bufadd(&s->hs, &s->hslen, &s->hscap, s->ps, s->pslen);
	case 'g':
		if(s->hs == nil && bufset(&s->hs, &s->hslen, &s->hscap, "", 0) < 0)
			return -1;
		return bufset(&s->ps, &s->pslen, &s->pscap, s->hs, s->hslen);
	case 'G':
		if(bufadd(&s->ps, &s->pslen, &s->pscap, "\n", 1) < 0)
			return -1;
		return bufadd(&s->ps, &s->pslen, &s->pscap, s->hs ? s->hs : "", s->hslen);
	case 'x':
		if(s->hs == nil && bufset(&s->hs, &s->hslen, &s->hscap, "", 0) < 0)
			return -1;
		t = s->ps; s->ps = s->hs; s->hs = t;
		n = s->pslen; s->pslen = s->hslen; s->hslen = n;
		n = s->pscap; s->pscap = s->hscap; s->hscap = n;
		return 0;
	}
	return 0;
}

/*
 * sedline: run the script over one input line [line, line+n); last
 * says it is the last line of the input.  If an n or N command was
 * waiting for this line, the script goes on after it.  1 if the
 * script ended the input (q, or n or N with no line to read), 0 to
 * go on, -1 if out of memory or // came with no expression before it
 * (s->noprev).
 */
int
sedline(Sed *s, char *line, long n, int last)
{
	char num[32], *nl;
	Cmd *c;
	int pc, r;

	pc = 0;
	if(s->resume > 0){
		pc = s->resume - 1;
		r = s->cmds[pc-1].cmd == 'N' ? bufadd(&s->ps, &s->pslen, &s->pscap, "\n", 1) : bufset(&s->ps, &s->pslen, &s->pscap, "", 0);
		s->resume = 0;
	}else{
		r = bufset(&s->ps, &s->pslen, &s->pscap, "", 0);
		s->tflag = 0;
	}
	if(r < 0 || bufadd(&s->ps, &s->pslen, &s->pscap, line, n) < 0)
		return -1;
	s->lineno++;
	for(; pc < s->ncmd; pc++){
		c = &s->cmds[pc];
		if(c->cmd == '}' || c->cmd == ':')
			continue;
		if(!selected(s, c, last)){
			if(c->cmd == '{')
				pc = c->jump;
			continue;
		}
		switch(c->cmd){
		case 'p':
			printps(s);
			break;
		case 'P':
			nl = memchr(s->ps, '\n', s->pslen);
			s->out(s, s->ps, nl ? nl - s->ps : s->pslen);
			s->out(s, "\n", 1);
			break;
		case 'l':
			listps(s);
			break;
		case 'D':
			nl = memchr(s->ps, '\n', s->pslen);
			if(nl != nil){
				/* start again on what is left, reading nothing */
				s->pslen -= nl + 1 - s->ps;
				memmove(s->ps, nl + 1, s->pslen + 1);
				flushappend(s);
				pc = -1;
				break;
			}
			/* fall through */
		case 'd':
			flushappend(s);
			return 0;
		case 'c':
			if(c->naddr < 2 || c->neg || !c->active){
				s->out(s, c->text, strlen(c->text));
				s->out(s, "\n", 1);
			}
			flushappend(s);
			return 0;
		case 'i':
			s->out(s, c->text, strlen(c->text));
			s->out(s, "\n", 1);
			break;
		case 'a':
			if(bufadd(&s->aq, &s->aqlen, &s->aqcap, c->text, strlen(c->text)) < 0
			|| bufadd(&s->aq, &s->aqlen, &s->aqcap, "\n", 1) < 0)
				return -1;
			break;
		case 'n':
		case 'N':
			if(last){
				/* no next line: n ends as the input does, N quietly */
				if(c->cmd == 'n' && !s->nflag)
					printps(s);
				flushappend(s);
				s->quit = 1;
				return 1;
			}
			if(c->cmd == 'n' && !s->nflag)
				printps(s);
			flushappend(s);
			s->resume = pc + 2;
			return 0;
		case 'q':
			if(!s->nflag)
				printps(s);
			flushappend(s);
			s->quit = 1;
			return 1;
		case '=':
			snprintf(num, sizeof num, "%ld\n", s->lineno);
			s->out(s, num, strlen(num));
			break;
		case 'y':
			for(nl = s->ps; nl < s->ps + s->pslen; nl++)
				*nl = c->map[(uchar)*nl];
			break;
		case 'h': case 'H': case 'g': case 'G': case 'x':
			if(hold(s, c->cmd) < 0)
				return -1;
			break;
		case 't':
			if(!s->tflag)
				break;
			s->tflag = 0;
			/* fall through */
		case 'b':
			pc = c->jump - 1;
			break;
		case 's':
			r = subst(s, c);
			if(r < 0)
				return -1;
			if(r > 0){
				s->tflag = 1;
				if(c->pflag)
					printps(s);
			}
			break;
		}
	}
	if(s->noprev)
		return -1;
	if(!s->nflag)
		printps(s);
	flushappend(s);
	return 0;
}

/* sedfree: release everything s holds (s itself is the caller's) */
void
sedfree(Sed *s)
{
	int i;

	for(i = 0; i < s->ncmd; i++){
		regfree(s->cmds[i].a1.re);
		regfree(s->cmds[i].a2.re);
		regfree(s->cmds[i].re);
		free(s->cmds[i].repl);
		free(s->cmds[i].text);
		free(s->cmds[i].map);
	}
	free(s->cmds);
	free(s->open);
	free(s->ps);
	free(s->tmp);
	free(s->hs);
	free(s->aq);
	memset(s, 0, sizeof *s);
}

#ifndef SEDTEST

typedef struct Input Input;
struct Input {
	int	fd;
	char	*buf;
	long	len;
	long	pos;
	long	cap;
	int	eof;
};

static char	**files;
static int	nfiles;
static int	curfile = -1;
static Input	in;
static int	inopen;	/* in holds an open file */
static int	status;

static void
usage(void)
{
	fprint(2, "usage: sed [-in] [-e script]... [-f file]... [script] [file ...]\n");
	exit(1);
}

static void
nomem(void)
{
	fflush(stdout);
	fprint(2, "sed: out of memory\n");
	exit(1);
}

/* out: the engine's output goes to standard output */
static void
out(Sed *s, char *p, long n)
{
	USED(s);
	fwrite(p, 1, n, stdout);
}

/*
 * nextline: the next line of in without its newline, NUL-terminated;
 * nil at the end or on an error (*n is -1).  The line lasts until the
 * next call.
 */
static char*
nextline(Input *in, long *n)
{
	char *nl, *b;
	long m;

	for(;;){
		nl = memchr(in->buf + in->pos, '\n', in->len - in->pos);
		if(nl != nil || (in->eof && in->len > in->pos)){
			b = in->buf + in->pos;
			if(nl == nil){
				nl = in->buf + in->len;
				in->pos = in->len;
			}else
				in->pos = nl - in->buf + 1;
			*n = nl - b;
			*nl = 0;
			return b;
		}
		*n = 0;
		if(in->eof)
			return nil;
		if(in->pos > 0){
			memmove(in->buf, in->buf + in->pos, in->len - in->pos);
			in->len -= in->pos;
			in->pos = 0;
		}
		if(in->cap - in->len < 1024){
			b = realloc(in->buf, in->cap ? in->cap * 2 : 8192);
			if(b == nil)
				nomem();
			in->buf = b;
			in->cap = in->cap ? in->cap * 2 : 8192;
		}
		m = read(in->fd, in->buf + in->len, in->cap - in->len - 1);
		if(m < 0){
			*n = -1;
			return nil;
		}
		if(m == 0)
			in->eof = 1;
		in->len += m;
	}
}

/* openfile: make files[i] the input ("-": standard input); 0 or -1 */
static int
openfile(int i)
{
	struct stat st;
	int fd;

	if(nfiles == 0 || strcmp(files[i], "-") == 0)
		fd = 0;
	else{
		fd = open(files[i], O_RDONLY);
		if(fd < 0){
			fflush(stdout);
			fprint(2, "sed: %s: %r\n", files[i]);
			status = 2;
			return -1;
		}
		if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
			fflush(stdout);
			fprint(2, "sed: %s: is a directory\n", files[i]);
			status = 2;
			close(fd);
			return -1;
		}
	}
	in.fd = fd;
	in.len = in.pos = 0;
	in.eof = 0;
	inopen = 1;
	return 0;
}

/* readline: the next line of all the input, copied into *buf; 0 at the end */
static int
readline(char **buf, long *cap, long *len)
{
	char *l, *b;
	long n;

	for(;;){
		if(inopen){
			l = nextline(&in, &n);
			if(l != nil){
				if(n + 1 > *cap){
					b = realloc(*buf, n + 1);
					if(b == nil)
						nomem();
					*buf = b;
					*cap = n + 1;
				}
				memmove(*buf, l, n + 1);
				*len = n;
				return 1;
			}
			if(n < 0){
				fflush(stdout);
				fprint(2, "sed: %s: %r\n", nfiles ? files[curfile] : "<stdin>");
				status = 2;
			}
			if(in.fd > 0)
				close(in.fd);
			inopen = 0;
		}
		curfile++;
		if(curfile >= (nfiles ? nfiles : 1))
			return 0;
		if(openfile(curfile) < 0)
			continue;
	}
}

/* readscript: the whole of a script file, as a string */
static char*
readscript(char *name)
{
	char *s, *t;
	long n, cap, m;
	int fd;

	fd = open(name, O_RDONLY);
	if(fd < 0){
		fprint(2, "sed: %s: %r\n", name);
		exit(1);
	}
	cap = 1024;
	n = 0;
	s = malloc(cap);
	if(s == nil)
		nomem();
	while((m = read(fd, s + n, cap - n - 1)) > 0){
		n += m;
		if(cap - n < 512){
			t = realloc(s, cap * 2);
			if(t == nil)
				nomem();
			s = t;
			cap *= 2;
		}
	}
	if(m < 0){
		fprint(2, "sed: %s: %r\n", name);
		exit(1);
	}
	s[n] = 0;
	close(fd);
	return s;
}

/* addscript: add piece to the script *sp, after a newline */
static void
addscript(char **sp, char *piece)
{
	char *t;
	long n;

	n = *sp ? strlen(*sp) : 0;
	t = realloc(*sp, n + strlen(piece) + 2);
	if(t == nil)
		nomem();
	if(n > 0)
		t[n++] = '\n';
	strcpy(t + n, piece);
	*sp = t;
}

/* runall: run the script over every line of the input files */
static void
runall(Sed *s)
{
	static char *cur, *next;
	static long curcap, nextcap;
	char *t;
	long curlen, nextlen, tl;
	int have, r;

	curlen = nextlen = 0;
	have = readline(&cur, &curcap, &curlen);
	while(have){
		have = readline(&next, &nextcap, &nextlen);
		r = sedline(s, cur, curlen, !have);
		if(r < 0){
			fflush(stdout);
			if(s->noprev)
				fprint(2, "sed: no previous regular expression\n");
			else
				fprint(2, "sed: out of memory\n");
			exit(1);
		}
		if(r > 0)
			break;
		t = cur; cur = next; next = t;
		tl = curcap; curcap = nextcap; nextcap = tl;
		curlen = nextlen;
	}
}

/* the edited text of one file, for -i */
static char	*ibuf;
static long	ilen, icap;

/* inplace: the engine's output goes to ibuf */
static void
inplace(Sed *s, char *p, long n)
{
	USED(s);
	if(bufadd(&ibuf, &ilen, &icap, p, n) < 0)
		nomem();
}

/*
 * editall: -i: each file on its own (its own line numbers and $),
 * its text replaced by what the script prints
 */
static void
editall(Sed *s, int argc, char **argv)
{
	int i, j, fd, bad;

	s->out = inplace;
	for(i = 0; i < argc; i++){
		if(inopen && in.fd > 0)
			close(in.fd);	/* q left the last one open */
		inopen = 0;
		files = argv + i;
		nfiles = 1;
		curfile = -1;
		s->lineno = 0;
		s->quit = 0;
		s->resume = 0;
		for(j = 0; j < s->ncmd; j++)
			s->cmds[j].active = 0;
		ilen = 0;
		bad = status;
		status = 0;
		if(strcmp(argv[i], "-") == 0){
			fprint(2, "sed: -i: cannot edit standard input\n");
			status = 2;
		}else
			runall(s);
		if(status == 0){
			fd = open(argv[i], O_WRONLY|O_TRUNC);
			if(fd < 0 || write(fd, ibuf, ilen) != ilen){
				fprint(2, "sed: %s: %r\n", argv[i]);
				status = 4;
			}
			if(fd >= 0)
				close(fd);
		}
		if(bad > status)
			status = bad;
	}
}

int
main(int argc, char **argv)
{
	static Sed s;
	char err[256], *script;
	int iflag;

	s.out = out;
	script = nil;
	iflag = 0;
	ARGBEGIN{
	case 'n':
		s.nflag = 1;
		break;
	case 'i':
		iflag = 1;
		break;
	case 'e':
		addscript(&script, EARGF(usage()));
		break;
	case 'f':
		addscript(&script, readscript(EARGF(usage())));
		break;
	default:
		fprint(2, "sed: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(script == nil){
		if(argc < 1)
			usage();
		script = argv[0];
		argc--;
		argv++;
	}
	if(sedparse(&s, script, err, sizeof err) < 0){
		fprint(2, "sed: %s\n", err);
		exit(1);
	}
	if(sedcheck(&s, err, sizeof err) < 0){
		fprint(2, "sed: %s\n", err);
		exit(1);
	}
	if(iflag){
		if(argc == 0){
			fprint(2, "sed: -i needs files to edit\n");
			exit(1);
		}
		editall(&s, argc, argv);
		exit(status);
	}
	files = argv;
	nfiles = argc;
	runall(&s);
	if(fflush(stdout) != 0){
		fprint(2, "sed: write: %r\n");
		exit(4);
	}
	exit(status);
}
#endif
