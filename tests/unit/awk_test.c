/*
 * awk_test: host tests of awk.  awk's sources, libregexp and libc are
 * linked in with every symbol renamed nf_NAME (see awk.mk); the
 * nf__sys_* functions here are a fake kernel over the host's files,
 * processes and pipes, where /bin/rc -c runs as the host's sh -c.
 * Each case runs awk's main in a child on a program, arguments and
 * standard input, and compares its whole standard output, standard
 * error and exit status with answers checked against Plan 9's awk
 * (9base) and mawk; "PASS name" or "FAIL name: why" for each.
 *
 *	awk_test		run the cases
 *	awk_test -c path	run them with another awk instead (by exec),
 *				to see where it answers differently
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "fakehost.h"

int	nf_awk_main(int, char**);
void	nf_exit(int) __attribute__((noreturn));
extern char	*nf_argv0;
extern char	**nf_environ;
extern char	**environ;

/* the fake kernel: fakehost.c, and these for awk's processes and pipes */
long nf__sys_pipe(long fd)
{
	int p[2];

	if(pipe(p) < 0)
		return sysr(-1);
	((int*)fd)[0] = p[0];
	((int*)fd)[1] = p[1];
	return 0;
}
/* rfork(RFPROC|RFFDG), as fork does; nothing else is asked for */
long nf__sys_rfork(long flags)
{
	if(flags & (1<<4))
		return sysr(fork());
	return 0;
}
/* exec: /bin/rc -c cmd runs as sh -c cmd */
long nf__sys_exec(long path, long argv, long envp)
{
	char **av;

	av = (char**)argv;
	if(strcmp((char*)path, "/bin/rc") == 0 && av[1] != NULL && strcmp(av[1], "-c") == 0)
		execl("/bin/sh", "sh", "-c", av[2], (char*)NULL);
	else
		execve((char*)path, av, (char**)envp);
	return sysr(-1);
}
/* await: the kernel's status: an exit code, or minus the signal */
long nf__sys_await(long pid, long status, long flags)
{
	pid_t r;
	int st;

	r = waitpid(pid, &st, flags & 1 ? WNOHANG : 0);
	if(r <= 0)
		return r < 0 ? sysr(-1) : 0;
	*(int*)status = WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
	return r;
}
/* the rest fail with ENOSYS (cmds1_sys.c) */

/* One test: awk's arguments (after "awk"), its input, its whole
 * output, exit status and error output ("" if none). */
typedef struct Case Case;
struct Case {
	char	*name;
	char	*argv[12];
	char	*in;
	char	*out;
	int	status;
	char	*err;
};

static Case cases[] = {
	/* the everyday idioms */
	{"idiom.print2", {"{print $2}"}, "a b c\nd e f\n", "b\ne\n", 0, ""},
	{"idiom.F", {"-F:", "{print $1}"}, "root:x:0\nbin:x:1\n", "root\nbin\n", 0, ""},
	{"idiom.sum", {"{s+=$1} END {print s}"}, "1\n2\n3.5\n", "6.5\n", 0, ""},
	{"idiom.nr2", {"NR==2"}, "a\nb\nc\n", "b\n", 0, ""},
	{"idiom.length", {"length > 3"}, "ab\nabcd\nabc\nabcdef\n", "abcd\nabcdef\n", 0, ""},
	{"idiom.nf", {"{print NF}"}, "a b c\n\nx  y\n", "3\n0\n2\n", 0, ""},
	{"idiom.count", {"{a[$1]++} END {for(k in a) print k, a[k] | \"sort\"}"}, "x\ny\nx\nz\nx\n", "x 3\ny 1\nz 1\n", 0, ""},
	{"idiom.printf", {"BEGIN{printf \"%5.2f\\n\", 3.14159}"}, "", " 3.14\n", 0, ""},
	{"idiom.countre", {"/foo/{n++} END{print n+0}"}, "foo\nbar\nfood\n", "2\n", 0, ""},
	{"idiom.countre0", {"/xyz/{n++} END{print n+0}"}, "foo\nbar\n", "0\n", 0, ""},
	{"idiom.blank1", {"{$1=\"\"; print}"}, "a b c\n", " b c\n", 0, ""},
	{"idiom.cmdgetline", {"BEGIN{while((\"echo hi\" | getline l) > 0) print l}"}, "", "hi\n", 0, ""},
	{"idiom.dedup", {"!seen[$0]++"}, "a\nb\na\nc\nb\n", "a\nb\nc\n", 0, ""},
	{"idiom.last", {"{print $NF}"}, "a b c\nd\n", "c\nd\n", 0, ""},
	{"idiom.nrfnr", {"NR==FNR{a[$1]=1; next} $1 in a", "f1", "f2"}, "", "b x\n", 0, ""},
	{"idiom.odd", {"NR%2"}, "1\n2\n3\n", "1\n3\n", 0, ""},
	{"idiom.max", {"$1>m{m=$1} END{print m}"}, "3\n10\n9\n", "10\n", 0, ""},
	{"idiom.reverse", {"{l[NR]=$0} END{for(i=NR;i>0;i--) print l[i]}"}, "a\nb\nc\n", "c\nb\na\n", 0, ""},

	/* patterns */
	{"pat.range", {"/start/,/end/"}, "a\nstart\nb\nend\nc\nstart\nd\n", "start\nb\nend\nstart\nd\n", 0, ""},
	{"pat.rangenr", {"NR==2,NR==3{print NR\": \"$0}"}, "a\nb\nc\nd\n", "2: b\n3: c\n", 0, ""},
	{"pat.rangeone", {"/b/,/b/"}, "a\nb\nc\n", "b\n", 0, ""},
	{"pat.numcmp", {"$1 > 2"}, "1\n3\n10\n2\n", "3\n10\n", 0, ""},
	{"pat.strconst", {"$1 == \"1.0\""}, "1.0\n1\n", "1.0\n", 0, ""},
	{"pat.numconst", {"$1 == 1"}, "1.0\n1\n+1\nx\n", "1.0\n1\n+1\n", 0, ""},
	{"pat.fieldcmp", {"$1 < $2"}, "10 9\n2 10\nabc abd\n", "2 10\nabc abd\n", 0, ""},
	{"pat.zero", {"$1"}, "0\n0.0\nx\n1\n\n", "x\n1\n", 0, ""},
	{"pat.begin", {"BEGIN{print \"x\"}"}, "not read\n", "x\n", 0, ""},
	{"pat.end", {"END{print NR, $0}"}, "a\nb\n", "2 b\n", 0, ""},
	{"pat.beginend", {"BEGIN{printf \"1\"} BEGIN{printf \"2\"} END{print \"4\"} {printf \"3\"}"}, "x\n", "1234\n", 0, ""},
	{"pat.notre", {"!/a/"}, "a\nb\n", "b\n", 0, ""},
	{"pat.andor", {"/a/ && /b/ || /z/"}, "ab\na\nz\n", "ab\nz\n", 0, ""},
	{"pat.empty", {"{ }"}, "a\n", "", 0, ""},

	/* fields */
	{"field.nfminus", {"{print $NF, $(NF-1)}"}, "a b c\n", "c b\n", 0, ""},
	{"field.setnf", {"{NF=2; print; print NF}"}, "a b c d\n", "a b\n2\n", 0, ""},
	{"field.grow", {"{$5=\"x\"; print; print NF}"}, "a b c\n", "a b c  x\n5\n", 0, ""},
	{"field.ofs", {"BEGIN{OFS=\"-\"}{$1=$1; print}"}, "a b c\n", "a-b-c\n", 0, ""},
	{"field.ofsnochange", {"BEGIN{OFS=\"-\"}{print; print $1, $2}"}, "a b\n", "a b\na-b\n", 0, ""},
	{"field.set0", {"{$0=\"x y\"; print NF, $2}"}, "a\n", "2 y\n", 0, ""},
	{"field.tab", {"-F", "\\t", "{print $2}"}, "a b\tc d\n", "c d\n", 0, ""},
	{"field.Ft", {"-Ft", "{print $2}"}, "a\tb\n", "b\n", 0, ""},
	{"field.Fre", {"-F", "[:,]", "{print $3}"}, "a:b,c\n", "c\n", 0, ""},
	{"field.Fpipe", {"-F|", "{print $2}"}, "a|b\n", "b\n", 0, ""},
	{"field.blanks", {"{print $1 \"|\" $2 \"|\" NF}"}, "  a   b  \n", "a|b|2\n", 0, ""},
	{"field.comma", {"BEGIN{FS=\",\"}{print NF; print $2}"}, "a,,c\n", "3\n\n", 0, ""},
	{"field.fschange", {"{FS=\":\"; print $1}"}, "a:b c\nd:e f\n", "a:b\nd\n", 0, ""},
	{"field.loop", {"{for(i=NF;i>0;i--) printf \"%s%s\", $i, (i>1?\" \":\"\\n\")}"}, "a b c\n", "c b a\n", 0, ""},
	{"field.past", {"{print \"[\" $5 \"]\", NF}"}, "a b\n", "[] 2\n", 0, ""},
	{"field.inc", {"{$2++; print}"}, "a 5\n", "a 6\n", 0, ""},
	{"field.beginnf", {"BEGIN{print NF}"}, "", "0\n", 0, ""},
	{"field.numstr", {"{print $1, $1+0}"}, "0.10\n", "0.10 0.1\n", 0, ""},
	{"field.clear3", {"{$3=\"\"; print NF; print}"}, "a b c d\n", "4\na b  d\n", 0, ""},
	{"field.nfplus2", {"{$(NF+2)=\"z\"; print}"}, "a\n", "a  z\n", 0, ""},
	{"field.end0", {"END{$0=\"p q r\"; print NF, $3}"}, "a\n", "3 r\n", 0, ""},
	{"field.dollarexpr", {"{i=1; print $i$2, $(i+1)}"}, "a b\n", "ab b\n", 0, ""},

	/* records */
	{"rec.para", {"BEGIN{RS=\"\"}{print NR\": \"$1\"|\"$NF\"|\"NF}"}, "\na b\n\n\nc d\ne\n\n", "1: a|b|2\n2: c|e|3\n", 0, ""},
	{"rec.parafs", {"BEGIN{RS=\"\";FS=\":\"}{for(i=1;i<=NF;i++) printf \"[%s]\", $i; print \"\"}"}, "a:b\nc\n\nd:e\n", "[a][b][c]\n[d][e]\n", 0, ""},
	{"rec.parare", {"BEGIN{RS=\"\"} /^b/{print \"yes\"} END{print NR}"}, "a\nb\n", "1\n", 0, ""},
	{"rec.rschar", {"BEGIN{RS=\";\"}{print}"}, "a;b;c\n", "a\nb\nc\n\n", 0, ""},
	{"rec.ors", {"BEGIN{ORS=\"|\"}{print}"}, "a\nb\n", "a|b|", 0, ""},
	{"rec.nonl", {"{print NR\":\"$0}"}, "a\nb", "1:a\n2:b\n", 0, ""},
	{"rec.empty", {"{print \"x\"} END{print NR}"}, "", "0\n", 0, ""},
	{"rec.blanklines", {"{print NR\":\"$0}"}, "\n\n", "1:\n2:\n", 0, ""},

	/* the program's text */
	{"lex.escapes", {"BEGIN{print \"\\101\\x41|\\t|\\\\|\\\"|\\/|\\q\"}"}, "", "AA|\t|\\|\"|/|\\q\n", 0, ""},
	{"lex.numbers", {"BEGIN{print 1e3, 1E-2, .5, 5., 010}"}, "", "1000 0.01 0.5 5 10\n", 0, ""},
	{"lex.regexdiv", {"{print $1/2, $1 /2/ 1}"}, "8\n", "4 4\n", 0, ""},

	/* variables */
	{"var.v", {"-v", "x=5", "BEGIN{print x+1}"}, "", "6\n", 0, ""},
	{"var.vesc", {"-v", "s=a\\tb", "BEGIN{print s}"}, "", "a\tb\n", 0, ""},
	{"var.vfs", {"-v", "FS=:", "{print $2}"}, "a:b\n", "b\n", 0, ""},
	{"var.operand", {"{print x, $0}", "x=1", "one", "x=2", "one"}, "", "1 a\n2 a\n", 0, ""},
	{"var.operandend", {"END{print x}", "one", "x=7"}, "", "7\n", 0, ""},
	{"var.filename", {"{print FILENAME, FNR, NR}", "f1", "f2"}, "", "f1 1 1\nf1 2 2\nf2 1 3\nf2 2 4\n", 0, ""},
	{"var.stdin", {"{print FILENAME \":\" $0}", "one", "-"}, "s\n", "one:a\n-:s\n", 0, ""},
	{"var.environ", {"BEGIN{print ENVIRON[\"AWKTESTVAR\"]}"}, "", "hello there\n", 0, ""},
	{"var.argv", {"BEGIN{for(i=0;i<ARGC;i++) print i, ARGV[i]}", "x", "y=1"}, "", "0 awk\n1 x\n2 y=1\n", 0, ""},
	{"var.argvedit", {"BEGIN{ARGV[1]=\"\"} {print}", "nofile", "one"}, "", "a\n", 0, ""},
	{"var.subsep", {"BEGIN{a[1,2]=3; for(k in a){split(k,p,SUBSEP); print p[1], p[2], a[k]}}"}, "", "1 2 3\n", 0, ""},
	{"var.ingroup", {"BEGIN{a[1,2]=3; print ((1,2) in a), ((2,1) in a)}"}, "", "1 0\n", 0, ""},
	{"var.convfmt", {"BEGIN{CONVFMT=\"%.2f\"; x=3.14159; y=x \"\"; print y; a[x]=1; for(k in a) print k}"}, "", "3.14\n3.14\n", 0, ""},
	{"var.ofmt", {"BEGIN{OFMT=\"%.2f\"; x=\"3.14159\"; print 3.14159, 10, x, x+0}"}, "", "3.14 10 3.14159 3.14\n", 0, ""},
	{"var.ints", {"BEGIN{print 1e6, 100000*100000, 2^53, 0.1+0.2, 1/3, -3, 3.0, 1e-5, 10/4}"}, "", "1000000 10000000000 9007199254740992 0.3 0.333333 -3 3 1e-05 2.5\n", 0, ""},
	{"var.uninit", {"BEGIN{print x+0, \"[\" x \"]\", length(x), (x == 0), (x == \"\")}"}, "", "0 [] 0 1 1\n", 0, ""},
	{"var.strtonum", {"BEGIN{print \"3abc\"+1, \"abc\"+1, \" 12 \"+0, \"1e3\"+0, \".5\"+0, \"-2x\"*2}"}, "", "4 1 12 1000 0.5 -4\n", 0, ""},
	{"var.hexstr", {"BEGIN{print \"0x1A\"+0, \" -0x10\"+1}"}, "", "26 -15\n", 0, ""},
	{"var.resplit", {"BEGIN{$0=\"a:b:c\"; FS=\":\"; print $1; $0=$0; print $1}"}, "", "a:b:c\na\n", 0, ""},
	{"var.strnumsplit", {"BEGIN{split(\"10 9\",a); print (a[1] > a[2])}"}, "", "1\n", 0, ""},
	{"var.subscript", {"BEGIN{a[1]=\"x\"; print a[\"1\"], (1 in a), (\"01\" in a)}"}, "", "x 1 0\n", 0, ""},
	{"var.subfloat", {"BEGIN{a[0.1+0.2]=1; for(k in a) print k}"}, "", "0.3\n", 0, ""},
	{"var.nr", {"NR==2{NR=10} {print NR}"}, "a\nb\nc\n", "1\n10\n11\n", 0, ""},

	/* operators */
	{"op.arith", {"BEGIN{print 7%3, -7%3, 2^10, 2**3, 2^3^2, -2^2, 7/2, 5.5%2}"}, "", "1 -1 1024 8 512 -4 3.5 1.5\n", 0, ""},
	{"op.incdec", {"BEGIN{x=5; print x++, x, ++x, x--, --x}"}, "", "5 6 7 7 5\n", 0, ""},
	{"op.assignops", {"BEGIN{x=10; x+=5; x-=3; x*=2; x/=4; x%=4; print x; y=2; y^=3; print y; z=w=4; print z w}"}, "", "2\n8\n44\n", 0, ""},
	{"op.logic", {"BEGIN{print (1?\"a\":\"b\"), (0?\"a\":\"b\"), (1&&0), (1||0), !0, !\"\", !\"a\"}"}, "", "a b 0 1 1 1 0\n", 0, ""},
	{"op.concat", {"BEGIN{print 1 \" \" 2+3, 1 2 * 3, 1 - 1 \"x\"}"}, "", "1 5 16 0x\n", 0, ""},
	{"op.strcmp", {"BEGIN{print (\"abc\" < \"abd\"), (\"10\" < \"9\"), (10 < 9), (\"a\" == \"a\"), (\"a\" != \"b\"), (2 >= 2), (\"b\" <= \"a\")}"}, "", "1 1 0 1 1 1 0\n", 0, ""},
	{"op.match", {"BEGIN{print (\"abc\" ~ \"b\"), (\"abc\" !~ /^b/), (\"abc\" ~ /^a.c$/)}"}, "", "1 1 1\n", 0, ""},
	{"op.dynre", {"BEGIN{r=\"^[0-9]+$\"; print (\"123\" ~ r), (\"12a\" ~ r)}"}, "", "1 0\n", 0, ""},
	{"op.fieldre", {"$2 ~ $1"}, "a+ aaa\nb+ ccc\n", "a+ aaa\n", 0, ""},
	{"op.unary", {"BEGIN{x=\"3\"; print -x, +x, - -x, !x}"}, "", "-3 3 3 0\n", 0, ""},
	{"op.group", {"BEGIN{print (1+2)*3, 2*(3+4)}"}, "", "9 14\n", 0, ""},
	{"op.in", {"BEGIN{a[\"x\"]; print (\"x\" in a), (\"y\" in a); if (!(\"y\" in a)) print \"no\"}"}, "", "1 0\nno\n", 0, ""},
	{"op.regexvalue", {"BEGIN{$0=\"abc\"; x = /b/; print x, /z/}"}, "", "1 0\n", 0, ""},
	{"op.cond", {"{print ($1 > 5 ? \"big\" : \"small\")}"}, "3\n7\n", "small\nbig\n", 0, ""},
	{"op.divzero", {"BEGIN{x=0; print 1/x}"}, "", "", 2, "awk: division by zero\n source line 1\n"},
	{"op.modzero", {"BEGIN{print \"a\"}\nEND{x=0; print 1%x}"}, "", "a\n", 2, "awk: division by zero in mod\n source line 2\n"},
	{"op.printgt", {"BEGIN{print (2 > 1), (1 > 2)}"}, "", "1 0\n", 0, ""},
	{"op.pow", {"BEGIN{print 2^-1, (2^0.5 > 1.41), 2^0}"}, "", "0.5 1 1\n", 0, ""},

	/* statements */
	{"stmt.ifelse", {"{if($1>2) print \"gt\"; else if($1==2) print \"eq\"; else print \"lt\"}"}, "1\n2\n3\n", "lt\neq\ngt\n", 0, ""},
	{"stmt.loops", {"BEGIN{i=0; do {i++} while (i < 5); print i; while (i > 0) i -= 2; print i}"}, "", "5\n-1\n", 0, ""},
	{"stmt.forbreak", {"BEGIN{for(i=1;i<=10;i++){if(i%2)continue; if(i>6)break; printf \"%d \", i}; print \"\"}"}, "", "2 4 6 \n", 0, ""},
	{"stmt.nested", {"BEGIN{for(i=0;i<3;i++) for(j=0;j<3;j++){ if(j==1) break; print i j }}"}, "", "00\n10\n20\n", 0, ""},
	{"stmt.forever", {"BEGIN{for(;;){if(++n==3)break}; print n}"}, "", "3\n", 0, ""},
	{"stmt.whilecont", {"BEGIN{while(i<5){i++; if(i==3) continue; s=s i}; print s}"}, "", "1245\n", 0, ""},
	{"stmt.dowhile1", {"BEGIN{do print \"once\"; while(0)}"}, "", "once\n", 0, ""},
	{"stmt.next", {"NR==2{next} {print}"}, "a\nb\nc\n", "a\nc\n", 0, ""},
	{"stmt.exitend", {"{print} NR==2{exit} END{print \"end\"}"}, "a\nb\nc\n", "a\nb\nend\n", 0, ""},
	{"stmt.exitcode", {"BEGIN{exit 3}"}, "", "", 3, ""},
	{"stmt.exitinend", {"END{exit 4; print \"no\"}"}, "", "", 4, ""},
	{"stmt.exitbegin", {"BEGIN{exit 1} {print} END{print \"e\"}"}, "a\n", "e\n", 1, ""},
	{"stmt.exitkeep", {"{exit 5} END{exit}"}, "a\n", "", 5, ""},
	{"stmt.nextfile", {"{print; nextfile}", "f1", "f2"}, "", "a 1\nb x\n", 0, ""},
	{"stmt.delete", {"BEGIN{a[1];a[2];a[3]; for(k in a) delete a[k]; print length(a)}"}, "", "0\n", 0, ""},
	{"stmt.deleteall", {"BEGIN{a[1];a[2]; delete a; print length(a); a[3]=1; print length(a)}"}, "", "0\n1\n", 0, ""},
	{"stmt.deletemulti", {"BEGIN{a[1,2]=1; a[2,1]=1; delete a[1,2]; print ((1,2) in a), ((2,1) in a)}"}, "", "0 1\n", 0, ""},
	{"stmt.multiline", {"BEGIN {\n  x = 1  # a comment\n  if (x)\n    print \"yes\"\n  else\n    print \"no\"\n  for (i = 0;\n       i < 2;\n       i++)\n    print i\n}\n"}, "", "yes\n0\n1\n", 0, ""},
	{"stmt.continuation", {"BEGIN { x = 1 + \\\n 2; print x; print x &&\n 1; print \"a\",\n \"b\" }"}, "", "3\n1\na b\n", 0, ""},
	{"stmt.semicolons", {";BEGIN{;print 1;;};;END{print 2};"}, "", "1\n2\n", 0, ""},
	{"stmt.printparen", {"BEGIN{print(\"a\",\"b\") > \"/dev/stdout\"; printf(\"%s-%s\\n\", \"c\", \"d\")}"}, "", "a b\nc-d\n", 0, ""},
	{"stmt.ifblockelse", {"{if ($1) { print \"t\" } else { print \"f\" }}"}, "1\n0\n", "t\nf\n", 0, ""},

	/* getline and I/O */
	{"io.getlinefile", {"BEGIN{while((getline line < \"nums\") > 0) s+=line; print s, NR}"}, "", "15 0\n", 0, ""},
	{"io.getline", {"{getline; print}"}, "1\n2\n3\n4\n", "2\n4\n", 0, ""},
	{"io.getlinevar", {"NR==1{getline x; print x, NR, $0}"}, "a\nb\n", "b 2 a\n", 0, ""},
	{"io.getlineeof", {"{r=getline; print r, $0}"}, "a\n", "0 a\n", 0, ""},
	{"io.getlinemissing", {"BEGIN{print (getline l < \"nofile\")}"}, "", "-1\n", 0, ""},
	{"io.getlinecmd0", {"BEGIN{\"echo a b c\" | getline; print NF, $2, NR}"}, "", "3 b 0\n", 0, ""},
	{"io.getlinenoparen", {"BEGIN{while (\"echo a; echo b\" | getline > 0) n++; print n}"}, "", "2\n", 0, ""},
	{"io.getlinefield", {"BEGIN{getline $2 < \"one\"; print; print NF}"}, "", " a\n2\n", 0, ""},
	{"io.closecmd", {"BEGIN{\"echo x\" | getline a; close(\"echo x\"); \"echo x\" | getline b; print a b}"}, "", "xx\n", 0, ""},
	{"io.rereadfile", {"BEGIN{while((getline l < \"nums\")>0) n++; close(\"nums\"); while((getline l < \"nums\")>0) n++; print n}"}, "", "10\n", 0, ""},
	{"io.writefile", {"BEGIN{print \"hello\" > \"out1\"; print \"world\" > \"out1\"; close(\"out1\"); while((getline l < \"out1\")>0) print \"got\", l}"}, "", "got hello\ngot world\n", 0, ""},
	{"io.append", {"BEGIN{print \"a\" > \"out2\"; close(\"out2\"); print \"b\" >> \"out2\"; close(\"out2\"); while((getline l < \"out2\")>0) print l}"}, "", "a\nb\n", 0, ""},
	{"io.pipeout", {"BEGIN{print \"b\\na\" | \"sort\"; close(\"sort\"); print \"done\"}"}, "", "a\nb\ndone\n", 0, ""},
	{"io.pipeatexit", {"{print | \"sort -r\"}"}, "1\n3\n2\n", "3\n2\n1\n", 0, ""},
	{"io.twopipes", {"BEGIN{print 2 | \"sort\"; print 1 | \"sort\"; print \"y\" | \"cat\"; close(\"sort\"); close(\"cat\")}"}, "", "1\n2\ny\n", 0, ""},
	{"io.system", {"BEGIN{print \"before\"; r = system(\"echo mid; exit 3\"); print \"after\", r}"}, "", "before\nmid\nafter 3\n", 0, ""},
	{"io.stderr", {"BEGIN{print \"err\" > \"/dev/stderr\"; print \"out\"}"}, "", "out\n", 0, "err\n"},
	{"io.fflush", {"BEGIN{printf \"a\"; fflush(); system(\"printf b\"); print \"c\"}"}, "", "abc\n", 0, ""},
	{"io.fflushname", {"BEGIN{printf \"x\" > \"out4\"; print fflush(\"out4\"), fflush(\"never\"); getline l < \"out4\"; print l; print (getline l < \"never\")}"}, "", "0 -1\nx\n-1\n", 0, ""},
	{"io.closenone", {"BEGIN{print close(\"never\")}"}, "", "-1\n", 0, ""},
	{"io.printfredir", {"BEGIN{printf \"%s\", \"x\" > \"out3\"; close(\"out3\"); getline l < \"out3\"; print l}"}, "", "x\n", 0, ""},

	/* functions */
	{"fn.recursion", {"function f(n){return n<=1?1:n*f(n-1)} BEGIN{print f(10)}"}, "", "3628800\n", 0, ""},
	{"fn.fib", {"function fib(n){return n<2?n:fib(n-1)+fib(n-2)} BEGIN{print fib(20)}"}, "", "6765\n", 0, ""},
	{"fn.arrayref", {"function fill(a,n,  i){for(i=1;i<=n;i++)a[i]=i*i} BEGIN{fill(sq,4); print sq[3], length(sq)}"}, "", "9 4\n", 0, ""},
	{"fn.scalarval", {"function g(x){x=5} BEGIN{y=1; g(y); print y}"}, "", "1\n", 0, ""},
	{"fn.locals", {"function h(a,  tmp){tmp=a*2; return tmp} BEGIN{tmp=7; print h(3), tmp}"}, "", "6 7\n", 0, ""},
	{"fn.noreturn", {"function v(){} BEGIN{x=v(); print \"[\" x \"]\"}"}, "", "[]\n", 0, ""},
	{"fn.untypedarray", {"function add(arr){arr[\"k\"]=1} BEGIN{add(z); print length(z), z[\"k\"]}"}, "", "1 1\n", 0, ""},
	{"fn.passarray", {"function inner(b){b[1]=\"in\"} function outer(a){inner(a)} BEGIN{outer(x); print x[1]}"}, "", "in\n", 0, ""},
	{"fn.localarray", {"function f(n,  loc){loc[n]=n; if(n>0) f(n-1); return length(loc)} BEGIN{print f(3)}"}, "", "1\n", 0, ""},
	{"fn.deleteparam", {"function clear(a){delete a} BEGIN{x[1]; clear(x); print length(x)}"}, "", "0\n", 0, ""},
	{"fn.globals", {"function inc(){n++} {inc()} END{print n}"}, "a\nb\n", "2\n", 0, ""},
	{"fn.next", {"function skip(){next} NR==1{skip()} {print}"}, "a\nb\n", "b\n", 0, ""},
	{"fn.undefined", {"BEGIN{f()}"}, "", "", 2, "awk: calling undefined function f\n source line 1\n"},
	{"fn.undefinedunused", {"BEGIN{if(0) f(); print \"ok\"}"}, "", "ok\n", 0, ""},

	/* built-in functions */
	{"bi.length", {"{print length, length(), length($0), length(\"ab\"), length(12345)}"}, "abc\n", "3 3 3 2 5\n", 0, ""},
	{"bi.substr", {"BEGIN{s=\"hello\"; print substr(s,2,3), substr(s,2), substr(s,4,100), \"[\" substr(s,10) \"]\", substr(s,1,0) \"|\"}"}, "", "ell ello lo [] |\n", 0, ""},
	{"bi.substrlow", {"BEGIN{print substr(\"hello\",0,2), substr(\"hello\",-1,3), substr(\"hello\",-1)}"}, "", "h h hello\n", 0, ""},
	{"bi.substrfrac", {"BEGIN{print substr(\"hello\", 2.5, 2), substr(\"hello\", 1.49, 1.5)}"}, "", "el h\n", 0, ""},
	{"bi.index", {"BEGIN{print index(\"hello\",\"ll\"), index(\"hello\",\"z\"), index(\"hello\",\"h\")}"}, "", "3 0 1\n", 0, ""},
	{"bi.split", {"BEGIN{n=split(\"a b  c\",arr); print n, arr[1], arr[3]}"}, "", "3 a c\n", 0, ""},
	{"bi.splitchar", {"BEGIN{n=split(\"a:b:c\",arr,\":\"); print n, arr[2]}"}, "", "3 b\n", 0, ""},
	{"bi.splitre", {"BEGIN{n=split(\"a1b22c\",arr,/[0-9]+/); print n, arr[1] arr[2] arr[3]}"}, "", "3 abc\n", 0, ""},
	{"bi.splitchars", {"BEGIN{n=split(\"abc\",c,\"\"); print n, c[1], c[3]}"}, "", "3 a c\n", 0, ""},
	{"bi.splitempty", {"BEGIN{n=split(\"\",arr); print n, length(arr)}"}, "", "0 0\n", 0, ""},
	{"bi.splitclears", {"BEGIN{a[9]=1; split(\"x y\",a); print length(a), (9 in a)}"}, "", "2 0\n", 0, ""},
	{"bi.sub", {"{sub(/o/,\"0\"); print}"}, "foo boo\n", "f0o boo\n", 0, ""},
	{"bi.gsubamp", {"{n=gsub(/o/,\"[&]\"); print n, $0}"}, "foo\n", "2 f[o][o]\n", 0, ""},
	{"bi.gsubescamp", {"BEGIN{s=\"a.b\"; gsub(/\\./,\"\\\\&\",s); print s}"}, "", "a&b\n", 0, ""},
	{"bi.gsubempty", {"BEGIN{s=\"abc\"; gsub(/x*/,\"-\",s); print s; t=\"xab\"; gsub(/x*/,\"-\",t); print t}"}, "", "-a-b-c-\n-a-b-\n", 0, ""},
	{"bi.gsubfield", {"{gsub(/a/,\"x\",$2); print}"}, "a a a\n", "a x a\n", 0, ""},
	{"bi.gsubanchor", {"BEGIN{s=\"aaa\"; gsub(/^a/,\"x\",s); print s; t=\"aaa\"; gsub(/a$/,\"y\",t); print t}"}, "", "xaa\naay\n", 0, ""},
	{"bi.subelem", {"BEGIN{a[1]=\"hello\"; sub(/l+/,\"L\",a[1]); print a[1]}"}, "", "heLo\n", 0, ""},
	{"bi.subnomatch", {"{n=sub(/z/,\"y\"); print n, $0}"}, "a  b\n", "0 a  b\n", 0, ""},
	{"bi.gsubdyn", {"BEGIN{s=\"a+b+c\"; gsub(\"\\\\+\",\"-\",s); print s}"}, "", "a-b-c\n", 0, ""},
	{"bi.match", {"BEGIN{print match(\"foobar\", /o+/), RSTART, RLENGTH; print match(\"x\", /z/), RSTART, RLENGTH}"}, "", "2 2 2\n0 0 -1\n", 0, ""},
	{"bi.matchgroup", {"BEGIN{if(match(\"xxabcabc\", /(abc)+/)) print RSTART, RLENGTH}"}, "", "3 6\n", 0, ""},
	{"bi.sprintf", {"BEGIN{s=sprintf(\"%03d|%-4s|%x\", 7, \"ab\", 255); print s}"}, "", "007|ab  |ff\n", 0, ""},
	{"bi.printfall", {"BEGIN{printf \"%d %i %o %x %X %c %s %e %f %g %%\\n\", 42.9, -3, 8, 255, 255, 65, \"str\", 1234.5, 2.5, 0.0001}"}, "", "42 -3 10 ff FF A str 1.234500e+03 2.500000 0.0001 %\n", 0, ""},
	{"bi.printfwidth", {"BEGIN{printf \"[%5s][%-5s][%.2s][%*d][%-*d]\\n\", \"ab\", \"ab\", \"abc\", 4, 7, 3, 1}"}, "", "[   ab][ab   ][ab][   7][1  ]\n", 0, ""},
	{"bi.printfchar", {"BEGIN{printf \"%c%c%c\\n\", \"hello\", 66, \"67\"}"}, "", "hB6\n", 0, ""},
	{"bi.printffloat", {"BEGIN{printf \"%.3e|%G|%8.3f|%-8.2f|%+d|% d\\n\", 12345.678, 0.00001, 3.14159, 2.5, 5, 7}"}, "", "1.235e+04|1E-05|   3.142|2.50    |+5| 7\n", 0, ""},
	{"bi.printfmissing", {"BEGIN{printf \"%s-%s-%d\\n\", \"a\"}"}, "", "a--0\n", 0, ""},
	{"bi.printfstrnum", {"{printf \"%d %s\\n\", $1, $1}"}, "3.9\n", "3 3.9\n", 0, ""},
	{"bi.case", {"BEGIN{print toupper(\"abC1\"), tolower(\"ABc\")}"}, "", "ABC1 abc\n", 0, ""},
	{"bi.math", {"BEGIN{printf \"%.4f %.4f %.4f %.4f %.4f %.4f\\n\", sqrt(2), exp(1), log(10), sin(1), cos(1), atan2(1,1)*4}"}, "", "1.4142 2.7183 2.3026 0.8415 0.5403 3.1416\n", 0, ""},
	{"bi.mathexact", {"BEGIN{print sqrt(16), exp(0), log(1), int(3.999), exp(log(8))}"}, "", "4 1 0 3 8\n", 0, ""},
	{"bi.int", {"BEGIN{print int(\"12.9abc\"), int(-3.7), int(3.7)}"}, "", "12 -3 3\n", 0, ""},
	{"bi.rand", {"BEGIN{srand(1); a=rand(); srand(1); b=rand(); print (a==b), (a>=0 && a<1), srand(5)}"}, "", "1 1 1\n", 0, ""},
	{"bi.randrange", {"BEGIN{for(i=0;i<1000;i++){r=int(rand()*6); c[r]++}; print length(c), (0 in c), (5 in c), (6 in c)}"}, "", "6 1 1 0\n", 0, ""},
	{"bi.system", {"BEGIN{print system(\"exit 0\"), system(\"exit 7\")}"}, "", "0 7\n", 0, ""},
	{"bi.lengtharray", {"BEGIN{a[1];a[2];a[\"x\"]; print length(a)}"}, "", "3\n", 0, ""},

	/* regular expressions */
	{"re.ere", {"/^(ab|cd)+e?[0-9]*$/"}, "abcd\nabcde12\nab5\nabx\nce\n", "abcd\nabcde12\nab5\n", 0, ""},
	{"re.class", {"/^[[:digit:]]+$/{print \"num\"} /[^a-z0-9]/{print \"other\"}"}, "123\nabc\na-b\n", "num\nother\n", 0, ""},
	{"re.slash", {"$0 ~ /a\\/b/"}, "a/b\nab\n", "a/b\n", 0, ""},
	{"re.slashset", {"/[/]/{print \"slash\", $0} /[]]/{print \"br\", $0} /^[[:alpha:]/]+$/{print \"cls\", $0}"}, "a/b\nab\n]x\n", "slash a/b\ncls a/b\ncls ab\nbr ]x\n", 0, ""},
	{"re.dot", {"/a.c/"}, "abc\nac\na.c\n", "abc\na.c\n", 0, ""},
	{"re.escdot", {"/a\\.c/"}, "abc\na.c\n", "a.c\n", 0, ""},
	{"re.plusq", {"/^a+b?$/"}, "aaa\naab\nb\nabb\n", "aaa\naab\n", 0, ""},
	{"re.dynescape", {"BEGIN{print (\"a.c\" ~ \"a\\\\.c\"), (\"abc\" ~ \"a\\\\.c\")}"}, "", "1 0\n", 0, ""},
	{"re.newline", {"BEGIN{s=\"a\\nb\"; print (s ~ /a.b/), (s ~ /^b/), (s ~ /a$/)}"}, "", "1 0 0\n", 0, ""},

	/* errors */
	{"err.syntax", {"BEGIN{x"}, "", "", 2, "awk: syntax error at source line 1\n context is\n\tBEGIN{x >>>  <<<\n"},
	{"err.syntax2", {"BEGIN{print 1}\n{print $1 +* 2}"}, "", "", 2, "awk: syntax error at source line 2\n context is\n\t{print $1 + >>> * <<<\n"},
	{"err.string", {"BEGIN{print \"abc}"}, "", "", 2, "awk: non-terminated string at source line 1\n context is\n\tBEGIN{print  >>> \"abc} <<<\n"},
	{"err.nofile", {"{print}", "nofile"}, "", "", 2, "awk: can't open file nofile\n"},
	{"err.nofile2", {"{print}", "one", "nofile"}, "", "a\n", 2, "awk: can't open file nofile\n"},
	{"err.usage", {NULL}, "", "", 1, "usage: awk [-F fs] [-v var=value] [-f progfile | 'prog'] [file ...]\n"},
	{"err.badre", {"BEGIN{print \"a\" ~ \"(\"}"}, "", "", 2, "awk: missing ) in regular expression (\n source line 1\n"},
	{"err.progfile", {"-f", "noprog"}, "", "", 2, "awk: can't open file noprog\n"},
	{"err.arrayscalar", {"BEGIN{a[1]=1; print a}"}, "", "", 2, "awk: can't read value of a; it's an array name.\n source line 1\n"},
	{"err.break", {"BEGIN{break}"}, "", "", 2, "awk: break illegal outside of loops at source line 1\n context is\n\tBEGIN{ >>> break <<<\n"},

	/* program files and flags */
	{"flag.f", {"-f", "prog.awk", "nums"}, "", "sum 15\n", 0, ""},
	{"flag.ff", {"-f", "lib.awk", "-f", "prog2.awk"}, "", "14\n", 0, ""},
	{"flag.dashdash", {"--", "{print $1}"}, "a b\n", "a\n", 0, ""},
	{"flag.stdin", {"{print}", "-"}, "x\n", "x\n", 0, ""},
};

static int	nfail;
static char	*extawk;	/* -c: the awk to run instead */

/* run: awk on args (after "awk") with standard input in (n bytes) in a
 * child; its output, error output and exit status */
static void
run(char **args, char *in, size_t n, char **out, size_t *nout, char **err, int *status)
{
	FILE *f[3];
	char *argv[16];
	int argc, i;
	pid_t pid;

	argv[0] = "awk";
	for(argc = 1; args[argc-1] != NULL && argc < 15; argc++)
		argv[argc] = args[argc-1];
	argv[argc] = NULL;
	if((pid = spawn(in, n, f)) == 0){
		if(extawk != NULL){
			argv[0] = extawk;
			execv(extawk, argv);
			_exit(126);
		}
		/* argv is writable on Ninefold, as in C */
		for(i = 0; i < argc; i++)
			argv[i] = strdup(argv[i]);
		nf_argv0 = argv[0];
		nf_environ = environ;
		nf_exit(nf_awk_main(argc, argv));
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

	run(c->argv, c->in, strlen(c->in), &out, &nout, &err, &status);
	if(status != c->status)
		printf("FAIL awk.%s: exit status %d, want %d (stderr: %s)\n", c->name, status, c->status, err);
	else if(nout != strlen(c->out) || memcmp(out, c->out, nout) != 0)
		printf("FAIL awk.%s: output [%s], want [%s]\n", c->name, out, c->out);
	else if(strcmp(err, c->err) != 0)
		printf("FAIL awk.%s: error output [%s], want [%s]\n", c->name, err, c->err);
	else{
		printf("PASS awk.%s\n", c->name);
		free(out);
		free(err);
		return;
	}
	nfail++;
	free(out);
	free(err);
}

/* put: write file name with contents s */
static void
put(char *name, char *s)
{
	FILE *f;

	f = fopen(name, "w");
	fputs(s, f);
	fclose(f);
}

/*
 * big: a line longer than any buffer, many records, and a reader of
 * awk's output that goes away early (awk must end, not hang)
 */
static void
big(void)
{
	static char *lenv[] = {"{print length($0), NR}", NULL},
		*sumv[] = {"{s+=$1} END{print s, NR}", NULL},
		*pipev[] = {"BEGIN{for(i=0;i<100000;i++) print i | \"head -1\"; close(\"head -1\"); print \"done\"}", NULL};
	char *in, *out, *err;
	size_t L, nout, i, n;
	int status, ok;

	L = 300000;
	in = malloc(8*L);
	memset(in, 'x', L);
	memcpy(in + L, "\nab\n", 4);
	in[L+4] = 0;
	run(lenv, in, L + 4, &out, &nout, &err, &status);
	ok = status == 0 && strcmp(out, "300000 1\n2 2\n") == 0;
	printf("%s awk.big.longline\n", ok ? "PASS" : "FAIL");
	nfail += !ok;
	free(out); free(err);
	n = 0;
	for(i = 1; i <= 100000; i++)
		n += sprintf(in + n, "%zu\n", i);
	run(sumv, in, n, &out, &nout, &err, &status);
	ok = status == 0 && strcmp(out, "5000050000 100000\n") == 0;
	printf("%s awk.big.records\n", ok ? "PASS" : "FAIL");
	nfail += !ok;
	free(out); free(err);
	/* head exits after a line: awk dies of the broken pipe or goes on */
	run(pipev, "", 0, &out, &nout, &err, &status);
	ok = strncmp(out, "0\n", 2) == 0;
	printf("%s awk.big.closedpipe\n", ok ? "PASS" : "FAIL");
	nfail += !ok;
	free(out); free(err);
	free(in);
}

int
main(int argc, char **argv)
{
	char dir[] = "/tmp/awk_test.XXXXXX";
	size_t i;

	if(argc == 3 && strcmp(argv[1], "-c") == 0)
		extawk = argv[2];
	if(mkdtemp(dir) == NULL || chdir(dir) < 0){
		printf("FAIL awk.setup: %s\n", strerror(errno));
		return 1;
	}
	setenv("AWKTESTVAR", "hello there", 1);
	put("nums", "1\n2\n3\n4\n5\n");
	put("one", "a\n");
	put("f1", "a 1\nb 2\n");
	put("f2", "b x\nc y\n");
	put("prog.awk", "# a program file\n{ s += $1 }\nEND { print \"sum\", s }\n");
	put("lib.awk", "function dbl(x) { return 2*x }\n");
	put("prog2.awk", "BEGIN { print dbl(7) }\n");
	for(i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check(&cases[i]);
	big();
	unlink("nums"); unlink("one"); unlink("f1"); unlink("f2");
	unlink("prog.awk"); unlink("lib.awk"); unlink("prog2.awk");
	unlink("out1"); unlink("out2"); unlink("out3"); unlink("out4");
	chdir("/");
	rmdir(dir);
	return nfail != 0;
}
