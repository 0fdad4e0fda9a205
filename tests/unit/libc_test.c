/*
 * libc_test: host unit tests of Ninefold's libc.
 *
 * The libc sources are compiled freestanding with Ninefold's headers
 * and every symbol renamed with an nf_ prefix (see libc.mk), so they
 * link beside glibc.  This program compares them with glibc: the
 * printf engine, strtol and friends, the string and ctype functions,
 * qsort and bsearch.  The system call stubs are replaced by the fakes
 * of libc_fake.c (over Linux calls and a private heap), which lets malloc,
 * stdio, stat decoding and waitpid's status encoding run too.
 *
 * One line per group of checks: "PASS name" or "FAIL name: why".
 */
#include "libc_test.h"

static int	nfail;

/* Report a group: PASS when it had no failures. */
void
group(const char *name, int fails)
{
	if(fails == 0)
		printf("PASS %s\n", name);
	nfail += fails;
}

/* Report one failure of a group. */
void
fail(const char *name, const char *fmt, ...)
{
	va_list ap;

	printf("FAIL %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

int
main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	testfmtint();
	testfmtflt();
	teststrtol();
	teststring();
	testsort();
	testmalloc();
	teststdio();
	testwrappers();
	testsetjmp();
	testgetopt();
	teststrtod();
	testscanf();
	testmisc();
	testsignal();
	if(mkdtemp(scratch) == NULL || chdir(scratch) != 0)
		fail("files", "no scratch directory");
	else{
		umask(0);
		testtime();
		testdirent();
		testdirstat();
		testappend();
		testfiles();
		if(chdir("/tmp") == 0){
			char cmd[128];

			snprintf(cmd, sizeof cmd, "rm -rf %s", scratch);
			if(system(cmd) != 0)
				printf("libc_test: could not remove %s\n", scratch);
		}
	}
	return nfail != 0;
}
