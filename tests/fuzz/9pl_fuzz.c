/*
 * 9pl_fuzz.c: libFuzzer target for lib9pl (tests/fuzz/9pl.sh), the
 * 9P2000.L decoder and the translator that trusts nothing a peer says.
 * An input is records: a byte of 0 or 1 picks either a 9P2000 request
 * from a menu (attach, walk, open, read, stat, wstat, remove, create,
 * flush, clunk; the next byte chooses) handed to lxside and lxtmsg
 * as a server would, or a .L reply
 * (a message as its size[4] says, cut at the input's end) handed to
 * lxrmsg.  Each reply is also unpacked with convM2L, packed again and
 * unpacked again (the same size), and its bytes walked as directory
 * entries.  Every 9P2000 reply the translator gives must unpack.
 * Built with -DSEEDS it writes a seed corpus of good sessions.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../sys/include/u.h"
#include "../../sys/include/fcall.h"
#include "../../sys/include/syscall.h"
#include "../../sys/include/9pl.h"

static char strs[70000], strs2[70000];

static void
sendl(Lx *lx, uchar *m, uint n)
{
	(void)lx;
	static Lcall l;

	if(convM2L(m, n, &l, strs2) != n)	/* what we send must unpack */
		abort();
}

static void
replyc(Lx *lx, uchar *m, uint n)
{
	static uchar b[70000];
	Fcall f;

	(void)lx;
	if(n > sizeof b)
		abort();
	memcpy(b, m, n);
	if(convM2S(b, n, &f) != n)
		abort();
}

static void sidewrite(Lxside *s, uchar *d, uint n) { (void)s; (void)d; (void)n; }
static Lxside side = { .aname = "#side", .write = sidewrite };

/* request: the menu's choice c as a 9P2000 request into lx (through lxside first, as servers do) */
static void
request(Lx *lx, uint c)
{
	uchar b[1024], st[256];
	Fcall t;
	Dir d;
	uint n;

	memset(&t, 0, sizeof t);
	t.tag = c % 8;
	t.fid = 1 + (c >> 4) % 3;
	switch(c % 12){
	case 0: t.type = Tattach; t.afid = NOFID; t.uname = "u"; t.aname = (c & 64) ? "#side" : "/x"; break;
	case 1: t.type = Twalk; t.newfid = t.fid + 1; t.nwname = 2; t.wname[0] = "a"; t.wname[1] = ".."; break;
	case 2: t.type = Topen; t.mode = (c >> 6) & 0x53; break;
	case 3: t.type = Tread; t.offset = (c >> 4) * 37; t.count = 64 + c; break;
	case 4: t.type = Tstat; break;
	case 5:
		memset(&d, 0, sizeof d);
		d.mode = (c & 64) ? 0644 : ~0U; d.atime = ~0U; d.mtime = ~0U; d.length = (c & 128) ? 3 : -1;
		d.name = (c & 32) ? "b" : ""; d.uid = ""; d.gid = (c & 256) ? "12" : ""; d.muid = "";
		t.type = Twstat; t.stat = st; t.nstat = convD2M(&d, st, sizeof st);
		break;
	case 6: t.type = Tremove; break;
	case 7: t.type = Tcreate; t.name = "n"; t.perm = (c & 64) ? DMDIR|0755 : 0644; t.mode = ORDWR | ((c & 128) ? ORCLOSE : 0); break;
	case 8: t.type = Tflush; t.oldtag = (c >> 4) % 8; break;
	case 9: t.type = Tclunk; break;
	case 10: t.type = Twrite; t.count = 3; t.data = "abc"; break;
	case 11: t.type = Tversion; t.msize = 8192; t.version = "9P2000"; break;
	}
	n = convS2M(&t, b, sizeof b);
	if(n == 0)
		abort();
	if(!lxside(lx, &side, b, n) && lxtmsg(lx, b, n) < 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uchar b[70000], b2[70000];
	const uint8_t *p, *e;
	Lcall f;
	Ldirent de;
	char name[256];
	uchar *dp;
	uint n, m, c;
	Lx *lx;

	if(size > 65536)
		return 0;
	lx = lxnew(8192);
	memset(&side, 0, sizeof side);
	side.aname = "#side";
	side.write = sidewrite;
	lx->sendl = sendl;
	lx->reply = replyc;
	p = data;
	e = data + size;
	while(p < e){
		if(*p++ & 1){
			if(p + 2 > e)
				break;
			c = p[0] | p[1] << 8;
			p += 2;
			request(lx, c);
			continue;
		}
		if(p + 4 > e)
			break;
		n = p[0] | p[1] << 8 | p[2] << 16 | (uint)p[3] << 24;
		if(n > (uint)(e - p) || n > sizeof b)
			n = e - p;
		memcpy(b, p, n);
		p += n;
		if(n > 0 && convM2L(b, n, &f, strs) == n){
			m = convL2M(&f, b2, sizeof b2);
			if(m != n || convM2L(b2, m, &f, strs2) != n){
				fprintf(stderr, "9pl_fuzz: type %u: %u bytes repacked as %u\n", f.type, n, m);
				abort();
			}
			if(f.type == Rreaddir || f.type == Rread)
				for(dp = f.data; ldirent(&dp, f.data + f.count, &de, name, sizeof name) > 0; )
					if(strlen(de.name) == 0 || strchr(de.name, '/'))
						abort();
		}
		lxrmsg(lx, b, n);
	}
	lxgone(lx, "server gone");
	lxfree(lx);
	return 0;
}

#ifdef SEEDS
/* seed: write one file of records */
static void
seed(char *dir, int k, uchar *s, uint n)
{
	char path[512];
	FILE *fp;

	snprintf(path, sizeof path, "%s/seed%d", dir, k);
	fp = fopen(path, "w");
	if(fp == NULL || fwrite(s, 1, n, fp) != n)
		exit(1);
	fclose(fp);
}

static uint
rec(uchar *s, Lcall *f)
{
	s[0] = 0;
	return 1 + convL2M(f, s+1, 4096);
}

static uint
req(uchar *s, uint c)
{
	s[0] = 1;
	s[1] = c;
	s[2] = c >> 8;
	return 3;
}

int
main(int argc, char **argv)
{
	static uchar s[65536], ent[256];
	Lcall f;
	uint n;
	int k;

	if(argc != 2)
		return 1;
	/* attach, its getattr and clone, a walk, an open, a directory read */
	for(k = 0; k < 4; k++){
		n = 0;
		n += req(s+n, 0);
		memset(&f, 0, sizeof f); f.type = Rattach; f.tag = 0; f.qid.type = QTDIR; n += rec(s+n, &f);
		memset(&f, 0, sizeof f); f.type = Rgetattr; f.tag = 1; f.attr.mode = 040755; n += rec(s+n, &f);
		memset(&f, 0, sizeof f); f.type = Rwalk; f.tag = 2; n += rec(s+n, &f);
		n += req(s+n, 1 | 0 << 4);
		memset(&f, 0, sizeof f); f.type = Rwalk; f.tag = 3; f.nwqid = 2; n += rec(s+n, &f);
		n += req(s+n, (k == 0 ? 2 : k == 1 ? 4 : k == 2 ? 6 : 5) | 1 << 4);
		memset(&f, 0, sizeof f);
		switch(k){
		case 0: f.type = Rwalk; f.tag = 4; n += rec(s+n, &f);
			memset(&f, 0, sizeof f); f.type = Rlopen; f.tag = 5; f.qid.type = QTDIR; n += rec(s+n, &f);
			n += req(s+n, 3 | 1 << 4);
			memset(ent, 0, sizeof ent); ent[22] = 1; ent[24] = 'a';
			memset(&f, 0, sizeof f); f.type = Rreaddir; f.tag = 6; f.count = 25; f.data = ent; n += rec(s+n, &f);
			break;
		case 1: f.type = Rgetattr; f.tag = 4; f.attr.mode = 0100644; n += rec(s+n, &f); break;
		case 2: f.type = Rwalk; f.tag = 4; f.nwqid = 0; n += rec(s+n, &f);
			memset(&f, 0, sizeof f); f.type = Rlerror; f.tag = 5; f.ecode = 2; n += rec(s+n, &f); break;
		case 3: f.type = Rsetattr; f.tag = 4; n += rec(s+n, &f); break;
		}
		seed(argv[1], k, s, n);
	}
	return 0;
}
#endif
