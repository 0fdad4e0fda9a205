/*
 * sed_test.c: host tests of sed's engine (sys/src/cmd/sed/parse.c and
 * run.c, included here; sed.c's main and file reading are left out).  Each case is
 * a script, -n or not, an input and the output it must give; each
 * bad script must be refused with a reason.  Prints "PASS name" or
 * "FAIL name: why"; exits 1 if any failed.  Built by regexp.mk with
 * Ninefold's headers (they declare what the engine uses; the host's
 * libc provides it) and the host-built libregexp.
 */
#include "../../sys/src/cmd/sed/parse.c"
#include "../../sys/src/cmd/sed/run.c"

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

/* wcollect: w's lines, into obuf too, after the file's name in brackets */
static void
wcollect(Sed *s, int wf, char *p, long n)
{
	char b[64];

	if(n == 1 && *p == '\n'){
		collect(s, p, n);
		return;
	}
	snprintf(b, sizeof b, "[%s]", s->wname[wf]);
	collect(s, b, strlen(b));
	collect(s, p, n);
}

/* rtext: r's files: "rf" holds two lines, "nonl" one without a newline, the rest cannot be read */
static void
rtext(Sed *s, char *name)
{
	if(strcmp(name, "rf") == 0)
		sedqueue(s, "R1\nR2\n", 6);
	else if(strcmp(name, "nonl") == 0)
		sedqueue(s, "Z", 1);
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
	{ "y/abc/xyz/", 0, "aabbcd\n", "xxyyzd\n" },
	{ "y,a\\,b,\\n\\\\x,", 0, "a,b\n", "\n\\x\n" },
	{ "2a\\\nadded\\\ntwo\n2i\\\nins", 0, "1\n2\n3\n", "1\nins\n2\nadded\ntwo\n3\n" },
	{ "1a one", 0, "1\n2\n", "1\none\n2\n" },
	{ "1a\\  two", 0, "1\n", "1\n  two\n" },
	{ "$a\\\nend", 0, "1\n2\n", "1\n2\nend\n" },
	{ "1{a\\\nx\nd\n}", 0, "1\n2\n", "x\n2\n" },	/* appended text survives d */
	{ "2,3c\\\nchanged", 0, "1\n2\n3\n4\n", "1\nchanged\n4\n" },
	{ "c\\\nC", 0, "1\n2\n", "C\nC\n" },
	{ "2!c\\\nC", 0, "1\n2\n3\n", "C\n2\nC\n" },
	{ "n;d", 0, "1\n2\n3\n", "1\n3\n" },
	{ "n;n;s/^/X/", 0, "1\n2\n", "1\n2\n" },
	{ "N;s/\\n/-/", 0, "1\n2\n3\n", "1-2\n" },		/* N at the end quits, quietly */
	{ "$!N;s/\\n/-/", 0, "1\n2\n3\n", "1-2\n3\n" },
	{ "$!N;P;D", 1, "1\n2\n3\n4\n5\n", "1\n2\n3\n4\n5\n" },
	{ "N;N;P", 1, "1\n2\n3\n", "1\n" },
	{ "D", 0, "1\n2\n", "" },
	{ "1!G;h;$!d", 0, "1\n2\n3\n", "3\n2\n1\n" },
	{ "x", 0, "1\n2\n3\n", "\n1\n2\n" },
	{ "$!{h;d};x;G", 0, "1\n2\n3\n", "2\n3\n" },
	{ "G", 0, "a\nb\n", "a\n\nb\n\n" },
	{ "H;$!d;g", 0, "a\nb\n", "\na\nb\n" },
	{ ":a\nN\n$!ba\ns/\\n/,/g", 0, "1\n2\n3\n4\n", "1,2,3,4\n" },
	{ ":a;N;$!ba;s/\\n/ /g", 0, "1\n2\n3\n", "1 2 3\n" },
	{ "s/2/X/;t\ns/$/!/", 0, "1\n2\n3\n", "1!\nX\n3!\n" },
	{ "s/2/X/;tend;s/$/!/;:end", 0, "1\n2\n", "1!\nX\n" },
	{ "/1/b;s/$/!/", 0, "1\n2\n", "1\n2!\n" },
	{ "l", 1, "a\tb\001c\\\n", "a\\tb\\x0001c\\\\\n" },
	{ "l", 1, "\xc3\xa9\n", "\\x00e9\n" },
	{ "N;l;d", 0, "1\n2\n", "1\\n2\n" },
	{ "l", 1, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\tb\n",
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\t\\\nb\n" },
	/* r and w: the fakes above stand for the files */
	{ "2r rf", 0, "1\n2\n3\n", "1\n2\nR1\nR2\n3\n" },
	{ "r nofile", 0, "1\n2\n", "1\n2\n" },
	{ "r nonl", 0, "1\n2\n", "1\nZ2\nZ" },
	{ "2r rf;p", 0, "1\n2\n", "1\n2\n" },		/* the name is "rf;p" */
	{ "2r rf\n2a\\\nA", 0, "1\n2\n3\n", "1\n2\nR1\nR2\nA\n3\n" },
	{ "2a\\\nA\n2r rf", 0, "1\n2\n3\n", "1\n2\nA\nR1\nR2\n3\n" },
	{ "2r rf\n2d", 0, "1\n2\n3\n", "1\nR1\nR2\n3\n" },
	{ "2r rf\n2q", 0, "1\n2\n3\n", "1\n2\nR1\nR2\n" },
	{ "2r rf", 1, "1\n2\n3\n", "R1\nR2\n" },
	{ "/2/w out", 1, "1\n2\n3\n", "[out]2\n" },
	{ "w  o x ", 1, "1\n", "[o x ]1\n" },
	{ "s/2/X/w sw", 0, "1\n2\n", "1\n[sw]X\nX\n" },
	{ "s/2/X/gpw sw", 1, "2\n3\n", "X\n[sw]X\n" },
	{ "w a\ns/^/x/w a", 1, "1\n", "[a]1\n[a]x1\n" },
	{ "2{w b\n}", 1, "1\n2\n", "[b]2\n" },
	/* GNU's 0,/re/: /re/ may end the range on line 1 (1,/re/ cannot) */
	{ "0,/2/d", 0, "1\n2\n3\n2\n", "3\n2\n" },
	{ "0,/2/d", 0, "2\n3\n2\n", "3\n2\n" },
	{ "1,/2/d", 0, "2\n3\n2\n", "" },
	{ "0,/x/p", 1, "1\n2\n", "1\n2\n" },
};

static char *badscripts[] = {
	"k", "s/a/b", "s/a", "s", "/a", "/a/", "s/(/x/", "1,", "{p", "p}",
	"2}", "pp", "s/a/b/x", "1,2q", "s/a/b/0", "s\\a\\b\\", "\\", "s//x/",
	"y/ab/x/", "y/a/b", "bnowhere", ":", "1:a", "tx;:y",
	"r", "2w", "w   ", "s/a/b/w", "s/a/b/w ",
	"0p", "0,5p", "0,$p", "0!p",
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
	s.wout = wcollect;
	s.rfile = rtext;
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
