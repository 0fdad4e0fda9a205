/*
 * nc: netcat: standard input and output over a TCP or UDP connection
 * (see nc(8)).
 *	nc [-uvz] [-w secs] host port
 *	nc -l [-uv] [-w secs] [-p] port
 * Two processes, as Plan 9's programs do it: this one copies the
 * network to standard output, a child copies standard input to the
 * network.  At the end of standard input the child half-closes a TCP
 * connection (netd's "shutdown"); this one goes on until the peer
 * closes.  A UDP listener learns its peer from the first datagram,
 * in netd's headers mode.  -w bounds the dial or the wait for a call
 * (and, with -u, the quiet after standard input ends) by an alarm note
 * from a timer process, which interrupts the waiting read.
 */
#include <libc.h>
#include <signal.h>
#include <sys/wait.h>

enum { Bufsz = 8192, Hdrsz = 52 };

static int	uflag, lflag, vflag, zflag;
static long	wsecs;
static volatile int	alarmed;
static char	addr[300];	/* net!host!port, for messages */
static uchar	hdr[Hdrsz];	/* a UDP listener's peer, as netd's header */

static void
usage(void)
{
	fprint(2, "usage: nc [-uvz] [-w secs] host port\n"
		"       nc -l [-uv] [-w secs] [-p] port\n");
	exits("usage");
}

static void
onalarm(int sig)
{
	USED(sig);
	alarmed++;
}

/* tick: send pid an alarm note every secs seconds, until it is gone */
static void
tick(int pid, long secs)
{
	for(;;){
		sleep(secs);
		if(kill(pid, SIGALRM) < 0)
			exits(nil);
	}
}

/* timer: a process that ticks this one; its pid, or 0 */
static int
timer(long secs)
{
	int t, me;

	if(secs <= 0)
		return 0;
	me = getpid();
	if((t = fork()) == 0)
		tick(me, secs);
	return t > 0 ? t : 0;
}

static void
stop(int pid)
{
	if(pid > 0){
		kill(pid, SIGKILL);
		waitpid(pid, nil, 0);
	}
}

/* why: the error of a wait the timer may have cut short */
static char*
why(void)
{
	static char e[128];

	if(alarmed)
		return "timed out";
	snprintf(e, sizeof e, "%r");
	return e;
}

/* readtext: the text of dir/file, newline gone, in s (64 bytes); "?" on error */
static char*
readtext(char *dir, char *file, char *s)
{
	char url[80];
	int fd, n;

	snprintf(url, sizeof url, "%s/%s", dir, file);
	n = -1;
	if((fd = open(url, O_RDONLY)) >= 0){
		n = read(fd, s, 63);
		close(fd);
	}
	if(n < 0)
		n = snprintf(s, 64, "?");
	s[n] = 0;
	s[strcspn(s, "\n")] = 0;
	return s;
}

/* call: dial host!port; the data fd, the ctl in *ctl */
static int
call(char *host, char *port, int *ctl)
{
	char dir[40], r[64];
	int fd, t;

	snprintf(addr, sizeof addr, "%s!%s!%s", uflag ? "udp" : "tcp", host, port);
	t = timer(wsecs);
	fd = dial(addr, nil, dir, ctl);
	stop(t);
	if(fd < 0){
		fprint(2, "nc: dial %s: %s\n", addr, why());
		exits("dial");
	}
	alarmed = 0;
	if(vflag)
		fprint(2, "nc: connected to %s (%s)\n", addr, readtext(dir, "remote", r));
	return fd;
}

/* answer: announce port, take one call (TCP) or datagram (UDP, printed); the data fd */
static int
answer(char *port, int *ctl)
{
	char dir[40], ldir[40], url[64], r[64], b[Hdrsz + Bufsz];
	int actl, fd, t, n;

	snprintf(addr, sizeof addr, "%s!*!%s", uflag ? "udp" : "tcp", port);
	if((actl = announce(addr, dir)) < 0){
		fprint(2, "nc: announce %s: %r\n", addr);
		exits("announce");
	}
	t = timer(wsecs);
	if(!uflag){
		fd = -1;
		if((*ctl = netlisten(dir, ldir)) >= 0)
			fd = netaccept(*ctl, ldir);
		stop(t);
		if(fd < 0){
			fprint(2, "nc: listen %s: %s\n", addr, why());
			exits("listen");
		}
		close(actl);	/* one call */
		if(vflag)
			fprint(2, "nc: call from %s\n", readtext(ldir, "remote", r));
		alarmed = 0;
		return fd;
	}
	snprintf(url, sizeof url, "%s/data", dir);
	n = -1;
	if(write(actl, "headers", 7) >= 0 && (fd = open(url, O_RDWR)) >= 0)
		while((n = read(fd, b, sizeof b)) >= 0 && n < Hdrsz)
			;
	stop(t);
	if(n < 0){
		fprint(2, "nc: listen %s: %s\n", addr, why());
		exits("listen");
	}
	alarmed = 0;
	memmove(hdr, b, Hdrsz);
	if(vflag)
		fprint(2, "nc: datagram from %d.%d.%d.%d!%d\n", hdr[12], hdr[13], hdr[14], hdr[15], hdr[48]<<8 | hdr[49]);
	if(write(1, b + Hdrsz, n - Hdrsz) != n - Hdrsz)
		exits("write");
	*ctl = actl;
	return fd;
}

/*
 * tonet: the child: standard input to the network, a read a write (a
 * datagram each, with -u); at its end a TCP connection is half-closed,
 * and with -u -w the child becomes the timer that ends the receiving.
 */
static void
tonet(int net, int ctl, int parent)
{
	static uchar b[Hdrsz + Bufsz];
	uchar *p;
	int n, h;

	h = uflag && lflag ? Hdrsz : 0;	/* a UDP listener writes with its peer's header */
	memmove(b, hdr, h);
	p = b + h;
	while((n = read(0, p, Bufsz)) > 0)
		if(write(net, b, n + h) != n + h){
			fprint(2, "nc: write %s: %r\n", addr);
			exits("write");
		}
	if(n < 0){
		fprint(2, "nc: read standard input: %r\n");
		exits("read");
	}
	if(!uflag && write(ctl, "shutdown", 8) < 0){
		fprint(2, "nc: shutdown %s: %r\n", addr);
		exits("shutdown");
	}
	if(uflag && wsecs > 0)
		tick(parent, wsecs);
	exits(nil);
}

/* ours: a UDP listener's datagram is from its peer */
static int
ours(uchar *b)
{
	return memcmp(b + 12, hdr + 12, 4) == 0 && memcmp(b + 48, hdr + 48, 2) == 0;
}

/* fromnet: the network to standard output until the peer closes; 0 or -1 */
static int
fromnet(int net)
{
	static uchar b[Hdrsz + Bufsz];
	int n, h, got;

	h = uflag && lflag ? Hdrsz : 0;
	got = 0;
	for(;;){
		if(alarmed){
			/* -u -w: a whole interval with nothing received ends it */
			alarmed = 0;
			if(!got)
				return 0;
			got = 0;
		}
		n = read(net, b, sizeof b);
		if(n < 0 && alarmed)
			continue;
		if(n < 0){
			fprint(2, "nc: read %s: %r\n", addr);
			return -1;
		}
		if(n == 0 && !uflag)
			return 0;
		if(n < h || (h && !ours(b)))
			continue;
		got = 1;
		if(write(1, b + h, n - h) != n - h && !alarmed)
			return -1;
	}
}

int
main(int argc, char **argv)
{
	int net, ctl, pid, me, st, r;
	char *e;

	ARGBEGIN{
	case 'l':	lflag = 1; break;
	case 'p':	break;	/* the port follows -l in either form */
	case 'u':	uflag = 1; break;
	case 'v':	vflag = 1; break;
	case 'z':	zflag = 1; break;
	case 'w':
		wsecs = strtol(EARGF(usage()), &e, 10);
		if(*e != 0 || wsecs <= 0 || wsecs > 86400){
			fprint(2, "nc: bad timeout: want 1 to 86400 seconds\n");
			exits("usage");
		}
		break;
	default:
		usage();
	}ARGEND
	if(lflag ? argc != 1 || zflag : argc != 2)
		usage();
	signal(SIGALRM, onalarm);
	ctl = -1;
	if(lflag)
		net = answer(argv[0], &ctl);
	else
		net = call(argv[0], argv[1], &ctl);
	if(zflag)
		exits(nil);
	me = getpid();
	switch(pid = fork()){
	case -1:
		fprint(2, "nc: fork: %r\n");
		exits("fork");
	case 0:
		tonet(net, ctl, me);
	}
	r = fromnet(net);
	/*
	 * The peer has closed: the rest of standard input still goes, but
	 * for a terminal (nobody types to a closed connection) or UDP.
	 * The child's own end (an error) counts; else it is stopped.
	 */
	st = 0;
	if(r == 0 && !uflag && !isatty(0))
		waitpid(pid, &st, 0);
	else if(waitpid(pid, &st, WNOHANG) != pid){
		kill(pid, SIGKILL);
		waitpid(pid, nil, 0);
		st = 0;
	}
	if(r < 0 || st != 0)
		exits("nc");
	exits(nil);
}
