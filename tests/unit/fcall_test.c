/*
 * fcall_test.c: host tests of the 9P2000 message marshalling
 * (sys/src/lib/fcall: convS2M, convM2S, sizeS2M, fcallfmt): round
 * trips of every message type, exact bytes against hand-written
 * messages, rejection of malformed and truncated messages, and the
 * debugging format.  One line per check: PASS or FAIL.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include "../../sys/include/u.h"
#include "../../sys/include/fcall.h"

static int failures;

/* check: print PASS name, or FAIL name: why (and count it) */
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

/* hex: bytes as hex, for messages (a static buffer, cut at 200 bytes) */
static char*
hex(uchar *p, uint n)
{
	static char s[3*200+4];
	uint i;

	s[0] = 0;
	for(i = 0; i < n && i < 200; i++)
		sprintf(s+3*i, "%02x ", p[i]);
	if(n > 200)
		strcat(s, "...");
	return s;
}

/* streq: equal strings, where nil and "" are the same (nil packs as "") */
static int
streq(char *a, char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

static int
qideq(Qid *a, Qid *b)
{
	return a->type == b->type && (u32int)a->vers == (u32int)b->vers && a->path == b->path;
}

/* fcalleq: the fields that f->type uses are equal in a and b */
static int
fcalleq(Fcall *a, Fcall *b)
{
	int i;

	if(a->type != b->type || a->tag != b->tag)
		return 0;
	switch(a->type){
	case Tversion:
	case Rversion:
		return a->msize == b->msize && streq(a->version, b->version);
	case Tauth:
		return a->afid == b->afid && streq(a->uname, b->uname) && streq(a->aname, b->aname);
	case Rauth:
		return qideq(&a->aqid, &b->aqid);
	case Tattach:
		return a->fid == b->fid && a->afid == b->afid && streq(a->uname, b->uname) && streq(a->aname, b->aname);
	case Rattach:
		return qideq(&a->qid, &b->qid);
	case Rerror:
		return streq(a->ename, b->ename);
	case Tflush:
		return a->oldtag == b->oldtag;
	case Twalk:
		if(a->fid != b->fid || a->newfid != b->newfid || a->nwname != b->nwname)
			return 0;
		for(i = 0; i < a->nwname; i++)
			if(!streq(a->wname[i], b->wname[i]))
				return 0;
		return 1;
	case Rwalk:
		if(a->nwqid != b->nwqid)
			return 0;
		for(i = 0; i < a->nwqid; i++)
			if(!qideq(&a->wqid[i], &b->wqid[i]))
				return 0;
		return 1;
	case Topen:
		return a->fid == b->fid && a->mode == b->mode;
	case Ropen:
	case Rcreate:
		return qideq(&a->qid, &b->qid) && a->iounit == b->iounit;
	case Tcreate:
		return a->fid == b->fid && streq(a->name, b->name) && a->perm == b->perm && a->mode == b->mode;
	case Tread:
		return a->fid == b->fid && a->offset == b->offset && a->count == b->count;
	case Rread:
		return a->count == b->count && (a->count == 0 || memcmp(a->data, b->data, a->count) == 0);
	case Twrite:
		return a->fid == b->fid && a->offset == b->offset && a->count == b->count
			&& (a->count == 0 || memcmp(a->data, b->data, a->count) == 0);
	case Rwrite:
		return a->count == b->count;
	case Tclunk:
	case Tremove:
	case Tstat:
		return a->fid == b->fid;
	case Rstat:
		return a->nstat == b->nstat && memcmp(a->stat, b->stat, a->nstat) == 0;
	case Twstat:
		return a->fid == b->fid && a->nstat == b->nstat && memcmp(a->stat, b->stat, a->nstat) == 0;
	}
	return 1;
}

/* instr: s is a NUL-terminated string lying inside buf[0:n] */
static int
instr(char *s, uchar *buf, uint n)
{
	return s != nil && (uchar*)s >= buf && (uchar*)s + strlen(s) < buf + n;
}

/* strsinbuf: every string of f points into buf[0:n] */
static int
strsinbuf(Fcall *f, uchar *buf, uint n)
{
	int i;

	switch(f->type){
	case Tversion:
	case Rversion:
		return instr(f->version, buf, n);
	case Tauth:
	case Tattach:
		return instr(f->uname, buf, n) && instr(f->aname, buf, n);
	case Rerror:
		return instr(f->ename, buf, n);
	case Tcreate:
		return instr(f->name, buf, n);
	case Twalk:
		for(i = 0; i < f->nwname; i++)
			if(!instr(f->wname[i], buf, n))
				return 0;
		return 1;
	}
	return 1;
}

/*
 * The messages of the round trips and the truncation test: every
 * type, with typical and edge values.
 */
enum { NMSG = 64 };
static Fcall msgs[NMSG];
static char *msgnames[NMSG];
static int nmsgs;
static uchar statbuf[256];
static uint nstatbuf;
static char *bigdata;

/* addmsg: note f (by value) as a test message called name */
static Fcall*
addmsg(char *name, int type, int tag)
{
	Fcall *f;

	f = &msgs[nmsgs];
	memset(f, 0, sizeof *f);
	f->type = type;
	f->tag = tag;
	msgnames[nmsgs++] = name;
	return f;
}

static void
mkmsgs(void)
{
	static char *w16[MAXWELEM] = {
		"a", "bb", "ccc", "", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "last",
	};
	Dir d;
	Fcall *f;
	int i;

	memset(&d, 0, sizeof d);
	d.type = 'M';
	d.dev = 7;
	d.qid.type = QTDIR;
	d.qid.vers = 3;
	d.qid.path = 0x1122334455667788ULL;
	d.mode = DMDIR|0755;
	d.atime = 1700000000;
	d.mtime = 1700000001;
	d.length = 0;
	d.name = "usr";
	d.uid = "glenda";
	d.gid = "sys";
	d.muid = "";
	nstatbuf = convD2M(&d, statbuf, sizeof statbuf);
	bigdata = malloc(MSIZE);
	for(i = 0; i < MSIZE; i++)
		bigdata[i] = i*7;

	f = addmsg("Tversion", Tversion, NOTAG); f->msize = MSIZE; f->version = VERSION9P;
	f = addmsg("Tversion-empty", Tversion, NOTAG); f->msize = 0; f->version = "";
	f = addmsg("Rversion", Rversion, NOTAG); f->msize = 8192; f->version = "9P2000";
	f = addmsg("Rversion-unknown", Rversion, 0); f->msize = ~0U; f->version = "unknown";
	f = addmsg("Tauth", Tauth, 1); f->afid = 5; f->uname = "glenda"; f->aname = "";
	f = addmsg("Tauth-nofid", Tauth, 0xFFFE); f->afid = NOFID; f->uname = ""; f->aname = "main";
	f = addmsg("Rauth", Rauth, 1); f->aqid = (Qid){~0ULL, 0xFFFFFFFF, QTAUTH};
	f = addmsg("Tattach", Tattach, 2); f->fid = 0; f->afid = NOFID; f->uname = "glenda"; f->aname = "";
	f = addmsg("Tattach-maxfid", Tattach, 2); f->fid = 0xFFFFFFFE; f->afid = 1; f->uname = "u"; f->aname = "a";
	f = addmsg("Rattach", Rattach, 2); f->qid = (Qid){0, 0, QTDIR};
	f = addmsg("Rerror", Rerror, 3); f->ename = "file does not exist";
	f = addmsg("Rerror-empty", Rerror, 3); f->ename = "";
	f = addmsg("Tflush", Tflush, 4); f->oldtag = 3;
	f = addmsg("Tflush-notag", Tflush, 4); f->oldtag = NOTAG;
	f = addmsg("Rflush", Rflush, 4);
	f = addmsg("Twalk", Twalk, 5); f->fid = 1; f->newfid = 2; f->nwname = 2;
		f->wname[0] = "bin"; f->wname[1] = "ls";
	f = addmsg("Twalk-0", Twalk, 5); f->fid = 1; f->newfid = 1; f->nwname = 0;
	f = addmsg("Twalk-16", Twalk, 5); f->fid = NOFID; f->newfid = 0; f->nwname = MAXWELEM;
		for(i = 0; i < MAXWELEM; i++) f->wname[i] = w16[i];
	f = addmsg("Rwalk-0", Rwalk, 5); f->nwqid = 0;
	f = addmsg("Rwalk-1", Rwalk, 5); f->nwqid = 1; f->wqid[0] = (Qid){42, 1, QTFILE};
	f = addmsg("Rwalk-16", Rwalk, 5); f->nwqid = MAXWELEM;
		for(i = 0; i < MAXWELEM; i++) f->wqid[i] = (Qid){~0ULL - i, i, i == 15 ? QTFILE : QTDIR};
	f = addmsg("Topen", Topen, 6); f->fid = 2; f->mode = 0;
	f = addmsg("Topen-mode", Topen, 6); f->fid = 2; f->mode = 0x13;
	f = addmsg("Ropen", Ropen, 6); f->qid = (Qid){7, 0, QTFILE}; f->iounit = 0;
	f = addmsg("Ropen-iounit", Ropen, 6); f->qid = (Qid){~0ULL, ~0U, 0xFF}; f->iounit = MSIZE - IOHDRSZ;
	f = addmsg("Tcreate", Tcreate, 7); f->fid = 3; f->name = "new"; f->perm = DMDIR|0777; f->mode = 0;
	f = addmsg("Tcreate-empty", Tcreate, 7); f->fid = 3; f->name = ""; f->perm = 0; f->mode = 0xFF;
	f = addmsg("Rcreate", Rcreate, 7); f->qid = (Qid){99, 1, QTAPPEND|QTEXCL}; f->iounit = 8192;
	f = addmsg("Tread", Tread, 8); f->fid = 4; f->offset = 0; f->count = 8192;
	f = addmsg("Tread-max", Tread, 8); f->fid = NOFID; f->offset = ~0ULL; f->count = ~0U;
	f = addmsg("Rread", Rread, 8); f->count = 5; f->data = "hello";
	f = addmsg("Rread-0", Rread, 8); f->count = 0; f->data = "";
	f = addmsg("Rread-nul", Rread, 8); f->count = 4; f->data = "a\0b\0";
	f = addmsg("Rread-big", Rread, 8); f->count = MSIZE - IOHDRSZ; f->data = bigdata;
	f = addmsg("Twrite", Twrite, 9); f->fid = 4; f->offset = 4096; f->count = 3; f->data = "xyz";
	f = addmsg("Twrite-max", Twrite, 9); f->fid = 4; f->offset = ~0ULL; f->count = MSIZE - IOHDRSZ; f->data = bigdata;
	f = addmsg("Twrite-0", Twrite, 9); f->fid = 4; f->offset = 0; f->count = 0; f->data = nil;
	f = addmsg("Rwrite", Rwrite, 9); f->count = 3;
	f = addmsg("Tclunk", Tclunk, 10); f->fid = 4;
	f = addmsg("Rclunk", Rclunk, 10);
	f = addmsg("Tremove", Tremove, 11); f->fid = NOFID;
	f = addmsg("Rremove", Rremove, 11);
	f = addmsg("Tstat", Tstat, 12); f->fid = 4;
	f = addmsg("Rstat", Rstat, 12); f->nstat = nstatbuf; f->stat = statbuf;
	f = addmsg("Twstat", Twstat, 13); f->fid = 4; f->nstat = nstatbuf; f->stat = statbuf;
	f = addmsg("Rwstat", Rwstat, NOTAG);
}

/* roundtrip: pack f, unpack it, compare, and pack it again identically */
static void
roundtrip(char *name, Fcall *f)
{
	static uchar buf[MSIZE+64], copy[MSIZE+64], again[MSIZE+64];
	char tname[64];
	Fcall g;
	uint n, m, r;

	snprintf(tname, sizeof tname, "roundtrip.%s", name);
	n = sizeS2M(f);
	m = convS2M(f, buf, sizeof buf);
	if(n == 0 || m != n || GBIT32(buf) != n || buf[4] != f->type || GBIT16(buf+5) != f->tag){
		check(0, tname, "sizeS2M %u convS2M %u", n, m);
		return;
	}
	memcpy(copy, buf, n);
	r = convM2S(copy, n, &g);
	if(r != n){
		check(0, tname, "convM2S returned %u, want %u: %s", r, n, hex(buf, n));
		return;
	}
	if(!fcalleq(f, &g)){
		check(0, tname, "fields differ after unpacking");
		return;
	}
	if(!strsinbuf(&g, copy, n)){
		check(0, tname, "a string does not point into the buffer");
		return;
	}
	m = convS2M(&g, again, sizeof again);
	check(m == n && memcmp(again, buf, n) == 0, tname, "packed again differs (%u bytes, want %u)", m, n);
}

/* known: f packs to exactly the bytes want[0:n], and they unpack to f */
static void
known(char *name, Fcall *f, uchar *want, uint n)
{
	uchar buf[256];
	char tname[64];
	Fcall g;
	uint m;

	snprintf(tname, sizeof tname, "bytes.%s", name);
	m = convS2M(f, buf, sizeof buf);
	if(m != n || memcmp(buf, want, n) != 0){
		check(0, tname, "got %u bytes: %s", m, hex(buf, m));
		return;
	}
	memcpy(buf, want, n);
	m = convM2S(buf, n, &g);
	check(m == n && fcalleq(f, &g), tname, "unpacking the known bytes: %u", m);
}

static void
knowntests(void)
{
	Fcall f;

	memset(&f, 0, sizeof f);
	f.type = Tversion; f.tag = NOTAG; f.msize = 8192; f.version = "9P2000";
	known("Tversion", &f, (uchar[]){0x13,0,0,0, 0x64, 0xff,0xff, 0x00,0x20,0,0,
		0x06,0x00, '9','P','2','0','0','0'}, 19);

	memset(&f, 0, sizeof f);
	f.type = Tclunk; f.tag = 1; f.fid = 7;
	known("Tclunk", &f, (uchar[]){0x0b,0,0,0, 0x78, 0x01,0x00, 0x07,0,0,0}, 11);

	memset(&f, 0, sizeof f);
	f.type = Twalk; f.tag = 3; f.fid = 1; f.newfid = 2; f.nwname = 2;
	f.wname[0] = "bin"; f.wname[1] = "ls";
	known("Twalk", &f, (uchar[]){0x1a,0,0,0, 0x6e, 0x03,0x00, 0x01,0,0,0, 0x02,0,0,0,
		0x02,0x00, 0x03,0x00,'b','i','n', 0x02,0x00,'l','s'}, 26);

	memset(&f, 0, sizeof f);
	f.type = Rwalk; f.tag = 3; f.nwqid = 1;
	f.wqid[0] = (Qid){0x0102030405060708ULL, 1, QTDIR};
	known("Rwalk", &f, (uchar[]){0x16,0,0,0, 0x6f, 0x03,0x00, 0x01,0x00,
		0x80, 0x01,0,0,0, 0x08,0x07,0x06,0x05,0x04,0x03,0x02,0x01}, 22);

	memset(&f, 0, sizeof f);
	f.type = Tread; f.tag = 5; f.fid = 9; f.offset = 0x1122334455667788ULL; f.count = 8192;
	known("Tread", &f, (uchar[]){0x17,0,0,0, 0x74, 0x05,0x00, 0x09,0,0,0,
		0x88,0x77,0x66,0x55,0x44,0x33,0x22,0x11, 0x00,0x20,0,0}, 23);

	memset(&f, 0, sizeof f);
	f.type = Rread; f.tag = 6; f.count = 3; f.data = "abc";
	known("Rread", &f, (uchar[]){0x0e,0,0,0, 0x75, 0x06,0x00, 0x03,0,0,0, 'a','b','c'}, 14);

	memset(&f, 0, sizeof f);
	f.type = Rerror; f.tag = 2; f.ename = "no";
	known("Rerror", &f, (uchar[]){0x0b,0,0,0, 0x6b, 0x02,0x00, 0x02,0x00,'n','o'}, 11);

	memset(&f, 0, sizeof f);
	f.type = Tcreate; f.tag = 4; f.fid = 1; f.name = "f"; f.perm = 0x800001ed; f.mode = 1;
	known("Tcreate", &f, (uchar[]){0x13,0,0,0, 0x72, 0x04,0x00, 0x01,0,0,0,
		0x01,0x00,'f', 0xed,0x01,0x00,0x80, 0x01}, 19);

	memset(&f, 0, sizeof f);
	f.type = Tattach; f.tag = 1; f.fid = 0; f.afid = NOFID; f.uname = "u"; f.aname = "";
	known("Tattach", &f, (uchar[]){0x14,0,0,0, 0x68, 0x01,0x00, 0,0,0,0, 0xff,0xff,0xff,0xff,
		0x01,0x00,'u', 0x00,0x00}, 20);

	memset(&f, 0, sizeof f);
	f.type = Ropen; f.tag = 9; f.qid = (Qid){0x10, 2, QTFILE}; f.iounit = 0x2000;
	known("Ropen", &f, (uchar[]){0x18,0,0,0, 0x71, 0x09,0x00,
		0x00, 0x02,0,0,0, 0x10,0,0,0,0,0,0,0, 0x00,0x20,0,0}, 24);

	memset(&f, 0, sizeof f);
	f.type = Tflush; f.tag = 10; f.oldtag = 9;
	known("Tflush", &f, (uchar[]){0x09,0,0,0, 0x6c, 0x0a,0x00, 0x09,0x00}, 9);

	memset(&f, 0, sizeof f);
	f.type = Rwstat; f.tag = 0x1234;
	known("Rwstat", &f, (uchar[]){0x07,0,0,0, 0x7f, 0x34,0x12}, 7);

	/* a stat with all four strings empty: n[2] is 49, its size[2] 47 */
	{
		static uchar st[STATFIXLEN];
		uchar want[7+2+STATFIXLEN];
		Dir d;

		memset(&d, 0, sizeof d);
		d.name = d.uid = d.gid = d.muid = "";
		convD2M(&d, st, sizeof st);
		memset(&f, 0, sizeof f);
		f.type = Rstat; f.tag = 1; f.nstat = STATFIXLEN; f.stat = st;
		memset(want, 0, sizeof want);
		want[0] = sizeof want; want[4] = Rstat; want[5] = 1;
		want[7] = STATFIXLEN; want[9] = STATFIXLEN-2;
		known("Rstat-empty", &f, want, sizeof want);
	}
}

/*
 * reject: convM2S must refuse bytes p[0:n] and leave them as they were.
 * With fix set, size[4] is first made to say n.
 */
static void
reject(char *name, uchar *p, uint n, int fix)
{
	static uchar buf[MSIZE+64], orig[MSIZE+64];
	char tname[80];
	Fcall f;
	uint r;

	snprintf(tname, sizeof tname, "reject.%s", name);
	memcpy(buf, p, n);
	if(fix && n >= 4)
		PBIT32(buf, n);
	memcpy(orig, buf, n);
	r = convM2S(buf, n, &f);
	if(r != 0){
		check(0, tname, "convM2S accepted it (%u): %s", r, hex(orig, n));
		return;
	}
	check(memcmp(buf, orig, n) == 0, tname, "the buffer was changed");
}

/* packmsg: pack f into buf (which must be large), failing loudly */
static uint
packmsg(Fcall *f, uchar *buf)
{
	uint n;

	n = convS2M(f, buf, MSIZE+64);
	if(n == 0){
		fprintf(stderr, "fcall_test: cannot pack a test message\n");
		exit(1);
	}
	return n;
}

static void
rejecttests(void)
{
	static uchar buf[MSIZE+64];
	Fcall f;
	uint n, i;
	int t;
	char name[64];

	/* shorter than a header */
	reject("empty", (uchar*)"", 0, 0);
	reject("short-4", (uchar[]){4,0,0,0}, 4, 0);
	reject("short-6", (uchar[]){6,0,0,0,Rflush,0}, 6, 0);

	/* size[4] disagreeing with nbuf */
	n = packmsg(&msgs[0], buf);
	PBIT32(buf, n+1);
	reject("size-big", buf, n, 0);
	PBIT32(buf, n-1);
	reject("size-small", buf, n, 0);
	PBIT32(buf, 0);
	reject("size-zero", buf, n, 0);
	PBIT32(buf, 0xFFFFFFFF);
	reject("size-max", buf, n, 0);

	/* types: Terror, and everything outside Tversion..Rwstat */
	memset(buf, 0, 64);
	for(t = 0; t < 256; t++){
		if(t >= Tversion && t < Tmax && t != Terror)
			continue;
		buf[4] = t;
		for(n = 7; n < 7+8; n++){
			PBIT32(buf, n);
			if(convM2S(buf, n, &f) != 0)
				break;
		}
		if(n < 7+8)
			break;
	}
	check(t == 256, "reject.types", "type %d accepted", t);
	buf[4] = Terror;
	reject("Terror", buf, 9, 1);

	/* too many walk elements */
	memset(&f, 0, sizeof f);
	f.type = Twalk; f.fid = 1; f.newfid = 2; f.nwname = MAXWELEM;
	for(i = 0; i < MAXWELEM; i++)
		f.wname[i] = "x";
	n = packmsg(&f, buf);
	buf[n] = 1; buf[n+1] = 0; buf[n+2] = 'y';	/* a 17th name */
	PBIT16(buf+15, MAXWELEM+1);
	reject("Twalk-17", buf, n+3, 1);
	PBIT16(buf+15, 0xFFFF);
	reject("Twalk-65535", buf, n+3, 1);

	memset(&f, 0, sizeof f);
	f.type = Rwalk; f.nwqid = MAXWELEM;
	n = packmsg(&f, buf);
	memset(buf+n, 0, QIDSZ);
	PBIT16(buf+7, MAXWELEM+1);
	reject("Rwalk-17", buf, n+QIDSZ, 1);

	/* counts running past the end (size[4] agreeing with nbuf) */
	memset(&f, 0, sizeof f);
	f.type = Twalk; f.nwname = 2; f.wname[0] = "ab"; f.wname[1] = "cd";
	n = packmsg(&f, buf);
	PBIT16(buf+15, 3);
	reject("Twalk-nwname-past-end", buf, n, 1);
	PBIT16(buf+15, 2);
	PBIT16(buf+17, 5);
	reject("Twalk-string-past-end", buf, n, 1);
	PBIT16(buf+17, 0xFFFF);
	reject("Twalk-string-65535", buf, n, 1);

	memset(&f, 0, sizeof f);
	f.type = Rread; f.count = 3; f.data = "abc";
	n = packmsg(&f, buf);
	PBIT32(buf+7, 4);
	reject("Rread-count-past-end", buf, n, 1);
	PBIT32(buf+7, 0xFFFFFFFF);
	reject("Rread-count-max", buf, n, 1);
	PBIT32(buf+7, 2);
	reject("Rread-count-short", buf, n, 1);

	memset(&f, 0, sizeof f);
	f.type = Twrite; f.count = 3; f.data = "abc";
	n = packmsg(&f, buf);
	PBIT32(buf+19, 0x80000000);
	reject("Twrite-count-past-end", buf, n, 1);

	memset(&f, 0, sizeof f);
	f.type = Rversion; f.version = "9P2000";
	n = packmsg(&f, buf);
	PBIT16(buf+11, 7);
	reject("Rversion-string-past-end", buf, n, 1);

	memset(&f, 0, sizeof f);
	f.type = Rerror; f.ename = "e";
	n = packmsg(&f, buf);
	PBIT16(buf+7, 0);
	reject("Rerror-string-short", buf, n, 1);

	/* trailing bytes, on every test message */
	for(i = 0; i < (uint)nmsgs; i++){
		n = packmsg(&msgs[i], buf);
		buf[n] = 0;
		snprintf(name, sizeof name, "trailing.%s", msgnames[i]);
		reject(name, buf, n+1, 1);
	}

	/* strings holding a NUL */
	memset(&f, 0, sizeof f);
	f.type = Tattach; f.uname = "abc"; f.aname = "def";
	n = packmsg(&f, buf);
	buf[n-2] = 0;
	reject("Tattach-nul", buf, n, 1);
	memset(&f, 0, sizeof f);
	f.type = Twalk; f.nwname = 1; f.wname[0] = "x";
	n = packmsg(&f, buf);
	buf[n-1] = 0;
	reject("Twalk-nul", buf, n, 1);
	memset(&f, 0, sizeof f);
	f.type = Tcreate; f.name = "ab";
	n = packmsg(&f, buf);
	buf[13] = 0;
	reject("Tcreate-nul", buf, n, 1);

	/* Rstat and Twstat: n[2] against the data and the stat's size[2] */
	memset(&f, 0, sizeof f);
	f.type = Rstat; f.nstat = nstatbuf; f.stat = statbuf;
	n = packmsg(&f, buf);
	PBIT16(buf+7, nstatbuf+1);
	reject("Rstat-n-big", buf, n, 1);
	PBIT16(buf+7, nstatbuf-1);
	reject("Rstat-n-small", buf, n, 1);
	PBIT16(buf+7, 0);
	reject("Rstat-n-zero", buf, n, 1);
	PBIT16(buf+7, nstatbuf);
	PBIT16(buf+9, nstatbuf);
	reject("Rstat-size-is-n", buf, n, 1);
	PBIT16(buf+9, nstatbuf-3);
	reject("Rstat-size-small", buf, n, 1);
	reject("Rstat-n-1", (uchar[]){10,0,0,0, Rstat, 0,0, 1,0, 0}, 10, 0);
	reject("Rstat-n-0", (uchar[]){9,0,0,0, Rstat, 0,0, 0,0}, 9, 0);

	memset(&f, 0, sizeof f);
	f.type = Twstat; f.fid = 1; f.nstat = nstatbuf; f.stat = statbuf;
	n = packmsg(&f, buf);
	PBIT16(buf+11, nstatbuf+2);
	reject("Twstat-n-big", buf, n, 1);
	PBIT16(buf+11, nstatbuf-2);
	reject("Twstat-n-small", buf, n, 1);
	PBIT16(buf+11, nstatbuf);
	PBIT16(buf+13, 0);
	reject("Twstat-size-zero", buf, n, 1);
}

/*
 * truncations: every proper prefix of every test message is refused,
 * both with size[4] left as it was and with it made to say the prefix.
 */
static void
truncationtests(void)
{
	static uchar buf[MSIZE+64], cut[MSIZE+64];
	Fcall f;
	uint n, k, bad;
	int i;
	char name[64];

	for(i = 0; i < nmsgs; i++){
		n = packmsg(&msgs[i], buf);
		bad = ~0U;
		for(k = 0; k < n; k++){
			memcpy(cut, buf, k);
			if(convM2S(cut, k, &f) != 0 || memcmp(cut, buf, k) != 0){
				bad = k;
				break;
			}
			if(k >= 4){
				PBIT32(cut, k);
				if(convM2S(cut, k, &f) != 0){
					bad = k;
					break;
				}
			}
		}
		snprintf(name, sizeof name, "truncate.%s", msgnames[i]);
		check(bad == ~0U, name, "the first %u of %u bytes accepted", bad, n);
	}
}

/* S2M rejections: what convS2M must refuse to pack */
static void
packtests(void)
{
	static uchar buf[MSIZE+64];
	static char big[70000];
	Fcall f;
	uint n, k, bad;
	int t;

	memset(&f, 0, sizeof f);
	f.type = Twalk; f.nwname = MAXWELEM+1;
	check(convS2M(&f, buf, sizeof buf) == 0 && sizeS2M(&f) == 0, "pack.Twalk-17", "packed");
	memset(&f, 0, sizeof f);
	f.type = Rwalk; f.nwqid = MAXWELEM+1;
	check(convS2M(&f, buf, sizeof buf) == 0 && sizeS2M(&f) == 0, "pack.Rwalk-17", "packed");

	memset(big, 'x', 65536);
	big[65536] = 0;
	memset(&f, 0, sizeof f);
	f.type = Rerror; f.ename = big;
	check(convS2M(&f, buf, sizeof buf) == 0 && sizeS2M(&f) == 0, "pack.string-65536", "packed");
	big[65535] = 0;
	n = convS2M(&f, buf, sizeof buf);
	check(n == 7+2+65535 && GBIT16(buf+7) == 65535, "pack.string-65535", "size %u", n);
	if(n != 0){
		Fcall g;

		check(convM2S(buf, n, &g) == n && strlen(g.ename) == 65535, "roundtrip.string-65535", "unpack");
	}

	for(t = 0; t < 256; t++){
		if(t >= Tversion && t < Tmax && t != Terror)
			continue;
		memset(&f, 0, sizeof f);
		f.type = t;
		if(convS2M(&f, buf, sizeof buf) != 0 || sizeS2M(&f) != 0)
			break;
	}
	check(t == 256, "pack.types", "type %d packed", t);

	memset(&f, 0, sizeof f);
	f.type = Twrite; f.count = 10; f.data = nil;
	check(convS2M(&f, buf, sizeof buf) == 0, "pack.Twrite-nil-data", "packed");
	memset(&f, 0, sizeof f);
	f.type = Twstat; f.nstat = 10; f.stat = nil;
	check(convS2M(&f, buf, sizeof buf) == 0, "pack.Twstat-nil-stat", "packed");

	/* nil strings pack as empty ones */
	memset(&f, 0, sizeof f);
	f.type = Tattach; f.uname = nil; f.aname = nil;
	n = convS2M(&f, buf, sizeof buf);
	check(n == 7+8+4 && GBIT16(buf+15) == 0 && GBIT16(buf+17) == 0, "pack.nil-strings", "size %u", n);

	/* every buffer too small is refused, and nothing written past it */
	bad = ~0U;
	for(t = 0; t < nmsgs && bad == ~0U; t++){
		n = sizeS2M(&msgs[t]);
		if(n > 200)
			continue;
		for(k = 0; k < n; k++){
			memset(buf, 0xAA, n);
			if(convS2M(&msgs[t], buf, k) != 0 || buf[k] != 0xAA){
				bad = k;
				break;
			}
		}
	}
	check(bad == ~0U, "pack.small-buffers", "%s packed into %u bytes", msgnames[t-1], bad);
}

/* the in-place termination leaves every string and datum correct */
static void
inplacetests(void)
{
	uchar buf[128];
	Fcall f, g;
	uint n;

	/* Tcreate: the perm after the name must survive the NUL */
	memset(&f, 0, sizeof f);
	f.type = Tcreate; f.tag = 1; f.fid = 2; f.name = "abc"; f.perm = 0xFFFFFFFF; f.mode = 0xFF;
	n = convS2M(&f, buf, sizeof buf);
	check(convM2S(buf, n, &g) == n && strcmp(g.name, "abc") == 0 && g.perm == 0xFFFFFFFF
		&& g.mode == 0xFF && (uchar*)g.name == buf+12,
		"inplace.Tcreate", "name %s perm %x mode %d", g.name, g.perm, g.mode);

	/* Tattach: back-to-back strings, the second one empty, then one empty first */
	memset(&f, 0, sizeof f);
	f.type = Tattach; f.uname = "glenda"; f.aname = "";
	n = convS2M(&f, buf, sizeof buf);
	check(convM2S(buf, n, &g) == n && strcmp(g.uname, "glenda") == 0 && strcmp(g.aname, "") == 0,
		"inplace.Tattach", "uname '%s' aname '%s'", g.uname, g.aname);
	f.uname = ""; f.aname = "x";
	n = convS2M(&f, buf, sizeof buf);
	check(convM2S(buf, n, &g) == n && strcmp(g.uname, "") == 0 && strcmp(g.aname, "x") == 0,
		"inplace.Tattach-empty-first", "uname '%s' aname '%s'", g.uname, g.aname);

	/* Twalk: empty names between others */
	memset(&f, 0, sizeof f);
	f.type = Twalk; f.nwname = 4;
	f.wname[0] = ""; f.wname[1] = "a"; f.wname[2] = ""; f.wname[3] = "bc";
	n = convS2M(&f, buf, sizeof buf);
	check(convM2S(buf, n, &g) == n && strcmp(g.wname[0], "") == 0 && strcmp(g.wname[1], "a") == 0
		&& strcmp(g.wname[2], "") == 0 && strcmp(g.wname[3], "bc") == 0,
		"inplace.Twalk", "names differ");

	/* Rread: the data are not moved and may hold NULs */
	memset(&f, 0, sizeof f);
	f.type = Rread; f.count = 3; f.data = "\0\1\0";
	n = convS2M(&f, buf, sizeof buf);
	check(convM2S(buf, n, &g) == n && (uchar*)g.data == buf+11 && memcmp(g.data, "\0\1\0", 3) == 0,
		"inplace.Rread", "data moved or changed");
}

/* fmtis: fcallfmt of f is exactly want */
static void
fmtis(char *name, Fcall *f, char *want)
{
	char buf[512], tname[64];
	int n;

	snprintf(tname, sizeof tname, "fmt.%s", name);
	n = fcallfmt(buf, sizeof buf, f);
	check(n == (int)strlen(want) && strcmp(buf, want) == 0, tname, "got \"%s\" (%d)", buf, n);
}

static void
fmttests(void)
{
	char buf[600], want[600];
	Fcall f;
	uint k;
	int i, n, full, bad;

	memset(&f, 0, sizeof f);
	f.type = Twalk; f.tag = 3; f.fid = 1; f.newfid = 2; f.nwname = 2;
	f.wname[0] = "bin"; f.wname[1] = "ls";
	fmtis("Twalk", &f, "Twalk tag 3 fid 1 newfid 2 nwname 2 0:bin 1:ls");

	memset(&f, 0, sizeof f);
	f.type = Tversion; f.tag = NOTAG; f.msize = 8192; f.version = "9P2000";
	fmtis("Tversion", &f, "Tversion tag 65535 msize 8192 version '9P2000'");

	memset(&f, 0, sizeof f);
	f.type = Rerror; f.tag = 1; f.ename = "file does not exist";
	fmtis("Rerror", &f, "Rerror tag 1 ename 'file does not exist'");

	memset(&f, 0, sizeof f);
	f.type = Ropen; f.tag = 1; f.qid = (Qid){0x2a, 3, QTDIR}; f.iounit = 8192;
	fmtis("Ropen", &f, "Ropen tag 1 qid (000000000000002a 3 d) iounit 8192");

	memset(&f, 0, sizeof f);
	f.type = Twrite; f.tag = 1; f.fid = 4; f.offset = ~0ULL; f.count = 3; f.data = "a\n'";
	fmtis("Twrite", &f, "Twrite tag 1 fid 4 offset 18446744073709551615 count 3 'a\\x0a\\x27'");

	memset(&f, 0, sizeof f);
	f.type = Tcreate; f.tag = 1; f.fid = 4; f.name = "d"; f.perm = DMDIR|0755; f.mode = 0;
	fmtis("Tcreate", &f, "Tcreate tag 1 fid 4 name 'd' perm 020000000755 mode 0");

	memset(&f, 0, sizeof f);
	f.type = Rstat; f.tag = 1; f.nstat = nstatbuf; f.stat = statbuf;
	fmtis("Rstat", &f, "Rstat tag 1 nstat 61 'usr' 'glenda' 'sys' '' q (1122334455667788 3 d) "
		"m 020000000755 at 1700000000 mt 1700000001 l 0 t 77 d 7");

	memset(&f, 0, sizeof f);
	f.type = 200; f.tag = 1;
	fmtis("unknown", &f, "unknown type 200 tag 1");

	/* every message formats, and every cut is a NUL-terminated prefix */
	bad = 0;
	for(i = 0; i < nmsgs && !bad; i++){
		full = fcallfmt(want, sizeof want, &msgs[i]);
		if(full <= 0 || full >= (int)sizeof want - 1 || (int)strlen(want) != full){
			bad = 1;
			break;
		}
		for(k = 0; k <= (uint)full + 1; k++){
			memset(buf, 0x55, sizeof buf);
			n = fcallfmt(buf, k, &msgs[i]);
			if(k == 0){
				if(n != 0 || buf[0] != 0x55)
					bad = 1;
			}else if(n != (int)(k-1 < (uint)full ? k-1 : (uint)full) || buf[n] != 0
			|| memcmp(buf, want, n) != 0 || (k < sizeof buf && (uchar)buf[k] != 0x55))
				bad = 1;
			if(bad)
				break;
		}
	}
	check(!bad, "fmt.truncation", "message %s", i < nmsgs ? msgnames[i] : "?");
}

int
main(void)
{
	int i;

	mkmsgs();
	for(i = 0; i < nmsgs; i++)
		roundtrip(msgnames[i], &msgs[i]);
	knowntests();
	rejecttests();
	truncationtests();
	packtests();
	inplacetests();
	fmttests();
	free(bigdata);
	return failures != 0;
}
