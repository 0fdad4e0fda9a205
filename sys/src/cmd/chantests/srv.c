/*
 * srv.c: chantests' own 9P server.  Files: / (dir), /hello ("hello\n"),
 * /slow (a read is held until the next read of /hello, then answered
 * "late\n"), /flushes (how many Tflush it has seen); a walk to "stall"
 * is held until the next read of /hello.  Writes to /hello turn on
 * misbehaviour: "garbage", "badstat", "silent", "swap" (from then on
 * a Twalk is answered after the message that follows it, as a server
 * taking requests in any order may).  An open of a fid no walk made
 * fails "unknown fid".  It serves a channel
 * (a message a read) or, with stream set, a pipe (size[4] framing,
 * replies written in pieces).
 */
#include "chantests.h"

enum { Normal, Garbage, Silent };
enum { Qroot, Qhello, Qslow, Qflushes };
static char *qname[] = { "/", "hello", "slow", "flushes" };

typedef struct Held Held;
struct Held {
	int	tag;		/* -1: none */
	u32int	fid;
};

static u32int	fidq[256];	/* qid path of each fid number (fids < 256) */
static uchar	fidused[256];
static Held	held = { -1, 0 };
static int	nflush;
static int	mode;
static int	badstat;	/* the next Rstat is malformed */
static int	swap;		/* a Twalk waits for the next message */
char	*vers = VERSION9P;	/* what Rversion says */
int	stream;		/* serving a pipe: read and write in pieces */
static int	stalltag = -1;	/* a walk to "stall" held until the next hello */

static void
reply(int fd, Fcall *f)
{
	static uchar buf[MSIZE];
	uint n, i, k;

	n = convS2M(f, buf, sizeof buf);
	if(n == 0)
		return;
	if(!stream){
		/* the hostile modes expect some writes to fail; normal ones not */
		if(write(fd, buf, n) != (long)n){
		}
		return;
	}
	/* a stream: the message in pieces of 1, 2, 3 ... bytes */
	for(i = 0, k = 1; i < n; i += k, k++)
		if(write(fd, buf + i, i + k > n ? n - i : k) < 0)
			return;
}

/* readmsg: one 9P message from fd: whole from a channel, gathered from a pipe */
static long
readmsg(int fd, uchar *buf, long max)
{
	long n, m, need;

	if(!stream)
		return read(fd, buf, max);
	for(n = 0; n < 4; n += m)
		if((m = read(fd, buf + n, 4 - n)) <= 0)
			return m;
	need = GBIT32(buf);
	if(need < 7 || need > max)
		return -1;
	for(; n < need; n += m)
		if((m = read(fd, buf + n, need - n)) <= 0)
			return -1;
	return n;
}

static void
rerror(int fd, Fcall *t, char *e)
{
	Fcall r;

	r.type = Rerror;
	r.tag = t->tag;
	r.ename = e;
	reply(fd, &r);
}

static Qid
mkqid(int q)
{
	Qid qid;

	qid.path = q;
	qid.vers = 0;
	qid.type = q == Qroot ? QTDIR : QTFILE;
	return qid;
}

static void
readreply(int fd, int tag, char *s)
{
	Fcall r;

	r.type = Rread;
	r.tag = tag;
	r.count = strlen(s);
	r.data = s;
	reply(fd, &r);
}

static void	answer(int fd, Fcall *t);

/* serve: the test server's loop on channel end fd, until it closes */
void
serve(int fd)
{
	static uchar buf[MSIZE], walkbuf[MSIZE];
	Fcall t, w;
	long n;
	int walkheld;

	walkheld = 0;
	while((n = readmsg(fd, buf, sizeof buf)) > 0){
		if(swap && !walkheld && n > 4 && buf[4] == Twalk){
			/* unpacked where its strings may stay until it is answered */
			memmove(walkbuf, buf, n);
			if(convM2S(walkbuf, n, &w) != 0){
				walkheld = 1;
				continue;
			}
		}
		if(convM2S(buf, n, &t) == 0){
			fprintf(stderr, "chantests: server: bad message\n");
			continue;
		}
		answer(fd, &t);
		if(walkheld){
			walkheld = 0;
			answer(fd, &w);
		}
	}
}

/* answer: handle request t */
static void
answer(int fd, Fcall *tp)
{
	static uchar buf[MSIZE];
	Fcall t, r;
	int i, q;
	char num[32];
	uchar st[256];
	Dir d;

	t = *tp;
	r.tag = t.tag;
	r.type = t.type + 1;
	switch(t.type){
	case Tversion:
		if(t.tag != NOTAG){
			rerror(fd, &t, "Tversion tag is not NOTAG");
			break;
		}
		r.msize = t.msize < MSIZE ? t.msize : MSIZE;
		r.version = vers;
		reply(fd, &r);
		break;
	case Tattach:
		if(t.fid >= 256){ rerror(fd, &t, "fid too big"); break; }
		fidused[t.fid] = 1;
		fidq[t.fid] = Qroot;
		r.qid = mkqid(Qroot);
		reply(fd, &r);
		break;
	case Twalk:
		if(t.fid >= 256 || !fidused[t.fid] || t.newfid >= 256){ rerror(fd, &t, "bad fid"); break; }
		q = fidq[t.fid];
		r.nwqid = 0;
		if(t.nwname == 1 && strcmp(t.wname[0], "stall") == 0){
			stalltag = t.tag;	/* answered at the next read of hello */
			break;
		}
		for(i = 0; i < t.nwname; i++){
			if(q != Qroot)
				break;
			for(q = Qhello; q <= Qflushes; q++)
				if(strcmp(t.wname[i], qname[q]) == 0)
					break;
			if(q > Qflushes){
				q = Qroot;
				break;
			}
			r.wqid[r.nwqid++] = mkqid(q);
		}
		if(t.nwname > 0 && r.nwqid == 0){ rerror(fd, &t, "file does not exist"); break; }
		if(r.nwqid == t.nwname){
			fidused[t.newfid] = 1;
			fidq[t.newfid] = t.nwname ? (int)r.wqid[r.nwqid-1].path : fidq[t.fid];
		}
		reply(fd, &r);
		break;
	case Topen:
		if(t.fid >= 256 || !fidused[t.fid]){ rerror(fd, &t, "unknown fid"); break; }
		r.qid = mkqid(fidq[t.fid]);
		r.iounit = 0;
		reply(fd, &r);
		break;
	case Tread:
		q = fidq[t.fid];
		if(q == Qslow){
			held.tag = t.tag;
			held.fid = t.fid;
			break;	/* answered later */
		}
		if(q == Qflushes){
			snprintf(num, sizeof num, "%d", nflush);
			readreply(fd, t.tag, t.offset ? "" : num);
			break;
		}
		if(q == Qroot){
			readreply(fd, t.tag, "");
			break;
		}
		/* hello */
		if(mode == Garbage){
			uchar junk[16];
			memset(junk, 0xEE, sizeof junk);
			if(write(fd, junk, sizeof junk) >= 0)
				fprintf(stderr, "chantests: server: garbage accepted\n");
			r.type = Rread;
			r.tag = t.tag ^ 0x5555;	/* a tag nobody sent */
			r.count = 1;
			r.data = "x";
			if(write(fd, buf, convS2M(&r, buf, sizeof buf)) >= 0)
				fprintf(stderr, "chantests: server: wrong tag accepted\n");
			/* and then an honest tag with more than was asked */
			r.tag = t.tag;
			r.count = t.count + 10;
			{
				static char big[MSIZE];
				memset(big, 'y', sizeof big);
				r.data = big;
				reply(fd, &r);
			}
			mode = Normal;
			break;
		}
		if(mode == Silent){
			sleep(1);
			_exit(0);	/* never answers: dies */
		}
		readreply(fd, t.tag, t.offset ? "" : "hello\n");
		if(stalltag >= 0){
			Fcall e;
			e.type = Rerror;
			e.tag = stalltag;
			e.ename = "file does not exist";
			reply(fd, &e);
			stalltag = -1;
		}
		if(held.tag >= 0){
			readreply(fd, held.tag, "late\n");
			held.tag = -1;
		}
		break;
	case Twrite:
		if(strncmp(t.data, "garbage", 7) == 0)
			mode = Garbage;
		else if(strncmp(t.data, "badstat", 7) == 0)
			badstat = 1;
		else if(strncmp(t.data, "silent", 6) == 0)
			mode = Silent;
		else if(strncmp(t.data, "swap", 4) == 0)
			swap = 1;
		r.count = t.count;
		reply(fd, &r);
		break;
	case Tclunk:
		if(t.fid < 256)
			fidused[t.fid] = 0;
		reply(fd, &r);
		break;
	case Tflush:
		nflush++;
		if(held.tag == t.oldtag)
			held.tag = -1;	/* never answered now */
		reply(fd, &r);
		break;
	case Tstat:
		memset(&d, 0, sizeof d);
		q = fidq[t.fid];
		d.qid = mkqid(q);
		d.mode = q == Qroot ? DMDIR|0555 : 0666;
		d.name = qname[q];
		d.uid = d.gid = d.muid = "test";
		r.nstat = convD2M(&d, st, sizeof st);
		r.stat = st;
		if(badstat){
			/* a name length running past the entry */
			st[STATFIXLEN - 8] = 0xF0;
			badstat = 0;
		}
		reply(fd, &r);
		break;
	default:
		rerror(fd, &t, "not supported");
	}
}

/* startserver: fork a test server and mount it at name:; its pid */
