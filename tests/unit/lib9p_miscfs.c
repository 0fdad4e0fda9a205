/*
 * lib9p_miscfs: miscfs (sys/src/cmd/miscfs.c): its ChaCha20 block
 * function against RFC 8439's test vectors, and 9P transcripts
 * against `miscfs null|zero|rand name`, whose root is the file.
 * One line per check: "PASS name" or "FAIL name: why".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "client.h"

int	nf_main(int, char**);
void	nf_chacha20block(unsigned char key[32], unsigned int counter, unsigned char nonce[12], unsigned char out[64]);

enum { Root = 1 };

#define ERR(r)	(rerr(r) ? rerr(r) : "ok")

static void
unhex(char *s, unsigned char *out)
{
	unsigned int b;

	for(; s[0] && s[1]; s += 2){
		sscanf(s, "%2x", &b);
		*out++ = b;
	}
}

static void
testchacha(void)
{
	unsigned char key[32], nonce[12], out[64], want[64];
	int i;

	/* RFC 8439 2.3.2 */
	for(i = 0; i < 32; i++)
		key[i] = i;
	unhex("000000090000004a00000000", nonce);
	unhex("10f1e7e4d13b5915500fdd1fa32071c4c7d1f4c733c068030422aa9ac3d46c4e"
		"d2826446079faa0914c2d705d98b02a2b5129cd1de164eb9cbd083e8a2503c4e", want);
	nf_chacha20block(key, 1, nonce, out);
	check(memcmp(out, want, 64) == 0, "chacha20-rfc8439-2.3.2", "block differs");
	/* RFC 8439 A.1, test vector 1 */
	memset(key, 0, sizeof key);
	memset(nonce, 0, sizeof nonce);
	unhex("76b8e0ada0f13d90405d6ae55386bd28bdd219b8a08ded1aa836efcc8b770dc7"
		"da41597c5157488d7724e03fb8d84a376a43b8f41518a11cc387b669b2ee6586", want);
	nf_chacha20block(key, 0, nonce, out);
	check(memcmp(out, want, 64) == 0, "chacha20-rfc8439-A.1", "block differs");
}

/* serve: start miscfs kind, open its root as fid 2 with mode; the channel or -1 */
static int
serve(char *kind, int mode)
{
	char *args[] = { "miscfs", kind, kind, NULL };
	int fd;

	fd = startsrv(nf_main, 3, args);
	if(fd < 0 || session(fd, Root) < 0)
		return -1;
	walk(fd, Root, 2, "");
	if(!isr(open9(fd, 2, mode), Ropen))
		return -1;
	return fd;
}

static void
testnull(void)
{
	Fcall *r;
	Dir d;
	int fd;

	fd = serve("null", NRDWR);
	if(!check(fd >= 0, "null-start", "no session"))
		return;
	r = read9(fd, 2, 0, 100);
	check(isr(r, Rread) && r->count == 0, "null-read-eof", "%s", ERR(r));
	r = write9(fd, 2, 0, "abc", 3);
	check(isr(r, Rwrite) && r->count == 3, "null-write", "%s", ERR(r));
	r = stat9(fd, Root, &d);
	check(isr(r, Rstat) && strcmp(d.name, "null") == 0 && d.qid.type == QTFILE && !(d.mode & DMDIR),
		"null-root-is-file", "%s", ERR(r));
	r = walk(fd, Root, 3, "x");
	check(isr(r, Rerror), "null-no-walk", "walked");
	check(stopsrv(fd) == 0, "null-exits", "bad exit");
}

static void
testzero(void)
{
	unsigned char zeros[1000];
	Fcall *r;
	int fd;

	fd = serve("zero", NREAD);
	if(!check(fd >= 0, "zero-start", "no session"))
		return;
	memset(zeros, 0, sizeof zeros);
	r = read9(fd, 2, 0, 1000);
	check(isr(r, Rread) && r->count == 1000 && memcmp(r->data, zeros, 1000) == 0, "zero-read", "%s", ERR(r));
	check(stopsrv(fd) == 0, "zero-exits", "bad exit");
}

static void
testrand(void)
{
	unsigned char a[4096], b[4096], zeros[4096];
	Fcall *r;
	int fd, n, i, ones;

	fd = serve("rand", NRDWR);
	if(!check(fd >= 0, "rand-start", "no session"))
		return;
	memset(zeros, 0, sizeof zeros);
	r = read9(fd, 2, 0, sizeof a);
	n = isr(r, Rread) ? r->count : 0;
	if(n == sizeof a)
		memcpy(a, r->data, n);
	r = read9(fd, 2, 0, sizeof b);
	check(n == sizeof a && isr(r, Rread) && r->count == sizeof b, "rand-read", "%s", ERR(r));
	memcpy(b, r->data, sizeof b);
	check(memcmp(a, b, sizeof a) != 0 && memcmp(a, zeros, sizeof a) != 0, "rand-reads-differ", "same bytes");
	ones = 0;
	for(i = 0; i < sizeof a; i++)
		ones += __builtin_popcount(a[i]);
	check(ones > 4096*4 - 600 && ones < 4096*4 + 600, "rand-bit-balance", "%d ones in %d bits", ones, 4096*8);
	r = write9(fd, 2, 0, "entropy", 7);
	check(isr(r, Rwrite) && r->count == 7, "rand-write-mixes", "%s", ERR(r));
	r = read9(fd, 2, 0, 10);
	check(isr(r, Rread) && r->count == 10, "rand-small-read", "%s", ERR(r));
	check(stopsrv(fd) == 0, "rand-exits", "bad exit");
}

int
main(int argc, char **argv)
{
	char *bad[] = { "miscfs", "urandom", "x", NULL };

	testchacha();
	check(startsrv(nf_main, 3, bad) < 0, "bad-kind-usage", "started");
	testnull();
	testzero();
	testrand();
	return report();
}
