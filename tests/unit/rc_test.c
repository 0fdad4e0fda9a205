/*
 * rc_test: host tests of rc's parser.  Each line of cases[] is parsed
 * and printed back (the form whatis shows); then a bounded fuzz feeds
 * the parser random text made of rc's special characters, words and
 * raw bytes, which must never crash (the sanitizers watch).  Prints
 * PASS or FAIL lines.
 */
#include "rc.h"
#include <fcntl.h>

#undef main

static int	failed;

static struct {
	char	*in;
	char	*out;	/* nil: a syntax error */
} cases[] = {
	{"echo a b", "echo a b"},
	{"a|b|c", "a|b|c"},
	{"a |[2] b", "a|[2]b"},
	{"x=(a b) y=() echo", "x=(a b) y=() echo"},
	{"if(~ $x a*) echo yes", "if(~ $x a*)echo yes"},
	{"if(x) a; if not echo no", "if(x)a;if not echo no"},
	{"if not echo no", nil},	/* 9base: `if not' does not follow `if(...)' */
	{"{if(x) a}\nif not b", nil},
	{"if(x) a\n\nif not if(y) b\nif not c", "if(x)a;if not if(y)b;if not c"},
	{"for(i in a b) echo $i", "for(i in a b)echo $i"},
	{"for(i) echo $i", "for(i)echo $i"},
	{"while(false) echo", "while (false)echo"},
	{"switch(x){case a; echo b}", "switch (x) {case a;echo b}"},
	{"a && b || ! c", "a && b || ! c"},
	{"@{cd /; ls} &", "@ {cd /;ls}&"},
	{"echo $x(1 2) $#x $\"x `{ls}", "echo $x(1 2) $#x $\"x `{ls}"},
	{"echo a^b 'c d' ''", "echo a^b 'c d' ''"},
	{"echo $x.c", "echo $x^.c"},
	{"fn f {echo $*}", "fn f {echo $*}"},
	{"{a; b} >f >[2=1]", ">f >[2=1]{a;b}"},
	{"cat <f >>g", "<f >>g cat"},
	{"x=1 | cat", "x=1 |cat"},		/* an empty command in a pipeline, as 9base */
	{"| cat", "|cat"},
	{"! | cat", "! |cat"},
	{"a && ; b", "a && ;b"},
	{"a |\n b", "a|b"},
	{"a &&", nil},
	{"cmp <{sort a} <{sort b}", "cmp <{sort a} <{sort b}"},
	{"tee >{wc} >f", ">f tee >{wc}"},
	{"cat < {x}", nil},		/* a blank after < is a redirection */
	{"echo (", nil},
	{"echo a=b", nil},
	{"echo }", nil},
	{"if", nil},
	{"for(i in a", nil},
	{"'unterminated", nil},
	{"echo a |", nil},
	/* a ( touching a word other than $name is a syntax error, as in 9base */
	{"echo a(b)", nil},
	{"echo 'a'(b)", nil},
	{"fn foo() {echo}", nil},
	{"echo if(x)", nil},
	{"echo $#x(1)", nil},
	{"echo $x(1)(2) (a)b", "echo $x(1) (2) (a) b"},
	{"if(x) for(i) echo", "if(x)for(i)echo"},
	{"if(x)", nil},		/* a body must follow, as in 9base */
	{"while(x)", nil},
	{"switch(a){}", nil},	/* case missing in switch */
	{"switch(a){case a}", nil},
	{"switch(a){echo; case a; echo}", nil},
	{"switch(a){case a; echo}", "switch (a) {case a;echo}"},
};

static void
check(char *name, int ok, char *why)
{
	if(ok)
		printf("PASS %s\n", name);
	else{
		printf("FAIL %s: %s\n", name, why);
		failed = 1;
	}
}

/* Parse s and print it back; nil on a syntax error. */
static char*
roundtrip(char *s)
{
	Tree *t;
	char *d;

	t = parsestring(s, nil);
	if(t == nil)
		return nil;
	d = deparse(t->c[0]);
	freetree(t);
	return d;
}

static unsigned long	seed = 12345;

static unsigned
rnd(void)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return seed >> 33;
}

/* Random text: rc's tokens, words, blanks and raw bytes. */
static char*
randtext(void)
{
	static char *bits[] = {
		"{", "}", "(", ")", "'", "''", "$", "$#", "$\"", "^", "`", "`{", "|", "|[2]",
		"&", "&&", "||", ";", "\n", "=", "<", ">", ">>", "<<EOF\n", "<<'EOF'\n", "EOF\n", ">[2=1]",
		">[1=]", "<>", "#", "\\\n", " ", "\t", "if", "not", "for", "in", "while",
		"switch", "case", "fn", "~", "!", "@", "a", "x", "*", "?", "[", "]",
		"echo", "$x", "$*", "$1", "(a b)", "\001", "\377", "\0",
	};
	char *s;
	int i, n, len;

	n = rnd() % 40;
	s = emalloc(n * 16 + 1);
	len = 0;
	for(i = 0; i < n; i++){
		if(rnd() % 8 == 0)
			s[len++] = rnd() % 256;
		else{
			char *b = bits[rnd() % nelem(bits)];
			int k = strlen(b);
			if(*b == 0)
				k = 1;
			memmove(s+len, b, k);
			len += k;
		}
	}
	s[len] = 0;
	return s;
}

int
main(int argc, char **argv)
{
	char *d, *d2, name[64];
	int i, n, errfd, null, bad;

	(void)argc;
	argv0 = argv[0];
	initvars();
	errfd = dup(2);
	null = open("/dev/null", O_WRONLY);
	for(i = 0; i < (int)nelem(cases); i++){
		snprintf(name, sizeof name, "rc.parse.%d", i);
		dup2(null, 2);
		d = roundtrip(cases[i].in);
		dup2(errfd, 2);
		if(cases[i].out == nil)
			check(name, d == nil, d ? d : "");
		else if(d == nil)
			check(name, 0, "syntax error");
		else{
			char why[512];
			snprintf(why, sizeof why, "got \"%s\", want \"%s\"", d, cases[i].out);
			check(name, strcmp(d, cases[i].out) == 0, why);
		}
		free(d);
	}

	/*
	 * fuzz: no crash (the sanitizers end the run on any error).  A
	 * line that parses should print back to text that parses the
	 * same; the odd inputs that do not are counted, not failed
	 * (deparse is what whatis shows, and is best effort there).
	 */
	n = 20000;
	bad = 0;
	dup2(null, 2);
	for(i = 0; i < n; i++){
		char *s = randtext();
		d = roundtrip(s);
		if(d != nil){
			d2 = roundtrip(d);
			if(d2 == nil || strcmp(d, d2) != 0)
				bad++;
			free(d2);
		}
		free(d);
		free(s);
	}
	dup2(errfd, 2);
	printf("PASS rc.parse.fuzz\n");
	printf("rc.parse.fuzz: %d random inputs, %d printed back unstably\n", n, bad);
	return failed;
}
