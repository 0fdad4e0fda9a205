/*
 * fcall_fuzz.c: a libFuzzer target for the 9P2000 marshalling
 * (sys/src/lib/fcall), run by tests/fuzz/fcall.sh.  For each input:
 *
 *	- convM2S on exactly the input's bytes; a refused input must be
 *	  left unchanged; an accepted one must pack again with convS2M to
 *	  the very same bytes (every accepted message is in canonical
 *	  form), and format with fcallfmt at any length;
 *	- the stat entry of an accepted Rstat or Twstat goes through
 *	  statcheck and convM2D, and packs again with convD2M;
 *	- statcheck and convM2D on the raw input, as a stat entry.
 *
 * A broken property calls abort(), so libFuzzer saves the input.
 * Built with -DSEEDS instead, it is a program that writes the seed
 * corpus, one valid message a file, into the directory it is given.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../sys/include/u.h"
#include "../../sys/include/fcall.h"

/* must: abort, naming the broken property, if ok is false */
static void
must(int ok, char *what)
{
	if(!ok){
		fprintf(stderr, "fcall_fuzz: %s\n", what);
		abort();
	}
}

/* statprop: check the stat entry in p[0:n] both ways, as a whole entry */
static void
statprop(uchar *p, uint n)
{
	uchar *copy, *again;
	char *strs;
	Dir d;
	uint m, r;
	int ok;

	copy = malloc(n ? n : 1);
	strs = malloc(n ? n : 1);
	memcpy(copy, p, n);
	ok = statcheck(copy, n) == 0;
	r = convM2D(copy, n, &d, strs);
	if(ok)
		must(r == n, "convM2D refused what statcheck accepted");
	if(r != 0 && r == n){
		must(ok, "convM2D took a whole entry statcheck refused");
		again = malloc(n);
		m = convD2M(&d, again, n);
		/* a string holding a NUL comes back shorter; otherwise identical */
		must(m <= n, "convD2M grew the entry");
		if(m == n)
			must(memcmp(again, p, n) == 0, "convD2M(convM2D(stat)) differs");
		free(again);
	}
	/* the Dir without strings: must not touch strs */
	convM2D(copy, n, &d, nil);
	must(memcmp(copy, p, n) == 0, "convM2D changed its input");
	free(strs);
	free(copy);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uchar *buf, *again;
	char line[600];
	Fcall f;
	uint n, m, k;

	if(size > MSIZE)
		return 0;
	/* exactly size bytes, so that reading past the end is caught */
	buf = malloc(size ? size : 1);
	memcpy(buf, data, size);
	n = convM2S(buf, size, &f);
	if(n == 0)
		must(memcmp(buf, data, size) == 0, "convM2S refused but changed the buffer");
	else{
		must(n == size, "convM2S returned other than nbuf");
		must(sizeS2M(&f) == size, "sizeS2M differs from the message");
		again = malloc(size);
		must(convS2M(&f, again, size-1) == 0, "convS2M packed into too small a buffer");
		m = convS2M(&f, again, size);
		must(m == size, "convS2M of an accepted message failed");
		must(memcmp(again, data, size) == 0, "convS2M(convM2S(m)) is not m");
		free(again);
		for(k = 0; k < 80; k += 7){
			m = fcallfmt(line, k, &f);
			must(k == 0 ? m == 0 : m < k && line[m] == 0, "fcallfmt overran");
		}
		m = fcallfmt(line, sizeof line, &f);
		must(m < sizeof line && strlen(line) == m, "fcallfmt length");
		if(f.type == Rstat || f.type == Twstat)
			statprop(f.stat, f.nstat);
	}
	free(buf);
	statprop((uchar*)data, size);
	return 0;
}

#ifdef SEEDS
/* put: pack f into the file dir/name */
static void
put(char *dir, char *name, Fcall *f)
{
	uchar buf[8192];
	char path[512];
	uint n;
	FILE *fp;

	n = convS2M(f, buf, sizeof buf);
	if(n == 0){
		fprintf(stderr, "fcall_seeds: cannot pack %s\n", name);
		exit(1);
	}
	snprintf(path, sizeof path, "%s/%s", dir, name);
	fp = fopen(path, "wb");
	if(fp == nil || fwrite(buf, 1, n, fp) != n || fclose(fp) != 0){
		fprintf(stderr, "fcall_seeds: %s: cannot write\n", path);
		exit(1);
	}
}

/* main: write one valid message of each type into argv[1] */
int
main(int argc, char **argv)
{
	static uchar st[256];
	Fcall f;
	Dir d;
	char *dir;
	int i;

	if(argc != 2){
		fprintf(stderr, "usage: fcall_seeds dir\n");
		return 1;
	}
	dir = argv[1];
	memset(&d, 0, sizeof d);
	d.type = 'M'; d.dev = 1; d.qid = (Qid){0x42, 1, QTDIR};
	d.mode = DMDIR|0755; d.atime = d.mtime = 1700000000; d.length = 0;
	d.name = "usr"; d.uid = "glenda"; d.gid = "sys"; d.muid = "glenda";

#define MSG(t)	(memset(&f, 0, sizeof f), f.type = (t), f.tag = 1, &f)
	MSG(Tversion); f.tag = NOTAG; f.msize = MSIZE; f.version = VERSION9P; put(dir, "Tversion", &f);
	MSG(Rversion); f.tag = NOTAG; f.msize = 8192; f.version = VERSION9P; put(dir, "Rversion", &f);
	MSG(Tauth); f.afid = 1; f.uname = "glenda"; f.aname = ""; put(dir, "Tauth", &f);
	MSG(Rauth); f.aqid = (Qid){1, 0, QTAUTH}; put(dir, "Rauth", &f);
	MSG(Tattach); f.fid = 0; f.afid = NOFID; f.uname = "glenda"; f.aname = ""; put(dir, "Tattach", &f);
	MSG(Rattach); f.qid = (Qid){0, 0, QTDIR}; put(dir, "Rattach", &f);
	MSG(Rerror); f.ename = "file does not exist"; put(dir, "Rerror", &f);
	MSG(Tflush); f.oldtag = 2; put(dir, "Tflush", &f);
	MSG(Rflush); put(dir, "Rflush", &f);
	MSG(Twalk); f.fid = 0; f.newfid = 1; f.nwname = 2; f.wname[0] = "bin"; f.wname[1] = "ls";
		put(dir, "Twalk", &f);
	MSG(Twalk); f.fid = 0; f.newfid = 1; f.nwname = MAXWELEM;
		for(i = 0; i < MAXWELEM; i++) f.wname[i] = "d";
		put(dir, "Twalk-16", &f);
	MSG(Rwalk); f.nwqid = 2; f.wqid[0] = (Qid){1, 0, QTDIR}; f.wqid[1] = (Qid){2, 3, 0};
		put(dir, "Rwalk", &f);
	MSG(Topen); f.fid = 1; f.mode = 0; put(dir, "Topen", &f);
	MSG(Ropen); f.qid = (Qid){2, 3, 0}; f.iounit = 8192; put(dir, "Ropen", &f);
	MSG(Tcreate); f.fid = 1; f.name = "new"; f.perm = 0644; f.mode = 1; put(dir, "Tcreate", &f);
	MSG(Rcreate); f.qid = (Qid){3, 0, 0}; f.iounit = 0; put(dir, "Rcreate", &f);
	MSG(Tread); f.fid = 1; f.offset = 0; f.count = 8192; put(dir, "Tread", &f);
	MSG(Rread); f.count = 6; f.data = "hello\n"; put(dir, "Rread", &f);
	MSG(Twrite); f.fid = 1; f.offset = 10; f.count = 3; f.data = "abc"; put(dir, "Twrite", &f);
	MSG(Rwrite); f.count = 3; put(dir, "Rwrite", &f);
	MSG(Tclunk); f.fid = 1; put(dir, "Tclunk", &f);
	MSG(Rclunk); put(dir, "Rclunk", &f);
	MSG(Tremove); f.fid = 1; put(dir, "Tremove", &f);
	MSG(Rremove); put(dir, "Rremove", &f);
	MSG(Tstat); f.fid = 1; put(dir, "Tstat", &f);
	MSG(Rstat); f.nstat = convD2M(&d, st, sizeof st); f.stat = st; put(dir, "Rstat", &f);
	MSG(Twstat); f.fid = 1; f.stat = st;
		d.name = d.uid = d.gid = d.muid = "";
		d.type = 0xFFFF; d.dev = ~0U; d.qid = (Qid){~0ULL, ~0U, 0xFF};
		d.mode = ~0U; d.atime = d.mtime = ~0U; d.length = -1;
		f.nstat = convD2M(&d, st, sizeof st);
		put(dir, "Twstat", &f);
	MSG(Rwstat); put(dir, "Rwstat", &f);
	return 0;
}
#endif
