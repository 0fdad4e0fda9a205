/*
 * expr: evaluate an expression, each operator and operand one argument,
 * and print its value, as POSIX's expr:
 *	a | b	a if it is neither empty nor 0, else b (or 0)
 *	a & b	a if neither is empty or 0, else 0
 *	a = b  a != b  a < b  a <= b  a > b  a >= b
 *		1 or 0; as integers when both are, else as strings
 *	a + b  a - b  a * b  a / b  a % b
 *		integer arithmetic (64 bits; overflow is an error)
 *	a : re	how many bytes a basic expression anchored at a's start
 *		matches, or what its first \( \) matched
 *	( a )
 * from the loosest to the tightest, each left to right, and GNU's
 *	length s	match s re	substr s pos len	index s chars
 *	+ token	(the token as a string, even if it is an operator)  The exit
 * status is 0 if the value is neither empty nor 0, 1 if it is, 2 for a
 * bad expression and 3 for any other error, as GNU's.
 */
#include <libc.h>
#include <regexp.h>

typedef struct Val Val;
struct Val {
	char	*s;	/* the value as a string */
};

static char	**args;
static int	nargs;
static int	noeval;	/* inside the side of | or & that is not taken: no errors */

static Val	orexpr(void);
static Val	match(Val, Val);

/* syntax: a bad expression; exit status 2 */
static void
syntax(char *fmt, char *arg)
{
	fprint(2, "expr: syntax error");
	if(fmt != nil){
		fprint(2, ": ");
		fprint(2, fmt, arg);
	}
	fprint(2, "\n");
	exit(2);
}

/* fail: an error evaluating a good expression (a non-integer, division by zero) */
static void
fail(char *why, int status)
{
	fprint(2, "expr: %s\n", why);
	exit(status);
}

/* str: s as a value (not copied) */
static Val
str(char *s)
{
	Val v;

	v.s = s;
	return v;
}

/* num: n as a value */
static Val
num(vlong n)
{
	char buf[32];
	Val v;

	snprintf(buf, sizeof buf, "%lld", n);
	if((v.s = strdup(buf)) == nil)
		fail("out of memory", 3);
	return v;
}

/* isint: is s an integer (an optional minus, then digits): 1 if it
 * fits in 64 bits (its value in *n), 2 if it is too large, else 0 */
static int
isint(char *s, vlong *n)
{
	char *d;

	d = s;
	if(*d == '-')
		d++;
	if(!isdigit((uchar)*d))
		return 0;
	while(isdigit((uchar)*d))
		d++;
	if(*d != 0)
		return 0;
	errno = 0;
	*n = strtoll(s, nil, 10);
	return errno == ERANGE ? 2 : 1;
}

/* null: is v empty or a 0 (0, 00, -0 ...), which | and & and the exit status take as false */
static int
null(Val v)
{
	char *s;

	s = v.s;
	if(*s == 0)
		return 1;
	if(*s == '-')
		s++;
	if(*s == 0)
		return 0;	/* a lone minus is a string */
	for(; *s != 0; s++)
		if(*s != '0')
			return 0;
	return 1;
}

/* peek: the next argument, or nil at the end */
static char*
peek(void)
{
	return nargs > 0 ? args[0] : nil;
}

/* take: the next argument, consumed */
static char*
take(void)
{
	nargs--;
	return *args++;
}

/* needoperand: none left after the operator is a syntax error */
static void
needoperand(char *after)
{
	if(nargs == 0)
		syntax("missing argument after '%s'", after);
}

/* substr: the len bytes of s from pos (from 1); empty if they are not integers or lie outside s */
static Val
substr(Val s, Val pos, Val len)
{
	vlong p, n, l;
	char *r;

	l = strlen(s.s);
	if(isint(pos.s, &p) != 1 || isint(len.s, &n) != 1 || p <= 0 || n <= 0 || p > l)
		return str("");
	if(n > l - p + 1)
		n = l - p + 1;
	if((r = malloc(n + 1)) == nil)
		fail("out of memory", 3);
	memmove(r, s.s + p - 1, n);
	r[n] = 0;
	return str(r);
}

/* indexof: where in s (from 1) the first byte that is in chars is; 0 if none */
static Val
indexof(Val s, Val chars)
{
	usize n;

	n = strcspn(s.s, chars.s);
	return num(s.s[n] == 0 ? 0 : n + 1);
}

/* primary: ( expression ), GNU's length, match, substr, index and +, or a string */
static Val
primary(void)
{
	Val v, a, b;
	char *t;

	if(nargs == 0)
		syntax("missing argument after '%s'", args[-1]);
	t = take();
	if(strcmp(t, "(") == 0){
		needoperand("(");
		v = orexpr();
		if(nargs == 0 || strcmp(peek(), ")") != 0)
			syntax("expecting ')' after '%s'", args[-1]);
		take();
		return v;
	}
	if(strcmp(t, ")") == 0)
		syntax("unexpected ')'", nil);
	if(strcmp(t, "+") == 0){
		needoperand("+");
		return str(take());
	}
	if(strcmp(t, "length") == 0)
		return num(strlen(primary().s));
	if(strcmp(t, "match") == 0){
		a = primary();
		b = primary();
		return match(a, b);
	}
	if(strcmp(t, "index") == 0){
		a = primary();
		b = primary();
		return indexof(a, b);
	}
	if(strcmp(t, "substr") == 0){
		v = primary();
		a = primary();
		b = primary();
		return substr(v, a, b);
	}
	return str(t);
}

/*
 * bre: the basic expression re in regexp(6)'s syntax: \( \) \{ \}
 * \| \+ \? become operators, ( ) { } | + ? are plain characters, and
 * so is a * with nothing before it to repeat.  Anchored at the start.
 */
static char*
bre(char *re)
{
	char *e, *q, *start;

	e = malloc(2 * strlen(re) + 4);
	if(e == nil)
		fail("out of memory", 3);
	q = e;
	*q++ = '^';
	if(*re == '^')
		re++;
	start = re;
	while(*re != 0){
		if(*re == '\\' && re[1] != 0 && strchr("(){}|+?", re[1]) != nil){
			*q++ = re[1];
			re += 2;
			continue;
		}
		if(*re == '\\' && re[1] != 0){
			*q++ = *re++;
			*q++ = *re++;
			continue;
		}
		if(strchr("(){}|+?", *re) != nil
		|| (*re == '*' && (re == start || (re - start >= 2 && re[-2] == '\\' && re[-1] == '(')))
		|| (*re == '$' && re[1] != 0))
			*q++ = '\\';
		if(*re == '['){
			/* a set: copied as it is, to its ] (a ] first is in it) */
			*q++ = *re++;
			if(*re == '^')
				*q++ = *re++;
			if(*re == ']')
				*q++ = *re++;
			while(*re != 0 && *re != ']')
				*q++ = *re++;
			if(*re != 0)
				*q++ = *re++;
			continue;
		}
		*q++ = *re++;
	}
	*q = 0;
	return e;
}

/* match: a : re */
static Val
match(Val a, Val re)
{
	char err[REGERRMAX], *e, *p;
	Resub m[2];
	Reprog *prog;
	int groups;

	e = bre(re.s);
	prog = regcompx(e, 0, err, sizeof err);
	free(e);
	if(prog == nil){
		fprint(2, "expr: bad expression: %s: %s\n", re.s, err);
		exit(2);
	}
	/* a \( in the expression: the value is what the first group matched */
	groups = 0;
	for(p = re.s; *p != 0; p++){
		if(*p == '\\' && p[1] == '('){
			groups = 1;
			break;
		}
		if(*p == '\\' && p[1] != 0)
			p++;
	}
	memset(m, 0, sizeof m);
	if(!regexecx(prog, a.s, a.s, nil, m, 2)){
		regfree(prog);
		return groups ? str("") : num(0);
	}
	regfree(prog);
	if(!groups)
		return num(m[0].ep - m[0].sp);
	if(m[1].sp == nil)
		return str("");
	if((p = malloc(m[1].ep - m[1].sp + 1)) == nil)
		fail("out of memory", 3);
	memmove(p, m[1].sp, m[1].ep - m[1].sp);
	p[m[1].ep - m[1].sp] = 0;
	return str(p);
}

/* matchexpr: primaries joined by : */
static Val
matchexpr(void)
{
	Val a, b;

	a = primary();
	while(nargs > 0 && strcmp(peek(), ":") == 0){
		take();
		needoperand(":");
		b = primary();
		a = match(a, b);
	}
	return a;
}

/* integer: v as an integer; a non-integer is an error */
static vlong
integer(Val v)
{
	vlong n;

	switch(isint(v.s, &n)){
	case 1:
		return n;
	case 2:
		if(!noeval)
			fail("integer too large", 3);
		return 0;
	default:
		if(!noeval)
			fail("non-integer argument", 2);
		return 0;
	}
}

/* arith: a op b for op one of + - * / % */
static Val
arith(Val a, char *op, Val b)
{
	vlong x, y, r;
	int over;

	x = integer(a);
	y = integer(b);
	if(noeval)
		return num(0);
	over = 0;
	switch(*op){
	case '+':
		over = __builtin_add_overflow(x, y, &r);
		break;
	case '-':
		over = __builtin_sub_overflow(x, y, &r);
		break;
	case '*':
		over = __builtin_mul_overflow(x, y, &r);
		break;
	default:	/* / and % */
		if(y == 0)
			fail("division by zero", 2);
		if(x == LLONG_MIN && y == -1){
			over = *op == '/';
			r = 0;
		}else
			r = *op == '/' ? x / y : x % y;
	}
	if(over)
		fail("integer result too large", 3);
	return num(r);
}

/* mulexpr: match expressions joined by * / % */
static Val
mulexpr(void)
{
	Val a, b;
	char *op;

	a = matchexpr();
	while(nargs > 0 && (strcmp(peek(), "*") == 0 || strcmp(peek(), "/") == 0 || strcmp(peek(), "%") == 0)){
		op = take();
		needoperand(op);
		b = matchexpr();
		a = arith(a, op, b);
	}
	return a;
}

/* addexpr: products joined by + - */
static Val
addexpr(void)
{
	Val a, b;
	char *op;

	a = mulexpr();
	while(nargs > 0 && (strcmp(peek(), "+") == 0 || strcmp(peek(), "-") == 0)){
		op = take();
		needoperand(op);
		b = mulexpr();
		a = arith(a, op, b);
	}
	return a;
}

/* compare: a op b for a comparison op: as integers if both are, else as strings */
static Val
compare(Val a, char *op, Val b)
{
	vlong x, y;
	int c;

	if(isint(a.s, &x) == 1 && isint(b.s, &y) == 1)
		c = x < y ? -1 : x > y;
	else
		c = strcmp(a.s, b.s);
	if(strcmp(op, "=") == 0)
		return num(c == 0);
	if(strcmp(op, "!=") == 0)
		return num(c != 0);
	if(strcmp(op, "<") == 0)
		return num(c < 0);
	if(strcmp(op, "<=") == 0)
		return num(c <= 0);
	if(strcmp(op, ">") == 0)
		return num(c > 0);
	return num(c >= 0);
}

/* iscmp: is s a comparison operator */
static int
iscmp(char *s)
{
	static char *ops[] = {"=", "!=", "<", "<=", ">", ">="};
	int i;

	for(i = 0; i < nelem(ops); i++)
		if(strcmp(s, ops[i]) == 0)
			return 1;
	return 0;
}

/* cmpexpr: sums joined by comparisons */
static Val
cmpexpr(void)
{
	Val a, b;
	char *op;

	a = addexpr();
	while(nargs > 0 && iscmp(peek())){
		op = take();
		needoperand(op);
		b = addexpr();
		a = compare(a, op, b);
	}
	return a;
}

/* andexpr: comparisons joined by &; the right side is not judged when the left is false */
static Val
andexpr(void)
{
	Val a, b;
	int skip;

	a = cmpexpr();
	while(nargs > 0 && strcmp(peek(), "&") == 0){
		take();
		needoperand("&");
		skip = null(a);
		noeval += skip;
		b = cmpexpr();
		noeval -= skip;
		if(null(a) || null(b))
			a = num(0);
	}
	return a;
}

/* orexpr: ands joined by |; the right side is not judged when the left is true */
static Val
orexpr(void)
{
	Val a, b;
	int skip;

	a = andexpr();
	while(nargs > 0 && strcmp(peek(), "|") == 0){
		take();
		needoperand("|");
		skip = !null(a);
		noeval += skip;
		b = andexpr();
		noeval -= skip;
		if(null(a))
			a = null(b) ? num(0) : b;
	}
	return a;
}

int
main(int argc, char **argv)
{
	Val v;

	argv0 = argv[0];
	args = argv + 1;
	nargs = argc - 1;
	if(nargs > 0 && strcmp(args[0], "--") == 0){
		args++;
		nargs--;
	}
	if(nargs == 0){
		fprint(2, "usage: expr expression\n");
		exit(2);
	}
	v = orexpr();
	if(nargs > 0)
		syntax("unexpected argument '%s'", peek());
	print("%s\n", v.s);
	return null(v);
}
