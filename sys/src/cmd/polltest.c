/*
 * polltest: poll(2), select(2), O_NONBLOCK and fcntl(2) tested as an
 * ordinary POSIX program: only POSIX headers, and it builds unchanged
 * on Linux (gcc -Wall polltest.c), where it must print the same.
 * One line a test, "test NAME: OK" or "test NAME: why FAILED", then
 * ALL TESTS PASSED or SOME TESTS FAILED (socktest's shape).
 *	polltest [test ...]
 *	polltest -i ms
 * -i waits up to ms for standard input and says "timeout", or "ready"
 * and the line read (the console's typed input, for Expect).
 * Tests: pipe (ready to read and write, a timeout, a wait ended by a
 * writer in another process, end of file, a reader gone, fd -1 and a
 * closed fd), tcp (a listener ready when a call waits and not after
 * accept, two calls, data on one of several sockets, a read in
 * pieces after poll, a wait ended by a sender, end of file), readers
 * (a socket polled by one process and read by two at once), select
 * (the same through fd_sets, a timeout, EBADF), nonblock (EAGAIN from
 * read, recv, accept and a full pipe, MSG_DONTWAIT, then the data), udp
 * (a datagram read short after poll: the rest is gone), fcntl
 * (F_GETFD, F_SETFD, F_DUPFD, F_DUPFD_CLOEXEC, F_GETFL, F_SETFL).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>

static char	why[256];

/* bad: a test's failure, formatted; returns -1 */
static int
bad(const char *fmt, long a, long b)
{
	snprintf(why, sizeof why, fmt, a, b);
	return -1;
}

static long
ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec*1000 + t.tv_nsec/1000000;
}

/* poll1: poll fd alone for ev, waiting up to t ms; its revents, or -1 (and why) */
static int
poll1(int fd, int ev, int t)
{
	struct pollfd p;
	int n;

	p.fd = fd;
	p.events = ev;
	p.revents = 0x4000;
	n = poll(&p, 1, t);
	if(n < 0 || n > 1 || (n == 0) != (p.revents == 0))
		return bad("poll of fd %ld said %ld", fd, n);
	return p.revents;
}

/* later: a child that sleeps d ms, writes s to fd and exits; its pid */
static int
later(int fd, int d, char *s)
{
	int pid;

	if((pid = fork()) == 0){
		usleep(d*1000);
		_exit(write(fd, s, strlen(s)) != (ssize_t)strlen(s));
	}
	return pid;
}

/* reap: wait for the child pid; -1 unless it exited with 0 */
static int
reap(int pid)
{
	int st;

	if(waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
		return bad("child %ld failed%ld", pid, 0);
	return 0;
}

static struct sockaddr_in
loop(int port)
{
	struct sockaddr_in a;

	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	a.sin_port = htons(port);
	return a;
}

/* server: a socket of type bound to 127.0.0.1 (listening, for tcp); its port in *port */
static int
server(int type, int *port)
{
	struct sockaddr_in a;
	socklen_t n;
	int fd;

	a = loop(0);
	if((fd = socket(AF_INET, type, 0)) < 0 || bind(fd, (struct sockaddr*)&a, sizeof a) < 0
	|| (type == SOCK_STREAM && listen(fd, 16) < 0))
		return bad("server: errno %ld%ld", errno, 0);
	n = sizeof a;
	if(getsockname(fd, (struct sockaddr*)&a, &n) < 0)
		return bad("getsockname: errno %ld%ld", errno, 0);
	*port = ntohs(a.sin_port);
	return fd;
}

static int
dial(int port)
{
	struct sockaddr_in a;
	int fd;

	a = loop(port);
	if((fd = socket(AF_INET, SOCK_STREAM, 0)) < 0 || connect(fd, (struct sockaddr*)&a, sizeof a) < 0)
		return bad("dial: errno %ld%ld", errno, 0);
	return fd;
}

static int
tpipe(void)
{
	struct pollfd p[3];
	int fd[2], r, pid;
	long t;
	char c;

	if(pipe(fd) < 0)
		return bad("pipe: errno %ld%ld", errno, 0);
	if((r = poll1(fd[0], POLLIN, 0)) != 0)
		return bad("an empty pipe: revents %#lx%ld", r, 0);
	if((r = poll1(fd[1], POLLOUT, 0)) != POLLOUT)
		return bad("its write end: revents %#lx%ld", r, 0);
	if(write(fd[1], "x", 1) != 1 || (r = poll1(fd[0], POLLIN|POLLOUT, 0)) != POLLIN)
		return bad("a pipe with a byte: revents %#lx%ld", r, 0);
	if(read(fd[0], &c, 1) != 1 || c != 'x')
		return bad("the byte read after poll%ld%ld", 0, 0);
	t = ms();
	if((r = poll1(fd[0], POLLIN, 150)) != 0)
		return bad("a timeout: revents %#lx%ld", r, 0);
	if((t = ms() - t) < 140 || t > 5000)
		return bad("a 150 ms timeout took %ld ms%ld", t, 0);
	pid = later(fd[1], 200, "y");
	t = ms();
	if((r = poll1(fd[0], POLLIN, -1)) != POLLIN || ms() - t < 100)
		return bad("waiting for a writer: revents %#lx after %ld ms", r, ms() - t);
	if(read(fd[0], &c, 1) != 1 || c != 'y' || reap(pid) < 0)
		return bad("the writer's byte%ld%ld", 0, 0);
	/* fd -1 is ignored; a closed fd is POLLNVAL */
	p[0].fd = -1;
	p[0].events = POLLIN;
	p[1].fd = fd[1];
	p[1].events = POLLOUT;
	p[2].fd = 40;
	p[2].events = POLLIN;
	close(40);
	if((r = poll(p, 3, 0)) != 2 || p[0].revents != 0 || p[1].revents != POLLOUT || p[2].revents != POLLNVAL)
		return bad("fd -1 and a closed fd: poll said %ld, revents %#lx", r, p[0].revents<<16 | p[1].revents<<8 | p[2].revents);
	close(fd[1]);
	if(!((r = poll1(fd[0], POLLIN, 1000)) & POLLHUP) || read(fd[0], &c, 1) != 0)
		return bad("the writer gone: revents %#lx%ld", r, 0);
	close(fd[0]);
	if(pipe(fd) < 0)
		return bad("pipe: errno %ld%ld", errno, 0);
	close(fd[0]);
	if(!((r = poll1(fd[1], POLLOUT, 0)) & POLLERR))
		return bad("the reader gone: revents %#lx%ld", r, 0);
	close(fd[1]);
	return 0;
}

static int
ttcp(void)
{
	struct pollfd p[3];
	int lfd, port, c, s, c2, s2, r, pid;
	char buf[64];
	long t;

	if((lfd = server(SOCK_STREAM, &port)) < 0)
		return -1;
	if((r = poll1(lfd, POLLIN, 0)) != 0)
		return bad("a listener nobody called: revents %#lx%ld", r, 0);
	if((c = dial(port)) < 0)
		return -1;
	if((r = poll1(lfd, POLLIN, 5000)) != POLLIN)
		return bad("a listener called: revents %#lx%ld", r, 0);
	if((s = accept(lfd, NULL, NULL)) < 0)
		return bad("accept: errno %ld%ld", errno, 0);
	if((r = poll1(lfd, POLLIN, 0)) != 0)
		return bad("a listener whose call was taken: revents %#lx%ld", r, 0);
	/* two calls: ready until both are taken */
	if((c2 = dial(port)) < 0 || (r = dial(port)) < 0)
		return -1;
	close(r);
	if((r = poll1(lfd, POLLIN, 5000)) != POLLIN || (s2 = accept(lfd, NULL, NULL)) < 0)
		return bad("the first of two calls: revents %#lx%ld", r, 0);
	if((r = poll1(lfd, POLLIN, 5000)) != POLLIN || (r = accept(lfd, NULL, NULL)) < 0)
		return bad("the second of two calls: revents %#lx%ld", r, 0);
	close(r);
	if((r = poll1(lfd, POLLIN, 0)) != 0)
		return bad("both calls taken: revents %#lx%ld", r, 0);
	/* data on one of three */
	p[0].fd = s;
	p[1].fd = s2;
	p[2].fd = c;
	p[0].events = p[1].events = p[2].events = POLLIN;
	if((r = poll(p, 3, 0)) != 0)
		return bad("three quiet sockets: poll said %ld%ld", r, 0);
	if((r = poll1(c, POLLOUT, 0)) != POLLOUT)
		return bad("a connected socket's POLLOUT: revents %#lx%ld", r, 0);
	if(write(c2, "0123456789", 10) != 10)
		return bad("write: errno %ld%ld", errno, 0);
	if((r = poll(p, 3, 5000)) != 1 || p[0].revents != 0 || p[1].revents != POLLIN || p[2].revents != 0)
		return bad("data on one of three: poll said %ld, revents %#lx", r, p[0].revents<<16 | p[1].revents<<8 | p[2].revents);
	if(read(s2, buf, 3) != 3 || memcmp(buf, "012", 3) != 0)
		return bad("the first 3 bytes after poll%ld%ld", 0, 0);
	if((r = poll1(s2, POLLIN, 0)) != POLLIN)
		return bad("7 bytes still there: revents %#lx%ld", r, 0);
	if((r = read(s2, buf, sizeof buf)) != 7 || memcmp(buf, "3456789", 7) != 0)
		return bad("the other 7 bytes: read %ld%ld", r, 0);
	if((r = poll1(s2, POLLIN, 0)) != 0)
		return bad("all read: revents %#lx%ld", r, 0);
	/* a sender in another process ends a wait */
	pid = later(c, 200, "hello");
	t = ms();
	if((r = poll1(s, POLLIN, -1)) != POLLIN || ms() - t < 100)
		return bad("waiting for a sender: revents %#lx after %ld ms", r, ms() - t);
	if(read(s, buf, sizeof buf) != 5 || memcmp(buf, "hello", 5) != 0 || reap(pid) < 0)
		return bad("the sender's hello%ld%ld", 0, 0);
	/* end of file is ready to read, and reads 0 */
	close(c);
	if(!((r = poll1(s, POLLIN, 5000)) & POLLIN) || read(s, buf, sizeof buf) != 0)
		return bad("the peer gone: revents %#lx%ld", r, 0);
	close(s);
	close(s2);
	close(c2);
	close(lfd);
	return 0;
}

/*
 * treaders: one socket, a process polling it and two reading it, all
 * waiting at once; two sends of 10 bytes: each reader gets one send's
 * 10 bytes.  (Whether the poller sees data a reader took first
 * depends on the order they run: Linux may not wake it at all, so it
 * only waits at most 3 s.  Here its poll keeps a read sent ahead out
 * while the readers wait, which is what is tested.)
 */
static int
treaders(void)
{
	int lfd, port, c, s, pp, pa, pb, fd[2], r, i, got[2];
	char buf[16];

	if((lfd = server(SOCK_STREAM, &port)) < 0 || (c = dial(port)) < 0 || (s = accept(lfd, NULL, NULL)) < 0
	|| pipe(fd) < 0)
		return bad("setting up: errno %ld%ld", errno, 0);
	if((pp = fork()) == 0)
		_exit(poll1(s, POLLIN, 3000) < 0);
	usleep(200000);
	for(i = 0; i < 2; i++){
		if((r = fork()) == 0){
			r = read(s, buf, 10);
			_exit(write(fd[1], &r, sizeof r) != sizeof r);
		}
		if(i == 0)
			pa = r;
		else
			pb = r;
	}
	usleep(200000);
	if(write(c, "0123456789", 10) != 10)
		return bad("write: errno %ld%ld", errno, 0);
	usleep(300000);
	if(write(c, "abcdefghij", 10) != 10)
		return bad("write: errno %ld%ld", errno, 0);
	for(i = 0; i < 2; i++)
		if(read(fd[0], &got[i], sizeof got[i]) != sizeof got[i])
			return bad("a reader's count%ld%ld", 0, 0);
	if(got[0] != 10 || got[1] != 10)
		return bad("the readers got %ld and %ld bytes", got[0], got[1]);
	if(reap(pp) < 0 || reap(pa) < 0 || reap(pb) < 0)
		return -1;
	close(fd[0]);
	close(fd[1]);
	close(c);
	close(s);
	close(lfd);
	return 0;
}

static int
tselect(void)
{
	fd_set rd, wr;
	struct timeval tv;
	int fd[2], lfd, port, c, s, r;
	long t;
	char buf[8];

	if(pipe(fd) < 0 || (lfd = server(SOCK_STREAM, &port)) < 0 || (c = dial(port)) < 0
	|| (s = accept(lfd, NULL, NULL)) < 0)
		return bad("setting up: errno %ld%ld", errno, 0);
	FD_ZERO(&rd);
	FD_SET(fd[0], &rd);
	FD_SET(s, &rd);
	tv.tv_sec = 0;
	tv.tv_usec = 150000;
	t = ms();
	if((r = select(s > fd[0] ? s+1 : fd[0]+1, &rd, NULL, NULL, &tv)) != 0 || FD_ISSET(fd[0], &rd) || FD_ISSET(s, &rd))
		return bad("nothing ready: select said %ld%ld", r, 0);
	if((t = ms() - t) < 140 || t > 5000)
		return bad("a 150 ms timeout took %ld ms%ld", t, 0);
	if(write(c, "ab", 2) != 2)
		return bad("write: errno %ld%ld", errno, 0);
	FD_ZERO(&rd);
	FD_SET(fd[0], &rd);
	FD_SET(s, &rd);
	if((r = select(FD_SETSIZE, &rd, NULL, NULL, NULL)) != 1 || FD_ISSET(fd[0], &rd) || !FD_ISSET(s, &rd))
		return bad("a socket readable: select said %ld%ld", r, 0);
	FD_ZERO(&rd);
	FD_SET(fd[0], &rd);
	FD_SET(s, &rd);
	FD_ZERO(&wr);
	FD_SET(fd[1], &wr);
	FD_SET(fd[0], &wr);
	if((r = select(FD_SETSIZE, &rd, &wr, NULL, NULL)) != 2 || FD_ISSET(fd[0], &rd) || !FD_ISSET(s, &rd)
	|| !FD_ISSET(fd[1], &wr) || FD_ISSET(fd[0], &wr))
		return bad("a socket readable and a pipe writable: select said %ld%ld", r, 0);
	if(read(s, buf, sizeof buf) != 2 || memcmp(buf, "ab", 2) != 0)
		return bad("the socket's data after select%ld%ld", 0, 0);
	/* select as a sleep */
	tv.tv_sec = 0;
	tv.tv_usec = 100000;
	t = ms();
	if((r = select(0, NULL, NULL, NULL, &tv)) != 0 || ms() - t < 90)
		return bad("select as a sleep: said %ld after %ld ms", r, ms() - t);
	/* a closed fd */
	close(41);
	FD_ZERO(&rd);
	FD_SET(41, &rd);
	tv.tv_sec = 0;
	tv.tv_usec = 0;
	if((r = select(42, &rd, NULL, NULL, &tv)) != -1 || errno != EBADF)
		return bad("a closed fd: select said %ld, errno %ld", r, errno);
	close(fd[0]);
	close(fd[1]);
	close(c);
	close(s);
	close(lfd);
	return 0;
}

static int
tnonblock(void)
{
	int fd[2], lfd, port, c, s, r;
	long n, got;
	char buf[4096];

	if(pipe(fd) < 0)
		return bad("pipe: errno %ld%ld", errno, 0);
	if(fcntl(fd[0], F_SETFL, fcntl(fd[0], F_GETFL) | O_NONBLOCK) < 0 || !(fcntl(fd[0], F_GETFL) & O_NONBLOCK))
		return bad("F_SETFL O_NONBLOCK: errno %ld%ld", errno, 0);
	if((r = read(fd[0], buf, 1)) != -1 || errno != EAGAIN)
		return bad("an empty pipe's read: %ld, errno %ld", r, errno);
	if(write(fd[1], "z", 1) != 1 || read(fd[0], buf, 1) != 1 || buf[0] != 'z')
		return bad("a byte read non-blocking%ld%ld", 0, 0);
	if(fcntl(fd[0], F_SETFL, fcntl(fd[0], F_GETFL) & ~O_NONBLOCK) < 0 || (fcntl(fd[0], F_GETFL) & O_NONBLOCK))
		return bad("F_SETFL without O_NONBLOCK: errno %ld%ld", errno, 0);
	/* a full pipe */
	fcntl(fd[1], F_SETFL, O_NONBLOCK);
	memset(buf, 'f', sizeof buf);
	for(n = 0; n < 64*1024*1024 && (r = write(fd[1], buf, sizeof buf)) > 0; n += r)
		;
	if(r != -1 || errno != EAGAIN || n == 0)
		return bad("filling a pipe: %ld bytes, errno %ld", n, errno);
	if((r = poll1(fd[1], POLLOUT, 0)) != 0)
		return bad("a full pipe's POLLOUT: revents %#lx%ld", r, 0);
	close(fd[1]);
	for(got = 0; (r = read(fd[0], buf, sizeof buf)) > 0; got += r)
		;
	if(got != n)
		return bad("%ld bytes written, %ld read", n, got);
	close(fd[0]);
	/* sockets */
	if((lfd = server(SOCK_STREAM, &port)) < 0)
		return -1;
	fcntl(lfd, F_SETFL, O_NONBLOCK);
	if((r = accept(lfd, NULL, NULL)) != -1 || errno != EAGAIN)
		return bad("accept with nobody calling: %ld, errno %ld", r, errno);
	if((c = dial(port)) < 0)
		return -1;
	if(poll1(lfd, POLLIN, 5000) != POLLIN || (s = accept(lfd, NULL, NULL)) < 0)
		return bad("accept of a call: errno %ld%ld", errno, 0);
	if((r = recv(s, buf, sizeof buf, MSG_DONTWAIT)) != -1 || errno != EAGAIN)
		return bad("recv MSG_DONTWAIT: %ld, errno %ld", r, errno);
	fcntl(s, F_SETFL, O_NONBLOCK);
	if((r = read(s, buf, sizeof buf)) != -1 || errno != EAGAIN)
		return bad("a quiet socket's read: %ld, errno %ld", r, errno);
	if(write(c, "data", 4) != 4 || poll1(s, POLLIN, 5000) != POLLIN)
		return bad("the data after EAGAIN: errno %ld%ld", errno, 0);
	if((r = read(s, buf, sizeof buf)) != 4 || memcmp(buf, "data", 4) != 0)
		return bad("the data read: %ld%ld", r, 0);
	if((r = read(s, buf, sizeof buf)) != -1 || errno != EAGAIN)
		return bad("read again: %ld, errno %ld", r, errno);
	close(c);
	close(s);
	close(lfd);
	return 0;
}

static int
tudp(void)
{
	struct sockaddr_in a;
	int fd, cfd, port, r;
	char buf[16];

	if((fd = server(SOCK_DGRAM, &port)) < 0)
		return -1;
	if((r = poll1(fd, POLLIN, 0)) != 0)
		return bad("no datagram: revents %#lx%ld", r, 0);
	a = loop(port);
	if((cfd = socket(AF_INET, SOCK_DGRAM, 0)) < 0
	|| sendto(cfd, "0123456789", 10, 0, (struct sockaddr*)&a, sizeof a) != 10
	|| sendto(cfd, "second", 6, 0, (struct sockaddr*)&a, sizeof a) != 6)
		return bad("sendto: errno %ld%ld", errno, 0);
	if((r = poll1(fd, POLLIN, 5000)) != POLLIN)
		return bad("a datagram: revents %#lx%ld", r, 0);
	if((r = recv(fd, buf, 4, 0)) != 4 || memcmp(buf, "0123", 4) != 0)
		return bad("4 bytes of a datagram of 10: %ld%ld", r, 0);
	if((r = poll1(fd, POLLIN, 5000)) != POLLIN)
		return bad("the second datagram: revents %#lx%ld", r, 0);
	if((r = recv(fd, buf, sizeof buf, 0)) != 6 || memcmp(buf, "second", 6) != 0)
		return bad("the second datagram read: %ld%ld", r, 0);
	if((r = recv(fd, buf, sizeof buf, MSG_DONTWAIT)) != -1 || errno != EAGAIN)
		return bad("no third datagram: %ld, errno %ld", r, errno);
	close(cfd);
	close(fd);
	return 0;
}

static int
tfcntl(void)
{
	int fd, d, r;
	char name[64];

	snprintf(name, sizeof name, "/tmp/polltest.%d", (int)getpid());
	if((fd = open(name, O_WRONLY|O_CREAT|O_APPEND|O_TRUNC, 0666)) < 0)
		return bad("open: errno %ld%ld", errno, 0);
	if((r = fcntl(fd, F_GETFD)) != 0)
		return bad("F_GETFD of a new fd: %ld%ld", r, 0);
	if(fcntl(fd, F_SETFD, FD_CLOEXEC) != 0 || (r = fcntl(fd, F_GETFD)) != FD_CLOEXEC)
		return bad("F_SETFD FD_CLOEXEC, then F_GETFD: %ld%ld", r, 0);
	if(fcntl(fd, F_SETFD, 0) != 0 || (r = fcntl(fd, F_GETFD)) != 0)
		return bad("F_SETFD 0, then F_GETFD: %ld%ld", r, 0);
	if(((r = fcntl(fd, F_GETFL)) & O_ACCMODE) != O_WRONLY || !(r & O_APPEND) || (r & O_NONBLOCK))
		return bad("F_GETFL of O_WRONLY|O_APPEND: %#lx%ld", r, 0);
	close(30);
	close(31);
	if((d = fcntl(fd, F_DUPFD, 30)) != 30 || fcntl(d, F_GETFD) != 0)
		return bad("F_DUPFD 30: %ld%ld", d, 0);
	if((r = fcntl(fd, F_DUPFD_CLOEXEC, 30)) != 31 || fcntl(r, F_GETFD) != FD_CLOEXEC)
		return bad("F_DUPFD_CLOEXEC 30 with 30 taken: %ld%ld", r, 0);
	if(write(d, "ab", 2) != 2 || write(r, "cd", 2) != 2)
		return bad("writes through the copies: errno %ld%ld", errno, 0);
	close(r);
	close(d);
	close(fd);
	if((r = fcntl(fd, F_GETFD)) != -1 || errno != EBADF)
		return bad("F_GETFD of a closed fd: %ld, errno %ld", r, errno);
	if((fd = open(name, O_RDONLY)) < 0 || read(fd, name, sizeof name) != 4 || memcmp(name, "abcd", 4) != 0)
		return bad("the file written through the copies%ld%ld", 0, 0);
	close(fd);
	snprintf(name, sizeof name, "/tmp/polltest.%d", (int)getpid());
	unlink(name);
	return 0;
}

/* input: wait up to t ms for standard input; what came */
static int
input(int t)
{
	char buf[256];
	long n;
	int r;

	if((r = poll1(0, POLLIN, t)) < 0){
		printf("%s\n", why);
		return 1;
	}
	if(r == 0){
		printf("timeout\n");
		return 0;
	}
	if((n = read(0, buf, sizeof buf - 1)) < 0){
		printf("read: %s\n", strerror(errno));
		return 1;
	}
	buf[n] = 0;
	printf("ready: %s", buf);
	return 0;
}

static struct {
	char	*name;
	int	(*f)(void);
} tests[] = {
	{ "pipe", tpipe }, { "tcp", ttcp }, { "readers", treaders }, { "select", tselect }, { "nonblock", tnonblock },
	{ "udp", tudp }, { "fcntl", tfcntl },
};

int
main(int argc, char **argv)
{
	int i, j, failed;

	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, NULL, _IOLBF, 0);
	if(argc == 3 && strcmp(argv[1], "-i") == 0)
		return input(atoi(argv[2]));
	if(argc > 1 && argv[1][0] == '-'){
		fprintf(stderr, "usage: polltest [test ...]\n       polltest -i ms\n");
		return 1;
	}
	failed = 0;
	for(i = 0; i < (int)(sizeof tests/sizeof tests[0]); i++){
		if(argc > 1){
			for(j = 1; j < argc; j++)
				if(strcmp(argv[j], tests[i].name) == 0)
					break;
			if(j == argc)
				continue;
		}
		why[0] = 0;
		if(tests[i].f() == 0)
			printf("test %s: OK\n", tests[i].name);
		else{
			printf("test %s: %s FAILED\n", tests[i].name, why);
			failed++;
		}
	}
	printf(failed ? "SOME TESTS FAILED\n" : "ALL TESTS PASSED\n");
	return failed != 0;
}
