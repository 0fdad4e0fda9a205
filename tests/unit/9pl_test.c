/*
 * 9pl_test.c: host tests of lib9pl (sys/src/lib/9pl): 9P2000.L
 * marshalling (round trips of every message, exact bytes, rejection of
 * malformed and truncated messages, directory entries, error strings)
 * and the translator, driven as the kernel and a .L peer would: each
 * 9P2000 request in, the .L requests it makes checked field by field,
 * scripted .L replies in, the 9P2000 reply checked.  One line per
 * check: PASS or FAIL.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include "../../sys/include/u.h"
#include "../../sys/include/fcall.h"
#include "../../sys/include/syscall.h"
#include "../../sys/include/9pl.h"

static int failures;

static void
check(int ok, char *name, char *fmt, ...)
{
	va_list ap;

	if(ok){
		printf("PASS %s\n", name);
		return;
	}
	failures++;
	printf("FAIL %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

/*
 * Marshalling
 */

static Lcall
mk(uchar type)
{
	Lcall f;

	memset(&f, 0, sizeof f);
	f.type = type;
	f.tag = 7;
	return f;
}

/* roundtrip: pack f, unpack it, pack again: the same bytes; every shorter prefix refused */
static void
roundtrip(char *name, Lcall *f)
{
	uchar a[512], b[512];
	char strs[512];
	Lcall g;
	uint n, m, k;
	int prefixok;

	n = convL2M(f, a, sizeof a);
	if(n == 0){
		check(0, name, "convL2M refused it");
		return;
	}
	m = convM2L(a, n, &g, strs);
	if(m != n){
		check(0, name, "convM2L gave %u of %u", m, n);
		return;
	}
	m = convL2M(&g, b, sizeof b);
	prefixok = 1;
	for(k = 0; k < n; k++){
		uchar c[512];
		memcpy(c, a, n);
		PBIT32(c, k);	/* a message that says it is shorter */
		if(convM2L(c, k, &g, strs) != 0)
			prefixok = 0;
	}
	check(m == n && memcmp(a, b, n) == 0 && prefixok && g.type == f->type && g.tag == f->tag,
		name, "repacked %u bytes (of %u), prefixes refused %d", m, n, prefixok);
}

static void
testconv(void)
{
	Lcall f;
	uchar buf[256];
	char strs[256], nb[64];
	uint n;
	Ldirent d;
	uchar *p;

	f = mk(Tversion); f.msize = 8192; f.version = "9P2000.L"; roundtrip("conv.Tversion", &f);
	f = mk(Tattach); f.fid = 1; f.afid = NOFID; f.uname = "root"; f.aname = "/tmp/x"; f.nuname = 0; roundtrip("conv.Tattach", &f);
	f = mk(Rattach); f.qid.type = QTDIR; f.qid.path = 99; roundtrip("conv.Rattach", &f);
	f = mk(Rlerror); f.ecode = 2; roundtrip("conv.Rlerror", &f);
	f = mk(Twalk); f.fid = 1; f.newfid = 2; f.nwname = 2; f.wname[0] = "a"; f.wname[1] = "bc"; roundtrip("conv.Twalk", &f);
	f = mk(Rwalk); f.nwqid = 2; f.wqid[1].path = 5; roundtrip("conv.Rwalk", &f);
	f = mk(Tlopen); f.fid = 3; f.flags = LORDWR|LOTRUNC; roundtrip("conv.Tlopen", &f);
	f = mk(Rlopen); f.qid.path = 3; f.iounit = 100; roundtrip("conv.Rlopen", &f);
	f = mk(Tlcreate); f.fid = 3; f.name = "new"; f.flags = 0101; f.mode = 0644; f.gid = 10; roundtrip("conv.Tlcreate", &f);
	f = mk(Tmkdir); f.fid = 3; f.name = "d"; f.mode = 0755; f.gid = 10; roundtrip("conv.Tmkdir", &f);
	f = mk(Rmkdir); f.qid.type = QTDIR; roundtrip("conv.Rmkdir", &f);
	f = mk(Treaddir); f.fid = 4; f.offset = 77; f.count = 4000; roundtrip("conv.Treaddir", &f);
	f = mk(Rreaddir); f.count = 3; f.data = (uchar*)"abc"; roundtrip("conv.Rreaddir", &f);
	f = mk(Tgetattr); f.fid = 4; f.mask = LGETBASIC; roundtrip("conv.Tgetattr", &f);
	f = mk(Rgetattr); f.attr.valid = LGETBASIC; f.attr.mode = 0100644; f.attr.size = 12345; f.attr.mtime = 1700000000; roundtrip("conv.Rgetattr", &f);
	f = mk(Tsetattr); f.fid = 4; f.attr.valid = LSETSIZE; f.attr.size = 9; roundtrip("conv.Tsetattr", &f);
	f = mk(Trenameat); f.fid = 5; f.name = "old"; f.newfid = 5; f.newname = "new"; roundtrip("conv.Trenameat", &f);
	f = mk(Trename); f.fid = 5; f.newfid = 6; f.name = "n"; roundtrip("conv.Trename", &f);
	f = mk(Tunlinkat); f.fid = 5; f.name = "x"; f.flags = LATREMOVEDIR; roundtrip("conv.Tunlinkat", &f);
	f = mk(Tstatfs); f.fid = 5; roundtrip("conv.Tstatfs", &f);
	f = mk(Rstatfs); f.statfs.bsize = 4096; f.statfs.namelen = 255; roundtrip("conv.Rstatfs", &f);
	f = mk(Tfsync); f.fid = 5; roundtrip("conv.Tfsync", &f);
	f = mk(Tread); f.fid = 5; f.offset = 1; f.count = 2; roundtrip("conv.Tread", &f);
	f = mk(Rread); f.count = 2; f.data = (uchar*)"hi"; roundtrip("conv.Rread", &f);
	f = mk(Twrite); f.fid = 5; f.count = 2; f.data = (uchar*)"hi"; roundtrip("conv.Twrite", &f);
	f = mk(Rwrite); f.count = 2; roundtrip("conv.Rwrite", &f);
	f = mk(Tflush); f.oldtag = 3; roundtrip("conv.Tflush", &f);
	f = mk(Tclunk); f.fid = 9; roundtrip("conv.Tclunk", &f);
	f = mk(Rclunk); roundtrip("conv.Rclunk", &f);

	/* exact bytes: Tlopen fid 3 flags O_RDWR|O_TRUNC, tag 7 */
	f = mk(Tlopen); f.fid = 3; f.flags = LORDWR|LOTRUNC;
	n = convL2M(&f, buf, sizeof buf);
	check(n == 15 && memcmp(buf, "\x0f\0\0\0\x0c\x07\0\x03\0\0\0\x02\x02\0\0", 15) == 0, "conv.bytes.Tlopen", "got %u bytes", n);
	/* Rlerror ENOENT */
	n = convM2L((uchar*)"\x0b\0\0\0\x07\x01\0\x02\0\0\0", 11, &f, strs);
	check(n == 11 && f.type == Rlerror && f.tag == 1 && f.ecode == 2, "conv.bytes.Rlerror", "n %u type %u ecode %u", n, f.type, f.ecode);

	/* malformed */
	check(convM2L((uchar*)"\x0b\0\0\0\x07\x01\0\x02\0\0\0\0", 12, &f, strs) == 11, "conv.bad.extrabuffer", "a longer buffer is fine");
	check(convM2L((uchar*)"\x0c\0\0\0\x07\x01\0\x02\0\0\0\0", 12, &f, strs) == 0, "conv.bad.leftover", "bytes left over accepted");
	check(convM2L((uchar*)"\x0b\0\0\0\x63\x01\0\x02\0\0\0", 11, &f, strs) == 0, "conv.bad.type", "unknown type accepted");
	check(convM2L((uchar*)"\xff\0\0\0\x07\x01\0\x02\0\0\0", 11, &f, strs) == 0, "conv.bad.size", "size past the buffer accepted");
	check(convM2L((uchar*)"\x09\0\0\0\x6f\x01\0\x11\0", 9, &f, strs) == 0, "conv.bad.nwqid", "17 qids accepted");
	check(convM2L((uchar*)"\x0b\0\0\0\x29\x01\0\xff\0\0\0", 11, &f, strs) == 0, "conv.bad.count", "count past the end accepted");
	check(convM2L((uchar*)"\x06\0\0\0\x07\x01", 6, &f, strs) == 0, "conv.bad.short", "6 bytes accepted");
	f = mk(Tversion); f.version = "9P2000.L";
	check(convL2M(&f, buf, 10) == 0, "conv.bad.nofit", "packed into too small a buffer");

	/* directory entries */
	p = buf;
	memset(buf, 0, sizeof buf);
	buf[0] = QTDIR; PBIT64(buf+5, 42); PBIT64(buf+13, 1000); buf[21] = 4; PBIT16(buf+22, 3); memcpy(buf+24, "sub", 3);
	check(ldirent(&p, buf+27, &d, nb, sizeof nb) == 1 && strcmp(d.name, "sub") == 0 && d.offset == 1000 &&
		d.qid.path == 42 && p == buf+27 && ldirent(&p, buf+27, &d, nb, sizeof nb) == 0, "conv.dirent", "entry misread");
	p = buf;
	check(ldirent(&p, buf+26, &d, nb, sizeof nb) == -1, "conv.dirent.short", "a cut entry accepted");
	buf[25] = '/';
	p = buf;
	check(ldirent(&p, buf+27, &d, nb, sizeof nb) == -1, "conv.dirent.slash", "a name with / accepted");

	check(strcmp(lerrstr(2, nb, sizeof nb), "file does not exist") == 0 &&
		strcmp(lerrstr(13, nb, sizeof nb), "permission denied") == 0 &&
		strcmp(lerrstr(39, nb, sizeof nb), "directory is not empty") == 0 &&
		strcmp(lerrstr(9999, nb, sizeof nb), "host error 9999") == 0, "conv.errstr", "wrong strings");
}

/*
 * The translator, between a scripted client and a scripted peer
 */

typedef struct Msg Msg;
struct Msg {
	uchar	*b;
	uint	n;
};
static Msg lq[256], cq[256];	/* .L requests out, 9P2000 replies out */
static int nlq, ncq, lqi, cqi;

static void
sendl(Lx *lx, uchar *m, uint n)
{
	USED(lx);
	if(nlq < (int)nelem(lq)){
		lq[nlq].b = malloc(n);
		memcpy(lq[nlq].b, m, n);
		lq[nlq++].n = n;
	}
}

static void
replyc(Lx *lx, uchar *m, uint n)
{
	USED(lx);
	if(ncq < (int)nelem(cq)){
		cq[ncq].b = malloc(n);
		memcpy(cq[ncq].b, m, n);
		cq[ncq++].n = n;
	}
}

static Lx *lx;
static char lstrs[4][70000];	/* the last four lnext's strings */
static int nstrs;

/* tmsg: a 9P2000 request from the client */
static void
tmsg(Fcall *f)
{
	static uchar buf[70000];
	uint n;

	n = convS2M(f, buf, sizeof buf);
	if(n == 0 || lxtmsg(lx, buf, n) < 0)
		printf("FAIL lx.tmsg: cannot give type %u\n", f->type);
}

/* lnext: the next .L request, unpacked (into static storage), or type 0 */
static Lcall
lnext(void)
{
	Lcall f;

	memset(&f, 0, sizeof f);
	if(lqi < nlq && convM2L(lq[lqi].b, lq[lqi].n, &f, lstrs[nstrs++ % 4]) == 0)
		f.type = 255;
	if(lqi < nlq)
		lqi++;
	return f;
}

/* cnext: the next 9P2000 reply, or type 0 */
static Fcall
cnext(void)
{
	static uchar buf[70000];
	Fcall f;

	memset(&f, 0, sizeof f);
	if(cqi < ncq){
		memcpy(buf, cq[cqi].b, cq[cqi].n);
		if(convM2S(buf, cq[cqi].n, &f) == 0)
			f.type = 255;
		cqi++;
	}
	return f;
}

/* lreply: the peer answers tag with r */
static int
lreply(ushort tag, Lcall *r)
{
	uchar buf[70000];
	uint n;

	r->tag = tag;
	n = convL2M(r, buf, sizeof buf);
	return lxrmsg(lx, buf, n);
}

static void
lerror(ushort tag, u32int ecode)
{
	Lcall r = mk(Rlerror);

	r.ecode = ecode;
	lreply(tag, &r);
}

static Fcall
tc(uchar type, ushort tag, u32int fid)
{
	Fcall f;

	memset(&f, 0, sizeof f);
	f.type = type;
	f.tag = tag;
	f.fid = fid;
	return f;
}

static Qid
qid(uchar type, uvlong path)
{
	Qid q;

	q.type = type;
	q.vers = 0;
	q.path = path;
	return q;
}

/* walkok: answer a .L Twalk with all its names found */
static void
walkok(Lcall *w, uvlong path, uchar type)
{
	Lcall r = mk(Rwalk);
	int i;

	r.nwqid = w->nwname;
	for(i = 0; i < w->nwname; i++)
		r.wqid[i] = qid(i == w->nwname-1 ? type : QTDIR, path + i);
	lreply(w->tag, &r);
}

static void
getattrok(ushort tag, u32int mode, uvlong size, uvlong path)
{
	Lcall r = mk(Rgetattr);

	r.attr.valid = LGETBASIC;
	r.attr.qid = qid((mode & LSIFMT) == LSIFDIR ? QTDIR : 0, path);
	r.attr.mode = mode;
	r.attr.uid = 1000;
	r.attr.gid = 100;
	r.attr.size = size;
	r.attr.mtime = 1700000000;
	r.attr.atime = 1700000001;
	lreply(tag, &r);
}

/* simple: answer a .L request that has an empty reply */
static void
simple(Lcall *t)
{
	Lcall r = mk(t->type + 1);
	lreply(t->tag, &r);
}

static void
clunks(int n, char *name)
{
	Lcall l;
	int i, ok;

	ok = 1;
	for(i = 0; i < n; i++){
		l = lnext();
		ok &= l.type == Tclunk;
		simple(&l);
	}
	check(ok, name, "no Tclunk");
}

static void
testlx(void)
{
	Fcall t, r;
	Lcall l, l2, rr;
	u32int root, lf, tmp, lw;
	Dir d;
	char dstrs[512];
	uchar st[512], ent[512];
	int n, i, ok;

	lx = lxnew(8192);
	lx->sendl = sendl;
	lx->reply = replyc;
	lx->uname = "root";
	lx->nuname = 0;

	t = tc(Tversion, NOTAG, 0); t.msize = MSIZE; t.version = "9P2000";
	tmsg(&t);
	r = cnext();
	check(r.type == Rversion && r.msize == 8192 && strcmp(r.version, "9P2000") == 0, "lx.version", "type %u msize %u", r.type, r.msize);

	/* attach: Tattach, Tgetattr of the root, a clone for the client's fid */
	t = tc(Tattach, 1, 10); t.afid = NOFID; t.uname = "glenda"; t.aname = "/srv/x";
	tmsg(&t);
	l = lnext();
	check(l.type == Tattach && strcmp(l.uname, "root") == 0 && strcmp(l.aname, "/srv/x") == 0 && l.nuname == 0 && l.afid == NOFID,
		"lx.attach.T", "type %u", l.type);
	root = l.fid;
	rr = mk(Rattach); rr.qid = qid(QTDIR, 1); lreply(l.tag, &rr);
	l = lnext();
	check(l.type == Tgetattr && l.fid == root, "lx.attach.getattr", "type %u", l.type);
	getattrok(l.tag, LSIFDIR|0755, 4096, 1);
	l = lnext();
	check(l.type == Twalk && l.fid == root && l.nwname == 0 && l.newfid != root, "lx.attach.clone", "type %u", l.type);
	lf = l.newfid;
	walkok(&l, 1, QTDIR);
	r = cnext();
	check(r.type == Rattach && r.tag == 1 && r.qid.type == QTDIR && r.qid.path == 1, "lx.attach.R", "type %u", r.type);

	/* walk to d/f */
	t = tc(Twalk, 2, 10); t.newfid = 11; t.nwname = 2; t.wname[0] = "d"; t.wname[1] = "f";
	tmsg(&t);
	l = lnext();
	check(l.type == Twalk && l.fid == lf && l.nwname == 2 && strcmp(l.wname[1], "f") == 0, "lx.walk.T", "type %u", l.type);
	walkok(&l, 20, 0);
	r = cnext();
	check(r.type == Rwalk && r.nwqid == 2 && r.wqid[1].path == 21 && r.wqid[0].type == QTDIR, "lx.walk.R", "type %u nwqid %u", r.type, r.nwqid);

	/* a walk that fails at once is an error; one that fails later is a short Rwalk */
	t = tc(Twalk, 3, 10); t.newfid = 12; t.nwname = 1; t.wname[0] = "nope";
	tmsg(&t);
	l = lnext();
	lerror(l.tag, 2);
	r = cnext();
	check(r.type == Rerror && strcmp(r.ename, "file does not exist") == 0, "lx.walk.enoent", "type %u", r.type);
	t = tc(Twalk, 3, 10); t.newfid = 12; t.nwname = 2; t.wname[0] = "d"; t.wname[1] = "nope";
	tmsg(&t);
	l = lnext();
	rr = mk(Rwalk); rr.nwqid = 1; rr.wqid[0] = qid(QTDIR, 20); lreply(l.tag, &rr);
	r = cnext();
	check(r.type == Rwalk && r.nwqid == 1, "lx.walk.partial", "type %u nwqid %u", r.type, r.nwqid);
	t = tc(Tstat, 4, 12);
	tmsg(&t);
	r = cnext();
	check(r.type == Rerror && strcmp(r.ename, "unknown fid") == 0 && nlq == lqi, "lx.walk.partial.nofid", "type %u", r.type);

	/* stat of d/f */
	t = tc(Tstat, 4, 11);
	tmsg(&t);
	l = lnext();
	check(l.type == Tgetattr && l.mask == LGETBASIC, "lx.stat.T", "type %u", l.type);
	getattrok(l.tag, 0100640, 12345, 21);
	r = cnext();
	ok = r.type == Rstat && convM2D(r.stat, r.nstat, &d, dstrs) != 0;
	check(ok && strcmp(d.name, "f") == 0 && d.mode == 0640 && d.length == 12345 && strcmp(d.uid, "1000") == 0 &&
		strcmp(d.gid, "100") == 0 && d.mtime == 1700000000 && d.atime == 1700000001 && d.qid.path == 21,
		"lx.stat.R", "type %u name %s mode %lo length %lld uid %s", r.type, ok ? d.name : "", ok ? d.mode : 0, ok ? d.length : 0, ok ? d.uid : "");

	/* open for writing with truncation */
	t = tc(Topen, 5, 11); t.mode = OWRITE|OTRUNC;
	tmsg(&t);
	l = lnext();
	check(l.type == Tlopen && l.flags == (LOWRONLY|LOTRUNC), "lx.open.flags", "type %u flags 0%o", l.type, l.flags);
	rr = mk(Rlopen); rr.qid = qid(0, 21); lreply(l.tag, &rr);
	r = cnext();
	check(r.type == Ropen && r.qid.path == 21, "lx.open.R", "type %u", r.type);

	/* write and read pass through */
	t = tc(Twrite, 6, 11); t.offset = 5; t.count = 5; t.data = "hello";
	tmsg(&t);
	l = lnext();
	check(l.type == Twrite && l.offset == 5 && l.count == 5 && memcmp(l.data, "hello", 5) == 0, "lx.write.T", "type %u", l.type);
	rr = mk(Rwrite); rr.count = 5; lreply(l.tag, &rr);
	r = cnext();
	check(r.type == Rwrite && r.count == 5, "lx.write.R", "type %u", r.type);
	t = tc(Tread, 7, 11); t.offset = 0; t.count = 100;
	tmsg(&t);
	l = lnext();
	rr = mk(Rread); rr.count = 3; rr.data = (uchar*)"abc"; lreply(l.tag, &rr);
	r = cnext();
	check(l.type == Tread && l.count == 100 && r.type == Rread && r.tag == 7 && r.count == 3 && memcmp(r.data, "abc", 3) == 0 && l.tag != 7,
		"lx.read", "type %u tag %u (.L tag %u)", r.type, r.tag, l.tag);
	/* a peer that gives more than asked is a botch */
	t = tc(Tread, 7, 11); t.offset = 0; t.count = 2;
	tmsg(&t);
	l = lnext();
	rr = mk(Rread); rr.count = 3; rr.data = (uchar*)"abc"; lreply(l.tag, &rr);
	r = cnext();
	check(r.type == Rerror, "lx.read.toomuch", "type %u", r.type);

	/* wstat: length truncates, name renames in the parent */
	memset(&d, 0, sizeof d);
	d.mode = ~0U; d.atime = ~0U; d.mtime = ~0U; d.length = 0; d.name = ""; d.uid = ""; d.gid = ""; d.muid = "";
	d.qid.type = 0xFF; d.qid.vers = ~0U; d.qid.path = ~0ULL; d.type = 0xFFFF; d.dev = ~0U;
	t = tc(Twstat, 8, 11); t.nstat = convD2M(&d, st, sizeof st); t.stat = st;
	tmsg(&t);
	l = lnext();
	check(l.type == Tsetattr && l.attr.valid == LSETSIZE && l.attr.size == 0, "lx.wstat.truncate", "type %u valid 0x%llx", l.type, l.attr.valid);
	simple(&l);
	r = cnext();
	check(r.type == Rwstat, "lx.wstat.truncate.R", "type %u", r.type);
	d.length = -1; d.name = "g"; d.mode = 0600;
	t = tc(Twstat, 8, 11); t.nstat = convD2M(&d, st, sizeof st); t.stat = st;
	tmsg(&t);
	l = lnext();
	check(l.type == Tsetattr && l.attr.valid == LSETMODE && l.attr.mode == 0600, "lx.wstat.chmod", "type %u valid 0x%llx", l.type, l.attr.valid);
	simple(&l);
	l = lnext();
	check(l.type == Twalk && l.fid == root && l.nwname == 1 && strcmp(l.wname[0], "d") == 0, "lx.wstat.parent", "type %u", l.type);
	tmp = l.newfid;
	walkok(&l, 20, QTDIR);
	l = lnext();
	check(l.type == Trenameat && l.fid == tmp && l.newfid == tmp && strcmp(l.name, "f") == 0 && strcmp(l.newname, "g") == 0,
		"lx.wstat.renameat", "type %u", l.type);
	simple(&l);
	clunks(1, "lx.wstat.clunktmp");
	r = cnext();
	check(r.type == Rwstat, "lx.wstat.rename.R", "type %u", r.type);
	t = tc(Tstat, 4, 11);
	tmsg(&t);
	l = lnext();
	getattrok(l.tag, 0100600, 0, 21);
	r = cnext();
	check(r.type == Rstat && convM2D(r.stat, r.nstat, &d, dstrs) != 0 && strcmp(d.name, "g") == 0, "lx.wstat.newname", "type %u", r.type);

	/* remove: unlinkat in the parent, then the fid is clunked */
	t = tc(Tremove, 9, 11);
	tmsg(&t);
	l = lnext();
	check(l.type == Twalk && l.fid == root && l.nwname == 1, "lx.remove.parent", "type %u", l.type);
	tmp = l.newfid;
	walkok(&l, 20, QTDIR);
	l = lnext();
	check(l.type == Tunlinkat && l.fid == tmp && strcmp(l.name, "g") == 0 && l.flags == 0, "lx.remove.unlinkat", "type %u", l.type);
	lerror(l.tag, 13);
	clunks(2, "lx.remove.clunks");
	r = cnext();
	check(r.type == Rerror && strcmp(r.ename, "permission denied") == 0, "lx.remove.eacces", "type %u %s", r.type, r.type == Rerror ? r.ename : "");
	t = tc(Tstat, 4, 11);
	tmsg(&t);
	r = cnext();
	check(r.type == Rerror, "lx.remove.fidgone", "type %u", r.type);

	/* create a directory: Tmkdir, walk to it, clone, open */
	t = tc(Twalk, 10, 10); t.newfid = 13; t.nwname = 0;
	tmsg(&t);
	l = lnext();
	walkok(&l, 1, QTDIR);
	r = cnext();
	t = tc(Tcreate, 11, 13); t.name = "nd"; t.perm = DMDIR|0755; t.mode = OREAD;
	tmsg(&t);
	l = lnext();
	check(l.type == Tmkdir && strcmp(l.name, "nd") == 0 && l.mode == 0755 && l.gid == 100, "lx.mkdir.T", "type %u gid %u", l.type, l.gid);
	rr = mk(Rmkdir); rr.qid = qid(QTDIR, 30); lreply(l.tag, &rr);
	l = lnext();
	check(l.type == Twalk && l.nwname == 1 && strcmp(l.wname[0], "nd") == 0, "lx.mkdir.walk", "type %u", l.type);
	walkok(&l, 30, QTDIR);
	l = lnext();
	check(l.type == Twalk && l.nwname == 0, "lx.mkdir.clone", "type %u", l.type);
	lw = l.newfid;
	walkok(&l, 30, QTDIR);
	l = lnext();
	check(l.type == Tlopen && l.flags == LORDONLY, "lx.mkdir.open", "type %u", l.type);
	lf = l.fid;
	rr = mk(Rlopen); rr.qid = qid(QTDIR, 30); lreply(l.tag, &rr);
	clunks(1, "lx.mkdir.clunkold");
	r = cnext();
	check(r.type == Rcreate && r.qid.type == QTDIR && r.qid.path == 30, "lx.mkdir.R", "type %u", r.type);

	/* read the new directory: ., .., a, b; then the end */
	t = tc(Tread, 12, 13); t.offset = 0; t.count = 8000;
	tmsg(&t);
	l = lnext();
	check(l.type == Treaddir && l.fid == lf && l.offset == 0, "lx.dirread.T", "type %u", l.type);
	n = 0;
	{
		char *names[] = { ".", "..", "a", "bb" };
		for(i = 0; i < 4; i++){
			memset(ent+n, 0, 13);
			PBIT64(ent+n+5, 40+i);
			PBIT64(ent+n+13, 100+i);
			ent[n+21] = 0;
			PBIT16(ent+n+22, strlen(names[i]));
			memcpy(ent+n+24, names[i], strlen(names[i]));
			n += 24 + strlen(names[i]);
		}
	}
	rr = mk(Rreaddir); rr.count = n; rr.data = ent; lreply(l.tag, &rr);
	l = lnext();
	l2 = lnext();
	check(l.type == Twalk && l.fid == lw && strcmp(l.wname[0], "a") == 0 && l2.type == Twalk && strcmp(l2.wname[0], "bb") == 0,
		"lx.dirread.walks", "types %u %u fid %u lw %u %s %s", l.type, l2.type, l.fid, lw, l.wname[0], l2.wname[0]);
	walkok(&l2, 43, 0);
	walkok(&l, 42, QTDIR);
	l = lnext();
	l2 = lnext();
	check(l.type == Tgetattr && l2.type == Tgetattr, "lx.dirread.getattrs", "types %u %u", l.type, l2.type);
	getattrok(l.tag, 0100644, 7, 43);
	check(cqi == ncq, "lx.dirread.waits", "answered before every entry was known");
	getattrok(l2.tag, LSIFDIR|0700, 4096, 42);
	clunks(2, "lx.dirread.clunks");
	r = cnext();
	ok = r.type == Rread;
	{
		uint off = 0, sz;
		char *want[] = { "a", "bb" };
		for(i = 0; ok && i < 2; i++){
			sz = GBIT16((uchar*)r.data + off) + 2;
			ok = off + sz <= r.count && convM2D((uchar*)r.data + off, sz, &d, dstrs) == sz && strcmp(d.name, want[i]) == 0;
			if(ok && i == 0)
				ok = (d.mode & DMDIR) && d.length == 0 && d.qid.type == QTDIR;
			if(ok && i == 1)
				ok = d.mode == 0644 && d.length == 7;
			off += sz;
		}
		ok = ok && off == r.count;
		n = r.count;
	}
	check(ok, "lx.dirread.entries", "type %u count %u", r.type, r.count);
	t = tc(Tread, 13, 13); t.offset = n; t.count = 8000;
	tmsg(&t);
	l = lnext();
	check(l.type == Treaddir && l.offset == 103, "lx.dirread.cookie", "type %u offset %llu", l.type, l.offset);
	rr = mk(Rreaddir); rr.count = 0; lreply(l.tag, &rr);
	r = cnext();
	check(r.type == Rread && r.count == 0, "lx.dirread.end", "type %u count %u", r.type, r.count);
	t = tc(Tread, 13, 13); t.offset = 5; t.count = 8000;
	tmsg(&t);
	r = cnext();
	check(r.type == Rerror, "lx.dirread.badoffset", "type %u", r.type);

	/* a small count gets whole entries only */
	t = tc(Tread, 14, 13); t.offset = 0; t.count = 8000;
	tmsg(&t);
	l = lnext();
	rr = mk(Rreaddir); rr.count = 24 + 2 + 24 + 1; rr.data = ent + 24 + 1; lreply(l.tag, &rr);	/* .. and a */
	l = lnext();
	walkok(&l, 42, 0);
	l = lnext();
	getattrok(l.tag, 0100644, 7, 42);
	clunks(1, "lx.dirread2.clunk");
	r = cnext();
	n = r.count;
	t = tc(Tread, 15, 13); t.offset = 0; t.count = 8000;
	tmsg(&t);
	l = lnext();
	rr = mk(Rreaddir); rr.count = 24 + 1; rr.data = ent + 24 + 1 + 24 + 2; lreply(l.tag, &rr);	/* a */
	l = lnext();
	walkok(&l, 42, 0);
	l = lnext();
	getattrok(l.tag, 0100644, 7, 42);
	clunks(1, "lx.dirread3.clunk");
	t = tc(Tread, 16, 13);
	r = cnext();
	check(r.type == Rread && r.count == (uint)n, "lx.dirread.restart", "type %u count %u want %d", r.type, r.count, n);

	/* flush: the client's answer comes at once, the .L request is flushed */
	t = tc(Tread, 20, 13); t.offset = r.count; t.count = 100;
	tmsg(&t);
	l = lnext();
	t = tc(Tflush, 21, 0); t.oldtag = 20;
	tmsg(&t);
	l2 = lnext();
	r = cnext();
	check(l2.type == Tflush && l2.oldtag == l.tag && r.type == Rflush && r.tag == 21 && cqi == ncq, "lx.flush", "types %u %u", l2.type, r.type);
	simple(&l2);
	check(cqi == ncq, "lx.flush.silent", "the flushed request was answered");
	check(lreply(l.tag, &rr) < 0, "lx.flush.tagfree", "a reply to a flushed tag accepted");

	/* garbage from the peer */
	check(lxrmsg(lx, (uchar*)"\x0b\0\0\0\x07\x63\0\x02\0\0\0", 11) < 0, "lx.peer.unknowntag", "accepted");
	check(lxrmsg(lx, (uchar*)"\x05\0\0\0\x07", 5) < 0, "lx.peer.short", "accepted");
	t = tc(Tstat, 22, 13);
	tmsg(&t);
	l = lnext();
	rr = mk(Rlopen);
	check(lreply(l.tag, &rr) < 0, "lx.peer.wrongtype", "an Rlopen for a Tgetattr accepted");
	lxgone(lx, "server gone");
	r = cnext();
	check(r.type == Rerror && r.tag == 22 && strcmp(r.ename, "server gone") == 0, "lx.gone", "type %u", r.type);

	/* clunk with ORCLOSE removes */
	t = tc(Twalk, 23, 10); t.newfid = 14; t.nwname = 1; t.wname[0] = "tmpf";
	tmsg(&t);
	l = lnext();
	walkok(&l, 50, 0);
	cnext();
	t = tc(Topen, 24, 14); t.mode = ORDWR|ORCLOSE;
	tmsg(&t);
	l = lnext();
	rr = mk(Rlopen); rr.qid = qid(0, 50); lreply(l.tag, &rr);
	cnext();
	t = tc(Tclunk, 25, 14);
	tmsg(&t);
	l = lnext();
	check(l.type == Twalk && l.nwname == 0 && l.fid == root, "lx.rclose.parent", "type %u", l.type);
	walkok(&l, 1, QTDIR);
	l = lnext();
	check(l.type == Tunlinkat && strcmp(l.name, "tmpf") == 0, "lx.rclose.unlink", "type %u", l.type);
	simple(&l);
	clunks(2, "lx.rclose.clunks");
	r = cnext();
	check(r.type == Rclunk, "lx.rclose.R", "type %u", r.type);

	/* the root cannot be removed; its fid goes anyway */
	t = tc(Tremove, 26, 10);
	tmsg(&t);
	l = lnext();
	check(l.type == Tclunk, "lx.remove.root", "type %u", l.type);
	simple(&l);
	r = cnext();
	check(r.type == Rerror && strcmp(r.ename, "permission denied") == 0, "lx.remove.root.R", "type %u", r.type);
	/* an older server (diod 1.0) has no Tunlinkat: Tremove of a fresh fid */
	t = tc(Twalk, 27, 13); t.newfid = 15; t.nwname = 1; t.wname[0] = "old";
	tmsg(&t);
	l = lnext();
	walkok(&l, 60, 0);
	cnext();
	t = tc(Tremove, 28, 15);
	tmsg(&t);
	l = lnext();
	walkok(&l, 30, QTDIR);
	l = lnext();
	check(l.type == Tunlinkat, "lx.old.unlinkat", "type %u", l.type);
	lerror(l.tag, 95);
	l = lnext();
	check(l.type == Twalk && l.nwname == 1 && strcmp(l.wname[0], "old") == 0, "lx.old.walk", "type %u", l.type);
	tmp = l.newfid;
	walkok(&l, 60, 0);
	clunks(1, "lx.old.clunkparent");
	l = lnext();
	check(l.type == Tremove && l.fid == tmp, "lx.old.remove", "type %u", l.type);
	simple(&l);
	clunks(1, "lx.old.clunkfid");
	r = cnext();
	check(r.type == Rremove, "lx.old.R", "type %u", r.type);
	/* and from then on no Tunlinkat is tried */
	t = tc(Twalk, 29, 13); t.newfid = 15; t.nwname = 1; t.wname[0] = "old2";
	tmsg(&t);
	l = lnext();
	walkok(&l, 61, 0);
	cnext();
	memset(&d, 0, sizeof d);
	d.mode = ~0U; d.atime = ~0U; d.mtime = ~0U; d.length = -1; d.name = "new2"; d.uid = ""; d.gid = ""; d.muid = "";
	t = tc(Twstat, 30, 15); t.nstat = convD2M(&d, st, sizeof st); t.stat = st;
	tmsg(&t);
	l = lnext();
	walkok(&l, 30, QTDIR);
	tmp = l.newfid;
	l = lnext();
	check(l.type == Trename && l.newfid == tmp && strcmp(l.name, "new2") == 0, "lx.old.rename", "type %u", l.type);
	simple(&l);
	clunks(1, "lx.old.rename.clunk");
	r = cnext();
	check(r.type == Rwstat, "lx.old.rename.R", "type %u", r.type);
	lxfree(lx);
}

/*
 * lxside: a helper's attach, walk, open, writes and clunk are answered
 * by it; everything else is left to the translator
 */
static uchar sidegot[64];
static uint nsidegot;
static int sidegone;

static void
sidewrite(Lxside *s, uchar *d, uint n)
{
	USED(s);
	if(nsidegot + n <= sizeof sidegot){
		memcpy(sidegot + nsidegot, d, n);
		nsidegot += n;
	}
}

static void
sidebye(Lxside *s)
{
	USED(s);
	sidegone = 1;
}

static int
side(Lxside *s, Fcall *t)
{
	uchar buf[512];
	uint n;

	n = convS2M(t, buf, sizeof buf);
	return lxside(lx, s, buf, n);
}

static void
testside(void)
{
	Lxside s;
	Fcall t, r;
	int ok;

	memset(&s, 0, sizeof s);
	s.aname = "#intr";
	s.write = sidewrite;
	s.gone = sidebye;
	lx = lxnew(8192);
	lx->sendl = sendl;
	lx->reply = replyc;
	t = tc(Tattach, 1, 40); t.afid = NOFID; t.uname = "x"; t.aname = "/other";
	check(side(&s, &t) == 0, "side.otherattach", "took an attach of another aname");
	t.aname = "#intr";
	ok = side(&s, &t);
	r = cnext();
	check(ok && r.type == Rattach && r.tag == 1, "side.attach", "type %u", r.type);
	t = tc(Twalk, 2, 40); t.newfid = 41; t.nwname = 0;
	ok = side(&s, &t);
	r = cnext();
	check(ok && r.type == Rwalk, "side.walk", "type %u", r.type);
	t = tc(Topen, 3, 41); t.mode = OWRITE;
	ok = side(&s, &t);
	r = cnext();
	check(ok && r.type == Ropen, "side.open", "type %u", r.type);
	t = tc(Twrite, 4, 41); t.count = 3; t.data = "abc";
	ok = side(&s, &t);
	r = cnext();
	check(ok && r.type == Rwrite && r.count == 3 && nsidegot == 3 && memcmp(sidegot, "abc", 3) == 0, "side.write", "type %u", r.type);
	t = tc(Tstat, 5, 7);
	check(side(&s, &t) == 0, "side.notours", "took a request of another fid");
	t = tc(Tclunk, 6, 40);
	ok = side(&s, &t);
	r = cnext();
	check(ok && r.type == Rclunk && !sidegone, "side.clunkattach", "type %u gone %d", r.type, sidegone);
	t = tc(Tclunk, 7, 41);
	ok = side(&s, &t);
	r = cnext();
	check(ok && r.type == Rclunk && sidegone, "side.gone", "type %u gone %d", r.type, sidegone);
	lxfree(lx);
}

int
main(void)
{
	testconv();
	testlx();
	testside();
	for(int i = 0; i < nlq; i++)
		free(lq[i].b);
	for(int i = 0; i < ncq; i++)
		free(cq[i].b);
	return failures != 0;
}
