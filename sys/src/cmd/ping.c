/*
 * ping: ICMP echo requests to a host through icmp: (netd(8)), a line
 * for each reply with its round trip, and a summary, as Plan 9's and
 * Unix's ping do.
 *	ping [-n count] [-i interval-ms] [-s size] [-w timeout-ms] host
 * The conversation is in headers mode, so each reply comes with its IP
 * header (the sender and the TTL).  Waiting is a read held by netd; a
 * timer child ends each wait with an alarm note, which flushes the
 * read.  An interrupt (Delete, ^C) ends it all with the summary.
 * Exit status 0 if any reply came, 1 otherwise.
 */
#include <libc.h>
#include <signal.h>
#include <sys/wait.h>

enum {
	Icmphdr = 8,
	Echoreply = 0,
	Unreachable = 3,
	Sourcequench = 4,
	Redirect = 5,
	Echorequest = 8,
	Timeexceeded = 11,
	Paramproblem = 12,
	Maxdata = 0xFFFF - 20 - Icmphdr,	/* one IPv4 datagram */
	Nslot = 1024,	/* send times kept, by sequence number */
};

static char	*host;
static char	addr[64];		/* host's address, dotted */
static int	datasize = 56;
static vlong	senttime[Nslot];	/* nsec() of each request; 0 when answered */
static int	seqof[Nslot];		/* the sequence number senttime holds */
static long	nsent, nrecv, ndup, nerr;
static vlong	rttmin, rttmax, rttsum;
static volatile sig_atomic_t	interrupted, alarmed;
static uchar	buf[0x10000 + 64];

static void
onnote(int sig)
{
	if(sig == SIGINT)
		interrupted = 1;
	else
		alarmed = 1;
}

static void
usage(void)
{
	fprint(2, "usage: ping [-n|-c count] [-i interval-ms] [-s size] [-w timeout-ms] host\n");
	exits("usage");
}

/* number: a flag's argument, a whole number from lo to hi */
static long
number(char *s, char *what, long lo, long hi)
{
	char *e;
	long n;

	n = strtol(s, &e, 10);
	if(e == s || *e != 0 || n < lo || n > hi){
		fprint(2, "ping: bad %s %s: want %ld to %ld\n", what, s, lo, hi);
		exits("usage");
	}
	return n;
}

/* ms: a time in ns as "m.uuu" milliseconds, in a static buffer */
static char*
ms(vlong ns)
{
	static char s[32];
	vlong us;

	us = (ns + 500) / 1000;
	snprintf(s, sizeof s, "%lld.%03lld", us / 1000, us % 1000);
	return s;
}

/* sendecho: echo request seq (netd fills in the identifier and checksum); 0 or -1 */
static int
sendecho(int fd, int seq)
{
	uchar *b;
	int i, n;

	n = Icmphdr + datasize;
	b = buf;
	memset(b, 0, Icmphdr);
	b[0] = Echorequest;
	b[6] = seq >> 8;
	b[7] = seq;
	for(i = 0; i < datasize; i++)
		b[Icmphdr + i] = i;
	senttime[seq % Nslot] = nsec();
	seqof[seq % Nslot] = seq;
	if(write(fd, b, n) != n){
		senttime[seq % Nslot] = 0;
		return -1;
	}
	nsent++;
	return 0;
}

/* problem: what an ICMP error of type t, code c says */
static char*
problem(int t, int c)
{
	static char *unreach[] = {
		"network unreachable", "host unreachable", "protocol unreachable",
		"port unreachable", "fragmentation needed", "source route failed",
	};
	static char s[64];

	switch(t){
	case Unreachable:
		if(c >= 0 && c < (int)nelem(unreach))
			return unreach[c];
		snprintf(s, sizeof s, "destination unreachable (code %d)", c);
		return s;
	case Sourcequench:
		return "source quench";
	case Redirect:
		return "redirect";
	case Timeexceeded:
		return c == 0 ? "time to live exceeded" : "fragment reassembly time exceeded";
	case Paramproblem:
		return "parameter problem";
	}
	snprintf(s, sizeof s, "icmp type %d code %d", t, c);
	return s;
}

/* got: one message read (IP header, then ICMP): print its line, count it */
static void
got(uchar *b, int n, vlong now)
{
	int hl, seq, k, i, bad;
	uchar *m, *in;
	char from[16];
	vlong rtt;

	if(n < 20 || (hl = (b[0] & 0xF) * 4) < 20 || n < hl + Icmphdr)
		return;
	snprintf(from, sizeof from, "%d.%d.%d.%d", b[12], b[13], b[14], b[15]);
	m = b + hl;
	n -= hl;
	if(m[0] != Echoreply){
		/* an error quoting one of our requests: its IP header, then 8 bytes */
		in = m + Icmphdr;
		k = n >= Icmphdr + 20 ? (in[0] & 0xF) * 4 : 0;
		if(k >= 20 && n >= Icmphdr + k + 8)
			print("from %s: icmp_seq=%d %s\n", from, in[k+6]<<8 | in[k+7], problem(m[0], m[1]));
		else
			print("from %s: %s\n", from, problem(m[0], m[1]));
		nerr++;
		return;
	}
	seq = m[6]<<8 | m[7];
	k = seq % Nslot;
	bad = n != Icmphdr + datasize;
	for(i = 0; !bad && i < datasize; i++)
		if(m[Icmphdr + i] != (uchar)i)
			bad = 1;
	if(seqof[k] != seq || senttime[k] == 0){
		if(seqof[k] == seq && seq < nsent){
			ndup++;
			print("%d bytes from %s: icmp_seq=%d ttl=%d (DUP!)\n", n, from, seq, b[8]);
		}
		return;
	}
	rtt = now - senttime[k];
	senttime[k] = 0;
	nrecv++;
	if(nrecv == 1 || rtt < rttmin)
		rttmin = rtt;
	if(rtt > rttmax)
		rttmax = rtt;
	rttsum += rtt;
	print("%d bytes from %s: icmp_seq=%d ttl=%d time=%s ms%s\n", n, from, seq, b[8], ms(rtt),
		bad ? " (wrong data)" : "");
}

/* timer: a child that sends this process an alarm note after t ms, then every 50 ms */
static int
timer(long t)
{
	int pid, parent;

	parent = getpid();
	switch(pid = fork()){
	case -1:
		fprint(2, "ping: fork: %r\n");
		exits("fork");
	case 0:
		signal(SIGINT, SIG_DFL);
		signal(SIGALRM, SIG_DFL);
		usleep(t * 1000);
		while(kill(parent, SIGALRM) == 0)
			usleep(50000);
		exits(nil);
	}
	return pid;
}

/*
 * replies: read replies for t ms (or, if last, until every request is
 * answered); 0, or -1 when the conversation failed.
 */
static int
replies(int fd, long t, int last)
{
	int pid, n, st;
	char err[128];

	alarmed = 0;
	pid = timer(t);
	st = 0;
	while(!alarmed && !interrupted && !(last && nrecv + nerr >= nsent)){
		n = read(fd, buf, sizeof buf);
		if(n < 0){
			if(alarmed || interrupted)
				break;
			rerrstr(err, sizeof err);
			fprint(2, "ping: %s: %s\n", host, err);
			st = -1;
			break;
		}
		got(buf, n, nsec());
	}
	kill(pid, SIGKILL);
	waitpid(pid, nil, 0);
	return st;
}

static void
summary(void)
{
	print("--- %s ping statistics ---\n", host);
	print("%ld packets transmitted, %ld packets received, ", nsent, nrecv);
	if(ndup > 0)
		print("%ld duplicates, ", ndup);
	print("%ld%% packet loss\n", nsent > 0 ? (nsent - nrecv) * 100 / nsent : 0);
	if(nrecv > 0){
		print("round-trip min/avg/max = %s", ms(rttmin));
		print("/%s", ms(rttsum / nrecv));
		print("/%s ms\n", ms(rttmax));
	}
}

int
main(int argc, char **argv)
{
	long count, interval, timeout, seq;
	char dir[48], url[64];
	int fd, ctl, n, m;

	count = 32;
	interval = 1000;
	timeout = 5000;
	ARGBEGIN{
	case 'n':
	case 'c':	/* as BSD's and Linux's ping call it */
		count = number(EARGF(usage()), "count", 0, 1000000);
		break;
	case 'i':
		interval = number(EARGF(usage()), "interval", 1, 3600000);
		break;
	case 's':
		datasize = number(EARGF(usage()), "size", 0, Maxdata);
		break;
	case 'w':
		timeout = number(EARGF(usage()), "timeout", 1, 3600000);
		break;
	default:
		usage();
	}ARGEND
	if(argc != 1)
		usage();
	host = argv[0];
	signal(SIGINT, onnote);
	signal(SIGALRM, onnote);
	fd = dial(netmkaddr(host, "icmp", "1"), nil, dir, &ctl);
	if(fd < 0){
		fprint(2, "ping: %s: %r\n", host);
		exits("dial");
	}
	if(write(ctl, "headers", 7) != 7){
		fprint(2, "ping: %s: headers: %r\n", host);
		exits("headers");
	}
	/* the address dialled, from the conversation's remote file: "a.b.c.d!id" */
	snprintf(url, sizeof url, "%s/remote", dir);
	addr[0] = 0;
	if((n = open(url, O_RDONLY)) >= 0){
		m = read(n, addr, sizeof addr - 1);
		addr[m > 0 ? m : 0] = 0;
		addr[strcspn(addr, "!\n")] = 0;
		close(n);
	}
	print("PING %s (%s): %d data bytes\n", host, addr, datasize);
	for(seq = 0; (count == 0 || seq < count) && !interrupted; seq++){
		if(sendecho(fd, seq % 65536) < 0){
			if(!interrupted)
				fprint(2, "ping: %s: %r\n", host);
			break;
		}
		if(replies(fd, count != 0 && seq == count - 1 ? timeout : interval, count != 0 && seq == count - 1) < 0)
			break;
	}
	summary();
	return nrecv > 0 ? 0 : 1;
}
