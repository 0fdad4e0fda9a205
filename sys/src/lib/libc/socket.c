/*
 * socket, connect, bind, listen, accept, shutdown, getsockname,
 * getpeername: BSD sockets over netd's files (socket(2)).
 * socket() makes a conversation (tcp:/clone or udp:/clone) and returns
 * its data file, which alone keeps the conversation; a call that must
 * tell netd something opens its ctl by name for that message: connect
 * "connect a.b.c.d!port", listen "announce port"; accept opens its
 * listen.  So a socket is one fd, as on Linux, and no hidden fd can be
 * closed (or reused) behind libc's back.  A udp socket that sends or
 * receives unconnected is announced and in netd's headers mode
 * (sockio.c).  What a call needs to know later is kept in _socks, by
 * the data fd.
 */
#include "sock.h"
#include <stdarg.h>
#include <poll.h>

Sock	*_socks[Nsock];

/* sockclose: fd is closing (close, or dup2 over it): its state goes */
static void
sockclose(int fd)
{
	Sock *s;

	if(fd < 0 || fd >= Nsock || (s = _socks[fd]) == nil)
		return;
	_socks[fd] = nil;
	free(s);
}

/* _sockof: fd's socket, or nil with EBADF or ENOTSOCK */
Sock*
_sockof(int fd)
{
	if(fd < 0 || fd >= Nsock){
		_seterr(EBADF, nil);
		return nil;
	}
	if(_socks[fd] == nil){
		_seterr(ENOTSOCK, nil);
		return nil;
	}
	return _socks[fd];
}

/* _sockctl: write the formatted message to s's ctl; 0, or -1 with netd's error */
int
_sockctl(Sock *s, char *fmt, ...)
{
	char msg[96], url[40];
	va_list ap;
	int fd, r;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	snprintf(url, sizeof url, "%s/ctl", s->dir);
	if((fd = open(url, O_RDWR|O_CLOEXEC)) < 0)
		return -1;
	r = write(fd, msg, strlen(msg));
	_sys_close(fd);	/* errno and the error string stay the write's */
	return r < 0 ? -1 : 0;
}

/* _sockaddrin: the caller's address a (n bytes) as an AF_INET one; 0 or -1 */
int
_sockaddrin(const struct sockaddr *a, socklen_t n, struct sockaddr_in *in)
{
	if(a == nil)
		return _seterr(EFAULT, nil);
	if(n < sizeof(sa_family_t) || a->sa_family != AF_INET)
		return _seterr(EAFNOSUPPORT, nil);
	if(n < sizeof *in)
		return _seterr(EINVAL, nil);
	memmove(in, a, sizeof *in);
	return 0;
}

/* _sockaddrout: give in to the caller's a (at most *n bytes), *n its whole size */
int
_sockaddrout(struct sockaddr_in *in, struct sockaddr *a, socklen_t *n)
{
	if(a == nil || n == nil)
		return 0;
	memmove(a, in, *n < sizeof *in ? *n : sizeof *in);
	*n = sizeof *in;
	return 0;
}

/* _sockreadaddr: s's local or remote file ("a.b.c.d!port") into in; 0 or -1 */
int
_sockreadaddr(Sock *s, char *file, struct sockaddr_in *in)
{
	char url[40], buf[64], *p;
	int fd, n;

	snprintf(url, sizeof url, "%s/%s", s->dir, file);
	if((fd = open(url, O_RDONLY)) < 0)
		return -1;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if(n < 0)
		return -1;
	buf[n] = 0;
	memset(in, 0, sizeof *in);
	in->sin_family = AF_INET;
	p = strchr(buf, '!');
	if(p == nil)
		return _seterr(EIO, "bad address from netd");
	*p++ = 0;
	if(!inet_aton(buf, &in->sin_addr))
		return _seterr(EIO, "bad address from netd");
	in->sin_port = htons(atoi(p));
	return 0;
}

/*
 * newsock: the socket of conversation num of net, whose ctl is open:
 * its data file opened (close-on-exec if cloexec) and the state made;
 * ctl is closed (the data file keeps the conversation).  The data fd,
 * or -1.
 */
static int
newsock(char *net, int ctl, char *num, int type, int cloexec)
{
	char url[40];
	Sock *s;
	int fd;

	snprintf(url, sizeof url, "%s:/%s/data", net, num);
	if((fd = open(url, O_RDWR | (cloexec ? O_CLOEXEC : 0))) < 0){
		_sys_close(ctl);
		return -1;
	}
	_sys_close(ctl);
	if(fd >= Nsock || (s = calloc(1, sizeof *s)) == nil){
		_sys_close(fd);
		return _seterr(fd >= Nsock ? EMFILE : ENOMEM, nil);
	}
	s->type = type;
	snprintf(s->dir, sizeof s->dir, "%s:/%s", net, num);
	s->rcvbuf = s->sndbuf = 32*1024;
	_socks[fd] = s;
	_fdclosehook = sockclose;
	_fdnonblock[fd] = 0;
	return fd;
}

/* readnum: the conversation number a ctl reads as, into num; 0 or -1 (ctl closed) */
static int
readnum(int ctl, char *num, int n)
{
	int m;

	if((m = read(ctl, num, n - 1)) <= 0){
		_sys_close(ctl);
		return m == 0 ? _seterr(EIO, "no conversation number") : -1;
	}
	num[m] = 0;
	num[strcspn(num, " \n")] = 0;
	return 0;
}

/* clone: a new conversation of net: its ctl fd, its number in num */
static int
clone(char *net, char *num, int n)
{
	char url[16];
	int ctl;

	snprintf(url, sizeof url, "%s:/clone", net);
	if((ctl = open(url, O_RDWR|O_CLOEXEC)) < 0){
		if(errno == ENOENT)
			_seterr(ENETDOWN, "network is down: no netd (netd(8))");
		return -1;
	}
	if(readnum(ctl, num, n) < 0)
		return -1;
	return ctl;
}

/* socket: an AF_INET stream (tcp) or datagram (udp) socket: its fd */
int
socket(int domain, int type, int protocol)
{
	char num[16], *net;
	int ctl, flags, fd;

	if(domain != AF_INET)
		return _seterr(EAFNOSUPPORT, nil);
	flags = type & (SOCK_CLOEXEC|SOCK_NONBLOCK);
	type &= ~flags;
	if(type == SOCK_STREAM && (protocol == 0 || protocol == IPPROTO_TCP))
		net = "tcp";
	else if(type == SOCK_DGRAM && (protocol == 0 || protocol == IPPROTO_UDP))
		net = "udp";
	else if(type != SOCK_STREAM && type != SOCK_DGRAM)
		return _seterr(EPROTONOSUPPORT, "socket type not supported");
	else
		return _seterr(EPROTONOSUPPORT, nil);
	if((ctl = clone(net, num, sizeof num)) < 0)
		return -1;
	if((fd = newsock(net, ctl, num, type, flags & SOCK_CLOEXEC)) >= 0)
		_fdnonblock[fd] = (flags & SOCK_NONBLOCK) != 0;
	return fd;
}

/* destination: in's address, with any (0.0.0.0) meaning this machine as Linux has it */
static char*
destination(struct sockaddr_in *in, char *buf, int n)
{
	if(in->sin_addr.s_addr == htonl(INADDR_ANY))
		in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return (char*)inet_ntop(AF_INET, &in->sin_addr, buf, n);
}

/*
 * udpredo: a udp socket already bound (announced) connects: netd takes
 * connect only on a fresh conversation, so fd becomes a new one's data
 * file, and that one connects from the old one's port once the old one
 * is gone.
 */
static int
udpredo(int fd, Sock *s, char *a, int port)
{
	struct sockaddr_in l;
	char num[16];
	int ctl, nfd;
	Sock *k;

	if(_sockreadaddr(s, "local", &l) < 0)
		return -1;
	if((ctl = clone("udp", num, sizeof num)) < 0)
		return -1;
	if((nfd = newsock("udp", ctl, num, SOCK_DGRAM, 0)) < 0)
		return -1;
	k = _socks[nfd];
	_socks[nfd] = nil;
	/* the old conversation's last fid goes: its port is free */
	if(_sys_dup(nfd, fd) < 0){
		_sys_close(nfd);
		free(k);
		return _seterr(EBADF, nil);
	}
	_sys_close(nfd);
	k->bound = s->bound;
	k->laddr = s->laddr;
	k->keepalive = s->keepalive;
	k->broadcast = s->broadcast;
	k->rcvtimeo = s->rcvtimeo;
	k->sndtimeo = s->sndtimeo;
	free(s);
	_socks[fd] = k;
	if(k->rcvtimeo > 0 && _sockctl(k, "readtimeout %ld", k->rcvtimeo) < 0)
		return -1;
	if(k->sndtimeo > 0 && _sockctl(k, "writetimeout %ld", k->sndtimeo) < 0)
		return -1;
	return _sockctl(k, "connect %s!%d %d", a, port, ntohs(l.sin_port));
}

/* connect: fd to the address a (n bytes): a tcp call, or udp's default peer */
int
connect(int fd, const struct sockaddr *a, socklen_t n)
{
	struct sockaddr_in in;
	char buf[INET_ADDRSTRLEN];
	Sock *s;
	int port;

	if((s = _sockof(fd)) == nil || _sockaddrin(a, n, &in) < 0)
		return -1;
	destination(&in, buf, sizeof buf);
	port = ntohs(in.sin_port);
	if(s->type == SOCK_STREAM){
		if(s->state != Snew)
			return _seterr(EISCONN, nil);
		if(port == 0)
			return _seterr(ECONNREFUSED, nil);
		if(_sockctl(s, "connect %s!%d", buf, port) < 0)
			return -1;
		if(s->keepalive)
			_sockctl(s, "keepalive");
	}else{
		if(port == 0)
			return _seterr(EINVAL, "port 0");
		if(s->announced || s->state == Sconn){
			if(udpredo(fd, s, buf, port) < 0)
				return -1;	/* (fd may be a fresh socket now) */
			s = _socks[fd];
		}else if(s->bound && s->laddr.sin_port != 0){
			if(_sockctl(s, "connect %s!%d %d", buf, port, ntohs(s->laddr.sin_port)) < 0)
				return -1;
		}else if(_sockctl(s, "connect %s!%d", buf, port) < 0)
			return -1;
	}
	s->state = Sconn;
	s->raddr = in;
	return 0;
}

/* _sockannounce: a udp socket takes its port (bound, or any) in headers mode */
int
_sockannounce(Sock *s)
{
	if(s->announced)
		return 0;
	if(_sockctl(s, "announce %d", s->bound ? ntohs(s->laddr.sin_port) : 0) < 0
	|| _sockctl(s, "headers") < 0)
		return -1;
	s->announced = 1;
	return 0;
}

/*
 * bind (the symbol _sockbind: libc.h's bind is the namespace's): fd's
 * local address.  netd listens on every address of the machine, so the
 * address is only kept, for getsockname.  A udp socket takes its port
 * now; a tcp socket when it listens.
 */
int
bind(int fd, const struct sockaddr *a, socklen_t n)
{
	struct sockaddr_in in;
	Sock *s;

	if((s = _sockof(fd)) == nil || _sockaddrin(a, n, &in) < 0)
		return -1;
	if(s->bound || s->announced || s->state != Snew)
		return _seterr(EINVAL, "socket already bound");
	s->laddr = in;
	s->bound = 1;
	if(s->type == SOCK_DGRAM && _sockannounce(s) < 0){
		s->bound = 0;
		return -1;
	}
	return 0;
}

/* listen: fd (tcp) takes calls at its bound port (or one netd picks) */
int
listen(int fd, int backlog)
{
	Sock *s;

	USED(backlog);
	if((s = _sockof(fd)) == nil)
		return -1;
	if(s->type != SOCK_STREAM)
		return _seterr(EOPNOTSUPP, nil);
	if(s->state == Slisten)
		return 0;
	if(s->state != Snew)
		return _seterr(EINVAL, "socket is connected");
	if(_sockctl(s, "announce %d", s->bound ? ntohs(s->laddr.sin_port) : 0) < 0)
		return -1;
	s->state = Slisten;
	return 0;
}

/*
 * takecall: a listener's data file, when poll asks, has a read of it
 * waiting for a call (netd answers "call" once one waits); accept has
 * taken a call: what that read said is used up.
 */
static void
takecall(int fd)
{
	struct pollfd p;
	char buf[8];

	p.fd = fd;
	p.events = POLLIN;
	if(poll(&p, 1, 0) == 1 && (p.revents & POLLIN) && !(p.revents & (POLLERR|POLLHUP)))
		_sysret(_sys_pread(fd, (long)buf, sizeof buf, -1));
}

/* accept: wait for a call to fd; the call's socket, its peer in a (*n bytes) */
int
accept(int fd, struct sockaddr *a, socklen_t *n)
{
	char url[40], num[16];
	Sock *s, *k;
	int ctl, nfd;

	if((s = _sockof(fd)) == nil)
		return -1;
	if(s->state != Slisten)
		return _seterr(EINVAL, "socket is not listening");
	if(_fdnonblock[fd] && _fdwould(fd, POLLIN))
		return -1;	/* no call waiting: EAGAIN */
	snprintf(url, sizeof url, "%s/listen", s->dir);
	if((ctl = open(url, O_RDWR|O_CLOEXEC)) < 0)
		return -1;
	if(s->polled)
		takecall(fd);
	if(readnum(ctl, num, sizeof num) < 0)
		return -1;
	if((nfd = newsock("tcp", ctl, num, SOCK_STREAM, 0)) < 0)
		return -1;
	k = _socks[nfd];
	k->state = Sconn;
	k->keepalive = s->keepalive;
	k->nodelay = s->nodelay;
	k->rcvtimeo = s->rcvtimeo;	/* options pass to the call, as on Linux */
	k->sndtimeo = s->sndtimeo;
	if(_sockreadaddr(k, "remote", &k->raddr) < 0){
		close(nfd);
		return -1;
	}
	if(k->keepalive)
		_sockctl(k, "keepalive");
	if(k->rcvtimeo > 0)
		_sockctl(k, "readtimeout %ld", k->rcvtimeo);
	if(k->sndtimeo > 0)
		_sockctl(k, "writetimeout %ld", k->sndtimeo);
	_sockaddrout(&k->raddr, a, n);
	return nfd;
}

/* shutdown: no more reads (SHUT_RD), or writes (SHUT_WR: tcp sends its FIN), or both */
int
shutdown(int fd, int how)
{
	Sock *s;

	if((s = _sockof(fd)) == nil)
		return -1;
	if(how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR)
		return _seterr(EINVAL, nil);
	if(s->state != Sconn)
		return _seterr(ENOTCONN, nil);
	if(how != SHUT_WR)
		s->shutrd = 1;
	if(how != SHUT_RD && !s->shutwr){
		if(s->type == SOCK_STREAM && _sockctl(s, "shutdown") < 0)
			return -1;
		s->shutwr = 1;
	}
	return 0;
}

/* getsockname: fd's local address */
int
getsockname(int fd, struct sockaddr *a, socklen_t *n)
{
	struct sockaddr_in in;
	Sock *s;

	if((s = _sockof(fd)) == nil)
		return -1;
	memset(&in, 0, sizeof in);
	in.sin_family = AF_INET;
	if(s->state == Sconn){
		if(_sockreadaddr(s, "local", &in) < 0)
			return -1;
	}else if(s->state == Slisten || s->announced){
		/* the port netd gave; the address as bound (any: 0.0.0.0) */
		if(_sockreadaddr(s, "local", &in) < 0)
			return -1;
		in.sin_addr.s_addr = s->bound ? s->laddr.sin_addr.s_addr : htonl(INADDR_ANY);
	}else if(s->bound){
		in.sin_addr = s->laddr.sin_addr;
		in.sin_port = s->laddr.sin_port;
	}
	return _sockaddrout(&in, a, n);
}

/* getpeername: the address fd is connected to */
int
getpeername(int fd, struct sockaddr *a, socklen_t *n)
{
	Sock *s;

	if((s = _sockof(fd)) == nil)
		return -1;
	if(s->state != Sconn)
		return _seterr(ENOTCONN, nil);
	return _sockaddrout(&s->raddr, a, n);
}
