/*
 * socktest: the sockets interface (socket(2), getaddrinfo(2)) tested
 * as an ordinary POSIX network program: it includes only POSIX
 * headers and builds unchanged on Linux (gcc -Wall socktest.c), where
 * it must print the same.  Servers and clients are this program's
 * own processes, over the loopback.  One line a test, "test NAME: OK"
 * or "test NAME: why FAILED", then ALL TESTS PASSED or SOME TESTS
 * FAILED (usertests' shape).
 *	socktest [-c host port] [test ...]
 * Tests: inet (inet_pton, inet_ntop, inet_aton, inet_addr, inet_ntoa,
 * byte order), gai (getaddrinfo of numbers, of localhost, its errors;
 * gethostbyname), tcp (a call with write, shutdown(SHUT_WR) read as
 * end of file, the answer, getsockname and getpeername on both ends,
 * options), clients (ten clients at once, each answered), big (a
 * megabyte each way), udp (sendto/recvfrom echo, datagrams up to 8000
 * bytes, sender addresses; connected send/recv), refused (connect to a
 * closed port: ECONNREFUSED), errors (ENOTSOCK, ENOTCONN, EADDRINUSE,
 * EPIPE after SHUT_WR), timeout (SO_RCVTIMEO: recvfrom and accept
 * give EAGAIN; SO_SNDTIMEO: writes to a peer that never reads end
 * with EAGAIN).  -c connects to host!port (a name or an
 * address), sends nothing, and copies what comes to standard output.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <netdb.h>

static char	why[256];

/* bad: a test's failure, formatted; returns -1 */
static int
bad(const char *fmt, const char *a, long b)
{
	snprintf(why, sizeof why, fmt, a, b);
	return -1;
}

/* loop: an AF_INET address of the loopback, port (host order) */
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
	if((fd = socket(AF_INET, type, 0)) < 0)
		return bad("socket: %s%ld", strerror(errno), 0);
	if(bind(fd, (struct sockaddr*)&a, sizeof a) < 0)
		return bad("bind: %s%ld", strerror(errno), 0);
	if(type == SOCK_STREAM && listen(fd, 16) < 0)
		return bad("listen: %s%ld", strerror(errno), 0);
	n = sizeof a;
	if(getsockname(fd, (struct sockaddr*)&a, &n) < 0)
		return bad("getsockname: %s%ld", strerror(errno), 0);
	if(n != sizeof a || a.sin_family != AF_INET || a.sin_addr.s_addr != htonl(INADDR_LOOPBACK) || a.sin_port == 0)
		return bad("server's getsockname: %s port %ld", inet_ntoa(a.sin_addr), ntohs(a.sin_port));
	*port = ntohs(a.sin_port);
	return fd;
}

/* dial: a tcp socket connected to the loopback's port */
static int
dial(int port)
{
	struct sockaddr_in a;
	int fd;

	a = loop(port);
	if((fd = socket(AF_INET, SOCK_STREAM, 0)) < 0)
		return -1;
	if(connect(fd, (struct sockaddr*)&a, sizeof a) < 0){
		close(fd);
		return -1;
	}
	return fd;
}

/* readall: read fd to its end (or n bytes) into buf; the count, or -1 */
static long
readall(int fd, char *buf, long n)
{
	long got, m;

	for(got = 0; got < n; got += m){
		if((m = read(fd, buf + got, n - got)) < 0)
			return -1;
		if(m == 0)
			break;
	}
	return got;
}

/* reap: wait for the child pid; -1 unless it exited with 0 */
static int
reap(int pid)
{
	int st;

	if(waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
		return bad("child %s%ld failed", "", pid);
	return 0;
}

static int
tinet(void)
{
	struct in_addr a;
	unsigned char b[4];
	char s[INET_ADDRSTRLEN];

	if(inet_pton(AF_INET, "10.0.2.15", b) != 1 || b[0] != 10 || b[1] != 0 || b[2] != 2 || b[3] != 15)
		return bad("inet_pton 10.0.2.15%s%ld", "", 0);
	if(inet_pton(AF_INET, "256.1.1.1", b) != 0 || inet_pton(AF_INET, "1.2.3", b) != 0
	|| inet_pton(AF_INET, "1.2.3.4x", b) != 0 || inet_pton(AF_INET, "", b) != 0)
		return bad("inet_pton took a bad address%s%ld", "", 0);
	b[0] = 192; b[1] = 168; b[2] = 0; b[3] = 255;
	if(inet_ntop(AF_INET, b, s, sizeof s) == NULL || strcmp(s, "192.168.0.255") != 0)
		return bad("inet_ntop: %s%ld", s, 0);
	if(inet_ntop(AF_INET, b, s, 8) != NULL || errno != ENOSPC)
		return bad("inet_ntop in 8 bytes: not ENOSPC%s%ld", "", 0);
	if(inet_addr("127.0.0.1") != htonl(0x7f000001) || inet_addr("1.2.3.999") != INADDR_NONE)
		return bad("inet_addr%s%ld", "", 0);
	if(!inet_aton("127.1", &a) || a.s_addr != htonl(0x7f000001))
		return bad("inet_aton 127.1%s%ld", "", 0);
	if(!inet_aton("0x0a.0.2.017", &a) || strcmp(inet_ntoa(a), "10.0.2.15") != 0)
		return bad("inet_aton 0x0a.0.2.017: %s%ld", inet_ntoa(a), 0);
	if(htons(0x1234) != ntohs(0x1234) || ((unsigned char*)&(uint16_t){htons(0x1234)})[0] != 0x12
	|| ntohl(htonl(0x01020304)) != 0x01020304 || ((unsigned char*)&(uint32_t){htonl(0x01020304)})[0] != 1)
		return bad("byte order%s%ld", "", 0);
	return 0;
}

/* gaione: getaddrinfo(node, serv) for a stream: the one answer's address and port must be want, port */
static int
gaione(const char *node, const char *serv, int flags, const char *want, int port)
{
	struct addrinfo h, *ai;
	struct sockaddr_in *in;
	int e;

	memset(&h, 0, sizeof h);
	h.ai_family = AF_INET;
	h.ai_socktype = SOCK_STREAM;
	h.ai_flags = flags;
	if((e = getaddrinfo(node, serv, &h, &ai)) != 0)
		return bad("getaddrinfo %s: %ld", node ? node : "nil", e);
	in = (struct sockaddr_in*)ai->ai_addr;
	if(ai->ai_next != NULL || ai->ai_family != AF_INET || ai->ai_socktype != SOCK_STREAM
	|| ai->ai_addrlen != sizeof *in || in->sin_family != AF_INET
	|| strcmp(inet_ntoa(in->sin_addr), want) != 0 || ntohs(in->sin_port) != port){
		freeaddrinfo(ai);
		return bad("getaddrinfo %s: wrong answer %ld", node ? node : "nil", ntohs(in->sin_port));
	}
	freeaddrinfo(ai);
	return 0;
}

static int
tgai(void)
{
	struct addrinfo h, *ai;
	struct hostent *he;
	char host[NI_MAXHOST], serv[NI_MAXSERV];
	struct sockaddr_in a;

	if(gaione("127.0.0.1", "7001", AI_NUMERICHOST|AI_NUMERICSERV, "127.0.0.1", 7001) < 0
	|| gaione("10.0.2.15", "80", 0, "10.0.2.15", 80) < 0
	|| gaione(NULL, "8080", AI_PASSIVE, "0.0.0.0", 8080) < 0
	|| gaione(NULL, "8080", 0, "127.0.0.1", 8080) < 0
	|| gaione("localhost", "http", 0, "127.0.0.1", 80) < 0
	|| gaione("localhost", NULL, 0, "127.0.0.1", 0) < 0)
		return -1;
	memset(&h, 0, sizeof h);
	h.ai_family = AF_INET;
	h.ai_flags = AI_NUMERICHOST;
	if(getaddrinfo("localhost", "80", &h, &ai) != EAI_NONAME)
		return bad("AI_NUMERICHOST took a name%s%ld", "", 0);
	h.ai_flags = AI_NUMERICSERV;
	if(getaddrinfo("127.0.0.1", "http", &h, &ai) != EAI_NONAME)
		return bad("AI_NUMERICSERV took a name%s%ld", "", 0);
	h.ai_flags = 0;
	h.ai_socktype = SOCK_STREAM;
	if(getaddrinfo("127.0.0.1", "nosuchservice", &h, &ai) != EAI_SERVICE)
		return bad("an unknown service: not EAI_SERVICE%s%ld", "", 0);
	h.ai_family = AF_INET6;
	if(getaddrinfo("127.0.0.1", "80", &h, &ai) == 0)
		return bad("AF_INET6 gave an IPv4 address%s%ld", "", 0);
	if(getaddrinfo(NULL, NULL, NULL, &ai) != EAI_NONAME)
		return bad("no node and no service: not EAI_NONAME%s%ld", "", 0);
	if(strlen(gai_strerror(EAI_NONAME)) == 0)
		return bad("gai_strerror says nothing%s%ld", "", 0);
	if((he = gethostbyname("localhost")) == NULL || he->h_addrtype != AF_INET || he->h_length != 4
	|| memcmp(he->h_addr_list[0], "\x7f\0\0\1", 4) != 0)
		return bad("gethostbyname localhost%s%ld", "", 0);
	if((he = gethostbyname("10.0.2.2")) == NULL || memcmp(he->h_addr, "\x0a\0\2\2", 4) != 0)
		return bad("gethostbyname 10.0.2.2%s%ld", "", 0);
	a = loop(7001);
	if(getnameinfo((struct sockaddr*)&a, sizeof a, host, sizeof host, serv, sizeof serv, NI_NUMERICHOST|NI_NUMERICSERV) != 0
	|| strcmp(host, "127.0.0.1") != 0 || strcmp(serv, "7001") != 0)
		return bad("getnameinfo: %s %ld", host, 0);
	return 0;
}

/*
 * ttcp: a call: the client writes a message and shuts its sending
 * side; the server reads to the end of file (the shutdown), answers
 * and closes; the client reads the answer to its end.  Both ends'
 * getsockname and getpeername agree.
 */
static int
ttcp(void)
{
	struct sockaddr_in a, peer, me;
	socklen_t n;
	char buf[256];
	int lfd, fd, port, pid, v;
	long m;

	if((lfd = server(SOCK_STREAM, &port)) < 0)
		return -1;
	n = sizeof v;
	if(getsockopt(lfd, SOL_SOCKET, SO_ACCEPTCONN, &v, &n) < 0 || v == 0)
		return bad("SO_ACCEPTCONN of a listener: %s%ld", strerror(errno), v);
	if((pid = fork()) == 0){
		close(lfd);
		if((fd = dial(port)) < 0){
			printf("client: connect: %s\n", strerror(errno));
			_exit(1);
		}
		v = 1;
		if(setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &v, sizeof v) < 0
		|| setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &v, sizeof v) < 0){
			printf("client: setsockopt: %s\n", strerror(errno));
			_exit(1);
		}
		n = sizeof me;
		if(getsockname(fd, (struct sockaddr*)&me, &n) < 0 || me.sin_addr.s_addr != htonl(INADDR_LOOPBACK)){
			printf("client: getsockname: %s\n", inet_ntoa(me.sin_addr));
			_exit(1);
		}
		/* the server checks it sees our port */
		snprintf(buf, sizeof buf, "hello from %d", ntohs(me.sin_port));
		if(write(fd, buf, strlen(buf)) != (long)strlen(buf) || shutdown(fd, SHUT_WR) < 0){
			printf("client: write or shutdown: %s\n", strerror(errno));
			_exit(1);
		}
		m = readall(fd, buf, sizeof buf - 1);
		if(m < 0 || (buf[m] = 0, strcmp(buf, "and hello to you")) != 0){
			printf("client: answer: %s\n", m < 0 ? strerror(errno) : buf);
			_exit(1);
		}
		close(fd);
		_exit(0);
	}
	n = sizeof peer;
	if((fd = accept(lfd, (struct sockaddr*)&peer, &n)) < 0)
		return bad("accept: %s%ld", strerror(errno), 0);
	close(lfd);
	if(n != sizeof peer || peer.sin_family != AF_INET || peer.sin_addr.s_addr != htonl(INADDR_LOOPBACK))
		return bad("accept's address: %s %ld", inet_ntoa(peer.sin_addr), n);
	n = sizeof a;
	if(getpeername(fd, (struct sockaddr*)&a, &n) < 0 || memcmp(&a.sin_addr, &peer.sin_addr, 4) != 0 || a.sin_port != peer.sin_port)
		return bad("getpeername differs from accept's: %s %ld", inet_ntoa(a.sin_addr), ntohs(a.sin_port));
	n = sizeof a;
	if(getsockname(fd, (struct sockaddr*)&a, &n) < 0 || a.sin_addr.s_addr != htonl(INADDR_LOOPBACK) || ntohs(a.sin_port) != port)
		return bad("the call's getsockname: %s %ld", inet_ntoa(a.sin_addr), ntohs(a.sin_port));
	m = readall(fd, buf, sizeof buf - 1);	/* to the end: the client's shutdown */
	if(m < 0)
		return bad("server read: %s%ld", strerror(errno), 0);
	buf[m] = 0;
	snprintf(why, sizeof why, "hello from %d", ntohs(peer.sin_port));
	if(strcmp(buf, why) != 0)
		return bad("server got \"%s\" %ld", buf, m);
	if(send(fd, "and hello to you", 16, 0) != 16)
		return bad("send: %s%ld", strerror(errno), 0);
	close(fd);
	return reap(pid);
}

/* tclients: ten clients at once, each sends its number and wants it back doubled */
static int
tclients(void)
{
	char buf[64];
	int lfd, fd, port, i, pid[10];
	long m;

	if((lfd = server(SOCK_STREAM, &port)) < 0)
		return -1;
	for(i = 0; i < 10; i++){
		if((pid[i] = fork()) == 0){
			close(lfd);
			if((fd = dial(port)) < 0)
				_exit(1);
			snprintf(buf, sizeof buf, "%d\n", i);
			if(send(fd, buf, strlen(buf), 0) < 0)
				_exit(2);
			m = readall(fd, buf, sizeof buf - 1);
			if(m < 0)
				_exit(3);
			buf[m] = 0;
			_exit(atoi(buf) == 2*i ? 0 : 4);
		}
	}
	for(i = 0; i < 10; i++){
		if((fd = accept(lfd, NULL, NULL)) < 0)
			return bad("accept: %s%ld", strerror(errno), i);
		m = recv(fd, buf, sizeof buf - 1, 0);
		if(m <= 0)
			return bad("recv: %s%ld", strerror(errno), i);
		buf[m] = 0;
		snprintf(buf, sizeof buf, "%d", 2*atoi(buf));
		if(send(fd, buf, strlen(buf), 0) < 0)
			return bad("send: %s%ld", strerror(errno), i);
		close(fd);
	}
	close(lfd);
	for(i = 0; i < 10; i++)
		if(reap(pid[i]) < 0)
			return -1;
	return 0;
}

/* tbig: a megabyte to an echo server and back, byte for byte, written and read at once */
static int
tbig(void)
{
	enum { N = 1024*1024 };
	char *buf, *got;
	int lfd, fd, port, pid, writer, i;
	long m;

	buf = malloc(N);
	got = malloc(N);
	for(i = 0; i < N; i++)
		buf[i] = i*7 + i/4096;
	if((lfd = server(SOCK_STREAM, &port)) < 0)
		return -1;
	if((pid = fork()) == 0){
		/* the echo server: what it reads it writes back, until the end */
		if((fd = accept(lfd, NULL, NULL)) < 0)
			_exit(1);
		while((m = read(fd, got, 65536)) > 0)
			if(write(fd, got, m) != m)
				_exit(2);
		_exit(m < 0 ? 3 : 0);
	}
	close(lfd);
	if((fd = dial(port)) < 0)
		return bad("connect: %s%ld", strerror(errno), 0);
	if((writer = fork()) == 0){
		if(write(fd, buf, N) != N || shutdown(fd, SHUT_WR) < 0)
			_exit(1);
		_exit(0);
	}
	m = recv(fd, got, N, MSG_WAITALL);
	if(m != N || memcmp(buf, got, N) != 0)
		return bad("got %s%ld bytes back, or they differ", "", m);
	if(read(fd, got, 1) != 0)
		return bad("more than was sent%s%ld", "", 0);
	close(fd);
	free(buf);
	free(got);
	if(reap(writer) < 0)
		return -1;
	return reap(pid);
}

/*
 * tudp: an echo server answers each datagram with itself, to its
 * sender; the client sends datagrams of several sizes with sendto and
 * wants each back from the server's address, then does the same
 * connected, with send and recv.
 */
static int
tudp(void)
{
	static int sizes[] = { 1, 100, 1400, 8000 };
	struct sockaddr_in a, from;
	socklen_t n;
	char *buf, *got;
	int sfd, fd, port, pid, i, j, k;
	long m;

	if((sfd = server(SOCK_DGRAM, &port)) < 0)
		return -1;
	if((pid = fork()) == 0){
		buf = malloc(9000);
		for(i = 0; i < 2*(int)(sizeof sizes/sizeof sizes[0]); i++){
			n = sizeof from;
			if((m = recvfrom(sfd, buf, 9000, 0, (struct sockaddr*)&from, &n)) < 0)
				_exit(1);
			if(sendto(sfd, buf, m, 0, (struct sockaddr*)&from, n) != m)
				_exit(2);
		}
		_exit(0);
	}
	close(sfd);
	buf = malloc(9000);
	got = malloc(9000);
	if((fd = socket(AF_INET, SOCK_DGRAM, 0)) < 0)
		return bad("socket: %s%ld", strerror(errno), 0);
	a = loop(port);
	for(k = 0; k < 2; k++){
		if(k == 1 && connect(fd, (struct sockaddr*)&a, sizeof a) < 0)
			return bad("connect: %s%ld", strerror(errno), 0);
		for(i = 0; i < (int)(sizeof sizes/sizeof sizes[0]); i++){
			for(j = 0; j < sizes[i]; j++)
				buf[j] = 'a' + (i + j + k) % 26;
			if(k == 0)
				m = sendto(fd, buf, sizes[i], 0, (struct sockaddr*)&a, sizeof a);
			else
				m = send(fd, buf, sizes[i], 0);
			if(m != sizes[i])
				return bad("send: %s%ld", strerror(errno), sizes[i]);
			n = sizeof from;
			memset(&from, 0, sizeof from);
			if(k == 0)
				m = recvfrom(fd, got, 9000, 0, (struct sockaddr*)&from, &n);
			else
				m = recv(fd, got, 9000, 0);
			if(m != sizes[i] || memcmp(buf, got, m) != 0)
				return bad("echo of %s%ld bytes differs", "", sizes[i]);
			if(k == 0 && (n != sizeof from || from.sin_family != AF_INET
			|| from.sin_addr.s_addr != htonl(INADDR_LOOPBACK) || ntohs(from.sin_port) != port))
				return bad("the echo came from %s!%ld", inet_ntoa(from.sin_addr), ntohs(from.sin_port));
		}
	}
	n = sizeof from;
	if(getpeername(fd, (struct sockaddr*)&from, &n) < 0 || ntohs(from.sin_port) != port)
		return bad("connected udp's getpeername: %s%ld", strerror(errno), 0);
	close(fd);
	free(buf);
	free(got);
	return reap(pid);
}

/* trefused: a call to a port nobody listens on (any more) is refused */
static int
trefused(void)
{
	int lfd, fd, port;

	if((lfd = server(SOCK_STREAM, &port)) < 0)
		return -1;
	close(lfd);
	if((fd = dial(port)) >= 0)
		return bad("connected to a closed port%s%ld", "", port);
	if(errno != ECONNREFUSED)
		return bad("not ECONNREFUSED: %s%ld", strerror(errno), errno);
	return 0;
}

/* terrors: the errors a program checks for */
static int
terrors(void)
{
	struct sockaddr_in a;
	socklen_t n;
	int p[2], fd, fd2, lfd, port, v;

	if(pipe(p) < 0)
		return bad("pipe: %s%ld", strerror(errno), 0);
	n = sizeof a;
	if(getsockname(p[0], (struct sockaddr*)&a, &n) == 0 || errno != ENOTSOCK)
		return bad("getsockname of a pipe: not ENOTSOCK%s%ld", "", 0);
	close(p[0]);
	close(p[1]);
	if((fd = socket(AF_INET, SOCK_STREAM, 0)) < 0)
		return bad("socket: %s%ld", strerror(errno), 0);
	n = sizeof a;
	if(getpeername(fd, (struct sockaddr*)&a, &n) == 0 || errno != ENOTCONN)
		return bad("getpeername unconnected: not ENOTCONN%s%ld", "", 0);
	n = sizeof v;
	if(getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &n) < 0 || v != SOCK_STREAM || n != sizeof v)
		return bad("SO_TYPE%s%ld", "", v);
	v = 1;
	if(setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &v, sizeof v) < 0)
		return bad("SO_REUSEADDR: %s%ld", strerror(errno), 0);
	v = 0;
	n = sizeof v;
	if(getsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &v, &n) < 0 || v == 0)
		return bad("SO_REUSEADDR read back%s%ld", "", v);
	close(fd);
	/* a second udp socket on a port in use */
	if((lfd = server(SOCK_DGRAM, &port)) < 0)
		return -1;
	a = loop(port);
	if((fd2 = socket(AF_INET, SOCK_DGRAM, 0)) < 0)
		return bad("socket: %s%ld", strerror(errno), 0);
	if(bind(fd2, (struct sockaddr*)&a, sizeof a) == 0 || errno != EADDRINUSE)
		return bad("bind of a port in use: %s%ld", strerror(errno), errno);
	close(fd2);
	close(lfd);
	/* a write after shutdown(SHUT_WR) */
	if((lfd = server(SOCK_STREAM, &port)) < 0)
		return -1;
	if((fd = dial(port)) < 0)
		return bad("connect: %s%ld", strerror(errno), 0);
	if((fd2 = accept(lfd, NULL, NULL)) < 0)
		return bad("accept: %s%ld", strerror(errno), 0);
	if(shutdown(fd, SHUT_WR) < 0)
		return bad("shutdown: %s%ld", strerror(errno), 0);
	if(send(fd, "x", 1, MSG_NOSIGNAL) >= 0 || errno != EPIPE)
		return bad("send after shutdown: not EPIPE: %s%ld", strerror(errno), 0);
	if(read(fd2, &v, 1) != 0)
		return bad("no end of file after the peer's shutdown%s%ld", "", 0);
	if(write(fd2, "y", 1) != 1 || read(fd, &v, 1) != 1)
		return bad("the other way after shutdown%s%ld", "", 0);
	close(fd);
	close(fd2);
	close(lfd);
	return 0;
}

/*
 * ttimeout: SO_RCVTIMEO: a recvfrom with nothing to read, and an
 * accept with nobody calling, fail with EAGAIN once it is up; a
 * datagram sent after is still received
 */
/* msnow: milliseconds of the real time */
static long
msnow(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return tv.tv_sec*1000L + tv.tv_usec/1000;
}

/*
 * tsndtimeo: SO_SNDTIMEO: writes to a peer that never reads end, once
 * the buffers are full, with EAGAIN after the timeout (a partial
 * count first, maybe); the option reads back
 */
static int
tsndtimeo(void)
{
	struct timeval tv;
	socklen_t n;
	static char buf[65536];
	long total, t, took;
	int lfd, port, c, s;
	ssize_t m;

	if((lfd = server(SOCK_STREAM, &port)) < 0)
		return -1;
	if((c = dial(port)) < 0 || (s = accept(lfd, NULL, NULL)) < 0)
		return bad("a call: %s%ld", strerror(errno), 0);
	tv.tv_sec = 0;
	tv.tv_usec = 300000;
	if(setsockopt(c, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv) < 0)
		return bad("SO_SNDTIMEO: %s%ld", strerror(errno), 0);
	memset(&tv, 0, sizeof tv);
	n = sizeof tv;
	if(getsockopt(c, SOL_SOCKET, SO_SNDTIMEO, &tv, &n) < 0 || tv.tv_sec != 0 || tv.tv_usec != 300000)
		return bad("SO_SNDTIMEO read back: %s%ld", "", tv.tv_usec);
	took = 0;
	for(total = 0; total < 256L*1024*1024; total += m){
		t = msnow();
		m = write(c, buf, sizeof buf);
		took = msnow() - t;
		if(m <= 0)
			break;
	}
	if(m != -1 || errno != EAGAIN)
		return bad("writes to a peer that never reads: not EAGAIN in the end: %s%ld", strerror(errno), total);
	if(total == 0 || took < 250 || took > 10000)
		return bad("the write that failed took %s%ld ms", "", took);
	close(c);
	close(s);
	close(lfd);
	return 0;
}

static int
ttimeout(void)
{
	struct sockaddr_in a;
	struct timeval tv;
	socklen_t n;
	char buf[16];
	int fd, cfd, lfd, port;

	if((fd = server(SOCK_DGRAM, &port)) < 0)
		return -1;
	tv.tv_sec = 0;
	tv.tv_usec = 300000;
	if(setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) < 0)
		return bad("SO_RCVTIMEO: %s%ld", strerror(errno), 0);
	memset(&tv, 0, sizeof tv);
	n = sizeof tv;
	if(getsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, &n) < 0 || tv.tv_sec != 0 || tv.tv_usec != 300000)
		return bad("SO_RCVTIMEO read back: %s%ld", "", tv.tv_usec);
	n = sizeof a;
	if(recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr*)&a, &n) >= 0 || errno != EAGAIN)
		return bad("recvfrom with nothing sent: not EAGAIN: %s%ld", strerror(errno), errno);
	a = loop(port);
	if((cfd = socket(AF_INET, SOCK_DGRAM, 0)) < 0
	|| sendto(cfd, "late", 4, 0, (struct sockaddr*)&a, sizeof a) != 4)
		return bad("sendto: %s%ld", strerror(errno), 0);
	if(recv(fd, buf, sizeof buf, 0) != 4 || memcmp(buf, "late", 4) != 0)
		return bad("the datagram after the timeout: %s%ld", strerror(errno), 0);
	close(cfd);
	close(fd);
	if((lfd = server(SOCK_STREAM, &port)) < 0)
		return -1;
	tv.tv_usec = 200000;
	if(setsockopt(lfd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) < 0)
		return bad("SO_RCVTIMEO of a listener: %s%ld", strerror(errno), 0);
	if(accept(lfd, NULL, NULL) >= 0 || errno != EAGAIN)
		return bad("accept with nobody calling: not EAGAIN: %s%ld", strerror(errno), errno);
	close(lfd);
	return tsndtimeo();
}

/* call: copy what host!port sends to standard output */
static int
call(char *host, char *port)
{
	struct addrinfo h, *ai;
	char buf[4096];
	int fd, e;
	long m;

	memset(&h, 0, sizeof h);
	h.ai_family = AF_INET;
	h.ai_socktype = SOCK_STREAM;
	if((e = getaddrinfo(host, port, &h, &ai)) != 0){
		fprintf(stderr, "socktest: %s: %s\n", host, gai_strerror(e));
		return 1;
	}
	if((fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol)) < 0
	|| connect(fd, ai->ai_addr, ai->ai_addrlen) < 0){
		fprintf(stderr, "socktest: %s!%s: %s\n", host, port, strerror(errno));
		return 1;
	}
	freeaddrinfo(ai);
	while((m = read(fd, buf, sizeof buf)) > 0)
		fwrite(buf, 1, m, stdout);
	close(fd);
	return 0;
}

static struct {
	char	*name;
	int	(*f)(void);
} tests[] = {
	{ "inet", tinet }, { "gai", tgai }, { "tcp", ttcp }, { "clients", tclients },
	{ "big", tbig }, { "udp", tudp }, { "refused", trefused }, { "errors", terrors },
	{ "timeout", ttimeout },
};

int
main(int argc, char **argv)
{
	int i, j, failed;

	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, NULL, _IOLBF, 0);
	if(argc == 4 && strcmp(argv[1], "-c") == 0)
		return call(argv[2], argv[3]);
	if(argc > 1 && argv[1][0] == '-'){
		fprintf(stderr, "usage: socktest [-c host port] [test ...]\n");
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
