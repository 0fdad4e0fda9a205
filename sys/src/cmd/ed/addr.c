/*
 * addr.c: ed's addresses: numbers, . $ 'x /re/ ?re?, + and - (and ^)
 * with or without numbers, an address followed by a number (a + left
 * out) or by /re/ (searching on from it), and lists of them joined by
 * , or ; (which moves dot to the first), as 9base's ed takes them.
 */
#include "ed.h"

long	addr1, addr2;
int	lastnsub;	/* the submatches (parenthesised groups) lastre has */
int	naddr;
int	lastsep;
Reprog	*lastre;

/* getnum: a decimal number at the input (its first digit already known to be there) */
static long
getnum(void)
{
	long n;
	int c;

	n = 0;
	while((c = getchr()) >= '0' && c <= '9'){
		if(n > 100000000)
			error("number too big");
		n = n*10 + c - '0';
	}
	ungetchr(c);
	return n;
}

/* countsubs: the groups in the expression re: its ( not escaped nor in a [set] */
static int
countsubs(char *re)
{
	int n;

	n = 0;
	for(; *re != 0; re++){
		if(*re == '\\' && re[1] != 0)
			re++;
		else if(*re == '(')
			n++;
		else if(*re == '['){
			re++;
			if(*re == '^')
				re++;
			if(*re == ']')
				re++;
			while(*re != 0 && *re != ']')
				re++;
			if(*re == 0)
				break;
		}
	}
	return n;
}

/*
 * getre: the regular expression up to the delimiter (or the end of
 * the line, left unread), compiled; an empty one is the last one.  A
 * backslash before the delimiter makes it a plain byte, unless the
 * delimiter means something to regexp(6) itself.  *closed says
 * whether the delimiter was there.
 */
Reprog*
getre(int delim, int *closed)
{
	static char *b;
	static long cap;
	char why[REGERRMAX];
	Reprog *re;
	long n;
	int c;

	n = 0;
	*closed = 0;
	for(;;){
		c = getchr();
		if(c == delim){
			*closed = 1;
			break;
		}
		if(c == '\n' || c == EOF){
			ungetchr(c);
			break;
		}
		if(n + 3 > cap){
			cap = cap ? 2*cap : 128;
			b = erealloc(b, cap);
		}
		if(c == '\\'){
			c = getchr();
			if(c == '\n' || c == EOF){
				ungetchr(c);
				c = '\\';
			}else if(c != delim || strchr(".*+?|()[]{}^$\\", delim) != nil)
				b[n++] = '\\';
		}
		b[n++] = c;
	}
	if(n == 0){
		if(lastre == nil)
			error("no previous regular expression");
		return lastre;
	}
	b[n] = 0;
	re = regcompx(b, 0, why, sizeof why);
	if(re == nil)
		error(why);
	if(lastre != nil)
		regfree(lastre);
	lastre = re;
	lastnsub = countsubs(b);
	return re;
}

/* matchline: whether re matches somewhere in l */
int
matchline(Reprog *re, Line *l)
{
	Resub m[1];

	m[0].sp = m[0].ep = nil;
	return regexecx(re, l->s, l->s, l->s + l->len, m, 1);
}

/* search: the first line after (or before) from, going round the buffer, that re matches */
long
search(Reprog *re, long from, int forward)
{
	long i, n;

	i = from;
	for(n = 0; n < dol; n++){
		checkintr();
		if(forward)
			i = i < dol ? i + 1 : 1;
		else
			i = i > 1 ? i - 1 : dol;
		if(matchline(re, line[i]))
			return i;
	}
	error("no match");
}

/* address: one address at the input into *ap: 1, or 0 if there is none */
static int
address(long *ap)
{
	long a, n;
	int c, have, closed;

	a = 0;
	have = 0;
	for(;;){
		c = skipblanks();
		if(c >= '0' && c <= '9'){
			n = getnum();
			a = have ? a + n : n;	/* an address then a number: the + left out */
			have = 1;
			continue;
		}
		getchr();
		switch(c){
		case '.':
		case '$':
		case '\'':
			if(have)
				error("invalid address");
			if(c == '.')
				a = dot;
			else if(c == '$')
				a = dol;
			else
				a = getmark(getchr());
			have = 1;
			continue;
		case '/':
		case '?':
			a = search(getre(c, &closed), have ? a : dot, c == '/');
			have = 1;
			continue;
		case '+':
		case '-':
		case '^':
			if(!have)
				a = dot;
			have = 1;
			n = 1;
			if(peekchr() >= '0' && peekchr() <= '9')
				n = getnum();
			a = c == '+' ? a + n : a - n;
			continue;
		default:
			ungetchr(c);
			if(have && (a < 0 || a > dol))
				error("invalid address");
			*ap = a;
			return have;
		}
	}
}

/* push: a is the newest address */
static void
push(long a)
{
	addr1 = naddr == 0 ? a : addr2;
	addr2 = a;
	naddr++;
}

/*
 * getaddrs: the addresses before a command into addr1 and addr2, how
 * many into naddr (at most 2), the last , or ; into lastsep.  A ,
 * or ; with nothing before it means line 1, with nothing after it $.
 */
void
getaddrs(void)
{
	long a;
	int c, have;

	naddr = 0;
	lastsep = 0;
	addr1 = addr2 = dot;
	for(;;){
		have = address(&a);
		c = skipblanks();
		if(c != ',' && c != ';'){
			if(have)
				push(a);
			else if(naddr > 0)
				push(dol);
			break;
		}
		getchr();
		lastsep = c;
		if(!have)
			a = naddr > 0 ? addr2 : dol > 0 ? 1 : 0;
		push(a);
		if(c == ';')
			dot = a;
	}
	if(naddr > 2)
		error("too many addresses");	/* as 9base's: POSIX takes the last two */
}

/* defaults: the addresses a command takes when it is given none */
void
defaults(long def1, long def2)
{
	if(naddr == 0){
		addr1 = def1;
		addr2 = def2;
	}
	if(addr1 > addr2 || addr1 < 0 || addr2 > dol)
		error("invalid address");
}

/* nonzero: the command needs real lines: line 0 will not do */
void
nonzero(void)
{
	if(addr1 < 1)
		error("invalid address");
}
