/* run.c: sed's engine: the Cmds run over one line of input at a time */
#include "sed.h"

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
	}else if(c->a1.type == Aline && c->a1.line == 0){
		/* 0,/re/: open before line 1, so /re/ may close it on line 1 */
		r = s->lineno == 1;
		if(r)
			c->active = !addrmatch(s, &c->a2, last);
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
int
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

/* sedqueue: add text to print at the end of the cycle (a and r); 0 or -1 */
int
sedqueue(Sed *s, char *p, long n)
{
	return bufadd(&s->aq, &s->aqlen, &s->aqcap, p, n);
}

/* writeps: w: the pattern space and a newline to c's file */
static void
writeps(Sed *s, Cmd *c)
{
	if(s->wout == nil)
		return;
	s->wout(s, c->wf - 1, s->ps, s->pslen);
	s->wout(s, c->wf - 1, "\n", 1);
}

/* flushappend: print the text the a and r commands queued */
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
			if(sedqueue(s, c->text, strlen(c->text)) < 0 || sedqueue(s, "\n", 1) < 0)
				return -1;
			break;
		case 'r':
			/* the file's text, as it is, after this cycle's output */
			if(s->rfile != nil)
				s->rfile(s, c->text);
			break;
		case 'w':
			writeps(s, c);
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
				if(c->wf)
					writeps(s, c);
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
	for(i = 0; i < s->nwname; i++)
		free(s->wname[i]);
	free(s->wname);
	free(s->cmds);
	free(s->open);
	free(s->ps);
	free(s->tmp);
	free(s->hs);
	free(s->aq);
	memset(s, 0, sizeof *s);
}
