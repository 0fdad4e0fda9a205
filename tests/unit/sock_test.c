/*
 * sock_test: host tests of the sockets' pure parts in libc (see
 * sock.mk): inet_pton, inet_ntop, inet_aton, inet_addr, inet_ntoa and
 * the byte order, each against glibc's; getaddrinfo's numeric hosts,
 * services, hints and errors, and its names through a fake dns:
 * (this file's nf_open, nf_write, nf_pread), getnameinfo,
 * gethostbyname; the errno of each of netd's error strings
 * (_neterrno), _sysret's refinement of EIO, and strerror's texts.
 * One line per group: "PASS name" or "FAIL name: why".
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netdb.h>
#include <arpa/inet.h>
#include <sys/socket.h>

/* the libc under test, renamed */
int	nf_inet_pton(int, const char*, void*);
const char	*nf_inet_ntop(int, const void*, char*, socklen_t);
int	nf_inet_aton(const char*, struct in_addr*);
in_addr_t	nf_inet_addr(const char*);
char	*nf_inet_ntoa(struct in_addr);
uint32_t	nf_htonl(uint32_t), nf_ntohl(uint32_t);
uint16_t	nf_htons(uint16_t), nf_ntohs(uint16_t);
int	nf_getaddrinfo(const char*, const char*, const struct addrinfo*, struct addrinfo**);
void	nf_freeaddrinfo(struct addrinfo*);
const char	*nf_gai_strerror(int);
int	nf_getnameinfo(const struct sockaddr*, socklen_t, char*, socklen_t, char*, socklen_t, int);
struct hostent	*nf_gethostbyname(const char*);
struct servent	*nf_getservbyname(const char*, const char*);
extern int	nf_h_errno;
int	_neterrno(char*);
long	_sysret(long);
char	*nf_strerror(int);

/* what the libc files need from the rest of libc and the kernel */
int	nf_errno;
int	_errlocal;
static char	fakeerr[128];		/* the error string errstr gives */
static char	query[300];		/* the last thing written to dns: */
static int	dnsup = 1;		/* dns: can be opened */
static char	*dnsanswer;		/* dns:'s answer; nil: fail with fakeerr */

int
nf_errstr(char *buf, unsigned n)
{
	snprintf(buf, n, "%s", fakeerr);
	return 0;
}

void
nf_werrstr(char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(fakeerr, sizeof fakeerr, fmt, ap);
	va_end(ap);
}

long
nf__sys_errstr(long buf, long n)
{
	snprintf((char*)buf, n, "%s", fakeerr);
	return strlen(fakeerr);
}

int
nf_open(const char *url, int mode, ...)
{
	if(strcmp(url, "dns:") != 0 || !dnsup){
		snprintf(fakeerr, sizeof fakeerr, "unknown scheme");
		nf_errno = ENOENT;
		return -1;
	}
	return 7;
}

long
nf_write(int fd, const void *buf, unsigned long n)
{
	snprintf(query, sizeof query, "%.*s", (int)n, (char*)buf);
	if(dnsanswer == NULL){
		nf_errno = EIO;
		return -1;
	}
	return n;
}

long
nf_pread(int fd, void *buf, unsigned long n, long long off)
{
	snprintf(buf, n, "%s", dnsanswer);
	return strlen(buf);
}

int
nf_close(int fd)
{
	return 0;
}

static int	failed;

/* check: one group's result */
static void
check(const char *name, int fails)
{
	if(fails == 0)
		printf("PASS %s\n", name);
	failed += fails;
}

static int
bad(const char *group, const char *fmt, ...)
{
	va_list ap;

	printf("FAIL %s: ", group);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	return 1;
}

static int
testinet(void)
{
	static char *addrs[] = {
		"1.2.3.4", "0.0.0.0", "255.255.255.255", "10.0.2.15", "256.0.0.1",
		"1.2.3", "1.2.3.4.5", "01.2.3.4", "1.02.3.4", "1..2.3", "1.2.3.4.",
		"", "a.b.c.d", "1.2.3.-4", "0x1.2.3.4", "00.1.1.1", "1.2.3.400",
		"127.1", "0x7f.1", "017.0.0.1", "4294967295", "4294967296",
		"1.16777215", "1.16777216", "1.2.65535", "1.2.65536", "08.1.1.1",
		"0x", "0xffffffff", "0.0.0.0x1", "1.2.3.4x",
	};
	unsigned char a[4], b[4];
	struct in_addr x, y;
	char s[INET_ADDRSTRLEN], t[INET_ADDRSTRLEN];
	const char *r;
	int i, m, n, f;

	f = 0;
	for(i = 0; i < (int)(sizeof addrs/sizeof addrs[0]); i++){
		memset(a, 0, 4);
		memset(b, 0, 4);
		m = nf_inet_pton(AF_INET, addrs[i], a);
		n = inet_pton(AF_INET, addrs[i], b);
		if(m != n || memcmp(a, b, 4) != 0)
			f += bad("inet", "inet_pton \"%s\": %d, glibc %d", addrs[i], m, n);
		x.s_addr = y.s_addr = 0;
		m = nf_inet_aton(addrs[i], &x);
		n = inet_aton(addrs[i], &y);
		if(m != n || x.s_addr != y.s_addr)
			f += bad("inet", "inet_aton \"%s\": %d %08x, glibc %d %08x", addrs[i], m, x.s_addr, n, y.s_addr);
		if(nf_inet_addr(addrs[i]) != inet_addr(addrs[i]))
			f += bad("inet", "inet_addr \"%s\"", addrs[i]);
		if(n == 1 && strcmp(nf_inet_ntoa(y), inet_ntoa(y)) != 0)
			f += bad("inet", "inet_ntoa of \"%s\"", addrs[i]);
	}
	for(i = 0; i < 300; i++){
		a[0] = i; a[1] = i*7; a[2] = 255 - i; a[3] = i*13;
		r = nf_inet_ntop(AF_INET, a, s, sizeof s);
		inet_ntop(AF_INET, a, t, sizeof t);
		if(r != s || strcmp(s, t) != 0)
			f += bad("inet", "inet_ntop %s, glibc %s", s, t);
	}
	a[0] = 192; a[1] = 168; a[2] = 100; a[3] = 200;
	nf_errno = 0;
	if(nf_inet_ntop(AF_INET, a, s, 15) != NULL || nf_errno != ENOSPC)
		f += bad("inet", "inet_ntop into 15 bytes: not ENOSPC");
	if(nf_inet_ntop(AF_INET, a, s, 16) == NULL)
		f += bad("inet", "inet_ntop into 16 bytes failed");
	nf_errno = 0;
	if(nf_inet_pton(AF_INET6, "::1", b) != -1 || nf_errno != EAFNOSUPPORT)
		f += bad("inet", "inet_pton AF_INET6: not EAFNOSUPPORT");
	if(nf_inet_ntop(AF_INET6, a, s, sizeof s) != NULL || nf_errno != EAFNOSUPPORT)
		f += bad("inet", "inet_ntop AF_INET6: not EAFNOSUPPORT");
	if(nf_htons(0x1234) != htons(0x1234) || nf_ntohs(0x3412) != ntohs(0x3412)
	|| nf_htonl(0x01020304) != htonl(0x01020304) || nf_ntohl(0x04030201) != ntohl(0x04030201))
		f += bad("inet", "byte order");
	return f;
}

/* gai: getaddrinfo(node, serv) with hints (family, type, flags): its error, the answers in *res */
static int
gai(const char *node, const char *serv, int family, int type, int flags, struct addrinfo **res)
{
	struct addrinfo h;

	memset(&h, 0, sizeof h);
	h.ai_family = family;
	h.ai_socktype = type;
	h.ai_flags = flags;
	*res = NULL;
	return nf_getaddrinfo(node, serv, &h, res);
}

/* gaiis: ai is one answer of type for a.b.c.d and port */
static int
gaiis(struct addrinfo *ai, int type, const char *addr, int port)
{
	struct sockaddr_in *in;

	in = (struct sockaddr_in*)ai->ai_addr;
	return ai->ai_family == AF_INET && ai->ai_socktype == type
		&& ai->ai_protocol == (type == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP)
		&& ai->ai_addrlen == sizeof *in && in->sin_family == AF_INET
		&& in->sin_addr.s_addr == inet_addr(addr) && ntohs(in->sin_port) == port;
}

static int
testgai(void)
{
	struct addrinfo *ai;
	int e, f;

	f = 0;
	dnsanswer = NULL;
	snprintf(fakeerr, sizeof fakeerr, "dns: should not be asked");
	query[0] = 0;
	if((e = gai("10.0.2.15", "80", AF_INET, SOCK_STREAM, 0, &ai)) != 0 || !gaiis(ai, SOCK_STREAM, "10.0.2.15", 80) || ai->ai_next != NULL)
		f += bad("gai", "10.0.2.15 80 stream: %d", e);
	nf_freeaddrinfo(ai);
	if((e = gai("127.1", "http", AF_UNSPEC, 0, 0, &ai)) != 0 || !gaiis(ai, SOCK_STREAM, "127.0.0.1", 80)
	|| ai->ai_next == NULL || !gaiis(ai->ai_next, SOCK_DGRAM, "127.0.0.1", 80) || ai->ai_next->ai_next != NULL)
		f += bad("gai", "127.1 http, any type: %d", e);
	nf_freeaddrinfo(ai);
	if((e = gai(NULL, "9fs", AF_INET, SOCK_STREAM, AI_PASSIVE, &ai)) != 0 || !gaiis(ai, SOCK_STREAM, "0.0.0.0", 564))
		f += bad("gai", "passive 9fs: %d", e);
	nf_freeaddrinfo(ai);
	if((e = gai(NULL, "7", AF_INET, SOCK_DGRAM, 0, &ai)) != 0 || !gaiis(ai, SOCK_DGRAM, "127.0.0.1", 7))
		f += bad("gai", "no node: %d", e);
	nf_freeaddrinfo(ai);
	if((e = gai("1.2.3.4", NULL, AF_INET, SOCK_STREAM, AI_CANONNAME, &ai)) != 0 || !gaiis(ai, SOCK_STREAM, "1.2.3.4", 0)
	|| ai->ai_canonname == NULL || strcmp(ai->ai_canonname, "1.2.3.4") != 0)
		f += bad("gai", "AI_CANONNAME: %d", e);
	nf_freeaddrinfo(ai);
	if(query[0] != 0)
		f += bad("gai", "a number asked dns: \"%s\"", query);
	if((e = gai("localhost", "80", AF_INET, SOCK_STREAM, AI_NUMERICHOST, &ai)) != EAI_NONAME
	|| (e = gai("1.2.3.4", "http", AF_INET, SOCK_STREAM, AI_NUMERICSERV, &ai)) != EAI_NONAME
	|| (e = gai("1.2.3.4", "nosuch", AF_INET, SOCK_STREAM, 0, &ai)) != EAI_SERVICE
	|| (e = gai("1.2.3.4", "65536", AF_INET, SOCK_STREAM, 0, &ai)) != EAI_SERVICE
	|| (e = gai("1.2.3.4", "80", AF_INET6, 0, 0, &ai)) != EAI_FAMILY
	|| (e = gai("1.2.3.4", "80", AF_INET, SOCK_RAW, 0, &ai)) != EAI_SOCKTYPE
	|| (e = gai("1.2.3.4", "80", AF_INET, 0, 0x10000, &ai)) != EAI_BADFLAGS
	|| (e = gai(NULL, NULL, AF_INET, 0, 0, &ai)) != EAI_NONAME)
		f += bad("gai", "an error was %d", e);
	/* names, through the fake dns: */
	dnsanswer = "localhost ip 127.0.0.1\n";
	if((e = gai("localhost", "80", AF_INET, SOCK_STREAM, 0, &ai)) != 0 || !gaiis(ai, SOCK_STREAM, "127.0.0.1", 80)
	|| strcmp(query, "localhost ip") != 0)
		f += bad("gai", "localhost by dns: %d, asked \"%s\"", e, query);
	nf_freeaddrinfo(ai);
	dnsanswer = NULL;
	snprintf(fakeerr, sizeof fakeerr, "dns: name not found");
	if((e = gai("nosuch.example", "80", AF_INET, 0, 0, &ai)) != EAI_NONAME)
		f += bad("gai", "name not found: %d", e);
	snprintf(fakeerr, sizeof fakeerr, "dns: no name server");
	if((e = gai("nosuch.example", "80", AF_INET, 0, 0, &ai)) != EAI_AGAIN)
		f += bad("gai", "no name server: %d", e);
	dnsup = 0;
	if((e = gai("nosuch.example", "80", AF_INET, 0, 0, &ai)) != EAI_FAIL)
		f += bad("gai", "no dns: %d", e);
	dnsup = 1;
	if(strcmp(nf_gai_strerror(EAI_NONAME), "name or service not known") != 0
	|| strcmp(nf_gai_strerror(12345), "unknown getaddrinfo error") != 0)
		f += bad("gai", "gai_strerror");
	return f;
}

static int
testnames(void)
{
	struct sockaddr_in in;
	struct hostent *h;
	struct servent *s;
	char host[32], serv[32];
	int f, e;

	f = 0;
	memset(&in, 0, sizeof in);
	in.sin_family = AF_INET;
	in.sin_addr.s_addr = inet_addr("10.0.2.2");
	in.sin_port = htons(80);
	if((e = nf_getnameinfo((struct sockaddr*)&in, sizeof in, host, sizeof host, serv, sizeof serv, 0)) != 0
	|| strcmp(host, "10.0.2.2") != 0 || strcmp(serv, "http") != 0)
		f += bad("names", "getnameinfo: %d %s %s", e, host, serv);
	if((e = nf_getnameinfo((struct sockaddr*)&in, sizeof in, host, sizeof host, serv, sizeof serv, NI_NUMERICSERV)) != 0
	|| strcmp(serv, "80") != 0)
		f += bad("names", "getnameinfo NI_NUMERICSERV: %d %s", e, serv);
	if(nf_getnameinfo((struct sockaddr*)&in, sizeof in, host, sizeof host, NULL, 0, NI_NAMEREQD) != EAI_NONAME
	|| nf_getnameinfo((struct sockaddr*)&in, sizeof in, host, 8, NULL, 0, 0) != EAI_OVERFLOW
	|| nf_getnameinfo((struct sockaddr*)&in, sizeof in, NULL, 0, serv, 4, 0) != EAI_OVERFLOW
	|| nf_getnameinfo((struct sockaddr*)&in, 4, host, sizeof host, NULL, 0, 0) != EAI_FAMILY)
		f += bad("names", "getnameinfo's errors");
	if((h = nf_gethostbyname("10.1.2.3")) == NULL || h->h_addrtype != AF_INET || h->h_length != 4
	|| memcmp(h->h_addr_list[0], "\x0a\x01\x02\x03", 4) != 0 || h->h_addr_list[1] != NULL
	|| strcmp(h->h_name, "10.1.2.3") != 0)
		f += bad("names", "gethostbyname 10.1.2.3");
	dnsanswer = "gw ip 10.0.2.2\n";
	if((h = nf_gethostbyname("gw")) == NULL || memcmp(h->h_addr_list[0], "\x0a\x00\x02\x02", 4) != 0)
		f += bad("names", "gethostbyname gw");
	dnsanswer = NULL;
	snprintf(fakeerr, sizeof fakeerr, "dns: name not found");
	if(nf_gethostbyname("nosuch") != NULL || nf_h_errno != HOST_NOT_FOUND)
		f += bad("names", "gethostbyname nosuch: h_errno %d", nf_h_errno);
	snprintf(fakeerr, sizeof fakeerr, "dns: no name server");
	if(nf_gethostbyname("nosuch") != NULL || nf_h_errno != TRY_AGAIN)
		f += bad("names", "gethostbyname, no name server: h_errno %d", nf_h_errno);
	if((s = nf_getservbyname("http", "tcp")) == NULL || ntohs(s->s_port) != 80 || strcmp(s->s_proto, "tcp") != 0
	|| nf_getservbyname("nosuch", "tcp") != NULL || nf_getservbyname("http", "sctp") != NULL)
		f += bad("names", "getservbyname");
	return f;
}

static int
testerrno(void)
{
	static struct {
		char	*msg;
		int	num;
	} tab[] = {
		{ "connection refused", ECONNREFUSED }, { "connection timed out", ETIMEDOUT },
		{ "no route to host", EHOSTUNREACH }, { "network not configured", ENETUNREACH },
		{ "network is down", ENETDOWN }, { "network card gone", ENETDOWN },
		{ "connection reset", ECONNRESET }, { "connection aborted", ECONNABORTED },
		{ "address in use", EADDRINUSE }, { "not connected", ENOTCONN },
		{ "datagram too big", EMSGSIZE }, { "no free conversations", ENOBUFS },
		{ "already in use", EISCONN }, { "connection shut down", EPIPE }, { "hungup", EPIPE },
		{ "read timed out", EAGAIN },
		{ "file does not exist", 0 }, { "i/o error", 0 }, { "connection refused!", 0 },
	};
	static int nums[] = {
		ENOTSOCK, EDESTADDRREQ, EMSGSIZE, EPROTOTYPE, ENOPROTOOPT, EPROTONOSUPPORT,
		EOPNOTSUPP, EAFNOSUPPORT, EADDRINUSE, EADDRNOTAVAIL, ENETDOWN, ENETUNREACH,
		ECONNABORTED, ECONNRESET, ENOBUFS, EISCONN, ENOTCONN, ETIMEDOUT,
		ECONNREFUSED, EHOSTUNREACH, EALREADY, EINPROGRESS,
	};
	int i, f;

	f = 0;
	for(i = 0; i < (int)(sizeof tab/sizeof tab[0]); i++)
		if(_neterrno(tab[i].msg) != tab[i].num)
			f += bad("errno", "\"%s\" is %d, want %d", tab[i].msg, _neterrno(tab[i].msg), tab[i].num);
	/* _sysret: EIO with a network string becomes its errno; others stay */
	snprintf(fakeerr, sizeof fakeerr, "connection refused");
	if(_sysret(-EIO) != -1 || nf_errno != ECONNREFUSED)
		f += bad("errno", "_sysret EIO \"connection refused\": %d", nf_errno);
	snprintf(fakeerr, sizeof fakeerr, "network card gone");
	if(_sysret(-EIO) != -1 || nf_errno != ENETDOWN)
		f += bad("errno", "_sysret EIO \"network card gone\": %d", nf_errno);
	snprintf(fakeerr, sizeof fakeerr, "disk on fire");
	if(_sysret(-EIO) != -1 || nf_errno != EIO)
		f += bad("errno", "_sysret EIO of an unknown string: %d", nf_errno);
	snprintf(fakeerr, sizeof fakeerr, "connection refused");
	if(_sysret(-ENOENT) != -1 || nf_errno != ENOENT || _sysret(42) != 42)
		f += bad("errno", "_sysret changed what was not EIO: %d", nf_errno);
	for(i = 0; i < (int)(sizeof nums/sizeof nums[0]); i++)
		if(strcmp(nf_strerror(nums[i]), "unknown error") == 0)
			f += bad("errno", "strerror(%d) has no text", nums[i]);
	if(strcmp(nf_strerror(ECONNREFUSED), "connection refused") != 0 || strcmp(nf_strerror(ENOENT), "file does not exist") != 0)
		f += bad("errno", "strerror's texts");
	return f;
}

int
main(void)
{
	check("sock.inet", testinet());
	check("sock.getaddrinfo", testgai());
	check("sock.names", testnames());
	check("sock.errno", testerrno());
	return failed != 0;
}
