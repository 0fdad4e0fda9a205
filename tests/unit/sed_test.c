/*
 * sed_test.c: host tests of sed's engine (sys/src/cmd/sed.c, included
 * with SEDTEST so its main and file reading drop out).  Each case is
 * a script, -n or not, an input and the output it must give; each
 * bad script must be refused with a reason.  Prints "PASS name" or
 * "FAIL name: why"; exits 1 if any failed.  Built by regexp.mk with
 * Ninefold's headers (they declare what the engine uses; the host's
 * libc provides it) and the host-built libregexp.
 */
#define SEDTEST
#include "../../sys/src/cmd/sed.c"

static char obuf[4096];
static long olen;
static int failed;

/* collect: the engine's output, into obuf */
static void
collect(Sed *s, char *p, long n)
{
	USED(s);
	if(olen + n < (long)sizeof obuf){
		memmove(obuf + olen, p, n);
		olen += n;
	}
}

typedef struct Case Case;
struct Case {
	char	*script;
	int	nflag;
	char	*input;
	char	*want;
};

static Case cases[] = {
	{ "p", 0, "a\nb\n", "a\na\nb\nb\n" },
	{ "p", 1, "a\nb\n", "a\nb\n" },
	{ "2p", 1, "a\nb\nc\n", "b\n" },
	{ "$p", 1, "a\nb\nc\n", "c\n" },
	{ "2,3p", 1, "a\nb\nc\nd\n", "b\nc\n" },
	{ "2,$d", 0, "a\nb\nc\n", "a\n" },
	{ "/b/,/d/p", 1, "a\nb\nc\nd\ne\nb\n", "b\nc\nd\nb\n" },
	{ "/b/,1p", 1, "a\nb\nc\n", "b\n" },		/* a2 before a1: one line */
	{ "/a/,/a/p", 1, "a\nb\na\nc\n", "a\nb\na\n" },	/* a2 from the next line */
	{ "2!d", 0, "a\nb\nc\n", "b\n" },
	{ "d", 0, "a\nb\n", "" },
	{ "/x/d", 0, "a\nx\nb\n", "a\nb\n" },
	{ "2q", 0, "a\nb\nc\n", "a\nb\n" },
	{ "2q", 1, "a\nb\nc\n", "" },
	{ "=", 1, "a\nb\n", "1\n2\n" },
	{ "s/a/b/", 0, "aaa\n", "baa\n" },
	{ "s/a/b/g", 0, "aaa\n", "bbb\n" },
	{ "s/a/b/2", 0, "aaa\n", "aba\n" },
	{ "s/a/b/2g", 0, "aaaa\n", "abbb\n" },
	{ "s/x/y/p", 1, "x\nz\n", "y\n" },
	{ "s/(a+)(b+)/<\\2\\1>/", 0, "xaabbby\n", "x<bbbaa>y\n" },
	{ "s/a+/[&]/g", 0, "baac a\n", "b[aa]c [a]\n" },
	{ "s/a/\\&\\\\/", 0, "a\n", "&\\\n" },
	{ "s/x*/-/g", 0, "abc\n", "-a-b-c-\n" },
	{ "s/x*/-/g", 0, "xab\n", "-a-b-\n" },
	{ "s/b*/X/2", 0, "abc\n", "aXc\n" },
	{ "s/^/> /", 0, "a\nb\n", "> a\n> b\n" },
	{ "s/$/;/", 0, "a\n", "a;\n" },
	{ "s/^a/X/g", 0, "aaa\n", "Xaa\n" },	/* ^ only at the line's start */
	{ "s,/,|,g", 0, "a/b/c\n", "a|b|c\n" },
	{ "s/\\//:/g", 0, "a/b\n", "a:b\n" },
	{ "s|a\\|b|X|g", 0, "a|b ab\n", "X ab\n" },	/* \| is the delimiter, literal */
	{ "s/A/x/gi", 0, "aA\n", "xx\n" },
	{ "s/a/1\\n2/", 0, "a\n", "1\n2\n" },
	{ "s/a/b/;s/b/c/", 0, "a\n", "c\n" },
	{ "s/a/b/\ns/b/c/", 0, "a\n", "c\n" },
	{ "/a/s//X/g", 0, "bab\n", "bXb\n" },	/* // is the last expression */
	{ "\\,a,p", 1, "a\nb\n", "a\n" },
	{ "/a/{s/a/b/;p}", 1, "a\nc\n", "b\n" },
	{ "/a/!{p;p}", 1, "a\nc\n", "c\nc\n" },
	{ "2{p}", 1, "a\nb\nc\n", "b\n" },
	{ "1,2{/b/d}", 0, "a\nb\nc\n", "a\nc\n" },
	{ "$!d", 0, "a\nb\nc\n", "c\n" },
	{ "# a comment\np", 1, "a\n", "a\n" },
	{ "  p ; p  ", 1, "a\n", "a\na\n" },
	{ "s/\\(x\\)/y/", 0, "(x)\n", "y\n" },	/* \( is a literal parenthesis */
	{ "", 0, "a\nb\n", "a\nb\n" },
};

static char *badscripts[] = {
	"k", "s/a/b", "s/a", "s", "/a", "/a/", "s/(/x/", "1,", "{p", "p}",
	"2}", "pp", "s/a/b/x", "1,2q", "s/a/b/0", "s\\a\\b\\", "\\", "s//x/",
};

/* run: feed input's lines to a fresh engine running script */
static int
run(char *script, int nflag, char *input, char *err, int nerr)
{
	Sed s;
	char *p, *nl;
	int r;

	r = 0;
	memset(&s, 0, sizeof s);
	s.out = collect;
	s.nflag = nflag;
	olen = 0;
	if(sedparse(&s, script, err, nerr) < 0 || sedcheck(&s, err, nerr) < 0){
		sedfree(&s);
		return -1;
	}
	for(p = input; *p != 0; p = nl + 1){
		nl = strchr(p, '\n');
		r = sedline(&s, p, nl - p, nl[1] == 0);
		if(r != 0)
			break;
	}
	if(r < 0)
		snprintf(err, nerr, "sedline failed (no previous expression?)");
	obuf[olen] = 0;
	sedfree(&s);
	return r < 0 ? -1 : 0;
}

int
main(void)
{
	char name[64], err[256];
	unsigned i;

	for(i = 0; i < nelem(cases); i++){
		snprintf(name, sizeof name, "sed.case.%u", i);
		if(run(cases[i].script, cases[i].nflag, cases[i].input, err, sizeof err) < 0){
			printf("FAIL %s: script \"%s\": %s\n", name, cases[i].script, err);
			failed++;
		}else if(strcmp(obuf, cases[i].want) != 0){
			printf("FAIL %s: script \"%s\"%s: got \"%s\", want \"%s\"\n", name,
				cases[i].script, cases[i].nflag ? " -n" : "", obuf, cases[i].want);
			failed++;
		}else
			printf("PASS %s\n", name);
	}
	for(i = 0; i < nelem(badscripts); i++){
		snprintf(name, sizeof name, "sed.bad.%u", i);
		err[0] = 0;
		if(run(badscripts[i], 0, "a\n", err, sizeof err) == 0){
			printf("FAIL %s: script \"%s\" accepted\n", name, badscripts[i]);
			failed++;
		}else if(err[0] == 0){
			printf("FAIL %s: script \"%s\": no reason\n", name, badscripts[i]);
			failed++;
		}else
			printf("PASS %s\n", name);
	}
	return failed != 0;
}
