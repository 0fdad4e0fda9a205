/*
 * send, recv, sendto, recvfrom: data on a socket (socket(2)).  A
 * connected socket's are its data file's reads and writes.  An
 * unconnected udp socket is announced in netd's headers mode: each
 * datagram read or written has Plan 9's 52-byte header before it,
 * the peer's address in raddr (IPv4 in IPv6, bytes 12-15) and rport
 * (bytes 48-49), which sendto fills and recvfrom reads.
 */
#include "sock.h"

/* flagsok: the flags a call takes; 0, or -1 for one it cannot do */
static int
flagsok(int flags)
{
	if(flags & MSG_OOB)
		return _seterr(EOPNOTSUPP, "MSG_OOB: no urgent data");
	if(flags & MSG_PEEK)
		return _seterr(EOPNOTSUPP, "MSG_PEEK is not supported");
	return 0;
}

/*
 * dgread: one datagram into buf (n bytes), the rest of it dropped.  A
 * polled socket may have a read sent ahead by the kernel, which keeps
 * what a short read leaves for the next read: so read it whole.
 */
static ssize_t
dgread(Sock *s, int fd, void *buf, size_t n)
{
	uchar *b;
	ssize_t m;

	if(!s->polled || n >= 65535 + Hdrlen)
		return read(fd, buf, n);
	if((b = malloc(65535 + Hdrlen)) == nil)
		return _seterr(ENOMEM, nil);
	m = read(fd, b, 65535 + Hdrlen);
	if(m > (ssize_t)n)
		m = n;
	if(m > 0)
		memmove(buf, b, m);
	free(b);
	return m;
}

/* wouldwait: MSG_DONTWAIT, and fd would wait for ev: 1, EAGAIN set */
static int
wouldwait(int fd, int flags, int ev)
{
	return (flags & MSG_DONTWAIT) && !_fdnonblock[fd] && _fdwould(fd, ev);
}

/* send: write buf (n bytes) on the connected socket fd */
ssize_t
send(int fd, const void *buf, size_t n, int flags)
{
	Sock *s;

	if((s = _sockof(fd)) == nil || flagsok(flags) < 0)
		return -1;
	if(s->shutwr)
		return _seterr(EPIPE, "connection shut down");
	if(s->state != Sconn)
		return _seterr(s->type == SOCK_DGRAM ? EDESTADDRREQ : ENOTCONN, nil);
	if(wouldwait(fd, flags, 4))
		return -1;
	return write(fd, buf, n);
}

/* recvhdr: one datagram of an unconnected udp socket into buf (n bytes), its sender in from */
static ssize_t
recvhdr(Sock *s, int fd, void *buf, size_t n, struct sockaddr_in *from)
{
	uchar small[2048], *b;
	ssize_t m;

	if(_sockannounce(s) < 0)
		return -1;
	if(n > 65535)
		n = 65535;	/* no datagram is longer */
	b = small;
	if(n + Hdrlen > sizeof small && (b = malloc(n + Hdrlen)) == nil)
		return _seterr(ENOMEM, nil);
	m = dgread(s, fd, b, n + Hdrlen);
	if(m >= 0 && m < Hdrlen)
		m = _seterr(EIO, "short udp header from netd");
	if(m >= 0){
		memset(from, 0, sizeof *from);
		from->sin_family = AF_INET;
		memmove(&from->sin_addr, b + 12, 4);
		memmove(&from->sin_port, b + 48, 2);
		m -= Hdrlen;
		memmove(buf, b + Hdrlen, m);
	}
	if(b != small)
		free(b);
	return m;
}

/* recv: read from fd into buf (n bytes); 0 at end of file (or after SHUT_RD) */
ssize_t
recv(int fd, void *buf, size_t n, int flags)
{
	struct sockaddr_in from;
	ssize_t m, got;
	Sock *s;

	if((s = _sockof(fd)) == nil || flagsok(flags) < 0)
		return -1;
	if(s->shutrd)
		return 0;
	if(wouldwait(fd, flags, 1))
		return -1;
	if(s->type == SOCK_DGRAM && s->state != Sconn)
		return recvhdr(s, fd, buf, n, &from);
	if(s->state != Sconn)
		return _seterr(ENOTCONN, nil);
	if(s->type == SOCK_DGRAM)
		return dgread(s, fd, buf, n);
	if(!(flags & MSG_WAITALL))
		return read(fd, buf, n);
	/* MSG_WAITALL: all n bytes, unless the end or an error comes first */
	for(got = 0; got < (ssize_t)n; got += m){
		m = read(fd, (char*)buf + got, n - got);
		if(m < 0)
			return got > 0 ? got : -1;
		if(m == 0)
			break;
	}
	return got;
}

/* sendto: send buf (n bytes) to the address to: a udp datagram; on a connected socket, send */
ssize_t
sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *to, socklen_t tolen)
{
	struct sockaddr_in in;
	uchar small[2048], *b;
	ssize_t m;
	Sock *s;

	if(to == nil)
		return send(fd, buf, n, flags);
	if((s = _sockof(fd)) == nil || flagsok(flags) < 0)
		return -1;
	if(s->type == SOCK_STREAM)
		return send(fd, buf, n, flags);	/* the address is ignored, as Linux may */
	if(s->state == Sconn)
		return _seterr(EISCONN, nil);
	if(_sockaddrin(to, tolen, &in) < 0)
		return -1;
	if(in.sin_port == 0)
		return _seterr(EINVAL, "port 0");
	if(in.sin_addr.s_addr == htonl(INADDR_ANY))
		in.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if(_sockannounce(s) < 0)
		return -1;
	b = small;
	if(n + Hdrlen > sizeof small && (b = malloc(n + Hdrlen)) == nil)
		return _seterr(ENOMEM, nil);
	memset(b, 0, Hdrlen);
	b[10] = b[11] = 0xFF;
	memmove(b + 12, &in.sin_addr, 4);
	memmove(b + 48, &in.sin_port, 2);
	memmove(b + Hdrlen, buf, n);
	m = write(fd, b, n + Hdrlen);
	if(b != small)
		free(b);
	if(m < 0)
		return -1;
	return m < Hdrlen ? 0 : m - Hdrlen;
}

/* recvfrom: recv, and the sender's address in from (*fromlen bytes) */
ssize_t
recvfrom(int fd, void *buf, size_t n, int flags, struct sockaddr *from, socklen_t *fromlen)
{
	struct sockaddr_in in;
	ssize_t m;
	Sock *s;

	if((s = _sockof(fd)) == nil || flagsok(flags) < 0)
		return -1;
	if(s->type == SOCK_DGRAM && s->state != Sconn && !s->shutrd){
		if(wouldwait(fd, flags, 1) || (m = recvhdr(s, fd, buf, n, &in)) < 0)
			return -1;
		_sockaddrout(&in, from, fromlen);
		return m;
	}
	if((m = recv(fd, buf, n, flags)) < 0)
		return -1;
	_sockaddrout(&s->raddr, from, fromlen);
	return m;
}
