/*
 * sec_test.c: host tests of libsec's digests (sys/src/lib/sec): the
 * test suites of RFC 3174 (SHA-1) and RFC 1321 (MD5), each digest
 * compared in hex, then each message fed again in pieces of every
 * size from 1 to 130 bytes, which must not change the digest.  One
 * line per check: PASS or FAIL.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../sys/include/u.h"
#include "../../sys/include/sec.h"

static int failures;

static void
check(int ok, char *name, char *got, char *want)
{
	if(ok)
		printf("PASS %s\n", name);
	else{
		printf("FAIL %s: got %s want %s\n", name, got, want);
		failures++;
	}
}

static void
hex(char *s, uchar *d, int n)
{
	int i;

	for(i = 0; i < n; i++)
		sprintf(s + 2*i, "%02x", d[i]);
}

/* sha1: the digest of rep copies of m, fed piece bytes at a time (0: whole copies) */
static void
sha1(char *out, char *m, long rep, int piece)
{
	Sha1 s;
	uchar d[SHA1dlen];
	long i, n, k;

	sha1init(&s);
	n = strlen(m);
	for(i = 0; i < rep; i++){
		if(piece == 0)
			sha1update(&s, m, n);
		else
			for(k = 0; k < n; k += piece)
				sha1update(&s, m + k, n - k < piece ? n - k : piece);
	}
	sha1final(&s, d);
	hex(out, d, SHA1dlen);
}

static void
md5(char *out, char *m, long rep, int piece)
{
	Md5 s;
	uchar d[MD5dlen];
	long i, n, k;

	md5init(&s);
	n = strlen(m);
	for(i = 0; i < rep; i++){
		if(piece == 0)
			md5update(&s, m, n);
		else
			for(k = 0; k < n; k += piece)
				md5update(&s, m + k, n - k < piece ? n - k : piece);
	}
	md5final(&s, d);
	hex(out, d, MD5dlen);
}

static struct {
	char	*name;
	char	*m;
	long	rep;
	char	*want;
} shatests[] = {
	/* RFC 3174 section 7.3 */
	{"sha1.abc", "abc", 1, "a9993e364706816aba3e25717850c26c9cd0d89d"},
	{"sha1.448bits", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
		"84983e441c3bd26ebaae4aa1f95129e5e54670f1"},
	{"sha1.million", "a", 1000000, "34aa973cd4c4daa4f61eeb2bdbad27316534016f"},
	{"sha1.640", "0123456701234567012345670123456701234567012345670123456701234567", 10,
		"dea356a2cddd90c7a7ecedc5ebb563934f460452"},
	/* and the edges of padding */
	{"sha1.empty", "", 1, "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
	{"sha1.55", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1,
		"c1c8bbdc22796e28c0e15163d20899b65621d65a"},
	{"sha1.56", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1,
		"c2db330f6083854c99d4b5bfb6e8f29f201be699"},
	{"sha1.64", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1,
		"0098ba824b5c16427bd7a1122a5a442a25ec644d"},
};

static struct {
	char	*name;
	char	*m;
	long	rep;
	char	*want;
} md5tests[] = {
	/* RFC 1321 appendix A.5 */
	{"md5.empty", "", 1, "d41d8cd98f00b204e9800998ecf8427e"},
	{"md5.a", "a", 1, "0cc175b9c0f1b6a831c399e269772661"},
	{"md5.abc", "abc", 1, "900150983cd24fb0d6963f7d28e17f72"},
	{"md5.md", "message digest", 1, "f96b697d7cb7938d525a2f31aaf161d0"},
	{"md5.alpha", "abcdefghijklmnopqrstuvwxyz", 1, "c3fcd3d76192e4007dfb496cca67e13b"},
	{"md5.alnum", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 1,
		"d174ab98d277d9f5a5611c2c9f419d9f"},
	{"md5.digits", "1234567890", 8, "57edf4a22be3c955ac49da2e2107b67a"},
	{"md5.million", "a", 1000000, "7707d6ae4e027c70eea2a935c2296f21"},
	{"md5.56", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1,
		"3b0c8ac703f828b04c6c197006d17218"},
};

int
main(void)
{
	char got[64], name[64];
	int i, p, ok;

	for(i = 0; i < (int)(sizeof shatests/sizeof shatests[0]); i++){
		sha1(got, shatests[i].m, shatests[i].rep, 0);
		check(strcmp(got, shatests[i].want) == 0, shatests[i].name, got, shatests[i].want);
		if(shatests[i].rep > 1000)
			continue;
		ok = 1;
		for(p = 1; p <= 130 && ok; p++){
			sha1(got, shatests[i].m, shatests[i].rep, p);
			ok = strcmp(got, shatests[i].want) == 0;
		}
		snprintf(name, sizeof name, "%s.pieces", shatests[i].name);
		check(ok, name, got, shatests[i].want);
	}
	for(i = 0; i < (int)(sizeof md5tests/sizeof md5tests[0]); i++){
		md5(got, md5tests[i].m, md5tests[i].rep, 0);
		check(strcmp(got, md5tests[i].want) == 0, md5tests[i].name, got, md5tests[i].want);
		if(md5tests[i].rep > 1000)
			continue;
		ok = 1;
		for(p = 1; p <= 130 && ok; p++){
			md5(got, md5tests[i].m, md5tests[i].rep, p);
			ok = strcmp(got, md5tests[i].want) == 0;
		}
		snprintf(name, sizeof name, "%s.pieces", md5tests[i].name);
		check(ok, name, got, md5tests[i].want);
	}
	return failures != 0;
}
