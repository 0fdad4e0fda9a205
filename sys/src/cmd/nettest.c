/*
 * nettest: tests of netd(8) from inside, in the usertests shape: a
 * line "test NAME: OK" (or "test NAME: why FAILED") each, then ALL
 * TESTS PASSED or SOME TESTS FAILED.
 *	nettest [-a addr] [-n count] [-m slack] [test ...]
 * Tests: udpecho (an echo server and its client over the loopback,
 * datagrams back exactly, in Plan 9's headers mode), badctl
 * (malformed messages to tcp: and udp: ctl files, each refused with
 * its error string, netd serving on), conns (count, default 1000,
 * sequential calls to addr, default tcp!10.0.2.100!80, each read to
 * its end, with the system's free memory, netd's included, the same
 * after as before to within slack KiB, default 64), udpbig (datagrams
 * over the MTU come back whole, one over 64 KiB is refused), full
 * (netd out of conversations says so, and recovers).  With no test
 * named, udpecho, udpbig, badctl and full run.
 */
#include <libc.h>
#include <signal.h>
#include <sys/wait.h>

static char	*addr = "tcp!10.0.2.100!80";
static int	count = 1000;
static long	slack = 64;
static int	failed;

static void
usage(void)
{
	fprint(2, "usage: nettest [-a addr] [-n count] [-m slack-KiB] [udpecho|udprefused|udpbig|badctl|full|conns ...]\n");
	exit(1);
}

static void
report(char *name, char *why)
{
	if(why == nil)
		print("test %s: OK\n", name);
	else{
		print("test %s: %s FAILED\n", name, why);
		failed++;
	}
}

/* clone: a new conversation of net (tcp or udp): its ctl fd, directory in dir (40 bytes) */
static int
clone(char *net, char *dir)
{
	char url[32], num[16];
	int fd, n;

	snprintf(url, sizeof url, "%s:/clone", net);
	if((fd = open(url, O_RDWR)) < 0)
		return -1;
	if((n = read(fd, num, sizeof num - 1)) <= 0){
		close(fd);
		return -1;
	}
	num[n] = 0;
	num[strcspn(num, "\n")] = 0;
	snprintf(dir, 40, "%s:/%s", net, num);
	return fd;
}

/* ctl: write msg to fd; nil, or the error it got (a static buffer) */
static char*
ctl(int fd, char *msg, long n)
{
	static char err[128];

	if(write(fd, msg, n) == n)
		return nil;
	rerrstr(err, sizeof err);
	return err;
}

/*
 * udpecho: a child serves udp!*!7777 in headers mode, answering each
 * datagram with itself; the parent dials it over the loopback and
 * wants each of its datagrams back, byte for byte.
 */
static char*
udpecho(void)
{
	static char buf[8192], got[8192];
	static int sizes[] = { 1, 5, 100, 1024, 1400 };
	char dir[40], url[64];
	int sctl, sdata, c, p[2], i, j, n, pid;

	if((sctl = clone("udp", dir)) < 0)
		return "udp:/clone";
	if(ctl(sctl, "announce 7777", 13) != nil || ctl(sctl, "headers", 7) != nil)
		return "announce 7777";
	snprintf(url, sizeof url, "%s/data", dir);
	if((sdata = open(url, O_RDWR)) < 0)
		return "open the server's data";
	if(pipe(p) < 0)
		return "pipe";
	switch(pid = fork()){
	case -1:
		return "fork";
	case 0:
		/* the echo server: a datagram in, the same (header and all) out */
		close(p[0]);
		write(p[1], "r", 1);
		while((n = read(sdata, buf, sizeof buf)) > 0)
			if(write(sdata, buf, n) != n)
				break;
		_exit(0);
	}
	close(p[1]);
	read(p[0], buf, 1);
	close(p[0]);
	close(sdata);
	close(sctl);
	if((c = dial("udp!127.0.0.1!7777", nil, nil, nil)) < 0){
		kill(pid, SIGKILL);
		return "dial udp!127.0.0.1!7777";
	}
	for(i = 0; i < (int)nelem(sizes); i++){
		for(j = 0; j < sizes[i]; j++)
			buf[j] = 'a' + (i + j) % 26;
		if(write(c, buf, sizes[i]) != sizes[i]){
			kill(pid, SIGKILL);
			return "write a datagram";
		}
		n = read(c, got, sizeof got);
		if(n != sizes[i] || memcmp(buf, got, n) != 0){
			print("udpecho: sent %d bytes, got %d back\n", sizes[i], n);
			kill(pid, SIGKILL);
			return "wrong echo";
		}
	}
	close(c);
	kill(pid, SIGKILL);
	wait(nil);
	return nil;
}

/*
 * udprefused: a datagram to a port nobody serves (over the loopback,
 * so lwIP itself answers with an ICMP port unreachable) makes the
 * connected conversation's read fail with "connection refused", then
 * its writes too; it does not wait for ever.
 */
static void
onalarm(int sig)
{
	USED(sig);
}

static char*
udprefused(void)
{
	static char err[128];
	char b[16];
	int c, n, me, timer;

	if((c = dial("udp!127.0.0.1!7779", nil, nil, nil)) < 0)
		return "dial udp!127.0.0.1!7779";
	/* a read that waits for ever is ended after 10 s by a timer child's note */
	signal(SIGALRM, onalarm);
	me = getpid();
	if((timer = fork()) == 0){
		sleep(10);
		kill(me, SIGALRM);
		_exit(0);
	}
	if(write(c, "anyone?", 7) != 7){
		kill(timer, SIGKILL);
		waitpid(timer, nil, 0);
		close(c);
		return "the first write failed";
	}
	n = read(c, b, sizeof b);
	rerrstr(err, sizeof err);
	kill(timer, SIGKILL);
	waitpid(timer, nil, 0);
	if(n >= 0){
		close(c);
		return "the read did not fail";
	}
	if(strcmp(err, "connection refused") != 0){
		close(c);
		return err;
	}
	n = write(c, "again", 5);
	rerrstr(err, sizeof err);
	close(c);
	if(n >= 0 || strcmp(err, "connection refused") != 0)
		return "a write after the refusal did not fail so";
	return nil;
}

/*
 * udpbig: datagrams bigger than the MTU (fragmented, and put together
 * again, over the loopback) come back whole; one bigger than UDP
 * allows is refused with an error, not cut or split.
 */
static char*
udpbig(void)
{
	static char buf[70000], got[70000];
	static int sizes[] = { 1473, 4000, 8000 };
	char dir[40], url[64], err[128], *e;
	int sctl, sdata, c, p[2], i, j, n, pid;

	if((sctl = clone("udp", dir)) < 0)
		return "udp:/clone";
	if(ctl(sctl, "announce 7779", 13) != nil || ctl(sctl, "headers", 7) != nil)
		return "announce 7779";
	snprintf(url, sizeof url, "%s/data", dir);
	if((sdata = open(url, O_RDWR)) < 0)
		return "open the server's data";
	if(pipe(p) < 0)
		return "pipe";
	switch(pid = fork()){
	case -1:
		return "fork";
	case 0:
		close(p[0]);
		write(p[1], "r", 1);
		while((n = read(sdata, buf, sizeof buf)) > 0)
			if(write(sdata, buf, n) != n)
				break;
		_exit(0);
	}
	close(p[1]);
	read(p[0], buf, 1);
	close(p[0]);
	close(sdata);
	close(sctl);
	e = nil;
	if((c = dial("udp!127.0.0.1!7779", nil, nil, nil)) < 0){
		kill(pid, SIGKILL);
		return "dial udp!127.0.0.1!7779";
	}
	for(i = 0; i < (int)nelem(sizes) && e == nil; i++){
		for(j = 0; j < sizes[i]; j++)
			buf[j] = 'A' + (i + j) % 26;
		if((n = write(c, buf, sizes[i])) != sizes[i]){
			print("udpbig: write of %d bytes: %d: %r\n", sizes[i], n);
			e = "write a datagram";
			break;
		}
		n = read(c, got, sizeof got);
		if(n != sizes[i] || memcmp(buf, got, n) != 0){
			print("udpbig: sent %d bytes, got %d back\n", sizes[i], n);
			e = "wrong echo";
		}
	}
	if(e == nil && (n = write(c, buf, 66000)) >= 0){
		print("udpbig: a write of 66000 bytes gave %d\n", n);
		e = "an oversized datagram went";
	}
	rerrstr(err, sizeof err);
	if(e == nil && strcmp(err, "datagram too big") != 0){
		print("udpbig: a write of 66000 bytes: %s\n", err);
		e = "wrong error";
	}
	close(c);
	kill(pid, SIGKILL);
	wait(nil);
	return e;
}

/*
 * full: conversations until netd has no more, which must say so (a
 * child takes half of them: a process has fewer descriptors than netd
 * has conversations); once they are closed, netd makes them again.
 */
static char*
full(void)
{
	char dir[40], err[128];
	int fds[40], n, i, p[2], pid;
	char *e;

	if(pipe(p) < 0)
		return "pipe";
	switch(pid = fork()){
	case -1:
		return "fork";
	case 0:
		for(n = 0; n < 40; n++)
			if(clone("tcp", dir) < 0)
				break;
		write(p[1], "r", 1);
		for(;;)
			sleep(100);
	}
	close(p[1]);
	read(p[0], err, 1);
	close(p[0]);
	e = nil;
	for(n = 0; n < (int)nelem(fds); n++)
		if((fds[n] = clone("tcp", dir)) < 0)
			break;
	rerrstr(err, sizeof err);
	if(n == (int)nelem(fds))
		e = "no limit";
	else if(strcmp(err, "no free conversations") != 0){
		print("full: after %d conversations: %s\n", n, err);
		e = "wrong error";
	}
	for(i = 0; i < n; i++)
		close(fds[i]);
	kill(pid, SIGKILL);
	wait(nil);
	if((i = clone("tcp", dir)) < 0)
		return "no conversation after";
	close(i);
	return e;
}

/* the malformed control messages, and what each should hear */
static struct {
	char	*net;
	char	*msg;
	char	*want;
} bad[] = {
	{ "tcp", "\n", "empty control message" },
	{ "tcp", "bogus", "bad control message" },
	{ "tcp", "connect", "bad control message" },
	{ "tcp", "connect 10.0.2.2", "bad address" },
	{ "tcp", "connect 10.0.2.2!99999", "bad address" },
	{ "tcp", "connect 10.0.2.2!0", "bad address" },
	{ "tcp", "connect *!80", "bad address" },
	{ "tcp", "connect 300.1.2.3!80", "bad address" },
	{ "tcp", "connect 10.0.2.2!80x", "bad address" },
	{ "tcp", "announce x", "bad address" },
	{ "tcp", "keepalive", "not connected" },
	{ "tcp", "headers", "headers is for udp" },
	{ "tcp", "\001\377\177 \t\t", "bad control message" },
	{ "udp", "connect nowhere!53", "bad address" },
	{ "udp", "announce 65536", "bad address" },
	{ "udp", "keepalive 100", "not connected" },
	{ "udp", "connect 10.0.2.2!53 x", "bad address" },
};

/*
 * badctl: each message to a fresh conversation's ctl fails with its
 * error; a message too long, and one to a conversation in use, too;
 * then netd still makes conversations.
 */
static char*
badctl(void)
{
	static char long1[512];
	char dir[40], *e;
	int fd, i, ok;

	ok = 1;
	for(i = 0; i < (int)nelem(bad); i++){
		if((fd = clone(bad[i].net, dir)) < 0)
			return "clone";
		e = ctl(fd, bad[i].msg, strlen(bad[i].msg));
		if(e == nil || strcmp(e, bad[i].want) != 0){
			print("badctl: %s '%s': got '%s', want '%s'\n", bad[i].net, bad[i].msg, e ? e : "no error", bad[i].want);
			ok = 0;
		}
		close(fd);
	}
	memset(long1, 'x', sizeof long1);
	if((fd = clone("tcp", dir)) < 0)
		return "clone";
	e = ctl(fd, long1, sizeof long1);
	if(e == nil || strcmp(e, "control message too long") != 0){
		print("badctl: a long message: got '%s'\n", e ? e : "no error");
		ok = 0;
	}
	if(ctl(fd, "announce 7778", 13) != nil){
		print("badctl: announce 7778 failed\n");
		ok = 0;
	}
	e = ctl(fd, "connect 10.0.2.2!80", 19);
	if(e == nil || strcmp(e, "already in use") != 0){
		print("badctl: a second use: got '%s'\n", e ? e : "no error");
		ok = 0;
	}
	close(fd);
	if((fd = clone("tcp", dir)) < 0)
		return "netd makes no conversations after";
	close(fd);
	return ok ? nil : "wrong answers";
}

/* memfree: the system's free memory, pages and kernel heap lists, in bytes; -1 on error */
static long long
memfree(void)
{
	char buf[256], *p;
	long long f, h;
	int fd, n;

	if((fd = open("sys:/mem", O_RDONLY)) < 0)
		return -1;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if(n <= 0)
		return -1;
	buf[n] = 0;
	if((p = strstr(buf, "\nfree ")) == nil)
		return -1;
	f = strtoll(p + 6, nil, 10);
	if((p = strstr(buf, "heapfree ")) == nil)
		return -1;
	h = strtoll(p + 9, nil, 10);
	return f + h;
}

/* call: one call to addr, read to its end; bytes read, or -1 */
static long
call(void)
{
	static char buf[8192];
	long n, tot;
	int fd;

	if((fd = dial(addr, nil, nil, nil)) < 0)
		return -1;
	tot = 0;
	while((n = read(fd, buf, sizeof buf)) > 0)
		tot += n;
	close(fd);
	return n < 0 ? -1 : tot;
}

/* conns: count sequential calls, after a few to warm up; memory the same after */
static char*
conns(void)
{
	long long before, after;
	long n, first;
	int i;

	first = -1;
	for(i = 0; i < 20; i++)
		if((first = call()) <= 0){
			print("conns: warm-up call %d: %r\n", i);
			return "a call failed";
		}
	before = memfree();
	for(i = 0; i < count; i++)
		if((n = call()) != first){
			print("conns: call %d: %ld bytes (want %ld): %r\n", i, n, first);
			return "a call failed";
		}
	after = memfree();
	print("conns: %d calls to %s; free memory %lld KiB before, %lld KiB after\n",
		count, addr, before/1024, after/1024);
	if(before < 0 || after < 0)
		return "sys:/mem unreadable";
	if(before - after > slack*1024)
		return "memory grew";
	return nil;
}

static struct {
	char	*name;
	char	*(*f)(void);
} tests[] = {
	{ "udpecho", udpecho },
	{ "udprefused", udprefused },
	{ "badctl", badctl },
	{ "conns", conns },
	{ "udpbig", udpbig },
	{ "full", full },
};

int
main(int argc, char **argv)
{
	int i, j;

	ARGBEGIN{
	case 'a':	addr = EARGF(usage()); break;
	case 'n':	count = atoi(EARGF(usage())); break;
	case 'm':	slack = atol(EARGF(usage())); break;
	default:
		usage();
	}ARGEND
	if(argc == 0){
		report("udpecho", udpecho());
		report("udprefused", udprefused());
		report("udpbig", udpbig());
		report("badctl", badctl());
		report("full", full());
	}
	for(i = 0; i < argc; i++){
		for(j = 0; j < (int)nelem(tests); j++)
			if(strcmp(argv[i], tests[j].name) == 0)
				break;
		if(j == (int)nelem(tests)){
			fprint(2, "nettest: %s: no such test\n", argv[i]);
			usage();
		}
		report(tests[j].name, tests[j].f());
	}
	print(failed ? "SOME TESTS FAILED\n" : "ALL TESTS PASSED\n");
	return failed != 0;
}
