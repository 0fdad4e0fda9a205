/*
 * regexp_test.c: host tests of libregexp.  Prints "PASS name" or
 * "FAIL name: why" per check; exits 1 if any failed.
 *	regexp.table.N	an expression, a text and the known answer
 *	regexp.err.N	an expression that must not compile
 *	regexp.sub.N	regsub templates
 *	regexp.hostile	expressions that backtrack exponentially
 *			elsewhere stay fast here
 *	regexp.vsposix	random expressions and texts: the whole match
 *			agrees with the host's POSIX (leftmost-longest)
 * The library is built with regcomp, regexec and regfree renamed
 * nf_* (regexp.mk) so the host's POSIX ones stay reachable.
 */
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <regex.h>

/* the host's POSIX matcher, before the names are taken over */
static int
posixmatch(char *re, char *s, int *so, int *eo)
{
	regex_t r;
	regmatch_t m[1];
	int ok;

	if(regcomp(&r, re, REG_EXTENDED) != 0)
		return -1;
	ok = regexec(&r, s, 1, m, 0) == 0;
	if(ok){
		*so = m[0].rm_so;
		*eo = m[0].rm_eo;
	}
	regfree(&r);
	return ok;
}

#define regcomp nf_regcomp
#define regexec nf_regexec
#define regfree nf_regfree
#include "../../sys/include/u.h"
#include "../../sys/include/regexp.h"

static int failed;

static void
pass(char *name)
{
	printf("PASS %s\n", name);
}

static void
fail(char *name, char *fmt, ...)
{
	va_list ap;

	failed++;
	printf("FAIL %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

/*
 * The table.  want is "NOMATCH", or the whole match and each group
 * as "start,end" offsets separated by blanks, "-" for a group that
 * took no part; groups not listed are not checked.
 */
typedef struct Case Case;
struct Case {
	char	*re;
	int	flags;
	char	*text;
	char	*want;
};

static Case cases[] = {
	{ "abc", 0, "xabcy", "1,4" },
	{ "abc", 0, "xabxy", "NOMATCH" },
	{ "", 0, "abc", "0,0" },
	{ "a*", 0, "bbb", "0,0" },
	{ "a*", 0, "aaab", "0,3" },
	{ "a+", 0, "bbaab", "2,4" },
	{ "ba?c", 0, "xbcx", "1,3" },
	{ "ba?c", 0, "xbacx", "1,4" },
	{ "a.c", 0, "a\nc abc", "4,7" },
	{ "a.c", REGDOTNL, "a\nc abc", "0,3" },
	{ "a|ab", 0, "abcd", "0,2" },		/* longest, not first */
	{ "(a|ab)(c|bcd)", 0, "abcd", "0,4 0,1 1,4" },
	{ "(a*)(b*)", 0, "aabbb", "0,5 0,2 2,5" },
	{ "(a)|(b)", 0, "b", "0,1 - 0,1" },
	{ "x(a|b)*y", 0, "xababy", "0,6 4,5" },
	{ "^abc", 0, "abcabc", "0,3" },
	{ "^abc", 0, "xabc", "NOMATCH" },
	{ "abc$", 0, "abcabc", "3,6" },
	{ "^$", 0, "", "0,0" },
	{ "^$", 0, "a", "NOMATCH" },
	{ "^b", 0, "a\nb", "2,3" },		/* ^ after a newline */
	{ "a$", 0, "a\nb", "0,1" },
	{ "^b", REGNOLINES, "a\nb", "NOMATCH" },	/* awk's: the text's ends only */
	{ "a$", REGNOLINES, "a\nb", "NOMATCH" },
	{ "^a|b$", REGNOLINES, "a\nb", "0,1" },
	{ "b$", REGNOLINES, "a\nb", "2,3" },
	{ "[abc]+", 0, "xxcabz", "2,5" },
	{ "[^abc]+", 0, "abxyzc", "2,5" },
	{ "[a-c]+", 0, "zzbcaz", "2,5" },
	{ "[]a]+", 0, "x]a]x", "1,4" },
	{ "[^]a]+", 0, "]]xy]", "2,4" },
	{ "[a-]+", 0, "b-a-b", "1,4" },
	{ "[-a]+", 0, "b-a-b", "1,4" },
	{ "[[:digit:]]+", 0, "ab123c", "2,5" },
	{ "[[:alpha:][:digit:]]+", 0, "--a1b2--", "2,6" },
	{ "[[:space:]]", 0, "ab\tc", "2,3" },
	{ "[[:upper:]]+", 0, "abCDe", "2,4" },
	{ "[^x]", 0, "\n", "NOMATCH" },
	{ "[^x]", REGDOTNL, "\n", "0,1" },
	{ "\\d+", 0, "ab42c", "2,4" },
	{ "\\D+", 0, "42ab7", "2,4" },
	{ "\\w+", 0, "  foo_1 ", "2,7" },
	{ "\\W+", 0, "ab  cd", "2,4" },
	{ "\\s+", 0, "ab \t cd", "2,5" },
	{ "\\S+", 0, "  ab ", "2,4" },
	{ "[\\d]+", 0, "x12", "1,3" },
	{ "\\.", 0, "abc.d", "3,4" },
	{ "\\*", 0, "ab*", "2,3" },
	{ "a\\+b", 0, "aab a+b", "4,7" },
	{ "\\(x\\)", 0, "a(x)", "1,4" },
	{ "\\\\", 0, "a\\b", "1,2" },
	{ "\\t", 0, "a\tb", "1,2" },
	{ "\\n", 0, "a\nb", "1,2" },
	{ "\\bfoo\\b", 0, "afoo foo", "5,8" },
	{ "\\Boo", 0, "oo foo", "4,6" },
	{ "\\<a", 0, "ba a", "3,4" },
	{ "a\\>", 0, "ab a", "3,4" },
	{ "a{3}", 0, "aaaa", "0,3" },
	{ "a{2,}", 0, "baaaa", "1,5" },
	{ "a{1,2}", 0, "aaa", "0,2" },
	{ "(ab){2}", 0, "abababx", "0,4 2,4" },
	{ "a{,2}", 0, "a{,2}", "0,5" },	/* not a count: literal */
	{ "a{", 0, "a{", "0,2" },
	{ "x{0}y", 0, "xy y", "1,2" },
	{ "ABC", REGICASE, "xaBcy", "1,4" },
	{ "abc", REGICASE, "XABCY", "1,4" },
	{ "[a-c]+", REGICASE, "xABCy", "1,4" },
	{ "[^a]", REGICASE, "Ab", "1,2" },
	{ "a.*b", REGLITERAL, "xa.*by", "1,5" },
	{ "(", REGLITERAL, "a(b", "1,2" },
	{ "(a*)*", 0, "aaa", "0,3" },
	{ "(a*)+", 0, "b", "0,0" },
	{ "(a|b)*c", 0, "abababc", "0,7 5,6" },
	{ "((a)|b)+", 0, "ab", "0,2 1,2 0,1" },	/* the last a, as Perl */
	{ "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)", 0, "abcdefghij", "0,10 0,1 1,2 2,3 3,4 4,5 5,6 6,7 7,8 8,9" },
	{ "x*", 0, "", "0,0" },
	{ "a|", 0, "b", "0,0" },
	{ "()", 0, "a", "0,0 0,0" },
	{ "a^b", 0, "ab", "NOMATCH" },
	{ "(^a|b)", 0, "ba", "0,1" },
	{ "caf\xc3\xa9", 0, "un caf\xc3\xa9", "3,8" },
	{ "a[^b]c", 0, "a\xff" "c", "0,3" },
	{ "\\$5", 0, "cost $5", "5,7" },
};

/* check one table entry */
static void
runcase(int n, Case *c)
{
	char name[64], why[256], got[256], *w, *p;
	Reprog *prog;
	Resub m[REGNSUB];
	int i, len;

	snprintf(name, sizeof name, "regexp.table.%d", n);
	prog = regcompx(c->re, c->flags, why, sizeof why);
	if(prog == NULL){
		fail(name, "/%s/ does not compile: %s", c->re, why);
		return;
	}
	memset(m, 0, sizeof m);
	if(!regexecx(prog, c->text, c->text, NULL, m, REGNSUB)){
		if(strcmp(c->want, "NOMATCH") == 0)
			pass(name);
		else
			fail(name, "/%s/ on \"%s\": no match, want %s", c->re, c->text, c->want);
		regfree(prog);
		return;
	}
	got[0] = 0;
	len = 0;
	for(i = 0; i < REGNSUB; i++){
		if(m[i].sp == NULL)
			len += snprintf(got + len, sizeof got - len, "%s-", i ? " " : "");
		else
			len += snprintf(got + len, sizeof got - len, "%s%d,%d", i ? " " : "",
				(int)(m[i].sp - c->text), (int)(m[i].ep - c->text));
	}
	/* compare only as many groups as want lists */
	w = c->want;
	p = got;
	while(*w != 0 && *w == *p){
		w++;
		p++;
	}
	if(*w == 0 && (*p == 0 || *p == ' '))
		pass(name);
	else
		fail(name, "/%s/ on \"%s\": got %s, want %s", c->re, c->text, got, c->want);
	regfree(prog);
}

static char *bad[] = {
	"(", "(a", "a)", ")", "[", "[a", "[]", "[^", "a\\", "[a\\",
	"*", "+a", "?", "a|*", "(*)", "[z-a]", "[[:nope:]]", "\\1",
	"a{2,1}", "a{1001}", "a**********",
};

/* expressions that must fail to compile, with a reason */
static void
errors(void)
{
	char name[64], why[REGERRMAX];
	Reprog *p;
	uint i;

	for(i = 0; i < sizeof bad / sizeof bad[0]; i++){
		snprintf(name, sizeof name, "regexp.err.%u", i);
		why[0] = 0;
		p = regcompx(bad[i], 0, why, sizeof why);
		if(p != NULL){
			fail(name, "/%s/ compiled", bad[i]);
			regfree(p);
		}else if(why[0] == 0)
			fail(name, "/%s/: no reason given", bad[i]);
		else
			pass(name);
	}
	/* regcomp keeps the reason for regerrstr */
	if(regcomp("a(") == NULL && strcmp(regerrstr(), "missing )") == 0)
		pass("regexp.err.regerrstr");
	else
		fail("regexp.err.regerrstr", "regerrstr is \"%s\"", regerrstr());
}

/* regsub, and regexec's Plan 9 conventions for match[0] */
static void
subs(void)
{
	Reprog *p;
	Resub m[REGNSUB];
	char buf[64], *s;

	p = regcomp("(a+)(b+)");
	memset(m, 0, sizeof m);
	s = "xaabbby";
	if(p == NULL || !regexec(p, s, m, REGNSUB)){
		fail("regexp.sub.exec", "no match");
		return;
	}
	regsub("[&] \\2\\1 \\& \\\\ \\9", buf, sizeof buf, m, REGNSUB);
	if(strcmp(buf, "[aabbb] bbbaa & \\ ") == 0)
		pass("regexp.sub.template");
	else
		fail("regexp.sub.template", "got \"%s\"", buf);
	regsub("&&&&", buf, 8, m, REGNSUB);
	if(strcmp(buf, "aabbbaa") == 0)
		pass("regexp.sub.truncate");
	else
		fail("regexp.sub.truncate", "got \"%s\"", buf);
	/* match[0].sp set: search from there */
	s = "ab ab";
	memset(m, 0, sizeof m);
	m[0].sp = s + 1;
	if(regexec(p, s, m, 1) && m[0].sp == s + 3)
		pass("regexp.sub.startat");
	else
		fail("regexp.sub.startat", "wrong match");
	memset(m, 0, sizeof m);
	m[0].ep = s + 1;
	if(!regexec(p, s, m, 1))
		pass("regexp.sub.endat");
	else
		fail("regexp.sub.endat", "matched past the end");
	regfree(p);
	/* ^ means the line's start, not the search's */
	p = regcomp("^a");
	s = "aa";
	if(!regexecx(p, s, s + 1, NULL, m, 1))
		pass("regexp.sub.bol");
	else
		fail("regexp.sub.bol", "^ matched mid-line");
	regfree(p);
	regfree(NULL);
}

/* expressions that blow up a backtracker run in linear time */
static void
hostile(void)
{
	static char *res[] = {
		"(a*)*b", "(a|a)*b", "(a+)+b", "(a|aa)*b", "(.*)*x",
		"(a?){30}a{30}", "((a*)*)*b", "(x+x+)+y", "(\\w+\\s?)*$z",
	};
	char text[20001];
	clock_t t0;
	double secs;
	Reprog *p;
	Resub m[REGNSUB];
	uint i;
	int bad;

	memset(text, 'a', sizeof text - 1);
	text[sizeof text - 1] = 0;
	bad = 0;
	t0 = clock();
	for(i = 0; i < sizeof res / sizeof res[0]; i++){
		p = regcomp(res[i]);
		if(p == NULL){
			fail("regexp.hostile", "/%s/ does not compile: %s", res[i], regerrstr());
			bad = 1;
			continue;
		}
		memset(m, 0, sizeof m);
		regexec(p, text, m, REGNSUB);
		regfree(p);
	}
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	/* backtracking would take longer than the universe; this is generous */
	if(secs > 60){
		fail("regexp.hostile", "took %.1f s", secs);
		bad = 1;
	}
	/* too big: 1000 copies of 1000 copies */
	p = regcomp("((a{1000}){1000}){1000}");
	if(p != NULL){
		fail("regexp.hostile", "a huge repetition compiled");
		regfree(p);
		bad = 1;
	}
	if(!bad)
		pass("regexp.hostile");
}

static unsigned long rstate = 1;

static int
rnd(int n)
{
	rstate = rstate * 6364136223846793005UL + 1442695040888963407UL;
	return (int)((rstate >> 33) % (unsigned long)n);
}

/* genre: a random expression in the syntax both sides agree on */
static void
genre(char *buf, int *len, int max, int depth)
{
	int i, n;
	char *a;
	static char *atoms[] = { "a", "b", "c", ".", "[ab]", "[^a]", "[a-c]" };

	n = 1 + rnd(3);
	for(i = 0; i < n && *len < max - 20; i++){
		if(depth < 3 && rnd(4) == 0){
			buf[(*len)++] = '(';
			genre(buf, len, max, depth + 1);
			if(rnd(3) == 0){
				buf[(*len)++] = '|';
				genre(buf, len, max, depth + 1);
			}
			buf[(*len)++] = ')';
		}else{
			a = atoms[rnd(7)];
			strcpy(buf + *len, a);
			*len += strlen(a);
		}
		switch(rnd(6)){
		case 0: buf[(*len)++] = '*'; break;
		case 1: buf[(*len)++] = '+'; break;
		case 2: buf[(*len)++] = '?'; break;
		}
	}
	buf[*len] = 0;
}

/* random expressions against the host's POSIX regexec: the whole match */
static void
vsposix(void)
{
	char re[256], text[32], why[REGERRMAX];
	Reprog *p;
	Resub m[1];
	int i, j, len, so, eo, ok, mine, bad;

	bad = 0;
	for(i = 0; i < 20000 && bad < 5; i++){
		len = 0;
		if(rnd(8) == 0)
			re[len++] = '^';
		genre(re, &len, sizeof re - 2, 0);
		if(rnd(8) == 0)
			re[len++] = '$';
		re[len] = 0;
		len = rnd(12);
		for(j = 0; j < len; j++)
			text[j] = "abcx"[rnd(4)];
		text[len] = 0;
		ok = posixmatch(re, text, &so, &eo);
		if(ok < 0)
			continue;
		p = regcompx(re, 0, why, sizeof why);
		if(p == NULL){
			fail("regexp.vsposix", "/%s/ does not compile: %s", re, why);
			bad++;
			continue;
		}
		memset(m, 0, sizeof m);
		mine = regexec(p, text, m, 1);
		regfree(p);
		if(mine != ok || (ok && (m[0].sp - text != so || m[0].ep - text != eo))){
			fail("regexp.vsposix", "/%s/ on \"%s\": got %d %d,%d, POSIX %d %d,%d", re, text,
				mine, mine ? (int)(m[0].sp - text) : -1, mine ? (int)(m[0].ep - text) : -1,
				ok, ok ? so : -1, ok ? eo : -1);
			bad++;
		}
	}
	if(bad == 0)
		pass("regexp.vsposix");
}

int
main(void)
{
	uint i;

	for(i = 0; i < sizeof cases / sizeof cases[0]; i++)
		runcase(i, &cases[i]);
	errors();
	subs();
	hostile();
	vsposix();
	return failed != 0;
}
