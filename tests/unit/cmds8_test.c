/*
 * cmds8_test: host tests of man and printf.  Their sources and libc
 * are linked in with every symbol renamed nf_NAME (see cmds8.mk), over
 * fakehost.c's fake kernel.  man renders small pages written for the
 * purpose (each macro and escape it knows, with answers worked out by
 * hand from man(1)), and every page of sys/man must render with a
 * title line, no error and no line wider than 78 columns unless the
 * page has it as it stands; printf's cases are GNU coreutils' printf's
 * answers for the same arguments (its messages without the curly
 * quotes).  "PASS name" or "FAIL name: why" for each.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fakehost.h"

typedef int Main(int, char**);
Main	nf_man_main, nf_printf_main;
void	nf_exit(int) __attribute__((noreturn));
extern char	*nf_argv0;
extern char	**nf_environ;

static int	nfail;
static char	mandir[300];	/* MANDIR=dir for man */

/* run: run fn on argv in a child with MANDIR set; its output, error
 * output and exit status */
static void
run(Main *fn, char **argv0, char **out, size_t *nout, char **err, int *status)
{
	FILE *f[3];
	char *argv[20], *env[2];
	int argc, i;
	pid_t pid;

	for(argc = 0; argv0[argc] != NULL && argc < 19; argc++)
		argv[argc] = argv0[argc];
	argv[argc] = NULL;
	if((pid = spawn("", 0, f)) == 0){
		for(i = 0; i < argc; i++)
			argv[i] = strdup(argv[i]);
		env[0] = mandir;
		env[1] = NULL;
		nf_environ = env;
		nf_argv0 = argv[0];
		nf_exit(fn(argc, argv));
	}
	reap(pid, f, out, nout, err, status);
}

/* result: PASS name, or FAIL name with what differs */
static void
result(char *name, char *out, size_t nout, char *err, int status, char *wout, size_t nwout, char *werr, int wstatus)
{
	if(status != wstatus)
		printf("FAIL cmds8.%s: exit status %d, want %d (stderr: %s)\n", name, status, wstatus, err);
	else if(nout != nwout || memcmp(out, wout, nout) != 0)
		printf("FAIL cmds8.%s: output\n[%s]\nwant\n[%s]\n", name, out, wout);
	else if(strcmp(err, werr) != 0)
		printf("FAIL cmds8.%s: error output [%s], want [%s]\n", name, err, werr);
	else{
		printf("PASS cmds8.%s\n", name);
		return;
	}
	nfail++;
}

/* printf's cases: arguments after "printf", output, status, error output */
typedef struct Pcase Pcase;
struct Pcase {
	char	*name;
	char	*argv[18];
	char	*out;
	size_t	nout;
	int	status;
	char	*err;
};

#define S(s)	s, sizeof(s) - 1

static Pcase pcases[] = {
	{"1", {"%s=%d\\n", "a", "1", "b", "2"}, S("a=1\nb=2\n"), 0, ""},
	{"2", {"%5.2f|%-5d|%+d|% d|%05d|%#x|%#o|%e|%g|%G|%x|%X|%o\\n", "3.14159", "42", "5", "5", "42", "255", "8", "1234.5", "0.0001", "1e-10", "255", "255", "8"}, S(" 3.14|42   |+5| 5|00042|0xff|010|1.234500e+03|0.0001|1E-10|ff|FF|10\n"), 0, ""},
	{"3", {"%.3s|%10s|%-10s|\\n", "abcdef", "hi", "hi"}, S("abc|        hi|hi        |\n"), 0, ""},
	{"4", {"%*d|%-*d|%.*f|\\n", "5", "1", "4", "2", "2", "3.14159"}, S("    1|2   |3.14|\n"), 0, ""},
	{"5", {"%*d|%.*s|\\n", "-5", "3", "-1", "abc"}, S("3    |abc|\n"), 0, ""},
	{"6", {"%i %d %d %d\\n", "0x1f", "010", "-0x10", "+5"}, S("31 8 -16 5\n"), 0, ""},
	{"7", {"%d %d\\n", "'A", "\"z"}, S("65 122\n"), 0, ""},
	{"8", {"%o %x\\n", "'\xc3\xa9", "'\xc3\xa9"}, S("351 e9\n"), 0, ""},
	{"9", {"%u %x %X\\n", "-1", "-1", "255"}, S("18446744073709551615 ffffffffffffffff FF\n"), 0, ""},
	{"10", {"%s %s\\n", "a", "b", "c"}, S("a b\nc \n"), 0, ""},
	{"11", {"%d %s|\\n", "1"}, S("1 |\n"), 0, ""},
	{"12", {"%s|%b|%d|%f|%x|%o|%e\\n"}, S("||0|0.000000|0|0|0.000000e+00\n"), 0, ""},
	{"13", {"x\\cy\\n"}, S("x"), 0, ""},
	{"14", {"%b|\\n", "a\\0101\\c", "zz"}, S("aA"), 0, ""},
	{"15", {"%b|%b|%b|%b\\n", "\\101", "\\0101", "\\x41", "a\\nb"}, S("A|A|A|a\nb\n"), 0, ""},
	{"16", {"\\101\\0101\\x41\\\\|\\q|\\\"\\n"}, S("A\x08""1A\\|\\q|\"\n"), 0, ""},
	{"17", {"%s\\n", "a\\nb"}, S("a\\nb\n"), 0, ""},
	{"18", {"%5c|%-3c|%c\\n", "a", "b", "hello"}, S("    a|b  |h\n"), 0, ""},
	{"19", {"%.3d|%+.2e|%#g|%-08.3f|%08.3d|%.0d|\\n", "7", "12345", "1", "2.5", "5", "0"}, S("007|+1.23e+04|1.00000|2.500   |     005||\n"), 0, ""},
	{"20", {"%-+5d|%- 5d|% 05d|%+05d|%-05d|\\n", "1", "2", "3", "4", "5"}, S("+1   | 2   | 0003|+0004|5    |\n"), 0, ""},
	{"21", {"%.0f %.0f %.0e %#.0f\\n", "2.5", "3.5", "15", "3"}, S("2 4 2e+01 3.\n"), 0, ""},
	{"22", {"%10.4g|%-10.2e|\\n", "3.14159265", "0.000123"}, S("     3.142|1.23e-04  |\n"), 0, ""},
	{"23", {"%e %E %G\\n", "0", "-1.5e300", "1e100"}, S("0.000000e+00 -1.500000E+300 1E+100\n"), 0, ""},
	{"24", {"%g %g %g %f\\n", "100000", "1000000", "0.00001234", "1e20"}, S("100000 1e+06 1.234e-05 100000000000000000000.000000\n"), 0, ""},
	{"25", {"%#x %#X %#o %+.3e\\n", "0", "0", "0", "-0.0005"}, S("0 0 0 -5.000e-04\n"), 0, ""},
	{"26", {"%d %d %u\\n", "-9223372036854775808", "9223372036854775807", "18446744073709551615"}, S("-9223372036854775808 9223372036854775807 18446744073709551615\n"), 0, ""},
	{"27", {"%ld %hd %lld %zu\\n", "1", "2", "3", "4"}, S("1 2 3 4\n"), 0, ""},
	{"28", {"%d|", "abc", "12abc", "", "7"}, S("0|12|0|7|"), 1, "printf: abc: expected a numeric value\nprintf: 12abc: value not completely converted\n"},
	{"29", {"%f|\\n", "1.5x"}, S("1.500000|\n"), 1, "printf: 1.5x: value not completely converted\n"},
	{"30", {"%d\\n", "99999999999999999999"}, S("9223372036854775807\n"), 1, "printf: 99999999999999999999: Numerical result out of range\n"},
	{"31", {"%d\\n", "'A"}, S("65\n"), 0, ""},
	{"32", {"%d\\n", "'AB"}, S("65\n"), 0, "printf: warning: B: character(s) following character constant have been ignored\n"},
	{"33", {"%z|", "1"}, S(""), 1, "printf: %z|: invalid conversion specification\n"},
	{"34", {"%5%|"}, S(""), 1, "printf: %5%: invalid conversion specification\n"},
	{"35", {"%"}, S(""), 1, "printf: %: invalid conversion specification\n"},
	{"36", {"x\\n", "a", "b"}, S("x\n"), 0, "printf: warning: ignoring excess arguments, starting with a\n"},
	{"37", {"%s\\n", "--", "a"}, S("--\na\n"), 0, ""},
	{"38", {"--", "%s\\n", "a"}, S("a\n"), 0, ""},
	{"39", {"%c|%5c|%-2c|", "", "", ""}, S("\x00|    \x00|\x00 |"), 0, ""},
	{"40", {"a\\0b\\08\\0101|"}, S("a\x00""b\x00""8\x08""1|"), 0, ""},
	{"41", {"%b|", "x\\0y", "\\08", "\\1\\12\\123\\1234"}, S("x\x00y|\x00""8|\x01\nSS4|"), 0, ""},
	{"42", {"\\a\\b\\f\\r\\t\\v\\e\\x7e\\x7|"}, S("\x07\x08\x0c\x0d\t\x0b\x1b~\x07|"), 0, ""},
	{"43", {"%s", "no newline"}, S("no newline"), 0, ""},
	{"44", {"%d %i\\n", "0", "-0"}, S("0 0\n"), 0, ""},
	{"45", {"%x %o %X\\n", "0x7fffffffffffffff", "0777", "0xabcdef"}, S("7fffffffffffffff 777 ABCDEF\n"), 0, ""},
	{"46", {"%.2s%.0s%s\\n", "abc", "def", "ghi"}, S("abghi\n"), 0, ""},
	{"47", {"%3$s"}, S(""), 1, "printf: %3$: invalid conversion specification\n"},
	{"48", {"%-10.3f|%+10.3e|% g\\n", "3.14159", "-2.71828", "42"}, S("3.142     |-2.718e+00| 42\n"), 0, ""},
	{"49", {"%s\\n", " ", ""}, S(" \n\n"), 0, ""},
	{"50", {"%5s|%-5s|%.1s\\n", "\xc3\xa9", "\xc3\xa9", "\xc3\xa9"}, S("   \xc3\xa9|\xc3\xa9   |\xc3\n"), 0, ""},
};

/* printfcases: run each of pcases */
static void
printfcases(void)
{
	char *argv[20], *out, *err, name[32];
	size_t nout, i;
	int j, status;

	for(i = 0; i < sizeof pcases / sizeof pcases[0]; i++){
		argv[0] = "printf";
		for(j = 0; pcases[i].argv[j] != NULL; j++)
			argv[j+1] = pcases[i].argv[j];
		argv[j+1] = NULL;
		run(nf_printf_main, argv, &out, &nout, &err, &status);
		snprintf(name, sizeof name, "printf.%s", pcases[i].name);
		result(name, out, nout, err, status, pcases[i].out, pcases[i].nout, pcases[i].err, pcases[i].status);
		free(out);
		free(err);
	}
}

/* a page for man: its source, and what man must print */
typedef struct Mcase Mcase;
struct Mcase {
	char	*name;
	char	*src;
	char	*out;
};

#define TITLE(t)	t "                                                                  " t "\n\n"

static Mcase mcases[] = {
	{"fill",
	".TH TEST 1\n.SH NAME\ntest \\- a page\n.SH DESCRIPTION\nOne two.\nThree\n.I four\n"
	".BR five , six\n.PP\nSecond   paragraph.\n",
	"TEST(1)                                                                TEST(1)\n\n"
	"NAME\n       test - a page\n\nDESCRIPTION\n       One two.  Three four five,six\n\n"
	"       Second   paragraph.\n"},
	{"tags",
	".TH T 1\n.SH OPTIONS\n.TP\n.B -a\nShort.\n.TP\n.B -longer\nWide tag.\n.TP 3\n.B -x\nNarrow.\n"
	".IP \"\\(bu\" 4\nBullet.\n.RS\n.TP\n.B in\nNested.\n.RE\nAfter.\n"
	".TF abc\n.TP\n.B a\nOne.\n.TP\n.B abc\nTwo.\n.PD\n.TP\n.B b\nThree.\n.SS Sub head\nBody.\n",
	"T(1)                                                                      T(1)\n\n"
	"OPTIONS\n"
	"       -a     Short.\n\n"
	"       -longer\n              Wide tag.\n\n"
	"       -x Narrow.\n\n"
	"       \xe2\x80\xa2   Bullet.\n\n"
	"           in     Nested.\n"
	"       After.\n"
	"       a    One.\n"
	"       abc  Two.\n\n"
	"       b    Three.\n\n"
	"   Sub head\n"
	"       Body.\n"},
	{"verbatim",
	".TH T 1\n.SH EX\n.EX\na\tb\n.ta \\w'abcdef'u\nx\ty\n\tz\n\n.EE\n"
	"Text  with  blanks.\n Leading blank line.\nNext\\c\nJoined \\(em dash \\e \\- x\\ y.\n.br\n"
	"Broken line e.g.\\&\nnext.  Ellipsis ...\nend?\n.sp 2\nAfter sp.\n"
	".nf\n  kept   as is\n.fi\nfilled\nagain\n",
	"T(1)                                                                      T(1)\n\n"
	"EX\n"
	"       a       b\n"
	"       x     y\n"
	"             z\n"
	"\n"
	"       Text  with  blanks.\n"
	"        Leading blank line.  NextJoined \xe2\x80\x94 dash \\ - x y.\n"
	"       Broken line e.g. next.  Ellipsis ... end?\n\n\n"
	"       After sp.\n"
	"         kept   as is\n"
	"       filled again\n"},
	{"wrap",
	".TH T 1\n.SH W\nword01 word02 word03 word04 word05 word06 word07 word08 word09 word10 word11\n"
	"word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22\n"
	"x\\ y\\ z\\ a\\ b\\ c\\ d\\ e\\ f\\ g\\ h\\ i\\ j\\ k\\ l\\ m\\ n\\ o\\ p\\ q\\ r\\ s\\ t\\ u\\ v\\ w\\ x\\ y\\ z\\ a\\ b\\ c\\ d\\ e\\ f\\ g\\ h\\ i\n",
	"T(1)                                                                      T(1)\n\n"
	"W\n"
	"       word01 word02 word03 word04 word05 word06 word07 word08 word09 word10\n"
	"       word11 word12 word13 word14 word15 word16 word17 word18 word19 word20\n"
	"       word21 word22\n"
	"       x y z a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i\n"},
	{"heads",
	".TH X 1\n.SH\nNAME\nx \\- y\n.SS\nSub \\fBhead\\fP\ntext\n",
	"X(1)                                                                      X(1)\n\n"
	"NAME\n       x - y\n\n   Sub head\n       text\n"},
	{"args",
	".TH T 1\n.SH A\n.IR \"two words\" x\n.br\n.B \"say \"\"hi\"\"\"\n.br\n.RI \\&\" S \" \" N \\&\"\n.br\n"
	".BI respond( r \", \\fP\\fL\\\"error\\\"\\fP)\"\n.br\n.B x \\\" a comment\n.br\ntext \\\" gone\n.br\n"
	".LR a b c\n.XX unknown\n.br\n\\fBbold\\fR \\f(CWcw\\fP \\s+2big\\s0 \\[em]\n",
	"T(1)                                                                      T(1)\n\n"
	"A\n"
	"       two wordsx\n"
	"       say \"hi\"\n"
	"       \"S N\"\n"
	"       respond(r, \"error\")\n"
	"       x\n"
	"       text\n"
	"       abc\n"
	"       bold cw big \xe2\x80\x94\n"},
};

/* put: write s to the file name */
static void
put(char *name, char *s)
{
	FILE *f;

	f = fopen(name, "w");
	fputs(s, f);
	fclose(f);
}

/* mancases: render each of mcases, as page 1/tN of a manual in dir */
static void
mancases(char *dir)
{
	char path[400], pname[32], name[64], *out, *err;
	char *argv[] = {"man", "1", pname, NULL};
	size_t nout, i;
	int status;

	for(i = 0; i < sizeof mcases / sizeof mcases[0]; i++){
		snprintf(pname, sizeof pname, "t%zu", i);
		snprintf(path, sizeof path, "%s/1/%s", dir, pname);
		put(path, mcases[i].src);
		run(nf_man_main, argv, &out, &nout, &err, &status);
		snprintf(name, sizeof name, "man.%s", mcases[i].name);
		result(name, out, nout, err, status, mcases[i].out, strlen(mcases[i].out), "", 0);
		free(out);
		free(err);
		unlink(path);
	}
}

/* width: the columns of the n bytes at s (UTF-8) */
static int
width(char *s, int n)
{
	int w;

	for(w = 0; n > 0; s++, n--)
		if(((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}

/* squeeze: s with each run of blanks and tabs made one blank, in place */
static char*
squeeze(char *s)
{
	char *p, *o;

	for(p = o = s; *p != 0; p++){
		if(*p == '\t')
			*p = ' ';
		if(*p != ' ' || o == s || o[-1] != ' ')
			*o++ = *p;
	}
	*o = 0;
	return s;
}

/* manpage: render sys/man's page sec/name; check its title, that man
 * said nothing on its error output and that every line wider than 78
 * columns stands as it is in the source src (blanks squeezed) */
static int
manpage(char *sec, char *name, char *src)
{
	char *argv[] = {"man", sec, name, NULL};
	char *out, *err, *l, *e, *t;
	size_t nout;
	int status, n, ok;

	run(nf_man_main, argv, &out, &nout, &err, &status);
	ok = status == 0 && err[0] == 0;
	if(!ok)
		printf("FAIL cmds8.man.page.%s.%s: status %d, error output [%s]\n", sec, name, status, err);
	/* the title: TITLE(sec) at both ends of 78 columns */
	l = out;
	e = strchr(l, '\n');
	n = strcspn(l, " ");
	if(ok && (e == NULL || e - l != 78 || n < 4 || strncmp(l + n - 3, "(", 1) != 0
	    || l[n-2] != sec[0] || strncmp(e - n, l, n) != 0)){
		printf("FAIL cmds8.man.page.%s.%s: title line [%.*s]\n", sec, name, e ? (int)(e - l) : 0, l);
		ok = 0;
	}
	for(; ok && (e = strchr(l, '\n')) != NULL; l = e + 1){
		if(width(l, e - l) <= 78)
			continue;
		for(t = l; *t == ' '; t++)
			;
		*e = 0;
		if(strstr(src, squeeze(t)) == NULL){
			printf("FAIL cmds8.man.page.%s.%s: a line of %d columns: [%s]\n", sec, name, width(l, strlen(l)), l);
			ok = 0;
		}
		*e = '\n';
	}
	free(out);
	free(err);
	return ok;
}

/* manall: every page of sys/man (MANDIR is ROOT/sys/man) */
static void
manall(char *dir)
{
	char path[600], sec[2], *src;
	struct dirent *de;
	DIR *d;
	FILE *f;
	long n;
	int npage, nbad;

	npage = nbad = 0;
	for(sec[0] = '1', sec[1] = 0; sec[0] <= '9'; sec[0]++){
		snprintf(path, sizeof path, "%s/%s", dir, sec);
		if((d = opendir(path)) == NULL)
			continue;
		while((de = readdir(d)) != NULL){
			if(de->d_name[0] == '.')
				continue;
			snprintf(path, sizeof path, "%s/%s/%s", dir, sec, de->d_name);
			if((f = fopen(path, "r")) == NULL)
				continue;
			fseek(f, 0, SEEK_END);
			n = ftell(f);
			rewind(f);
			src = calloc(1, n + 1);
			if(fread(src, 1, n, f) != (size_t)n)
				n = 0;
			fclose(f);
			npage++;
			nbad += !manpage(sec, de->d_name, squeeze(src));
			free(src);
		}
		closedir(d);
	}
	if(npage < 100 || nbad > 0){
		printf("FAIL cmds8.man.pages: %d of %d pages bad\n", nbad, npage);
		nfail++;
	}else
		printf("PASS cmds8.man.pages (%d)\n", npage);
}

int
main(void)
{
	char dir[] = "/tmp/cmds8_test.XXXXXX", path[64];

	printfcases();
	if(mkdtemp(dir) == NULL){
		printf("FAIL cmds8.setup: %s\n", strerror(errno));
		return 1;
	}
	snprintf(path, sizeof path, "%s/1", dir);
	mkdir(path, 0777);
	snprintf(mandir, sizeof mandir, "MANDIR=%s", dir);
	mancases(dir);
	rmdir(path);
	rmdir(dir);
	snprintf(mandir, sizeof mandir, "MANDIR=%s", MANSRC);
	manall(MANSRC);
	return nfail != 0;
}
