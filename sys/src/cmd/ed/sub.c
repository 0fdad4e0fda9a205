/*
 * sub.c: ed's s (substitute) and g and v (a command list run on each
 * line that matches, or does not).
 */
#include "ed.h"

/*
 * The replacement as parsed: bytes as they are, but for a backslash
 * and a digit (a submatch; 0 is &), or a backslash and the byte it
 * makes plain.
 */
static char	*repl;
static long	nrepl, crepl;

/* addrepl: c at the end of the parsed replacement */
static void
addrepl(int c)
{
	if(nrepl + 2 > crepl){
		crepl = crepl ? 2*crepl : 128;
		repl = erealloc(repl, crepl);
	}
	repl[nrepl++] = c;
}

/*
 * getrepl: the replacement up to the delimiter: & the match, \1 to \9
 * submatches, \n and a backslash before a newline a newline, \& and
 * \\ and \delim themselves.  1 if the delimiter closed it, 0 if the
 * line ended (left unread).
 */
static int
getrepl(int delim)
{
	int c;

	nrepl = 0;
	for(;;){
		c = getchr();
		if(c == delim)
			return 1;
		if(c == '\n' || c == EOF){
			ungetchr(c);
			return 0;
		}
		if(c == '&'){
			addrepl('\\');
			addrepl('0');
			continue;
		}
		if(c == '\\'){
			c = getchr();
			if(c == EOF)
				c = '\\';
			else if(c >= '0' && c <= '9'){
				if(c - '0' > lastnsub)
					error("no such submatch");
				addrepl('\\');
				addrepl(c);
				continue;
			}else if(c == 'n')
				c = '\n';
			else if(c == '\\' || c == '&'){
				addrepl('\\');
				addrepl(c);
				continue;
			}
		}
		if(c == '\\'){
			addrepl('\\');
			addrepl(c);
		}else
			addrepl(c);
	}
}

/* the result of a substitution on one line */
static char	*res;
static long	nres, cres;

/* addres: p[0..n) at the end of the result */
static void
addres(char *p, long n)
{
	if(nres + n + 1 > cres){
		cres = 2 * (nres + n + 1);
		res = erealloc(res, cres);
	}
	memmove(res + nres, p, n);
	nres += n;
}

/* expand: the replacement for the match m at the end of the result */
static void
expand(Resub *m)
{
	long i;
	int k;

	for(i = 0; i < nrepl; i++){
		if(repl[i] != '\\'){
			addres(repl + i, 1);
			continue;
		}
		i++;
		if(repl[i] >= '0' && repl[i] <= '9'){
			k = repl[i] - '0';
			if(m[k].sp != nil && m[k].ep != nil)
				addres(m[k].sp, m[k].ep - m[k].sp);
		}else
			addres(repl + i, 1);
	}
}

/*
 * subline: substitute in line i (the nth match, and with g all after
 * it): 0 if nothing matched; else 1 + the number of lines it made
 * beyond the one (a newline in the replacement splits it).
 */
static long
subline(Reprog *re, long i, long nth, int gflag)
{
	Resub m[REGNSUB];
	Line *l, **nl;
	char *bol, *pos, *end, *lastend, *p, *q;
	long k, n, j;
	int did;

	l = line[i];
	bol = l->s;
	end = l->s + l->len;
	pos = bol;
	lastend = nil;
	nres = 0;
	did = 0;
	k = 0;
	while(pos <= end){
		memset(m, 0, sizeof m);
		if(!regexecx(re, bol, pos, end, m, REGNSUB))
			break;
		if(m[0].sp == m[0].ep && m[0].sp == lastend){
			/* an empty match where the last one ended: not another */
			if(m[0].sp >= end)
				break;
			addres(pos, m[0].sp + 1 - pos);
			pos = m[0].sp + 1;
			continue;
		}
		k++;
		addres(pos, m[0].sp - pos);
		if(k >= nth && (gflag || k == nth)){
			expand(m);
			did = 1;
		}else
			addres(m[0].sp, m[0].ep - m[0].sp);
		lastend = m[0].ep;
		pos = m[0].ep;
		if(m[0].sp == m[0].ep){
			if(pos >= end){
				pos = end + 1;
				break;
			}
			addres(pos, 1);
			pos++;
		}
		if(!gflag && k >= nth)
			break;
	}
	if(!did)
		return 0;
	if(pos < end)
		addres(pos, end - pos);
	/* split at the newlines */
	n = 1;
	for(j = 0; j < nres; j++)
		if(res[j] == '\n')
			n++;
	nl = emalloc(n * sizeof(Line*));
	p = res;
	for(j = 0; j < n; j++){
		q = memchr(p, '\n', res + nres - p);
		if(q == nil)
			q = res + nres;
		nl[j] = newline(p, q - p);
		p = q + 1;
	}
	replaceline(i, nl[0]);
	insertlines(i, nl + 1, n - 1);
	free(nl);
	return n;
}

/*
 * substitute: s/re/repl/[g][n][p|l|n] on lines addr1 to addr2 (as
 * Plan 9's, sN/re/repl/ also takes the nth match).  With the last
 * delimiter left out the line is printed.  It is an error for no line
 * to change, except in a g.
 */
void
substitute(void)
{
	Reprog *re;
	long nth, i, a2, n, last;
	int c, delim, closed, gflag, mode;

	nth = 1;
	gflag = 0;
	mode = 0;
	c = getchr();
	if(c >= '1' && c <= '9'){
		nth = 0;
		for(; c >= '0' && c <= '9'; c = getchr())
			nth = nth*10 + c - '0';
	}
	delim = c;
	if(delim == ' ' || delim == '\n' || delim == EOF)
		error("invalid pattern delimiter");
	re = getre(delim, &closed);
	if(!closed || !getrepl(delim)){
		if(closed == 0)
			nrepl = 0;
		mode = Pprint;
		c = getchr();
		if(c != '\n' && c != EOF)
			error("invalid command suffix");
	}else{
		for(;;){
			c = getchr();
			if(c == 'g')
				gflag = 1;
			else if(c >= '1' && c <= '9'){
				nth = 0;
				for(; c >= '0' && c <= '9'; c = getchr())
					nth = nth*10 + c - '0';
				ungetchr(c);
			}else if(c == 'p')
				mode |= Pprint;
			else if(c == 'l')
				mode |= Plist;
			else if(c == 'n')
				mode |= Pnum;
			else if(c == '\n' || c == EOF)
				break;
			else
				error("invalid command suffix");
		}
	}
	last = 0;
	a2 = addr2;
	for(i = addr1; i <= a2; i++){
		checkintr();
		n = subline(re, i, nth, gflag);
		if(n > 0){
			i += n - 1;
			a2 += n - 1;
			last = i;
		}
	}
	if(last == 0){
		if(ingstate)
			return;
		error("no match");
	}
	dot = last;
	if(mode)
		printlines(dot, dot, mode);
}

/*
 * global: g/re/list (sense 1) or v/re/list (sense 0): pick the lines
 * from addr1 to addr2 that match (or not), then run the command list
 * on each with dot there.  The list is the rest of the line, and the
 * lines after it while each ends in a backslash; empty, it is p.
 */
void
global(int sense)
{
	static char *list;
	static long cap;
	Reprog *re;
	long n, i;
	int c, delim, closed;

	if(ingstate)
		error("nested global command");
	if(dol == 0){
		addr1 = 1;	/* an empty buffer: no lines to pick, and no error (9base) */
		addr2 = 0;
	}else{
		defaults(1, dol);
		nonzero();
	}
	delim = getchr();
	if(delim == ' ' || delim == '\n' || delim == EOF)
		error("invalid pattern delimiter");
	re = getre(delim, &closed);
	n = 0;
	for(;;){
		c = getchr();
		if(c == EOF)
			break;
		if(n + 3 > cap){
			cap = cap ? 2*cap : 256;
			list = erealloc(list, cap);
		}
		if(c == '\\'){
			c = getchr();
			if(c != '\n')
				list[n++] = '\\';
			if(c == EOF)
				break;
			list[n++] = c;
			continue;
		}
		if(c == '\n')
			break;
		list[n++] = c;
	}
	if(n + 3 > cap){
		cap = n + 3;
		list = erealloc(list, cap);
	}
	if(n == 0)
		list[n++] = 'p';
	list[n++] = '\n';
	list[n] = 0;
	ingstate = 1;	/* from here an error forgets the marks */
	for(i = addr1; i <= addr2; i++){
		checkintr();
		if(matchline(re, line[i]) == sense){
			line[i]->gmark = 1;
			gmarked++;
		}
	}
	i = addr1;
	while(gmarked > 0){
		while(i < 1 || i > dol || !line[i]->gmark)
			i = i >= dol ? 1 : i + 1;
		checkintr();
		line[i]->gmark = 0;
		gmarked--;
		dot = i;
		setglobp(list);
		runcommands();
		setglobp(nil);
	}
	ingstate = 0;
}
