/*
 * cmds1_test: host tests of the file and text commands.  The commands'
 * sources, libc and the stat marshalling are linked in with every
 * symbol renamed nf_NAME (see cmds1.mk); the nf__sys_* functions here
 * are a fake kernel over the host's files.  Each case runs one
 * command's main in a child with the given standard input and checks
 * its standard output, its exit status and a piece of its standard
 * error; "PASS name" or "FAIL name: why" for each.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "fakehost.h"

typedef int Main(int, char**);
Main	nf_sort_main, nf_tr_main, nf_test_main, nf_uniq_main, nf_wc_main,
	nf_head_main, nf_tail_main, nf_seq_main, nf_basename_main,
	nf_cmp_main, nf_xd_main, nf_cat_main, nf_tee_main, nf_read_main,
	nf_diff_main, nf_cleanname_main, nf_strings_main, nf_dd_main,
	nf_sha1sum_main, nf_mtime_main, nf_factor_main, nf_primes_main,
	nf_cal_main, nf_freq_main, nf_unicode_main, nf_look_main, nf_fmt_main,
	nf_join_main, nf_cut_main, nf_paste_main, nf_expr_main;
void	nf_exit(int) __attribute__((noreturn));
extern char	*nf_argv0;

/* the fake kernel: fakehost.c, and these */
/* the rest fail with ENOSYS (cmds1_sys.c) */
long nf__sys_remove(long url) { return sysr(remove((char*)url)); }
long nf__sys_getwd(long buf, long n) { return getcwd((char*)buf, n) ? 0 : sysr(-1); }

/* Put v little-endian in n bytes at p; return p+n. */
static unsigned char*
le(unsigned char *p, unsigned long long v, int n)
{
	for(; n > 0; n--, v >>= 8)
		*p++ = v;
	return p;
}

/* The 9P stat bytes of the host's stat st, named name, into buf. */
static long
stat9p(struct stat *st, const char *name, unsigned char *buf, long n)
{
	unsigned char *p;
	int dir, i;
	const char *s[4];
	long len;

	s[0] = name; s[1] = "u"; s[2] = "g"; s[3] = "";
	len = 2+2+4+13+4+4+4+8;
	for(i = 0; i < 4; i++)
		len += 2 + strlen(s[i]);
	if(len > n)
		return -ERANGE;
	dir = S_ISDIR(st->st_mode);
	p = buf;
	p = le(p, len - 2, 2);
	p = le(p, 'M', 2);
	p = le(p, st->st_dev, 4);
	p = le(p, dir ? 0x80 : 0, 1);
	p = le(p, 0, 4);
	p = le(p, st->st_ino, 8);
	p = le(p, (dir ? 0x80000000UL : 0) | (st->st_mode & 0777), 4);
	p = le(p, st->st_atime, 4);
	p = le(p, st->st_mtime, 4);
	p = le(p, dir ? 0 : st->st_size, 8);
	for(i = 0; i < 4; i++){
		p = le(p, strlen(s[i]), 2);
		memcpy(p, s[i], strlen(s[i]));
		p += strlen(s[i]);
	}
	return len;
}

long nf__sys_stat(long path, long buf, long n)
{
	struct stat st;

	if(stat((char*)path, &st) < 0)
		return sysr(-1);
	return stat9p(&st, (char*)path, (unsigned char*)buf, n);
}
long nf__sys_fstat(long fd, long buf, long n)
{
	struct stat st;

	if(fstat(fd, &st) < 0)
		return sysr(-1);
	return stat9p(&st, "f", (unsigned char*)buf, n);
}

/* One test: a command, its arguments (argv[0] first), what it reads,
 * what it must write, its exit status and a piece of standard error. */
typedef struct Case Case;
struct Case {
	char	*name;
	Main	*fn;
	char	*argv[12];
	char	*in;
	char	*out;
	int	status;
	char	*err;	/* nil: standard error must be empty */
};

#define T(n)	nf_##n##_main

static Case cases[] = {
	/* sort */
	{"sort.c", T(sort), {"sort", "-c"}, "a\nb\nb\n", "", 0},
	{"sort.c.bad", T(sort), {"sort", "-c"}, "a\nc\nb\n", "", 1, "sort: -c file not in sort\n"},
	{"sort.cu", T(sort), {"sort", "-cu"}, "a\nb\nb\n", "", 1, "sort: -c file not in sort\n"},
	{"sort.cn", T(sort), {"sort", "-cnr"}, "10\n9\n9\n", "", 0},
	{"sort.plain", T(sort), {"sort"}, "b\na\nc\n", "a\nb\nc\n", 0},
	{"sort.nonl", T(sort), {"sort"}, "b\na", "a\nb\n", 0},
	{"sort.empty", T(sort), {"sort"}, "", "", 0},
	{"sort.prefix", T(sort), {"sort"}, "ab\na\n", "a\nab\n", 0},
	{"sort.unsigned", T(sort), {"sort"}, "\xe9\na\n", "a\n\xe9\n", 0},
	{"sort.n", T(sort), {"sort", "-n"}, "10\n9\n-3\n2.5\nx\n-0\n", "-3\nx\n-0\n2.5\n9\n10\n", 0},
	{"sort.n.frac", T(sort), {"sort", "-n"}, "1.10\n1.9\n1.09\n", "1.09\n1.10\n1.9\n", 0},
	{"sort.n.big", T(sort), {"sort", "-n"}, "100000000000000000000\n99999999999999999999\n", "99999999999999999999\n100000000000000000000\n", 0},
	{"sort.n.blanks", T(sort), {"sort", "-n"}, "  007\n 8\n-007\n", "-007\n  007\n 8\n", 0},
	{"sort.r", T(sort), {"sort", "-r"}, "a\nc\nb\n", "c\nb\na\n", 0},
	{"sort.u", T(sort), {"sort", "-u"}, "a\nb\na\n", "a\nb\n", 0},
	{"sort.rn.stable", T(sort), {"sort", "-rn"}, "1 x\n2\n1 y\n", "2\n1 x\n1 y\n", 0},
	{"sort.nu", T(sort), {"sort", "-nu"}, "1 a\n01 b\n2\n", "1 a\n2\n", 0},
	{"sort.files", T(sort), {"sort", "words", "-", "dups"}, "zz\n", "-3\n10\n2.5\n9\na\na\napple\napple\nb\nbanana\ncherry\nzz\n", 0},
	{"sort.f", T(sort), {"sort", "-f"}, "b\nB\na\nA\n", "a\nA\nb\nB\n", 0},
	{"sort.fu", T(sort), {"sort", "-fu"}, "b\nB\na\nA\n", "a\nb\n", 0},
	{"sort.k2n", T(sort), {"sort", "-k2n"}, "x 2\ny 10\nz 1\n", "z 1\nx 2\ny 10\n", 0},
	{"sort.k2n.r", T(sort), {"sort", "-k", "2n", "-r"}, "x 1\ny 2\n", "x 1\ny 2\n", 0},	/* a key's flags override -r */
	{"sort.k2nr", T(sort), {"sort", "-k2nr"}, "x 1\ny 2\n", "y 2\nx 1\n", 0},
	{"sort.k2.blanks", T(sort), {"sort", "-k2"}, "a b 2\nb  a 1\nc a 0\n", "b  a 1\nc a 0\na b 2\n", 0},
	{"sort.k2b", T(sort), {"sort", "-k2b"}, "a b 2\nb  a 1\nc a 0\n", "c a 0\nb  a 1\na b 2\n", 0},
	{"sort.k2,2", T(sort), {"sort", "-k2,2", "-k1r"}, "a x 2\nb x 1\nc w 3\n", "c w 3\nb x 1\na x 2\n", 0},
	{"sort.k.char", T(sort), {"sort", "-k1.2,1.2"}, "ab\nba\naa\n", "aa\nba\nab\n", 0},	/* equal keys: the whole lines decide, as 9base's and GNU's */
	{"sort.k.last", T(sort), {"sort", "-k2n"}, "b 2\na 10\na 2\n", "a 2\nb 2\na 10\n", 0},
	{"sort.k.lastr", T(sort), {"sort", "-k2,2", "-r"}, "a 1\nb 1\n", "b 1\na 1\n", 0},
	{"sort.t.nofield", T(sort), {"sort", "-t:", "-k2"}, "b\nB\na\n", "B\na\nb\n", 0},
	{"sort.t", T(sort), {"sort", "-t:", "-k2,2n"}, "x:2:a\ny:10:b\nz:1:c\n", "z:1:c\nx:2:a\ny:10:b\n", 0},
	{"sort.t.empty", T(sort), {"sort", "-t", ":", "-k2"}, "a::z\nb:y:a\n", "a::z\nb:y:a\n", 0},
	{"sort.old", T(sort), {"sort", "-n", "+1"}, "x 2\ny 10\nz 1\n", "z 1\nx 2\ny 10\n", 0},
	{"sort.old.end", T(sort), {"sort", "-t:", "+1", "-2", "-nr"}, "x:2:a\ny:10:b\nz:1:c\n", "y:10:b\nx:2:a\nz:1:c\n", 0},
	{"sort.ku", T(sort), {"sort", "-k2", "-u"}, "a 2\nb 2\nc 1\n", "c 1\na 2\n", 0},
	{"sort.b", T(sort), {"sort", "-b"}, "  c\n b\na\n", "a\n b\n  c\n", 0},
	{"sort.badkey", T(sort), {"sort", "-k0"}, "", "", 1, "sort: bad key position: 0"},
	{"sort.badkeyflag", T(sort), {"sort", "-k1x"}, "", "", 1, "sort: bad key position: 1x"},
	{"sort.flag", T(sort), {"sort", "-x"}, "", "", 1, "usage: sort"},
	{"sort.missing", T(sort), {"sort", "nothing"}, "", "", 1, "sort: nothing: "},
	{"sort.dir", T(sort), {"sort", "."}, "", "", 1, "sort: .: is a directory"},

	/* tr */
	{"tr.class", T(tr), {"tr", "[:lower:]", "[:upper:]"}, "abc Xy\n", "ABC XY\n", 0},
	{"tr.classd", T(tr), {"tr", "-d", "[:digit:][:space:]"}, "a1 b2\n", "ab", 0},
	{"tr.classc", T(tr), {"tr", "-cd", "[:alpha:]"}, "a1,b\n", "ab", 0},
	{"tr.notclass", T(tr), {"tr", "[:x", "y"}, "[:x]\n", "yyy]\n", 0},
	{"tr.upper", T(tr), {"tr", "a-z", "A-Z"}, "Hello, World\n", "HELLO, WORLD\n", 0},
	{"tr.d", T(tr), {"tr", "-d", "a-c"}, "abcdef", "def", 0},
	{"tr.c", T(tr), {"tr", "-c", "a-z", "_"}, "ab1c\n", "ab_c_", 0},
	{"tr.cd", T(tr), {"tr", "-cd", "a-z"}, "a1b2\n", "ab", 0},
	{"tr.s", T(tr), {"tr", "-s", " "}, "a  b   c", "a b c", 0},
	{"tr.s2", T(tr), {"tr", "-s", "a-z", "A-Z"}, "aabbc  dd", "ABC  D", 0},
	{"tr.pad", T(tr), {"tr", "abc", "x"}, "abcd", "xxxd", 0},
	{"tr.nl", T(tr), {"tr", "\\n", ","}, "a\nb\n", "a,b,", 0},
	{"tr.octal", T(tr), {"tr", "\\101", "b"}, "AA", "bb", 0},
	{"tr.ds", T(tr), {"tr", "-ds", "a", "b"}, "aabbcc", "bcc", 0},
	{"tr.dash", T(tr), {"tr", "a-", "xy"}, "a-b", "xyb", 0},
	{"tr.copy", T(tr), {"tr"}, "same", "same", 0},
	{"tr.range", T(tr), {"tr", "z-a", "x"}, "", "", 1, "tr: bad range"},
	{"tr.args", T(tr), {"tr", "a"}, "", "", 1, "usage: tr"},
	{"tr.flag", T(tr), {"tr", "-x", "a", "b"}, "", "", 1, "usage: tr"},

	/* test */
	{"test.none", T(test), {"test"}, "", "", 1},
	{"test.L", T(test), {"test", "-L", "."}, "", "", 1},
	{"test.h.alone", T(test), {"test", "-h"}, "", "", 0},
	{"test.p.or", T(test), {"test", "-p", ".", "-o", "-d", "."}, "", "", 0},
	{"test.t.closed", T(test), {"test", "-t", "9"}, "", "", 1},
	{"test.t.bad", T(test), {"test", "-t", "x"}, "", "", 2, "test: x: bad number\n"},
	{"test.str", T(test), {"test", "x"}, "", "", 0},
	{"test.empty", T(test), {"test", ""}, "", "", 1},
	{"test.n.alone", T(test), {"test", "-n"}, "", "", 0},
	{"test.z", T(test), {"test", "-z", ""}, "", "", 0},
	{"test.n", T(test), {"test", "-n", ""}, "", "", 1},
	{"test.not", T(test), {"test", "!", "x"}, "", "", 1},
	{"test.eq", T(test), {"test", "a", "=", "a"}, "", "", 0},
	{"test.ne", T(test), {"test", "a", "!=", "a"}, "", "", 1},
	{"test.eqop", T(test), {"test", "=", "=", "="}, "", "", 0},
	{"test.lt", T(test), {"test", "1", "-lt", "2"}, "", "", 0},
	{"test.ltneg", T(test), {"test", "-5", "-lt", "-2"}, "", "", 0},
	{"test.le", T(test), {"test", "2", "-le", "2"}, "", "", 0},
	{"test.ge", T(test), {"test", "3", "-ge", "4"}, "", "", 1},
	{"test.gt", T(test), {"test", "4", "-gt", "3"}, "", "", 0},
	{"test.noteq", T(test), {"test", "!", "1", "-eq", "1"}, "", "", 1},
	{"test.paren", T(test), {"test", "(", "x", ")"}, "", "", 0},
	{"test.paren.or", T(test), {"test", "(", "", "-o", "y", ")"}, "", "", 0},
	{"test.and", T(test), {"test", "1", "-eq", "1", "-a", "2", "-eq", "3"}, "", "", 1},
	{"test.or", T(test), {"test", "1", "-eq", "1", "-o", "2", "-eq", "3"}, "", "", 0},
	{"test.prec", T(test), {"test", "x", "-o", "", "-a", ""}, "", "", 0},
	{"test.notparen", T(test), {"test", "!", "(", "a", "=", "b", ")"}, "", "", 0},
	{"test.f", T(test), {"test", "-f", "words"}, "", "", 0},
	{"test.fdir", T(test), {"test", "-f", "."}, "", "", 1},
	{"test.d", T(test), {"test", "-d", "."}, "", "", 0},
	{"test.e", T(test), {"test", "-e", "nothing"}, "", "", 1},
	{"test.s", T(test), {"test", "-s", "empty"}, "", "", 1},
	{"test.s2", T(test), {"test", "-s", "words"}, "", "", 0},
	{"test.r", T(test), {"test", "-r", "words"}, "", "", 0},
	{"test.x", T(test), {"test", "-x", "words"}, "", "", 1},
	{"test.badnum", T(test), {"test", "1", "-eq", "x"}, "", "", 2, "test: x: bad number"},
	{"test.missingparen", T(test), {"test", "(", "x", "-a", "y"}, "", "", 2, "test: missing )"},
	{"test.extra", T(test), {"test", "a", "b"}, "", "", 2, "test: b: unexpected operand"},
	{"test.noarg", T(test), {"test", "x", "-a"}, "", "", 2, "test: argument expected"},
	{"test.bracket", T(test), {"[", "x", "]"}, "", "", 0},
	{"test.bracket.path", T(test), {"/bin/[", "-d", ".", "]"}, "", "", 0},
	{"test.bracket.false", T(test), {"[", "]"}, "", "", 1},
	{"test.bracket.missing", T(test), {"[", "x"}, "", "", 2, "[: missing ]"},

	/* uniq */
	{"uniq", T(uniq), {"uniq"}, "a\na\nb\na\n", "a\nb\na\n", 0},
	{"uniq.c", T(uniq), {"uniq", "-c"}, "a\na\nb\n", "   2 a\n   1 b\n", 0},
	{"uniq.d", T(uniq), {"uniq", "-d"}, "a\na\nb\n", "a\n", 0},
	{"uniq.u", T(uniq), {"uniq", "-u"}, "a\na\nb\n", "b\n", 0},
	{"uniq.nonl", T(uniq), {"uniq"}, "a\na", "a\n", 0},
	{"uniq.f", T(uniq), {"uniq", "-f", "1"}, "a x\nb x\nc y\n", "a x\nc y\n", 0},
	{"uniq.fc", T(uniq), {"uniq", "-c", "-f1"}, "a  x\nb  x\nc\tx\nx\n", "   2 a  x\n   1 c\tx\n   1 x\n", 0},
	{"uniq.s", T(uniq), {"uniq", "-s", "2", "-d"}, "1 a\n2 a\n3 b\n", "1 a\n", 0},
	{"uniq.fs", T(uniq), {"uniq", "-f", "1", "-s", "2"}, "k xa\nj ya\nl za\nm zb\n", "k xa\nm zb\n", 0},
	{"uniq.old", T(uniq), {"uniq", "-1", "+2"}, "k xa\nj ya\nm zb\n", "k xa\nm zb\n", 0},
	{"uniq.oldfile", T(uniq), {"uniq", "-c", "+1", "-"}, "xa\nya\nyb\n", "   2 xa\n   1 yb\n", 0},
	{"uniq.badf", T(uniq), {"uniq", "-f", "x"}, "", "", 1, "usage: uniq"},
	{"uniq.file", T(uniq), {"uniq", "dups"}, "", "a\nb\n", 0},
	{"uniq.missing", T(uniq), {"uniq", "nothing"}, "", "", 1, "uniq: nothing: "},

	/* wc */
	{"wc", T(wc), {"wc"}, "a b\nc\n", "      2       3       6\n", 0},
	{"wc.l", T(wc), {"wc", "-l"}, "a b\nc", "      1\n", 0},
	{"wc.w", T(wc), {"wc", "-w"}, "  a\tb\n\nc  ", "      3\n", 0},
	{"wc.c", T(wc), {"wc", "-c"}, "abc", "      3\n", 0},
	{"wc.files", T(wc), {"wc", "-l", "words", "dups"}, "", "      8 words\n      3 dups\n     11 total\n", 0},
	{"wc.r", T(wc), {"wc", "-r"}, "h\xc3\xa9llo \xe2\x82\xac\n", "      8\n", 0},
	{"wc.lrc", T(wc), {"wc", "-crl"}, "\xc3\xa9\n\xc3\xa9\n", "      2       4       6\n", 0},
	{"wc.m.files", T(wc), {"wc", "-m", "dups", "-"}, "\xc3\xa9\n", "      6 dups\n      2 -\n      8 total\n", 0},
	{"wc.missing", T(wc), {"wc", "nothing"}, "", "", 1, "wc: nothing: "},

	/* head, tail */
	{"head", T(head), {"head"}, "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", 0},
	{"head.n", T(head), {"head", "-n", "2"}, "1\n2\n3\n", "1\n2\n", 0},
	{"head.N", T(head), {"head", "-3"}, "1\n2\n3\n4\n", "1\n2\n3\n", 0},
	{"head.zero", T(head), {"head", "-n", "0"}, "1\n", "", 0},
	{"head.count", T(head), {"head", "-n", "x"}, "", "", 1, "head: bad count: x"},
	{"tail", T(tail), {"tail"}, "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", 0},
	{"tail.c", T(tail), {"tail", "-c", "4"}, "hello world\nthe end\n", "end\n", 0},
	{"tail.cplus", T(tail), {"tail", "-c", "+8"}, "hello world\n", "rld\n", 0},	/* 9base's: +N bytes skips N */
	{"tail.oldc", T(tail), {"tail", "-3c"}, "abcdef", "def", 0},
	{"tail.oldcplus", T(tail), {"tail", "+3c"}, "abcdef", "def", 0},
	{"tail.cbig", T(tail), {"tail", "-c", "100"}, "ab\n", "ab\n", 0},
	{"tail.cr", T(tail), {"tail", "-r", "-c", "1"}, "", "", 1, "usage: tail"},
	{"tail.n", T(tail), {"tail", "-n", "2"}, "1\n2\n3\n", "2\n3\n", 0},
	{"tail.N", T(tail), {"tail", "-1"}, "a\nb", "b", 0},
	{"tail.r", T(tail), {"tail", "-r"}, "1\n2\n3\n", "3\n2\n1\n", 0},
	{"tail.rn", T(tail), {"tail", "-r", "-n", "2"}, "1\n2\n3\n", "3\n2\n", 0},
	{"tail.rnonl", T(tail), {"tail", "-r"}, "a\nb", "b\na\n", 0},
	{"tail.plus", T(tail), {"tail", "+3"}, "1\n2\n3\n4\n", "3\n4\n", 0},
	{"tail.nplus", T(tail), {"tail", "-n", "+2"}, "1\n2\n3\n", "2\n3\n", 0},
	{"tail.more", T(tail), {"tail", "-n", "5"}, "1\n2\n", "1\n2\n", 0},
	{"tail.file", T(tail), {"tail", "-2", "words"}, "", "-3\n2.5\n", 0},
	{"tail.missing", T(tail), {"tail", "nothing"}, "", "", 1, "tail: nothing: "},

	/* seq */
	{"seq", T(seq), {"seq", "3"}, "", "1\n2\n3\n", 0},
	{"seq.range", T(seq), {"seq", "2", "4"}, "", "2\n3\n4\n", 0},
	{"seq.incr", T(seq), {"seq", "1", "3", "7"}, "", "1\n4\n7\n", 0},
	{"seq.down", T(seq), {"seq", "5", "-2", "0"}, "", "5\n3\n1\n", 0},
	{"seq.neg", T(seq), {"seq", "-1", "1"}, "", "-1\n0\n1\n", 0},
	{"seq.w", T(seq), {"seq", "-w", "9", "11"}, "", "09\n10\n11\n", 0},
	{"seq.wneg", T(seq), {"seq", "-w", "-10", "5", "0"}, "", "-10\n-05\n000\n", 0},
	{"seq.none", T(seq), {"seq", "3", "1"}, "", "", 0},
	{"seq.bad", T(seq), {"seq", "x"}, "", "", 1, "seq: bad number: x"},
	{"seq.zero", T(seq), {"seq", "1", "0", "2"}, "", "", 1, "seq: zero increment"},
	{"seq.frac", T(seq), {"seq", "0", "0.1", "0.3"}, "", "0\n0.1\n0.2\n0.3\n", 0},
	{"seq.fracend", T(seq), {"seq", "1", "0.1", "1.3"}, "", "1\n1.1\n1.2\n1.3\n", 0},
	{"seq.fracfirst", T(seq), {"seq", "1.5", "3"}, "", "1.5\n2.5\n", 0},
	{"seq.fracdown", T(seq), {"seq", "1", "-0.5", "0"}, "", "1\n0.5\n0\n", 0},
	{"seq.fracw", T(seq), {"seq", "-w", "0.5", "0.5", "2"}, "", "0.5\n1.0\n1.5\n2.0\n", 0},
	{"seq.f", T(seq), {"seq", "-f", "%.2f", "1", "0.5", "2"}, "", "1.00\n1.50\n2.00\n", 0},
	{"seq.fjoined", T(seq), {"seq", "-fx%gy", "2"}, "", "x1y\nx2y\n", 0},
	{"seq.fpercent", T(seq), {"seq", "-f", "%g%%", "2"}, "", "1%\n2%\n", 0},
	{"seq.fbad", T(seq), {"seq", "-f", "%d", "2"}, "", "", 1, "seq: bad format: %d"},
	{"seq.big", T(seq), {"seq", "1000000", "1000001"}, "", "1000000\n1000001\n", 0},
	{"seq.flag", T(seq), {"seq", "-x", "2"}, "", "", 1, "usage: seq"},

	/* basename */
	{"basename", T(basename), {"basename", "/a/b"}, "", "b\n", 0},
	{"basename.suffix", T(basename), {"basename", "a/b.c", ".c"}, "", "b\n", 0},
	{"basename.whole", T(basename), {"basename", "x.c", "x.c"}, "", "x.c\n", 0},
	{"basename.url", T(basename), {"basename", "file:/x"}, "", "x\n", 0},
	{"basename.scheme", T(basename), {"basename", "env:x"}, "", "x\n", 0},
	{"basename.slash", T(basename), {"basename", "a/b/"}, "", "b\n", 0},
	{"basename.d", T(basename), {"basename", "-d", "/a/b"}, "", "/a\n", 0},
	{"basename.d.root", T(basename), {"basename", "-d", "/a"}, "", "/\n", 0},
	{"basename.d.url", T(basename), {"basename", "-d", "file:/a"}, "", "file:/\n", 0},
	{"basename.d.none", T(basename), {"basename", "-d", "b"}, "", ".\n", 0},
	{"basename.args", T(basename), {"basename"}, "", "", 1, "usage: basename"},

	/* cmp */
	{"cmp.same", T(cmp), {"cmp", "words", "words"}, "", "", 0},
	{"cmp.stdin", T(cmp), {"cmp", "-", "dups"}, "a\na\nb\n", "", 0},
	{"cmp.differ", T(cmp), {"cmp", "-", "dups"}, "a\na\nc\n", "- dups differ: char 5\n", 1},
	{"cmp.L", T(cmp), {"cmp", "-L", "-", "dups"}, "a\na\nc\n", "- dups differ: char 5 line 3\n", 1},
	{"cmp.eof", T(cmp), {"cmp", "-", "dups"}, "a\na\n", "", 1, "cmp: EOF on -"},
	{"cmp.s", T(cmp), {"cmp", "-s", "-", "dups"}, "x", "", 1},
	{"cmp.l", T(cmp), {"cmp", "-l", "-", "dups"}, "b\nb\nb\n", "     1 0x62 0x61\n     3 0x62 0x61\n", 1},
	{"cmp.offset", T(cmp), {"cmp", "-", "dups", "2", "0"}, "xxa\na\nb\n", "", 0},
	{"cmp.missing", T(cmp), {"cmp", "nothing", "dups"}, "", "", 2, "cmp: nothing: "},
	{"cmp.args", T(cmp), {"cmp", "dups"}, "", "", 2, "usage: cmp"},

	/* xd */
	/* xd: Plan 9's xd's form, byte for byte */
	{"xd", T(xd), {"xd"}, "0123456789abcdef0123456789abcdef0123456789abcdefx",
		"0000000  30313233 34353637 38396162 63646566\n0000010  30313233 34353637 38396162 63646566\n"
		"0000020  30313233 34353637 38396162 63646566\n0000030  78000000\n0000031 \n", 0},
	{"xd.r", T(xd), {"xd", "-r"}, "0123456789abcdef0123456789abcdef0123456789abcdefx",
		"0000000  30313233 34353637 38396162 63646566\n*\n0000030  78000000\n0000031 \n", 0},
	{"xd.b", T(xd), {"xd", "-b"}, "AB", "0000000  41 42\n0000002 \n", 0},
	{"xd.c", T(xd), {"xd", "-c"}, "a\n\x01\t", "0000000   a \\n 01 \\t\n0000004 \n", 0},
	{"xd.empty", T(xd), {"xd"}, "", "0000000 \n0000000 \n", 0},
	{"xd.whole", T(xd), {"xd"}, "0123456789abcdef", "0000000  30313233 34353637 38396162 63646566\n0000010 \n0000010 \n", 0},
	{"xd.1d", T(xd), {"xd", "-1d"}, "AB", "0000000  065 066\n0000002 \n", 0},
	{"xd.2x", T(xd), {"xd", "-2x"}, "ABC", "0000000  4142 4300\n0000003 \n", 0},
	{"xd.4o", T(xd), {"xd", "-4o"}, "ABCD", "0000000  10120441504\n0000004 \n", 0},
	{"xd.8x", T(xd), {"xd", "-8x"}, "ABCDEFGHI", "0000000  4142434445464748 4900000000000000\n0000009 \n", 0},
	{"xd.two", T(xd), {"xd", "-c", "-1x"}, "AB", "0000000   A  B\n      0  41 42\n0000002 \n", 0},
	{"xd.ad", T(xd), {"xd", "-ad"}, "0123456789abcdefX", "0000000  30313233 34353637 38396162 63646566\n0000016  58000000\n0000017 \n", 0},
	{"xd.s", T(xd), {"xd", "-s"}, "ABCD", "0000000  44434241\n0000004 \n", 0},
	{"xd.files", T(xd), {"xd", "-b", "-", "dups"}, "A", "-\n0000000  41\n0000001 \ndups\n0000000  61 0a 61 0a 62 0a\n0000006 \n", 0},
	{"xd.flag", T(xd), {"xd", "-q"}, "", "", 1, "usage: xd"},
	{"xd.missing", T(xd), {"xd", "nothing"}, "", "", 1, "xd: nothing: "},

	/* cat, tee */
	{"cat", T(cat), {"cat"}, "abc\n", "abc\n", 0},
	{"cat.files", T(cat), {"cat", "dups", "-", "dups"}, "--\n", "a\na\nb\n--\na\na\nb\n", 0},
	{"cat.missing", T(cat), {"cat", "nothing", "dups"}, "", "a\na\nb\n", 1, "cat: nothing: "},
	{"cat.dir", T(cat), {"cat", "."}, "", "", 1, "cat: .: is a directory"},
	{"tee", T(tee), {"tee", "teeout"}, "hi\n", "hi\n", 0},
	{"tee.check", T(cat), {"cat", "teeout"}, "", "hi\n", 0},
	{"tee.a", T(tee), {"tee", "-a", "teeout"}, "ho\n", "ho\n", 0},
	{"tee.a.check", T(cat), {"cat", "teeout"}, "", "hi\nho\n", 0},
	{"tee.dir", T(tee), {"tee", "."}, "x", "x", 1, "tee: .: "},

	/* read: one line (or -n N, or -m all); status eof when short */
	{"read", T(read), {"read"}, "a\nb\n", "a\n", 0},
	{"read.n", T(read), {"read", "-n", "2"}, "a\nb\nc\n", "a\nb\n", 0},
	{"read.nonl", T(read), {"read"}, "abc", "abc", 0},
	{"read.eof", T(read), {"read"}, "", "", 1},
	{"read.short", T(read), {"read", "-n", "3"}, "a\n", "a\n", 1},
	{"read.m", T(read), {"read", "-m"}, "a\nb", "a\nb", 1},
	{"read.file", T(read), {"read", "dups"}, "", "a\n", 0},
	{"read.missing", T(read), {"read", "nothing"}, "", "", 1, "read: nothing: "},
	{"read.badn", T(read), {"read", "-n", "x"}, "", "", 1, "read: x: bad number of lines"},

	/* cleanname: as 9base's */
	{"cleanname", T(cleanname), {"cleanname", "a/../b", "./c//", "/../x", "", ".", "a/b/../../.."},
		"", "b\nc\n/x\n.\n.\n..\n", 0},
	{"cleanname.more", T(cleanname), {"cleanname", "../../a/..", "a/../../b", "x/y/./z//", "/", "//", "/a/b/.."},
		"", "../..\n../b\nx/y/z\n/\n/\n/a\n", 0},
	{"cleanname.d", T(cleanname), {"cleanname", "-d", "/usr", "../lib", "x", "/abs"}, "", "/lib\n/usr/x\n/abs\n", 0},
	{"cleanname.scheme", T(cleanname), {"cleanname", "proc:1/..", "proc:/a/../../b", "lib:", "a/b:c/.."}, "", "proc:/\nproc:/b\nlib:/\na\n", 0},
	{"cleanname.usage", T(cleanname), {"cleanname"}, "", "", 1, "usage: cleanname"},

	/* strings: as 9base's, offsets and all */
	{"strings", T(strings), {"strings"}, "abc\001hello world\001xy\377abcdef\nabcdefghijkl",
		"       4: hello world\n      16: xy\xef\xbf\xbd" "abcdef\n      26: abcdefghijkl\n", 0},
	{"strings.start", T(strings), {"strings"}, "abcdef\302\237ghijkl\302\240mnopqr\302\241stuvwx\001",
		"       1: abcdef\n       8: ghijkl\n      16: mnopqr\302\241stuvwx\n", 0},
	{"strings.utf", T(strings), {"strings"}, "\001abcdef\355\240\200abcdef\340\200\200xyzxyz\001",
		"       1: abcdef\355\240\200abcdef\357\277\275\357\277\275\357\277\275xyzxyz\n", 0},
	{"strings.tab", T(strings), {"strings"}, "\001abc\tdef", "", 0},
	{"strings.cut", T(strings), {"strings"}, "\001xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
		"       1: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ...\n      70: xxxxxxxxxx\n", 0},
	{"strings.files", T(strings), {"strings", "words", "dups"}, "", "words:\n       1: banana\n      13: cherry\ndups:\n", 0},
	{"strings.missing", T(strings), {"strings", "nothing"}, "", "", 1, "strings: nothing: "},

	/* sha1sum, md5sum */
	{"sha1sum", T(sha1sum), {"sha1sum"}, "abc", "a9993e364706816aba3e25717850c26c9cd0d89d  -\n", 0},
	{"sha1sum.file", T(sha1sum), {"sha1sum", "dups", "empty"}, "",
		"69a938899ace490903de60f8c65079bff7d00854  dups\nda39a3ee5e6b4b0d3255bfef95601890afd80709  empty\n", 0},
	{"sha1sum.check", T(sha1sum), {"sha1sum", "-c"}, "da39a3ee5e6b4b0d3255bfef95601890afd80709  empty\n", "empty: OK\n", 0},
	{"sha1sum.checkbad", T(sha1sum), {"sha1sum", "-c"}, "da39a3ee5e6b4b0d3255bfef95601890afd80708  empty\n", "empty: FAILED\n", 1},
	{"sha1sum.missing", T(sha1sum), {"sha1sum", "nothing"}, "", "", 1, "sha1sum: nothing: "},
	{"md5sum", T(sha1sum), {"md5sum"}, "", "d41d8cd98f00b204e9800998ecf8427e  -\n", 0},
	{"md5sum.abc", T(sha1sum), {"md5sum", "-"}, "message digest", "f96b697d7cb7938d525a2f31aaf161d0  -\n", 0},

	/* dd: both forms of operand; records to standard error */
	{"dd.bs", T(dd), {"dd", "bs=2", "count=2", "status=none"}, "abcdef", "abcd", 0},
	{"dd.plan9", T(dd), {"dd", "-bs", "2", "-skip", "1", "-count", "2", "-quiet"}, "abcdefg", "cdef", 0},
	{"dd.reblock", T(dd), {"dd", "ibs=3", "obs=2", "status=none"}, "abcdefg", "abcdefg", 0},
	{"dd.if", T(dd), {"dd", "if=words", "bs=1k", "skip=0", "status=none"}, "", "banana\napple\ncherry\napple\n10\n9\n-3\n2.5\n", 0},
	{"dd.x", T(dd), {"dd", "bs=1x3", "count=1", "status=none"}, "abcdef", "abc", 0},
	{"dd.badnum", T(dd), {"dd", "bs=x"}, "", "", 1, "dd: bs=x: bad number"},
	{"dd.missing", T(dd), {"dd", "if=nothing"}, "", "", 1, "dd: nothing: "},

	/* mtime */
	{"mtime.missing", T(mtime), {"mtime", "nothing"}, "", "", 1, "mtime: nothing: "},
	{"mtime.usage", T(mtime), {"mtime"}, "", "", 1, "usage: mtime"},

	/* diff: the normal format, status 0, 1 or 2 */
	{"diff.same", T(diff), {"diff", "dups", "-"}, "a\na\nb\n", "", 0},
	{"diff.change", T(diff), {"diff", "-", "dups"}, "a\nx\nb\n", "2c2\n< x\n---\n> a\n", 1},
	{"diff.add", T(diff), {"diff", "-", "dups"}, "a\nb\n", "1a2\n> a\n", 1},
	{"diff.del", T(diff), {"diff", "dups", "-"}, "a\n", "2,3d1\n< a\n< b\n", 1},
	{"diff.empty", T(diff), {"diff", "empty", "dups"}, "", "0a1,3\n> a\n> a\n> b\n", 1},
	{"diff.nonl", T(diff), {"diff", "-", "dups"}, "a\na\nb", "3c3\n< b\n\\ No newline at end of file\n---\n> b\n", 1},
	{"diff.missing", T(diff), {"diff", "nothing", "dups"}, "", "", 2, "diff: nothing: "},
	{"diff.e.change", T(diff), {"diff", "-e", "-", "dups"}, "a\nx\nb\n", "2c\na\n.\n", 1},
	{"diff.e.add", T(diff), {"diff", "-e", "-", "dups"}, "a\nb\n", "1a\na\n.\n", 1},
	{"diff.e.del", T(diff), {"diff", "-e", "dups", "-"}, "a\n", "2,3d\n", 1},
	{"diff.e.order", T(diff), {"diff", "-e", "-", "dups"}, "x\na\nb\nc\n", "4d\n1c\na\n.\n", 1},
	{"diff.e.same", T(diff), {"diff", "-e", "-", "dups"}, "a\na\nb\n", "", 0},
	{"diff.eu", T(diff), {"diff", "-e", "-u", "-", "dups"}, "", "", 2, "usage: diff"},
	{"diff.usage", T(diff), {"diff", "dups"}, "", "", 2, "usage: diff"},

	/* the small 9base commands; each output is 9base's for the same input */
	{"factor.args", T(factor), {"factor", "360", "97", "1"}, "", "360\n     2\n     2\n     2\n     3\n     3\n     5\n\n97\n     97\n\n1\n\n", 0},
	{"factor.stdin", T(factor), {"factor"}, "12\n 15\n0\n7\n", "12\n     2\n     2\n     3\n\n15\n     3\n     5\n\n", 0},
	{"factor.big", T(factor), {"factor", "600851475143"}, "", "600851475143\n     71\n     839\n     1471\n     6857\n\n", 0},
	{"primes.range", T(primes), {"primes", "90", "130"}, "", "97\n101\n103\n107\n109\n113\n127\n", 0},
	{"cal.month", T(cal), {"cal", "2", "2024"}, "", "   February 2024\n S  M Tu  W Th  F  S\n             1  2  3\n 4  5  6  7  8  9 10\n11 12 13 14 15 16 17\n18 19 20 21 22 23 24\n25 26 27 28 29\n\n", 0},
	{"cal.1752", T(cal), {"cal", "9", "1752"}, "", "   September 1752\n S  M Tu  W Th  F  S\n       1  2 14 15 16\n17 18 19 20 21 22 23\n24 25 26 27 28 29 30\n\n\n\n", 0},
	{"cal.name", T(cal), {"cal", "sept", "1999"}, "", "   September 1999\n S  M Tu  W Th  F  S\n          1  2  3  4\n 5  6  7  8  9 10 11\n12 13 14 15 16 17 18\n19 20 21 22 23 24 25\n26 27 28 29 30\n\n", 0},
	{"cal.year", T(cal), {"cal", "2024"}, "", "\n\n\n                                2024\n\n         Jan                    Feb                    Mar\n S  M Tu  W Th  F  S    S  M Tu  W Th  F  S    S  M Tu  W Th  F  S\n    1  2  3  4  5  6                1  2  3                   1  2\n 7  8  9 10 11 12 13    4  5  6  7  8  9 10    3  4  5  6  7  8  9\n14 15 16 17 18 19 20   11 12 13 14 15 16 17   10 11 12 13 14 15 16\n21 22 23 24 25 26 27   18 19 20 21 22 23 24   17 18 19 20 21 22 23\n28 29 30 31            25 26 27 28 29         24 25 26 27 28 29 30\n                                              31\n         Apr                    May                    Jun\n S  M Tu  W Th  F  S    S  M Tu  W Th  F  S    S  M Tu  W Th  F  S\n    1  2  3  4  5  6             1  2  3  4                      1\n 7  8  9 10 11 12 13    5  6  7  8  9 10 11    2  3  4  5  6  7  8\n14 15 16 17 18 19 20   12 13 14 15 16 17 18    9 10 11 12 13 14 15\n21 22 23 24 25 26 27   19 20 21 22 23 24 25   16 17 18 19 20 21 22\n28 29 30               26 27 28 29 30 31      23 24 25 26 27 28 29\n                                              30\n         Jul                    Aug                    Sep\n S  M Tu  W Th  F  S    S  M Tu  W Th  F  S    S  M Tu  W Th  F  S\n    1  2  3  4  5  6                1  2  3    1  2  3  4  5  6  7\n 7  8  9 10 11 12 13    4  5  6  7  8  9 10    8  9 10 11 12 13 14\n14 15 16 17 18 19 20   11 12 13 14 15 16 17   15 16 17 18 19 20 21\n21 22 23 24 25 26 27   18 19 20 21 22 23 24   22 23 24 25 26 27 28\n28 29 30 31            25 26 27 28 29 30 31   29 30\n\n         Oct                    Nov                    Dec\n S  M Tu  W Th  F  S    S  M Tu  W Th  F  S    S  M Tu  W Th  F  S\n       1  2  3  4  5                   1  2    1  2  3  4  5  6  7\n 6  7  8  9 10 11 12    3  4  5  6  7  8  9    8  9 10 11 12 13 14\n13 14 15 16 17 18 19   10 11 12 13 14 15 16   15 16 17 18 19 20 21\n20 21 22 23 24 25 26   17 18 19 20 21 22 23   22 23 24 25 26 27 28\n27 28 29 30 31         24 25 26 27 28 29 30   29 30 31\n\n\n\n\n", 0},
	{"freq.all", T(freq), {"freq"}, "ab\tc\n\001é\n", "  1 001 01 -        1\n  9 011 09 -        1\n 10 012 0a -        2\n 97 141 61 a        1\n 98 142 62 b        1\n 99 143 63 c        1\n169 251 a9 ©        1\n195 303 c3 Ã        1\n", 0},
	{"freq.d", T(freq), {"freq", "-d"}, "hello\n", " 10        1\n101        1\n104        1\n108        2\n111        1\n", 0},
	{"freq.xc", T(freq), {"freq", "-xc"}, "hello\n", "0a -        1\n65 e        1\n68 h        1\n6c l        2\n6f o        1\n", 0},
	{"freq.r", T(freq), {"freq", "-r"}, "hé€\n", " 10 012 0a -        1\n104 150 68 h        1\n233 351 e9 é        1\n8364 20254 20ac €        1\n", 0},
	{"unicode.hex", T(unicode), {"unicode", "41", "e9", "20ac"}, "", "A\né\n€\n", 0},
	{"unicode.t", T(unicode), {"unicode", "-t", "41", "42"}, "", "AB", 0},
	{"unicode.chars", T(unicode), {"unicode", "p", "é"}, "", "0070\n00e9\n", 0},
	{"unicode.n", T(unicode), {"unicode", "-n", "41"}, "", "0034\n0031\n", 0},
	{"unicode.range", T(unicode), {"unicode", "3fa-402"}, "", "03fa Ϻ\t03fb ϻ\t03fc ϼ\t03fd Ͻ\t03fe Ͼ\t03ff Ͽ\t0400 Ѐ\t0401 Ё\n0402 Ђ\n", 0},
	{"look.prefix", T(look), {"look", "app", "w2"}, "", "apple\napple pie\napplesauce\n", 0},
	{"look.x", T(look), {"look", "-x", "apple", "w2"}, "", "apple\n", 0},
	{"look.f", T(look), {"look", "-f", "APP", "w4"}, "", "Apple\napple\n", 0},
	{"look.t", T(look), {"look", "-t:", "a", "w3"}, "", "a:1\nab:2\n", 0},
	{"look.d", T(look), {"look", "-d", "ab", "w5"}, "", "a-b\nab\nabc\n", 0},
	{"fmt.fill", T(fmt), {"fmt", "-w", "30"}, "The quick brown fox jumps over the lazy dog. It was a sunny day.\nShort line.\n\n   Indented paragraph here with some words to wrap.\n\tTab\n", "The quick brown fox jumps over\nthe lazy dog.  It was a sunny\nday.  Short line.\n\n   Indented paragraph here\n   with some words to wrap.\n\tTab\n", 0},
	{"fmt.i", T(fmt), {"fmt", "-i", "4", "-w", "20"}, "aaa bbb ccc ddd eee fff ggg hhh\n", "    aaa bbb ccc ddd eee\n    fff ggg hhh\n", 0},
	{"fmt.j", T(fmt), {"fmt", "-j", "-w", "10"}, "aaa bbb ccc ddd\nx\ny\n", "aaa bbb\nccc ddd\nx\ny\n", 0},
	{"join.plain", T(join), {"join", "j1", "j2"}, "", "a 1 x\nb 2 y\nb 3 y\nd 4 w w2\n", 0},
	{"join.a2", T(join), {"join", "-a", "2", "j1", "j2"}, "", "a 1 x\nb 2 y\nb 3 y\nc z\nd 4 w w2\n", 0},
	{"join.o", T(join), {"join", "-a2", "-e", "NA", "-o", "0,1.2,2.2", "j7", "j2"}, "", "a 1 x\nb NA y\nc 3 z\nd NA w\n", 0},
	{"join.t", T(join), {"join", "-t:", "j3", "j4"}, "", "a:1:X:\nb:2::Y\n", 0},
	/* cut (what GNU's cut prints), head -c */
	{"cut.b", T(cut), {"cut", "-b", "2"}, "abcdef\nx:y:z\na\tb\tc\n", "b\n:\n\t\n", 0},
	{"cut.blist", T(cut), {"cut", "-b", "1-3,5-"}, "abcdef\nx:y:z\na\tb\tc\n", "abcef\nx:yz\na\tbc\n", 0},
	{"cut.bover", T(cut), {"cut", "-b", "3-4,2-3,6"}, "abcdef\nx:y:z\na\tb\tc\n", "bcdf\n:y:\n\tb\t\n", 0},
	{"cut.bpast", T(cut), {"cut", "-b", "5-9"}, "abc\nabcdefgh\n", "\nefgh\n", 0},
	{"cut.bto", T(cut), {"cut", "-b", "-2"}, "abc\n\nx", "ab\n\nx\n", 0},
	{"cut.c", T(cut), {"cut", "-c", "2,4"}, "hello\n", "el\n", 0},
	{"cut.nonl", T(cut), {"cut", "-c", "1"}, "ab\ncd", "a\nc\n", 0},
	{"cut.empty", T(cut), {"cut", "-c", "1"}, "", "", 0},
	{"cut.f", T(cut), {"cut", "-f", "2"}, "abcdef\nx:y:z\na\tb\tc\n", "abcdef\nx:y:z\nb\n", 0},
	{"cut.fd", T(cut), {"cut", "-d:", "-f", "2-3"}, "abcdef\nx:y:z\na\tb\tc\n", "abcdef\ny:z\na\tb\tc\n", 0},
	{"cut.fs", T(cut), {"cut", "-d", ":", "-s", "-f", "1,3"}, "abcdef\nx:y:z\na\tb\tc\n", "x:z\n", 0},
	{"cut.femptyf", T(cut), {"cut", "-d:", "-f", "2,4"}, "a::c:\n:\n::::\n", ":\n\n:\n", 0},
	{"cut.fpast", T(cut), {"cut", "-d:", "-f", "4-"}, "a:b\na:b:c:d:e\n", "\nd:e\n", 0},
	{"cut.forder", T(cut), {"cut", "-d:", "-f", "3,1"}, "a:b:c\n", "a:c\n", 0},
	{"cut.fnodelim", T(cut), {"cut", "-d:", "-f", "2"}, "plain\n", "plain\n", 0},
	{"cut.fnonl", T(cut), {"cut", "-d,", "-f", "2"}, "1,2,3\n4,5,6", "2\n5\n", 0},
	{"cut.blanklist", T(cut), {"cut", "-b", "1 3"}, "abc\n", "ac\n", 0},
	{"cut.files", T(cut), {"cut", "-c", "1", "words", "-", "dups"}, "zz\n", "b\na\nc\na\n1\n9\n-\n2\nz\na\na\nb\n", 0},
	{"cut.zero", T(cut), {"cut", "-f", "0"}, "", "", 1, "cut: bad list"},
	{"cut.dec", T(cut), {"cut", "-b", "3-1"}, "", "", 1, "cut: bad list"},
	{"cut.dash", T(cut), {"cut", "-b", "-"}, "", "", 1, "cut: bad list"},
	{"cut.word", T(cut), {"cut", "-b", "x"}, "", "", 1, "cut: bad list"},
	{"cut.nolist", T(cut), {"cut"}, "", "", 1, "cut: give one list"},
	{"cut.twolists", T(cut), {"cut", "-b", "1", "-f", "2"}, "", "", 1, "cut: give one list"},
	{"cut.dnof", T(cut), {"cut", "-d:", "-b", "2"}, "", "", 1, "cut: -d and -s go"},
	{"cut.longd", T(cut), {"cut", "-d", "ab", "-f", "2"}, "", "", 1, "cut: the delimiter"},
	{"cut.missing", T(cut), {"cut", "-b", "1", "nosuch", "dups"}, "", "a\na\nb\n", 1, "cut: nosuch: "},
	{"cut.od", T(cut), {"cut", "-c", "1-2,4-5", "--output-delimiter=:"}, "abcdef\n", "ab:de\n", 0},
	{"cut.odadj", T(cut), {"cut", "-c", "1-2,3-5", "--output-delimiter=:"}, "abcdef\n", "ab:cde\n", 0},
	{"cut.odover", T(cut), {"cut", "-c", "1-3,2-5", "--output-delimiter=:"}, "abcdef\n", "abcde\n", 0},
	{"cut.odf", T(cut), {"cut", "-d:", "-f1,3", "--output-delimiter= | "}, "a:b:c:d\nnone\n", "a | c\nnone\n", 0},
	{"cut.compf", T(cut), {"cut", "-d:", "--complement", "-f2"}, "a:b:c:d\n", "a:c:d\n", 0},
	{"cut.compc", T(cut), {"cut", "--complement", "-c", "2-3"}, "abcdef\n", "adef\n", 0},
	{"cut.compall", T(cut), {"cut", "--complement", "-c", "1-"}, "abcdef\n", "\n", 0},
	{"cut.compf2", T(cut), {"cut", "-d:", "--complement", "-f", "1-9"}, "a:b\n", "\n", 0},
	{"cut.compfirst", T(cut), {"cut", "--complement", "-b", "-2,5"}, "abcdefg\n", "cdfg\n", 0},
	{"cut.compod", T(cut), {"cut", "--complement", "-c", "3,5", "--output-delimiter=-"}, "abcdefg\n", "ab-d-fg\n", 0},
	{"cut.usage", T(cut), {"cut", "-x", "1"}, "", "", 1, "usage: cut"},
	/* paste (what GNU's paste prints) */
	{"paste.two", T(paste), {"paste", "dups", "p2"}, "", "a\ta\na\tb\nb\t\n", 0},
	{"paste.three", T(paste), {"paste", "-d", ":,", "dups", "p2", "dups"}, "", "a:a,a\na:b,a\nb:,b\n", 0},
	{"paste.stdin", T(paste), {"paste", "-", "-"}, "x\ny\nz\n", "x\ty\nz\t\n", 0},
	{"paste.stdinmix", T(paste), {"paste", "p2", "-", "p2"}, "1\n2\n3\n4", "a\t1\ta\nb\t2\tb\n\t3\t\n\t4\t\n", 0},
	{"paste.default", T(paste), {"paste"}, "x\ny", "x\ny\n", 0},
	{"paste.s", T(paste), {"paste", "-s", "dups", "p2"}, "", "a\ta\tb\na\tb\n", 0},
	{"paste.sd", T(paste), {"paste", "-s", "-d", ":,", "words"}, "", "banana:apple,cherry:apple,10:9,-3:2.5\n", 0},
	{"paste.sempty", T(paste), {"paste", "-s", "empty", "dups"}, "", "\na\ta\tb\n", 0},
	{"paste.empty", T(paste), {"paste", "empty", "empty"}, "", "", 0},
	{"paste.emptyone", T(paste), {"paste", "empty", "dups"}, "", "\ta\n\ta\n\tb\n", 0},
	{"paste.dnl", T(paste), {"paste", "-d", "\\n", "dups", "p2"}, "", "a\na\na\nb\nb\n\n", 0},
	{"paste.dnone", T(paste), {"paste", "-d", "", "dups", "p2"}, "", "aa\nab\nb\n", 0},
	{"paste.dzero", T(paste), {"paste", "-d", "\\0-", "dups", "p2", "dups"}, "", "aa-a\nab-a\nb-b\n", 0},
	{"paste.desc", T(paste), {"paste", "-d", "\\\\\\q", "dups", "p2", "dups"}, "", "a\\aqa\na\\bqa\nb\\qb\n", 0},
	{"paste.sdash", T(paste), {"paste", "-s", "-", "dups"}, "x\ny\n", "x\ty\na\ta\tb\n", 0},
	{"paste.missing", T(paste), {"paste", "dups", "nosuch"}, "", "", 1, "paste: nosuch: "},
	{"paste.backslash", T(paste), {"paste", "-d", "a\\", "dups"}, "", "", 1, "paste: delimiter list ends"},
	{"paste.usage", T(paste), {"paste", "-x"}, "", "", 1, "usage: paste"},
	/* expr (what GNU's expr prints, and its exit status) */
	{"expr.add", T(expr), {"expr", "1", "+", "2"}, "", "3\n", 0},
	{"expr.prec", T(expr), {"expr", "2", "+", "3", "*", "4", "-", "1"}, "", "13\n", 0},
	{"expr.paren", T(expr), {"expr", "(", "1", "+", "2", ")", "*", "3"}, "", "9\n", 0},
	{"expr.sub", T(expr), {"expr", "5", "-", "-3"}, "", "8\n", 0},
	{"expr.div", T(expr), {"expr", "5", "/", "-2"}, "", "-2\n", 0},
	{"expr.mod", T(expr), {"expr", "-5", "%", "3"}, "", "-2\n", 0},
	{"expr.mul", T(expr), {"expr", "-4", "*", "6"}, "", "-24\n", 0},
	{"expr.eq", T(expr), {"expr", "007", "=", "7"}, "", "1\n", 0},
	{"expr.streq", T(expr), {"expr", "abc", "=", "abd"}, "", "0\n", 1},
	{"expr.ne", T(expr), {"expr", "ab", "!=", "ab"}, "", "0\n", 1},
	{"expr.lt", T(expr), {"expr", "10", "<", "9"}, "", "0\n", 1},
	{"expr.ltstr", T(expr), {"expr", "10", "<", "9a"}, "", "1\n", 0},
	{"expr.le", T(expr), {"expr", "2", "<=", "2"}, "", "1\n", 0},
	{"expr.gt", T(expr), {"expr", "b", ">", "a"}, "", "1\n", 0},
	{"expr.ge", T(expr), {"expr", "1", ">=", "2"}, "", "0\n", 1},
	{"expr.or", T(expr), {"expr", "0", "|", "x"}, "", "x\n", 0},
	{"expr.ornull", T(expr), {"expr", "", "|", ""}, "", "0\n", 1},
	{"expr.orleft", T(expr), {"expr", "a", "|", "b"}, "", "a\n", 0},
	{"expr.and", T(expr), {"expr", "3", "&", "4"}, "", "3\n", 0},
	{"expr.andnull", T(expr), {"expr", "a", "&", ""}, "", "0\n", 1},
	{"expr.and0", T(expr), {"expr", "0", "&", "1"}, "", "0\n", 1},
	{"expr.orskip", T(expr), {"expr", "1", "|", "1", "/", "0"}, "", "1\n", 0},
	{"expr.andskip", T(expr), {"expr", "0", "&", "a", "+", "1"}, "", "0\n", 1},
	{"expr.zero", T(expr), {"expr", "0"}, "", "0\n", 1},
	{"expr.zeros", T(expr), {"expr", "00"}, "", "00\n", 1},
	{"expr.minus0", T(expr), {"expr", "-0"}, "", "-0\n", 1},
	{"expr.empty", T(expr), {"expr", ""}, "", "\n", 1},
	{"expr.str", T(expr), {"expr", "007"}, "", "007\n", 0},
	{"expr.minus", T(expr), {"expr", "-"}, "", "-\n", 0},
	{"expr.star", T(expr), {"expr", "*"}, "", "*\n", 0},
	{"expr.match", T(expr), {"expr", "abc", ":", "a*"}, "", "1\n", 0},
	{"expr.matchnone", T(expr), {"expr", "abc", ":", "b"}, "", "0\n", 1},
	{"expr.matchgroup", T(expr), {"expr", "abc", ":", "a\\(.\\)c"}, "", "b\n", 0},
	{"expr.matchgroupnone", T(expr), {"expr", "abc", ":", "\\(x\\)"}, "", "\n", 1},
	{"expr.matchrepeat", T(expr), {"expr", "abcabc", ":", "\\(a.c\\)*"}, "", "abc\n", 0},
	{"expr.matchparen", T(expr), {"expr", "a(b", ":", "a(b"}, "", "3\n", 0},
	{"expr.matchplus", T(expr), {"expr", "a+b", ":", "a+b"}, "", "3\n", 0},
	{"expr.matchbrace", T(expr), {"expr", "aab", ":", "a\\{2\\}"}, "", "2\n", 0},
	{"expr.matchstar", T(expr), {"expr", "*a", ":", "*a"}, "", "2\n", 0},
	{"expr.matchdollar", T(expr), {"expr", "abc", ":", ".*c$"}, "", "3\n", 0},
	{"expr.matchcaret", T(expr), {"expr", "abc", ":", "^a"}, "", "1\n", 0},
	{"expr.matchset", T(expr), {"expr", "a]b", ":", "[]a]*"}, "", "2\n", 0},
	{"expr.matchlen", T(expr), {"expr", "hello world", ":", ".*"}, "", "11\n", 0},
	{"expr.dashdash", T(expr), {"expr", "--", "3", "+", "1"}, "", "4\n", 0},
	{"expr.cmpchain", T(expr), {"expr", "a", "=", "a", "=", "1"}, "", "1\n", 0},
	{"expr.big", T(expr), {"expr", "9223372036854775807", "-", "1"}, "", "9223372036854775806\n", 0},
	{"expr.neg", T(expr), {"expr", "-9223372036854775808", "+", "1"}, "", "-9223372036854775807\n", 0},
	{"expr.divzero", T(expr), {"expr", "1", "/", "0"}, "", "", 2, "expr: division by zero"},
	{"expr.nonint", T(expr), {"expr", "a", "+", "1"}, "", "", 2, "expr: non-integer argument"},
	{"expr.missing", T(expr), {"expr", "1", "+"}, "", "", 2, "expr: syntax error"},
	{"expr.extra", T(expr), {"expr", "1", "2"}, "", "", 2, "expr: syntax error"},
	{"expr.noclose", T(expr), {"expr", "(", "1", "+", "2"}, "", "", 2, "expr: syntax error"},
	{"expr.close", T(expr), {"expr", ")"}, "", "", 2, "expr: syntax error"},
	{"expr.none", T(expr), {"expr"}, "", "", 2, "usage: expr"},
	{"expr.length", T(expr), {"expr", "length", "abc"}, "", "3\n", 0},
	{"expr.lengthempty", T(expr), {"expr", "length", ""}, "", "0\n", 1},
	{"expr.substr", T(expr), {"expr", "substr", "hello", "2", "3"}, "", "ell\n", 0},
	{"expr.substr0", T(expr), {"expr", "substr", "hello", "0", "3"}, "", "\n", 1},
	{"expr.substrpast", T(expr), {"expr", "substr", "hello", "4", "10"}, "", "lo\n", 0},
	{"expr.substrout", T(expr), {"expr", "substr", "hello", "9", "1"}, "", "\n", 1},
	{"expr.substrneg", T(expr), {"expr", "substr", "hello", "2", "-1"}, "", "\n", 1},
	{"expr.substrnonint", T(expr), {"expr", "substr", "hello", "a", "1"}, "", "\n", 1},
	{"expr.index", T(expr), {"expr", "index", "hello", "lo"}, "", "3\n", 0},
	{"expr.indexnone", T(expr), {"expr", "index", "hello", "z"}, "", "0\n", 1},
	{"expr.matchkw", T(expr), {"expr", "match", "abc", "a\\(.\\)"}, "", "b\n", 0},
	{"expr.matchkwnone", T(expr), {"expr", "match", "abc", "b"}, "", "0\n", 1},
	{"expr.plus", T(expr), {"expr", "+", "length"}, "", "length\n", 0},
	{"expr.lengthplus", T(expr), {"expr", "length", "+", "1"}, "", "1\n", 0},
	{"expr.lengthsum", T(expr), {"expr", "length", "abc", "+", "1"}, "", "4\n", 0},
	{"expr.lengthparen", T(expr), {"expr", "(", "length", "abc", ")"}, "", "3\n", 0},
	{"expr.length1", T(expr), {"expr", "length", "1", "+", "2"}, "", "3\n", 0},
	{"expr.lengthlength", T(expr), {"expr", "length", "length"}, "", "", 2, "expr: syntax error: missing argument after"},
	{"expr.lengthalone", T(expr), {"expr", "length"}, "", "", 2, "expr: syntax error: missing argument after"},
	{"expr.substrshort", T(expr), {"expr", "substr", "abc", "1"}, "", "", 2, "expr: syntax error: missing argument after"},
	{"head.c", T(head), {"head", "-c", "5"}, "abc\ndefgh\n", "abc\nd", 0},
	{"head.czero", T(head), {"head", "-c", "0"}, "abc\n", "", 0},
	{"head.cpast", T(head), {"head", "-c", "100"}, "abc\nde", "abc\nde", 0},
	{"head.cn", T(head), {"head", "-c", "2", "-n", "1"}, "abc\ndef\n", "abc\n", 0},
	{"head.nc", T(head), {"head", "-n", "1", "-c", "2"}, "abc\ndef\n", "ab", 0},
	{"head.cfiles", T(head), {"head", "-c", "3", "dups", "-"}, "xyz\n", "==> dups <==\na\na\n==> standard input <==\nxyz", 0},
	{"head.cbad", T(head), {"head", "-c", "x"}, "", "", 1, "head: bad count: x"},
	{"head.nminus", T(head), {"head", "-n", "-2"}, "1\n2\n3\n4\n5\n", "1\n2\n3\n", 0},
	{"head.nminusnonl", T(head), {"head", "-n", "-1"}, "1\n2\n3", "1\n2\n", 0},
	{"head.nminusall", T(head), {"head", "-n", "-9"}, "1\n2\n3\n", "", 0},
	{"head.nminus0", T(head), {"head", "-n", "-0"}, "1\n2\n3", "1\n2\n3", 0},
	{"head.nminusbig", T(head), {"head", "-n", "-40"}, "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n21\n22\n23\n24\n25\n26\n27\n28\n29\n30\n31\n32\n33\n34\n35\n36\n37\n38\n39\n40\n41\n42\n43\n44\n45\n46\n47\n48\n49\n50\n51\n52\n53\n54\n55\n56\n57\n58\n59\n60\n61\n62\n63\n64\n65\n66\n67\n68\n69\n70\n71\n72\n73\n74\n75\n76\n77\n78\n79\n80\n81\n82\n83\n84\n85\n86\n87\n88\n89\n90\n91\n92\n93\n94\n95\n96\n97\n98\n99\n", "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n21\n22\n23\n24\n25\n26\n27\n28\n29\n30\n31\n32\n33\n34\n35\n36\n37\n38\n39\n40\n41\n42\n43\n44\n45\n46\n47\n48\n49\n50\n51\n52\n53\n54\n55\n56\n57\n58\n59\n", 0},
	{"head.cminus", T(head), {"head", "-c", "-3"}, "abcdefg\n", "abcde", 0},
	{"head.cminusall", T(head), {"head", "-c", "-30"}, "abcdefg\n", "", 0},
	{"head.cminus0", T(head), {"head", "-c", "-0"}, "abc", "abc", 0},
	{"head.cminusfiles", T(head), {"head", "-c", "-2", "dups", "-"}, "xyz\n", "==> dups <==\na\na\n\n==> standard input <==\nxy", 0},
	{"head.nminusbad", T(head), {"head", "-n", "-x"}, "", "", 1, "head: bad count: -x"},
	{"head.unitbad", T(head), {"head", "-c", "2x"}, "", "", 1, "head: bad count: 2x"},
	{"head.unitspace", T(head), {"head", "-c", " 2"}, "", "", 1, "head: bad count:  2"},
	{"head.plus", T(head), {"head", "-n", "+2"}, "1\n2\n3\n", "1\n2\n", 0},
	{"head.cbin", T(head), {"head", "-c", "3"}, "\377\001\002\003", "\377\001\002", 0},
};

static int	nfail;

/* run: run fn on argv with standard input in (n bytes) in a child;
 * its output, error output and exit status */
static void
run(Main *fn, char **argv0, char *in, size_t n, char **out, size_t *nout, char **err, int *status)
{
	FILE *f[3];
	char *argv[16];
	int argc, i;
	pid_t pid;

	for(argc = 0; argv0[argc] != NULL && argc < 15; argc++)
		argv[argc] = argv0[argc];
	argv[argc] = NULL;
	if((pid = spawn(in, n, f)) == 0){
		/* argv is writable on Ninefold, as in C */
		for(i = 0; i < argc; i++)
			argv[i] = strdup(argv[i]);
		nf_argv0 = argv[0];
		nf_exit(fn(argc, argv));
	}
	reap(pid, f, out, nout, err, status);
}

/* check: run case c, print PASS or FAIL */
static void
check(Case *c)
{
	char *out, *err;
	size_t nout;
	int status;

	run(c->fn, c->argv, c->in, strlen(c->in), &out, &nout, &err, &status);
	if(status != c->status)
		printf("FAIL cmds1.%s: exit status %d, want %d (stderr: %s)\n", c->name, status, c->status, err);
	else if(nout != strlen(c->out) || memcmp(out, c->out, nout) != 0)
		printf("FAIL cmds1.%s: output [%s], want [%s]\n", c->name, out, c->out);
	else if(c->err == NULL && err[0] != 0)
		printf("FAIL cmds1.%s: unexpected error output [%s]\n", c->name, err);
	/* the error: one line, "cmd: name: " then the host's reason */
	else if(c->err != NULL && (strncmp(err, c->err, strlen(c->err)) != 0
	    || strchr(err, '\n') != err + strlen(err) - 1))
		printf("FAIL cmds1.%s: error output [%s] is not one line starting [%s]\n", c->name, err, c->err);
	else{
		printf("PASS cmds1.%s\n", c->name);
		free(out);
		free(err);
		return;
	}
	nfail++;
	free(out);
	free(err);
}

static void	put(char*, char*);

/* lcslen: the length of a longest common subsequence of a[0:n] and b[0:m] */
static int
lcslen(char *a, int n, char *b, int m)
{
	static int t[64][64];
	int i, j;

	for(i = n; i >= 0; i--)
		for(j = m; j >= 0; j--)
			if(i == n || j == m)
				t[i][j] = 0;
			else if(a[i] == b[j])
				t[i][j] = 1 + t[i+1][j+1];
			else
				t[i][j] = t[i+1][j] > t[i][j+1] ? t[i+1][j] : t[i][j+1];
	return t[0][0];
}

/*
 * diffrandom: diff of random files of one-letter lines, each script
 * applied to the first file must give the second, its status must say
 * whether they differ, and the lines it deletes and adds must be as
 * few as a longest common subsequence allows.
 */
static void
diffrandom(void)
{
	static char *argv[] = {"diff", "ra", "rb", NULL};
	char a[64], b[64], res[128], fa[160], fb[160], *out, *err, *p, op;
	int trial, n, m, k, i, j, nres, a1, a2, b1, b2, edits, status, ok;
	size_t nout;

	srand(9);
	ok = 1;
	for(trial = 0; trial < 500 && ok; trial++){
		n = rand() % 40;
		for(i = 0; i < n; i++)
			a[i] = "abcde"[rand() % (trial % 2 ? 2 : 5)];
		for(i = 0; i < n; i++)
			b[i] = a[i];
		m = n;
		for(k = rand() % 8; k > 0; k--){
			i = rand() % (m + 1);
			if(rand() % 3 == 0 && i < m){
				memmove(b + i, b + i + 1, m - i - 1);
				m--;
			}else if(m < 60){
				memmove(b + i + 1, b + i, m - i);
				b[i] = "abcfg"[rand() % 5];
				m++;
			}
		}
		for(i = 0; i < n; i++){
			fa[2*i] = a[i];
			fa[2*i+1] = '\n';
		}
		for(i = 0; i < m; i++){
			fb[2*i] = b[i];
			fb[2*i+1] = '\n';
		}
		fa[2*n] = fb[2*m] = 0;
		put("ra", fa);
		put("rb", fb);
		run(T(diff), argv, "", 0, &out, &nout, &err, &status);
		/* apply the script to a */
		nres = 0;
		i = 0;
		edits = 0;
		for(p = out; *p != 0 && ok; ){
			a1 = strtol(p, &p, 10);
			a2 = *p == ',' ? strtol(p + 1, &p, 10) : a1;
			op = *p++;
			b1 = strtol(p, &p, 10);
			b2 = *p == ',' ? strtol(p + 1, &p, 10) : b1;
			(void)b1;
			(void)b2;
			if(*p++ != '\n' || (op != 'a' && op != 'c' && op != 'd')){
				ok = 0;
				break;
			}
			/* the lines of a before the hunk are kept */
			for(j = op == 'a' ? a1 : a1 - 1; i < j; i++)
				res[nres++] = a[i];
			if(op != 'a')
				i = a2;
			while(*p == '<' || *p == '-' || *p == '>'){
				if(*p == '>')
					res[nres++] = p[2];
				if(*p != '-')
					edits++;
				p = strchr(p, '\n') + 1;
			}
		}
		while(i < n)
			res[nres++] = a[i++];
		ok = ok && nres == m && memcmp(res, b, m) == 0
			&& status == (n != m || memcmp(a, b, n) != 0)
			&& edits == n + m - 2*lcslen(a, n, b, m) && err[0] == 0;
		if(!ok)
			printf("FAIL cmds1.diff.random: [%.*s] to [%.*s]: script [%s] status %d\n", n, a, m, b, out, status);
		free(out);
		free(err);
	}
	unlink("ra");
	unlink("rb");
	if(ok)
		printf("PASS cmds1.diff.random\n");
	nfail += !ok;
}

/* big: lines of any length and inputs larger than any buffer */
static void
big(void)
{
	static char *sortv[] = {"sort", NULL}, *catv[] = {"cat", NULL},
		*uniqv[] = {"uniq", "-c", NULL}, *tailv[] = {"tail", "-1", NULL},
		*wcv[] = {"wc", "-c", NULL};
	char *in, *want, *out, *err, buf[64];
	size_t n, L, nout, i;
	int status, ok;

	L = 200000;
	in = malloc(2*L + 16);
	want = malloc(2*L + 16);
	/* sort: a 200000-byte line and a short one */
	memset(in, 'z', L);
	memcpy(in + L, "\na\n", 3);
	n = L + 3;
	memcpy(want, "a\n", 2);
	memset(want + 2, 'z', L);
	want[L+2] = '\n';
	run(T(sort), sortv, in, n, &out, &nout, &err, &status);
	ok = status == 0 && nout == n && memcmp(out, want, n) == 0;
	printf("%s cmds1.sort.longline\n", ok ? "PASS" : "FAIL");
	nfail += !ok;
	free(out); free(err);
	/* uniq -c: two equal long lines */
	memset(in, 'y', L);
	in[L] = '\n';
	memcpy(in + L + 1, in, L + 1);
	run(T(uniq), uniqv, in, 2*L + 2, &out, &nout, &err, &status);
	ok = status == 0 && nout == L + 6 && memcmp(out, "   2 y", 6) == 0;
	printf("%s cmds1.uniq.longline\n", ok ? "PASS" : "FAIL");
	nfail += !ok;
	free(out); free(err);
	/* tail -1 of the same */
	run(T(tail), tailv, in, 2*L + 2, &out, &nout, &err, &status);
	ok = status == 0 && nout == L + 1 && memcmp(out, in, L + 1) == 0;
	printf("%s cmds1.tail.longline\n", ok ? "PASS" : "FAIL");
	nfail += !ok;
	free(out); free(err);
	/* cat and wc of 400000 bytes of every value */
	for(i = 0; i < 2*L; i++)
		in[i] = i * 7;
	run(T(cat), catv, in, 2*L, &out, &nout, &err, &status);
	ok = status == 0 && nout == 2*L && memcmp(out, in, 2*L) == 0;
	printf("%s cmds1.cat.big\n", ok ? "PASS" : "FAIL");
	nfail += !ok;
	free(out); free(err);
	run(T(wc), wcv, in, 2*L, &out, &nout, &err, &status);
	snprintf(buf, sizeof buf, "%7zu\n", 2*L);
	ok = status == 0 && strcmp(out, buf) == 0;
	printf("%s cmds1.wc.big\n", ok ? "PASS" : "FAIL");
	nfail += !ok;
	free(out); free(err);
	free(in);
	free(want);
}

/* the files main makes for look and join */
static char *scratch[] = { "w2", "w3", "w4", "w5", "j1", "j2", "j3", "j4", "j7", "p2" };

/* put: write file name with contents s */
static void
put(char *name, char *s)
{
	FILE *f;

	f = fopen(name, "w");
	fputs(s, f);
	fclose(f);
}

int
main(void)
{
	char dir[] = "/tmp/cmds1_test.XXXXXX";
	size_t i;

	if(mkdtemp(dir) == NULL || chdir(dir) < 0){
		printf("FAIL cmds1.setup: %s\n", strerror(errno));
		return 1;
	}
	put("words", "banana\napple\ncherry\napple\n10\n9\n-3\n2.5\n");
	put("dups", "a\na\nb\n");
	put("empty", "");
	/* sorted lists for look, relations for join */
	put("w2", "apple\napple pie\napplesauce\nbanana\nbanana split\ncherry\n");
	put("w3", "a:1\nab:2\nb:3\n");
	put("w4", "Apple\napple\nBanana\nbanana\n");
	put("w5", "a-b\nab\nabc\n");
	put("j1", "a 1\nb 2\nb 3\nd 4\n");
	put("j2", "a x\nb y\nc z\nd w w2\n");
	put("j3", "a:1\nb:2\n");
	put("j4", "a:X:\nb::Y\n");
	put("j7", "a 1\nc 3\n");
	put("p2", "a\nb");
	chmod("words", 0644);
	for(i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check(&cases[i]);
	big();
	diffrandom();
	unlink("words");
	unlink("dups");
	unlink("empty");
	for(i = 0; i < sizeof scratch / sizeof scratch[0]; i++)
		unlink(scratch[i]);
	unlink("teeout");
	chdir("/");
	rmdir(dir);
	return nfail != 0;
}
