/*
 * lib9p_test: 9P transcripts against lib9p_testsrv.c, a tiny server
 * on lib9p, to check the library itself: version negotiation, fids
 * and walks, the defaults for nil callbacks, directory reads, held
 * requests answered out of order, Tflush, duplicate tags, malformed
 * messages.  One line per check: "PASS name" or "FAIL name: why".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include "client.h"

int	nf_main(int, char**);
int	nf_read9pmsg(int, void*, unsigned int);

enum { Root = 1 };

static int	fd;

/* expect: the next reply is of type type with tag tag (Rerror: ename err) */
static int
expect(char *what, int type, ushort tag, char *err)
{
	Fcall *r;

	r = recv9(fd, 2000);
	if(r == NULL)
		return check(0, what, "no reply (want type %d tag %d)", type, tag);
	if(r->type != type || r->tag != tag)
		return check(0, what, "got type %d tag %d (%s), want type %d tag %d", r->type, r->tag,
			r->type == Rerror ? r->ename : "", type, tag);
	if(err != NULL && strcmp(r->ename, err) != 0)
		return check(0, what, "error %s, want %s", r->ename, err);
	return check(1, what, " ");
}

/* quiet: no reply within ms */
static int
quiet(char *what, int ms)
{
	Fcall *r;

	r = recv9(fd, ms);
	return check(r == NULL, what, "unexpected reply type %d tag %d", r ? r->type : 0, r ? r->tag : 0);
}

/* sendread: a Tread of fid with tag, not waiting */
static void
sendread(u32int fid, ushort tag)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Tread;
	t.tag = tag;
	t.fid = fid;
	t.count = 100;
	send9(fd, &t);
}

static void
sendflush(ushort tag, ushort old)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Tflush;
	t.tag = tag;
	t.oldtag = old;
	send9(fd, &t);
}

static void
sendwrite(u32int fid, ushort tag, char *s)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Twrite;
	t.tag = tag;
	t.fid = fid;
	t.data = s;
	t.count = strlen(s);
	send9(fd, &t);
}

static void
testversion(void)
{
	Fcall *r;

	r = version(fd, 1<<20, "9P2000");
	check(isr(r, Rversion) && r->msize == MSIZE && strcmp(r->version, "9P2000") == 0,
		"version-msize-capped", "got %s %u", rerr(r) ? rerr(r) : "", r ? r->msize : 0);
	r = version(fd, 8192, "9P2000.u");
	check(isr(r, Rversion) && r->msize == 8192 && strcmp(r->version, "9P2000") == 0,
		"version-9P2000.u", "got %s %u %s", rerr(r) ? rerr(r) : "", r ? r->msize : 0,
		isr(r, Rversion) ? r->version : "");
	r = version(fd, 8192, "9P1999");
	check(isr(r, Rversion) && strcmp(r->version, "unknown") == 0, "version-unknown", "got %s",
		isr(r, Rversion) ? r->version : rerr(r));
	r = version(fd, 100, "9P2000");
	check(isr(r, Rerror), "version-msize-too-small", "no Rerror");
	r = version(fd, MSIZE, "9P2000");
	check(isr(r, Rversion) && r->msize == MSIZE, "version-again", "%s", rerr(r) ? rerr(r) : "");
}

static void
testattach(void)
{
	Fcall *r;

	r = attach(fd, Root, "glenda", "");
	check(isr(r, Rattach) && (r->qid.type & QTDIR), "attach", "%s", rerr(r) ? rerr(r) : "bad qid");
	r = attach(fd, Root, "glenda", "");
	check(isr(r, Rerror), "attach-duplicate-fid", "no Rerror");
	r = attach(fd, 2, "glenda", "fail");
	check(isr(r, Rerror) && strcmp(r->ename, "attach refused") == 0, "attach-refused", "%s", rerr(r) ? rerr(r) : "ok");
	r = attach(fd, 2, "glenda", "");
	check(isr(r, Rattach), "attach-fid-free-after-failure", "%s", rerr(r) ? rerr(r) : "");
	clunk9(fd, 2);
	r = clunk9(fd, 2);
	check(isr(r, Rerror), "clunk-twice", "no Rerror");
	r = stat9(fd, 999, NULL);
	check(isr(r, Rerror) && strcmp(r->ename, "unknown fid") == 0, "unknown-fid", "%s", rerr(r) ? rerr(r) : "ok");
}

static void
testwalk(void)
{
	char path[128];
	Fcall *r;
	Dir d;
	int i;

	r = walk(fd, Root, 10, "");
	check(isr(r, Rwalk) && r->nwqid == 0, "walk-clone", "%s", rerr(r) ? rerr(r) : "");
	r = stat9(fd, 10, &d);
	check(isr(r, Rstat) && d.qid.path == 0 && strcmp(d.name, "/") == 0, "walk-clone-stat", "%s", rerr(r) ? rerr(r) : d.name);
	clunk9(fd, 10);

	path[0] = 0;
	for(i = 0; i < 16; i++)
		strcat(path, i ? "/d" : "d");
	r = walk(fd, Root, 11, path);
	check(isr(r, Rwalk) && r->nwqid == 16 && r->wqid[15].path == 115 && (r->wqid[15].type & QTDIR),
		"walk-16", "%s %d", rerr(r) ? rerr(r) : "", r ? r->nwqid : -1);
	r = stat9(fd, 11, &d);
	check(isr(r, Rstat) && d.qid.path == 115, "walk-16-newfid", "%s", rerr(r) ? rerr(r) : "wrong qid");
	r = walk(fd, 11, 11, "../../d");
	check(isr(r, Rwalk) && r->nwqid == 3 && r->wqid[2].path == 114, "walk-dotdot-in-place", "%s", rerr(r) ? rerr(r) : "");
	r = stat9(fd, 11, &d);
	check(isr(r, Rstat) && d.qid.path == 114, "walk-in-place-moves", "qid %llu", d.qid.path);
	clunk9(fd, 11);

	r = walk(fd, Root, 12, "d/x/d");
	check(isr(r, Rwalk) && r->nwqid == 1 && r->wqid[0].path == 100, "walk-partial", "%s", rerr(r) ? rerr(r) : "");
	r = stat9(fd, 12, NULL);
	check(isr(r, Rerror), "walk-partial-no-newfid", "newfid exists");
	r = walk(fd, Root, 12, "x");
	check(isr(r, Rerror) && strcmp(r->ename, "file does not exist") == 0, "walk-first-fails", "%s", rerr(r) ? rerr(r) : "ok");
	r = stat9(fd, 12, NULL);
	check(isr(r, Rerror), "walk-fail-no-newfid", "newfid exists");

	walk(fd, Root, 13, "");
	r = walk(fd, 13, 13, "d/d/x");
	check(isr(r, Rwalk) && r->nwqid == 2, "walk-partial-in-place", "%s", rerr(r) ? rerr(r) : "");
	r = stat9(fd, 13, &d);
	check(isr(r, Rstat) && d.qid.path == 0, "walk-partial-in-place-unchanged", "qid %llu", d.qid.path);
	r = walk(fd, 13, 14, "hold");
	check(isr(r, Rwalk) && r->nwqid == 1 && r->wqid[0].type == QTFILE, "walk-file", "%s", rerr(r) ? rerr(r) : "");
	r = walk(fd, 14, 15, "x");
	check(isr(r, Rerror) && strcmp(r->ename, "not a directory") == 0, "walk-from-file", "%s", rerr(r) ? rerr(r) : "ok");
	r = walk(fd, Root, 14, "");
	check(isr(r, Rerror) && strcmp(r->ename, "duplicate fid") == 0, "walk-duplicate-newfid", "%s", rerr(r) ? rerr(r) : "ok");
	r = walk(fd, 777, 16, "");
	check(isr(r, Rerror), "walk-unknown-fid", "no Rerror");
	clunk9(fd, 13);
	clunk9(fd, 14);
}

static void
testdefaults(void)
{
	Fcall *r;
	Dir d;

	walk(fd, Root, 20, "");
	r = open9(fd, 20, NWRITE);
	check(isr(r, Rerror) && strcmp(r->ename, "is a directory") == 0, "open-dir-for-write", "%s", rerr(r) ? rerr(r) : "ok");
	r = read9(fd, 20, 0, 100);
	check(isr(r, Rerror), "read-unopened", "no Rerror");
	r = create9(fd, 20, "new", 0666, NRDWR);
	check(isr(r, Rerror) && strcmp(r->ename, "permission denied") == 0, "create-default", "%s", rerr(r) ? rerr(r) : "ok");
	r = create9(fd, 20, "..", 0666, NRDWR);
	check(isr(r, Rerror), "create-dotdot", "no Rerror");
	r = open9(fd, 20, NREAD);
	check(isr(r, Ropen) && (r->qid.type & QTDIR), "open-dir", "%s", rerr(r) ? rerr(r) : "");
	r = open9(fd, 20, NREAD);
	check(isr(r, Rerror), "open-twice", "no Rerror");
	r = walk(fd, 20, 21, "d");
	check(isr(r, Rerror), "walk-open-fid", "no Rerror");
	r = write9(fd, 20, 0, "x", 1);
	check(isr(r, Rerror), "write-read-only-fid", "no Rerror");
	walk(fd, Root, 21, "big/entry007");
	nulldir(&d);
	d.name = "other";
	r = wstat9(fd, 21, &d);
	check(isr(r, Rerror) && strcmp(r->ename, "permission denied") == 0, "wstat-default", "%s", rerr(r) ? rerr(r) : "ok");
	r = remove9(fd, 21);
	check(isr(r, Rerror) && strcmp(r->ename, "permission denied") == 0, "remove-default", "%s", rerr(r) ? rerr(r) : "ok");
	r = clunk9(fd, 21);
	check(isr(r, Rerror), "remove-clunks", "fid still there");
	clunk9(fd, 20);
}

static void
testdirread(void)
{
	char names[4096], want[4096], buf[32];
	int i, n;
	Fcall *r;

	walk(fd, Root, 30, "big");
	open9(fd, 30, NREAD);
	n = dirnames(fd, 30, 300, names, sizeof names);
	want[0] = 0;
	for(i = 0; i < 100; i++){
		snprintf(buf, sizeof buf, "entry%03d ", i);
		strcat(want, buf);
	}
	check(n > 10 && strcmp(names, want) == 0, "dirread-whole-entries", "%d reads, names %.60s...", n, names);
	r = read9(fd, 30, 17, 300);
	check(isr(r, Rerror), "dirread-bad-offset", "no Rerror");
	r = read9(fd, 30, 0, 20);
	check(isr(r, Rerror), "dirread-count-too-small", "no Rerror");
	n = dirnames(fd, 30, 8000, names, sizeof names);
	check(n == 1 && strcmp(names, want) == 0, "dirread-again-from-0", "%d reads", n);
	clunk9(fd, 30);
}

static void
testheld(void)
{
	Fcall *r;
	Dir d;

	walk(fd, Root, 40, "hold");
	open9(fd, 40, NRDWR);
	walk(fd, Root, 41, "hold");
	open9(fd, 41, NWRITE);
	walk(fd, Root, 42, "lazy");
	open9(fd, 42, NREAD);
	walk(fd, Root, 43, "early");
	open9(fd, 43, NREAD);

	/* a held read, answered by a later write, others served meanwhile */
	sendread(40, 500);
	quiet("held-read-waits", 200);
	r = stat9(fd, 41, &d);
	check(isr(r, Rstat) && strcmp(d.name, "hold") == 0, "served-while-held", "%s", rerr(r) ? rerr(r) : "");
	sendwrite(41, 501, "hello");
	r = recv9(fd, 2000);
	check(isr(r, Rread) && r->tag == 500 && r->count == 5 && memcmp(r->data, "hello", 5) == 0,
		"held-read-answered", "%s", r ? (r->type == Rerror ? r->ename : "wrong reply") : "no reply");
	expect("write-after-held", Rwrite, 501, NULL);

	/* flush of a held read: Rerror then Rflush, never answered again */
	sendread(40, 502);
	sendflush(503, 502);
	expect("flush-old-answered", Rerror, 502, "interrupted");
	expect("flush-answered-after", Rflush, 503, NULL);
	sendwrite(41, 504, "x");
	expect("flushed-read-not-answered-again", Rwrite, 504, NULL);
	quiet("nothing-more", 100);

	/* a flush the server answers only when the old request is */
	sendread(42, 505);
	sendflush(506, 505);
	quiet("flush-waits-for-old", 200);
	sendwrite(41, 507, "y");
	expect("lazy-old-first", Rerror, 505, "interrupted");
	expect("lazy-flush-second", Rflush, 506, NULL);
	expect("lazy-write", Rwrite, 507, NULL);

	/* a flush answered first: the old request is dropped, its tag free */
	sendread(43, 508);
	sendflush(509, 508);
	expect("early-flush", Rflush, 509, NULL);
	sendread(40, 508);
	quiet("early-tag-reused", 100);
	sendwrite(41, 510, "z");
	r = recv9(fd, 2000);
	check(isr(r, Rread) && r->tag == 508 && r->count == 1 && r->data[0] == 'z', "early-read-dropped", "%s",
		r ? (r->type == Rerror ? r->ename : "wrong reply") : "no reply");
	expect("early-write", Rwrite, 510, NULL);
	quiet("early-nothing-more", 100);

	/* flush of a tag not in use */
	sendflush(511, 4444);
	expect("flush-unknown-tag", Rflush, 511, NULL);

	/* duplicate tag */
	sendread(40, 512);
	memset(&d, 0, sizeof d);
	{
		Fcall t;

		memset(&t, 0, sizeof t);
		t.type = Tstat;
		t.tag = 512;
		t.fid = 41;
		send9(fd, &t);
	}
	expect("duplicate-tag", Rerror, 512, "tag in use");
	sendflush(513, 512);
	expect("duplicate-tag-flush-old", Rerror, 512, "interrupted");
	expect("duplicate-tag-flush", Rflush, 513, NULL);

	/* several held at once, answered together */
	sendread(40, 514);
	sendread(40, 515);
	sendwrite(41, 516, "both");
	r = recv9(fd, 2000);
	check(isr(r, Rread) && (r->tag == 514 || r->tag == 515), "two-held-1", "bad reply");
	r = recv9(fd, 2000);
	check(isr(r, Rread) && (r->tag == 514 || r->tag == 515), "two-held-2", "bad reply");
	expect("two-held-write", Rwrite, 516, NULL);
}

static void
testmalformed(void)
{
	unsigned char m[64];
	Fcall *r;
	Dir d;
	int i;

	/* size field disagrees */
	memcpy(m, "\x20\x00\x00\x00\x7c\x07\x00\x01\x00\x00\x00", 11);
	sendraw(fd, m, 11);
	expect("malformed-size", Rerror, 7, "malformed message");
	/* unknown type */
	memcpy(m, "\x0b\x00\x00\x00\xc8\x08\x00\x01\x00\x00\x00", 11);
	sendraw(fd, m, 11);
	expect("malformed-type", Rerror, 8, NULL);
	/* an R-message */
	memcpy(m, "\x0b\x00\x00\x00\x75\x09\x00\x00\x00\x00\x00", 11);
	sendraw(fd, m, 11);
	expect("malformed-rmessage", Rerror, 9, NULL);
	/* Terror */
	memcpy(m, "\x09\x00\x00\x00\x6a\x0a\x00\x00\x00", 9);
	sendraw(fd, m, 9);
	expect("malformed-terror", Rerror, 10, NULL);
	/* a Twalk of 17 names */
	i = 0;
	m[i++] = 0; m[i++] = 0; m[i++] = 0; m[i++] = 0;
	m[i++] = Twalk; m[i++] = 11; m[i++] = 0;
	memcpy(m+i, "\x01\x00\x00\x00\x63\x00\x00\x00\x11\x00", 10);
	i += 10;
	memset(m+i, 0, 34);	/* 17 empty names */
	i += 34;
	m[0] = i;
	sendraw(fd, m, i);
	expect("malformed-walk-17", Rerror, 11, NULL);
	/* string running past the end */
	memcpy(m, "\x0d\x00\x00\x00\x64\x0c\x00\x00\x20\x00\x00\x50\x39", 13);
	sendraw(fd, m, 13);
	expect("malformed-string", Rerror, 12, NULL);
	/* too short for a tag: no answer */
	sendraw(fd, "\x03\x00\x00", 3);
	quiet("malformed-short", 100);
	/* random garbage */
	srand(9);
	for(i = 0; i < 200; i++){
		unsigned char g[40];
		int j, n;

		n = 7 + rand() % 33;
		for(j = 0; j < n; j++)
			g[j] = rand();
		g[0] = n;
		g[1] = g[2] = g[3] = 0;
		g[4] = 100 + rand() % 28;
		if(g[4] == Tflush || g[4] == Tversion || g[4] == Tread)
			g[4] = Tstat;
		g[5] = 0x77;
		g[6] = 0x77;
		sendraw(fd, g, n);
		r = recv9(fd, 2000);
		if(r == NULL || r->tag != 0x7777){
			check(0, "garbage", "no or wrong reply to garbage message %d", i);
			break;
		}
	}
	r = stat9(fd, Root, &d);
	check(isr(r, Rstat), "alive-after-garbage", "%s", rerr(r) ? rerr(r) : "");
}

/*
 * with the server's flush removed, lib9p's default leaves the held
 * read to the server and sends the Rflush right after its reply
 */
static void
testdefaultflush(void)
{
	static uchar rread[] = { 12,0,0,0, Rread, 0x58,0x02, 1,0,0,0, 'q' };
	static uchar rflush[] = { 7,0,0,0, Rflush, 0x59,0x02 };
	static uchar rwrite[] = { 11,0,0,0, Rwrite, 0x5a,0x02, 1,0,0,0 };
	static uchar rflush2[] = { 7,0,0,0, Rflush, 0x5c,0x02 };
	uchar buf[64];
	Fcall *r;
	int n;

	r = attach(fd, 50, "glenda", "defaultflush");
	check(isr(r, Rattach), "attach-defaultflush", "%s", rerr(r) ? rerr(r) : "");
	sendread(40, 600);
	sendflush(601, 600);
	quiet("default-flush-waits-for-old", 200);
	sendwrite(41, 602, "q");
	n = recvraw(fd, buf, sizeof buf, 2000);
	check(n == sizeof rread && memcmp(buf, rread, n) == 0, "default-flush-old-answered",
		"got %d bytes type %d", n, n > 4 ? buf[4] : 0);
	n = recvraw(fd, buf, sizeof buf, 2000);
	check(n == sizeof rflush && memcmp(buf, rflush, n) == 0, "default-flush-after-old",
		"got %d bytes type %d", n, n > 4 ? buf[4] : 0);
	n = recvraw(fd, buf, sizeof buf, 2000);
	check(n == sizeof rwrite && memcmp(buf, rwrite, n) == 0, "default-flush-write",
		"got %d bytes type %d", n, n > 4 ? buf[4] : 0);
	quiet("default-flush-nothing-more", 100);
	/* a flush of a request already answered: at once */
	sendflush(604, 600);
	n = recvraw(fd, buf, sizeof buf, 2000);
	check(n == sizeof rflush2 && memcmp(buf, rflush2, n) == 0, "default-flush-answered-tag",
		"got %d bytes type %d", n, n > 4 ? buf[4] : 0);
	/* the held read's Req was not freed: serving goes on */
	r = stat9(fd, 41, NULL);
	check(isr(r, Rstat), "default-flush-alive", "%s", rerr(r) ? rerr(r) : "");
}

/*
 * a walk's newfid is not there until the walk is answered: a Topen,
 * Tstat or Tclunk sent behind a Twalk the server holds is refused
 * "unknown fid" (the kernel sends Topen so, and opens again once the
 * walk is done), and the fid works once it is
 */
static void
testheldwalk(void)
{
	Fcall t, *r;

	r = attach(fd, 70, "glenda", "slowwalk");
	check(isr(r, Rattach), "attach-slowwalk", "%s", rerr(r) ? rerr(r) : "");
	memset(&t, 0, sizeof t);
	t.type = Twalk;
	t.tag = 700;
	t.fid = 70;
	t.newfid = 71;
	t.nwname = 1;
	t.wname[0] = "later";
	send9(fd, &t);
	r = open9(fd, 71, 0);
	check(isr(r, Rerror) && strcmp(r->ename, "unknown fid") == 0, "heldwalk-open-refused", "%s", rerr(r) ? rerr(r) : "opened");
	r = stat9(fd, 71, NULL);
	check(isr(r, Rerror) && strcmp(r->ename, "unknown fid") == 0, "heldwalk-stat-refused", "%s", rerr(r) ? rerr(r) : "stat");
	r = clunk9(fd, 71);
	check(isr(r, Rerror) && strcmp(r->ename, "unknown fid") == 0, "heldwalk-clunk-refused", "%s", rerr(r) ? rerr(r) : "clunked");
	r = walk(fd, 70, 72, "");
	check(isr(r, Rwalk), "heldwalk-others-served", "%s", rerr(r) ? rerr(r) : "");
	r = walk(fd, 70, 71, "");
	check(isr(r, Rerror) && strcmp(r->ename, "duplicate fid") == 0, "heldwalk-newfid-taken", "%s", rerr(r) ? rerr(r) : "walked");
	r = walk(fd, 70, 73, "hold");
	r = open9(fd, 73, 1);
	check(isr(r, Ropen), "heldwalk-open-hold", "%s", rerr(r) ? rerr(r) : "");
	sendwrite(73, 701, "w");
	r = recv9(fd, 2000);
	check(isr(r, Rwalk) && r->tag == 700 && r->nwqid == 1, "heldwalk-answered", "%s", r ? (rerr(r) ? rerr(r) : "other reply") : "no reply");
	expect("heldwalk-write", Rwrite, 701, NULL);
	r = open9(fd, 71, 0);
	check(isr(r, Ropen), "heldwalk-open-after", "%s", rerr(r) ? rerr(r) : "");
	clunk9(fd, 71);
	clunk9(fd, 72);
	clunk9(fd, 73);
}

/* allocs: the test server's count of live allocations, or -1 */
static long
allocs(void)
{
	Fcall *r;
	char buf[32];

	r = read9(fd, 60, 0, sizeof buf - 1);
	if(!isr(r, Rread))
		return -1;
	memcpy(buf, r->data, r->count);
	buf[r->count] = 0;
	return atol(buf);
}

/*
 * the strings a stat callback malloc's are freed after the reply:
 * 100 stats (and 100 of a fid that is not there) allocate nothing
 * that stays
 */
static void
teststatfree(void)
{
	long a0, a1;
	Fcall *r;
	Dir d;
	int i, ok;

	walk(fd, Root, 60, "allocs");
	r = open9(fd, 60, NREAD);
	check(isr(r, Ropen), "allocs-open", "%s", rerr(r) ? rerr(r) : "");
	walk(fd, Root, 61, "hold");
	a0 = allocs();
	check(a0 > 0 && allocs() == a0, "allocs-steady", "%ld then %ld", a0, allocs());
	ok = 1;
	for(i = 0; i < 100; i++){
		r = stat9(fd, 61, &d);
		if(!isr(r, Rstat) || strcmp(d.name, "hold") != 0 || strcmp(d.uid, "test") != 0
		|| strcmp(d.muid, "test") != 0)
			ok = 0;
		r = stat9(fd, 62, NULL);
		if(!isr(r, Rerror) || strcmp(r->ename, "unknown fid") != 0)
			ok = 0;
	}
	check(ok, "stat-replies", "a stat reply was wrong");
	a1 = allocs();
	check(a1 == a0, "stat-strings-freed", "%ld blocks live before 100 stats, %ld after", a0, a1);
	clunk9(fd, 61);
	clunk9(fd, 60);
}

/*
 * read9pmsg: whole messages from a pipe written one byte at a time,
 * and from a channel (a SOCK_SEQPACKET pair, with the kernel's rule
 * that a buffer too small for the message is an error)
 */
static void
testread9pmsg(void)
{
	static uchar msgs[] = {
		19,0,0,0, Tversion, 0xff,0xff, 0x18,0x00,0x01,0x00, 6,0, '9','P','2','0','0','0',
		11,0,0,0, Tclunk, 7,0, 1,0,0,0,
		7,0,0,0, Tflush+1, 9,0,
	};
	static int lens[] = { 19, 11, 7 };
	uchar buf[64];
	int p[2], i, n, off, ok;
	pid_t c;

	if(pipe(p) < 0){
		check(0, "read9pmsg-pipe", "pipe failed");
		return;
	}
	fflush(stdout);
	if((c = fork()) == 0){
		close(p[0]);
		for(i = 0; i < sizeof msgs; i++){
			if(write(p[1], msgs+i, 1) != 1)
				_exit(1);
			usleep(500);
		}
		_exit(0);
	}
	close(p[1]);
	ok = 1;
	off = 0;
	for(i = 0; i < nelem(lens); i++){
		memset(buf, 0xee, sizeof buf);
		n = nf_read9pmsg(p[0], buf, sizeof buf);
		if(n != lens[i] || memcmp(buf, msgs+off, n) != 0 || buf[n] != 0xee){
			check(0, "read9pmsg-pipe", "message %d: got %d bytes, want %d", i, n, lens[i]);
			ok = 0;
		}
		off += lens[i];
	}
	if(ok)
		check(1, "read9pmsg-pipe", " ");
	n = nf_read9pmsg(p[0], buf, sizeof buf);
	check(n == 0, "read9pmsg-pipe-eof", "got %d at end of file", n);
	close(p[0]);
	waitpid(c, NULL, 0);

	/* a size field that cannot be, and one larger than the buffer */
	pipe(p);
	write(p[1], "\x03\x00\x00\x00\x64", 5);
	n = nf_read9pmsg(p[0], buf, sizeof buf);
	check(n == -1, "read9pmsg-bad-size", "got %d", n);
	close(p[0]);
	close(p[1]);
	pipe(p);
	write(p[1], "\x00\x10\x00\x00\x64", 5);
	n = nf_read9pmsg(p[0], buf, sizeof buf);
	check(n == -1, "read9pmsg-too-large", "got %d", n);
	close(p[0]);
	close(p[1]);
	/* end of file inside a message */
	pipe(p);
	write(p[1], msgs, 10);
	close(p[1]);
	n = nf_read9pmsg(p[0], buf, sizeof buf);
	check(n == 0, "read9pmsg-eof-inside", "got %d", n);
	close(p[0]);

	/* a channel: one read, one message */
	if(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, p) < 0){
		check(0, "read9pmsg-chan", "socketpair failed");
		return;
	}
	off = 0;
	for(i = 0; i < nelem(lens); i++){
		write(p[1], msgs+off, lens[i]);
		off += lens[i];
	}
	close(p[1]);
	ok = 1;
	off = 0;
	for(i = 0; i < nelem(lens); i++){
		n = nf_read9pmsg(p[0], buf, sizeof buf);
		if(n != lens[i] || memcmp(buf, msgs+off, n) != 0)
			ok = 0;
		off += lens[i];
	}
	check(ok, "read9pmsg-chan", "a message came back wrong");
	n = nf_read9pmsg(p[0], buf, sizeof buf);
	check(n == 0, "read9pmsg-chan-eof", "got %d at end of file", n);
	close(p[0]);
}

/* Tversion starts again: held requests dropped, fids clunked */
static void
testreset(void)
{
	Fcall *r;

	sendread(40, 700);
	quiet("reset-held", 100);
	r = version(fd, MSIZE, "9P2000");
	check(isr(r, Rversion), "reset-version", "%s", rerr(r) ? rerr(r) : "");
	r = stat9(fd, Root, NULL);
	check(isr(r, Rerror), "reset-clunks-fids", "root fid still there");
	quiet("reset-drops-held", 100);
	r = attach(fd, Root, "glenda", "");
	check(isr(r, Rattach), "reset-attach", "%s", rerr(r) ? rerr(r) : "");
}

int
main(int argc, char **argv)
{
	char *args[] = { "testsrv", NULL };
	int st;

	fd = startsrv(nf_main, 1, args);
	if(!check(fd >= 0, "start", "server did not start"))
		return report();
	testversion();
	testattach();
	testwalk();
	testdefaults();
	testdirread();
	teststatfree();
	testheld();
	testmalformed();
	testdefaultflush();
	testheldwalk();
	testreset();
	testread9pmsg();
	st = stopsrv(fd);
	check(st == 0, "server-exits-cleanly", "wait status %d", st);
	return report();
}
