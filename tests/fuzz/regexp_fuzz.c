/*
 * regexp_fuzz.c: libFuzzer target for libregexp (tests/fuzz/regexp.sh).
 * An input is a flags byte, an expression, a NUL, and a text: the
 * expression is compiled with those flags and, if it compiles, run
 * over the text (whole, and from each of a few starting points) and
 * its submatches put through regsub.  Every match must lie inside
 * the text.  Built with -DSEEDS it writes a seed corpus instead.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define regcomp nf_regcomp
#define regexec nf_regexec
#define regfree nf_regfree
#include "../../sys/include/u.h"
#include "../../sys/include/regexp.h"

/* check: every submatch lies in [s, e), start before end */
static void
check(Resub *m, int n, char *s, char *e)
{
	int i;

	for(i = 0; i < n; i++){
		if(m[i].sp == NULL && m[i].ep == NULL)
			continue;
		if(m[i].sp == NULL || m[i].ep == NULL || m[i].sp < s || m[i].ep > e || m[i].sp > m[i].ep)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *re, *text, *nul, *e, *sp, buf[256];
	Reprog *p;
	Resub m[REGNSUB];
	size_t n;
	int flags, k;

	if(size < 1 || size > 8192)
		return 0;
	flags = data[0] & (REGICASE|REGLITERAL|REGDOTNL);
	re = malloc(size);
	memcpy(re, data + 1, size - 1);
	re[size - 1] = 0;
	nul = memchr(re, 0, size);
	n = size - 1 - (nul - re);	/* bytes after the NUL */
	text = malloc(n + 1);
	memcpy(text, nul + 1 <= re + size - 1 ? nul + 1 : re + size - 1, n);
	text[n] = 0;
	e = text + strlen(text);
	p = regcompx(re, flags, buf, sizeof buf);
	if(p != NULL){
		memset(m, 0, sizeof m);
		if(regexec(p, text, m, REGNSUB)){
			check(m, REGNSUB, text, e);
			regsub(re, buf, sizeof buf, m, REGNSUB);
		}
		for(k = 1; k < 4; k++){
			sp = text + (e - text) * k / 4;
			if(regexecx(p, text, sp, e, m, REGNSUB))
				check(m, REGNSUB, sp, e);
		}
		regfree(p);
	}
	free(re);
	free(text);
	return 0;
}

#ifdef SEEDS
static char *seeds[] = {
	"abc\0xxabcxx", "a*b+c?\0aaabbc", "(a|b)*c\0ababc", "^[a-z]+$\0hello",
	"[^0-9]+\0abc123", "\\d+\\s\\w*\0 42 foo", "(a(b(c)))\0abc",
	"a{2,3}\0aaaa", "\\bx\\>\0 x y", "[[:alpha:]]+\0ab1", ".*\0line\nnext",
	"((a*)*)*b\0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "&\\1\\\\\0zz",
};

int
main(int argc, char **argv)
{
	char path[512];
	FILE *f;
	size_t i, n;
	char *s;

	if(argc != 2)
		return 1;
	for(i = 0; i < sizeof seeds / sizeof seeds[0]; i++){
		s = seeds[i];
		n = strlen(s) + 1 + strlen(s + strlen(s) + 1);
		snprintf(path, sizeof path, "%s/seed%zu", argv[1], i);
		f = fopen(path, "w");
		if(f == NULL)
			return 1;
		fputc(i % 8, f);
		fwrite(s, 1, n, f);
		fclose(f);
	}
	return 0;
}
#endif
