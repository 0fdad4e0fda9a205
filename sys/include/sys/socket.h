/*
 * sys/socket.h: BSD sockets over netd's files (socket(2)).  IPv4
 * only: AF_INET with SOCK_STREAM (tcp:) and SOCK_DGRAM (udp:).  The
 * numbers are Linux's, so portable programs behave the same on both.
 */
#ifndef SYS_SOCKET_H
#define SYS_SOCKET_H

#include <sys/types.h>

typedef unsigned int	socklen_t;
typedef unsigned short	sa_family_t;

struct sockaddr {
	sa_family_t	sa_family;
	char	sa_data[14];
};

/* room for any address (only sockaddr_in is used) */
struct sockaddr_storage {
	sa_family_t	ss_family;
	char	__ss_pad[118];
	unsigned long	__ss_align;
};

struct linger {
	int	l_onoff;
	int	l_linger;
};

#define AF_UNSPEC	0
#define AF_UNIX		1
#define AF_LOCAL	AF_UNIX
#define AF_INET		2
#define AF_INET6	10
#define PF_UNSPEC	AF_UNSPEC
#define PF_UNIX		AF_UNIX
#define PF_LOCAL	AF_LOCAL
#define PF_INET		AF_INET
#define PF_INET6	AF_INET6

#define SOCK_STREAM	1
#define SOCK_DGRAM	2
#define SOCK_RAW	3
#define SOCK_NONBLOCK	0x800		/* refused: no call here is non-blocking */
#define SOCK_CLOEXEC	0x80000

#define SOL_SOCKET	1
#define SO_DEBUG	1
#define SO_REUSEADDR	2
#define SO_TYPE		3
#define SO_ERROR	4
#define SO_DONTROUTE	5
#define SO_BROADCAST	6
#define SO_SNDBUF	7
#define SO_RCVBUF	8
#define SO_KEEPALIVE	9
#define SO_OOBINLINE	10
#define SO_LINGER	13
#define SO_REUSEPORT	15
#define SO_RCVLOWAT	18
#define SO_SNDLOWAT	19
#define SO_RCVTIMEO	20
#define SO_SNDTIMEO	21
#define SO_ACCEPTCONN	30

#define MSG_OOB		0x1
#define MSG_PEEK	0x2
#define MSG_DONTROUTE	0x4
#define MSG_TRUNC	0x20
#define MSG_DONTWAIT	0x40
#define MSG_WAITALL	0x100
#define MSG_NOSIGNAL	0x4000

#define SHUT_RD		0
#define SHUT_WR		1
#define SHUT_RDWR	2

#define SOMAXCONN	128

int	socket(int domain, int type, int protocol);
int	connect(int fd, const struct sockaddr *addr, socklen_t len);
/*
 * libc.h's bind is Plan 9's (the namespace): this one is the symbol
 * _sockbind, so a program includes one header or the other.
 */
int	bind(int fd, const struct sockaddr *addr, socklen_t len) __asm__("_sockbind");
int	listen(int fd, int backlog);
int	accept(int fd, struct sockaddr *addr, socklen_t *len);
ssize_t	send(int fd, const void *buf, size_t n, int flags);
ssize_t	recv(int fd, void *buf, size_t n, int flags);
ssize_t	sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *to, socklen_t tolen);
ssize_t	recvfrom(int fd, void *buf, size_t n, int flags, struct sockaddr *from, socklen_t *fromlen);
int	shutdown(int fd, int how);
int	getsockname(int fd, struct sockaddr *addr, socklen_t *len);
int	getpeername(int fd, struct sockaddr *addr, socklen_t *len);
int	setsockopt(int fd, int level, int name, const void *val, socklen_t len);
int	getsockopt(int fd, int level, int name, void *val, socklen_t *len);

#endif
