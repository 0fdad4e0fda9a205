/*
 * lmount: mount a 9P2000.L server (diod, QEMU's 9p export, Linux's
 * nfs-ganesha...) as a scheme, through lib9pl's translator.
 *	lmount [-D] [-a aname] [-u uname] [-n uid] [-m msize] addr name
 * addr is net!host!port (tcp: dialled), or any URL that opens as a
 * stream carrying 9P2000.L.
 *
 * Three processes.  lmount itself agrees the .L version, starts the
 * other two and mounts; the server reads the kernel's 9P2000 requests
 * from a channel and hands them to the translator, which writes .L
 * requests to the connection; the relay reads the .L replies from the
 * connection and, having mounted the same channel under the aname
 * "#reply" in a namespace of its own, writes them to the server
 * (lxside), which takes them as a byte stream and hands each whole
 * message to the translator.  When the connection ends the relay exits, its clunk
 * tells the server, and the server exits: every request then waiting,
 * and every later one, fails with "server gone".  When the mount is let
 * go of (unmounted, and every file of it closed), the kernel clunks the
 * last fid; the relay's own mount keeps the channel open, so the server
 * sees that in the translator (lxbusy), ends the relay, and so the
 * connection, and exits.
 */
#include <libc.h>
#include <fcall.h>
#include <9p.h>
#include <9pl.h>
#include <signal.h>

static Lx *lx;
static int chatty;
static int chanfd;	/* the server's end of the channel */
static int peerfd;	/* the connection */
static char *name;	/* the scheme, for messages */
static int relaypid;

/* the relay's writes: the peer's bytes, cut into messages here */
static uchar *stream;
static uint nstream;
static void fromrelay(Lxside*, uchar*, uint);
static void relaygone(Lxside*);
static Lxside side = {
	.aname = "#reply",
	.write = fromrelay,
	.gone = relaygone,
};

static void
usage(void)
{
	fprint(2, "usage: lmount [-D] [-a aname] [-u uname] [-n uid] [-m msize] addr name\n");
	exits("usage");
}

static void
sendl(Lx *l, uchar *msg, uint n)
{
	Lcall f;
	char buf[256], *strs;

	USED(l);
	if(chatty && (strs = malloc(n)) != nil){
		if(convM2L(msg, n, &f, strs) == n && lcallfmt(buf, sizeof buf, &f) > 0)
			fprint(2, "lmount: -> %s\n", buf);
		free(strs);
	}
	if(write(peerfd, msg, n) != (long)n){
		fprint(2, "lmount: %s: write to server: %r\n", name);
		exits("gone");
	}
}

static void
reply(Lx *l, uchar *msg, uint n)
{
	USED(l);
	if(write(chanfd, msg, n) != (long)n)
		exits(nil);	/* the kernel has let go of the channel */
}

/* fromrelay: the relay wrote .L replies: hand each whole one to the translator */
static void
fromrelay(Lxside *sd, uchar *data, uint n)
{
	uint size;

	USED(sd);
	if(nstream + n > 2*lx->msize){
		fprint(2, "lmount: %s: server's message too long\n", name);
		exits("botch");
	}
	memmove(stream + nstream, data, n);
	nstream += n;
	while(nstream >= BIT32SZ){
		size = GBIT32(stream);
		if(size < 7 || size > lx->msize){
			fprint(2, "lmount: %s: bad message size %u from server\n", name, size);
			exits("botch");
		}
		if(size > nstream)
			break;
		if(chatty){
			Lcall f;
			char buf[256], *strs;
			if((strs = malloc(size)) != nil){
				if(convM2L(stream, size, &f, strs) == size && lcallfmt(buf, sizeof buf, &f) > 0)
					fprint(2, "lmount: <- %s\n", buf);
				free(strs);
			}
		}
		if(lxrmsg(lx, stream, size) < 0){
			fprint(2, "lmount: %s: protocol botch from server\n", name);
			exits("botch");
		}
		memmove(stream, stream + size, nstream - size);
		nstream -= size;
	}
}

/* relaygone: the relay has gone, so has the connection: so does the server */
static void
relaygone(Lxside *sd)
{
	USED(sd);
	exits(nil);
}

/* serve: the server process; never returns */
static void
serve(void)
{
	uchar *buf;
	long n;
	int attached;

	buf = malloc(MSIZE);
	stream = malloc(2*lx->msize);
	if(buf == nil || stream == nil)
		sysfatal("out of memory");
	attached = 0;
	for(;;){
		n = read(chanfd, buf, MSIZE);
		if(n <= 0)
			break;
		if(!lxside(lx, &side, buf, n) && lxtmsg(lx, buf, n) < 0)
			fprint(2, "lmount: %s: bad message from the kernel\n", name);
		if(lxbusy(lx))
			attached = 1;
		else if(attached)
			break;	/* unmounted */
	}
	if(chatty)
		fprint(2, "lmount: %s: unmounted\n", name);
	kill(relaypid, SIGKILL);
	exits(nil);
}

/* relay: the relay process: the connection's messages to the server; never returns */
static void
relay(int fd)
{
	uchar *buf;
	long n;
	int out;

	buf = malloc(lx->msize);
	if(buf == nil)
		exits("memory");
	if(mount(fd, "lmountreply", MREPL, "#reply") < 0 || (out = open("lmountreply:", OWRITE)) < 0){
		fprint(2, "lmount: relay: %r\n");
		exits("mount");
	}
	close(fd);
	while((n = read9pmsg(peerfd, buf, lx->msize)) > 0)
		if(write(out, buf, n) != n)
			break;
	if(chatty)
		fprint(2, "lmount: relay: connection ends: %ld %r\n", n);
	exits(nil);
}

/* dialstr: addr as a URL: net!host!port and tcp!host!port become tcp:host!port */
static char*
dialstr(char *addr)
{
	char *s, *url;

	if(strchr(addr, ':') != nil || (s = strchr(addr, '!')) == nil)
		return addr;
	url = malloc(strlen(addr) + 8);
	if(url == nil)
		sysfatal("out of memory");
	snprintf(url, strlen(addr) + 8, "tcp:%s", s+1);
	return url;
}

int
main(int argc, char **argv)
{
	char *aname, *uname, *url;
	uchar *buf;
	u32int msize, nuname;
	long n;
	int p[2], spid, rpid;

	aname = "";
	uname = "root";
	msize = MSIZE;
	lx = nil;
	nuname = LNONUNAME;
	ARGBEGIN{
	case 'D':
		chatty = 1;
		break;
	case 'a':
		aname = EARGF(usage());
		break;
	case 'u':
		uname = EARGF(usage());
		break;
	case 'n':
		nuname = strtoul(EARGF(usage()), nil, 10);
		break;
	case 'm':
		msize = strtoul(EARGF(usage()), nil, 10);
		if(msize < 512 || msize > MSIZE)
			usage();
		break;
	default:
		usage();
	}ARGEND
	if(argc != 2)
		usage();
	name = argv[1];
	url = dialstr(argv[0]);
	peerfd = open(url, ORDWR);
	if(peerfd < 0)
		sysfatal("%s: %r", url);

	/* the version, before anything else */
	buf = malloc(msize);
	if(buf == nil)
		sysfatal("out of memory");
	n = lxversion(buf, msize, msize);
	if(write(peerfd, buf, n) != n)
		sysfatal("%s: %r", url);
	n = read9pmsg(peerfd, buf, msize);
	if(n <= 0)
		sysfatal("%s: no version from the server: %r", url);
	if(lxrversion(buf, n, &msize) < 0)
		sysfatal("%s: the server does not speak %s", url, VERSION9PL);
	free(buf);
	lx = lxnew(msize);
	if(lx == nil)
		sysfatal("out of memory");
	lx->uname = uname;
	lx->nuname = nuname;
	lx->sendl = sendl;
	lx->reply = reply;

	if(chan(p) < 0)
		sysfatal("chan: %r");
	/* the relay first, so the server knows it (its mount waits for the server) */
	switch(rpid = rfork(RFPROC|RFFDG|RFNAMEG|RFNOTEG)){
	case -1:
		sysfatal("fork: %r");
	case 0:
		close(p[0]);
		relay(p[1]);
	}
	relaypid = rpid;
	/* the server: a copy of the namespace from before the mount, as mountsrv's */
	switch(spid = rfork(RFPROC|RFFDG|RFNAMEG|RFNOTEG)){
	case -1:
		kill(rpid, SIGKILL);
		sysfatal("fork: %r");
	case 0:
		close(p[1]);
		chanfd = p[0];
		serve();
	}
	close(p[0]);
	close(peerfd);
	if(mount(p[1], name, MREPL, aname) < 0){
		fprint(2, "lmount: %s: %r\n", name);
		kill(rpid, SIGKILL);
		kill(spid, SIGKILL);
		exits("mount");
	}
	close(p[1]);
	exits(nil);
}
