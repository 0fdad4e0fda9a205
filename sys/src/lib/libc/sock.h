/*
 * sock.h: the sockets' state in libc (socket(2)).  A socket is the
 * data file of one of netd's conversations (tcp:/N/data, udp:/N/data),
 * open from socket() on; libc keeps, by that fd, the conversation's
 * directory (its ctl is opened by name for each message) and what the
 * calls made of it.  close (and dup2 over it) frees the state.
 */
#include <u.h>
#include <errno.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include "impl.h"

enum {
	Nsock	= 64,	/* the kernel's fds per process */

	/* state */
	Snew = 0,	/* made, maybe bound: nothing said to netd yet */
	Slisten,	/* tcp: announced */
	Sconn,		/* connected (or accepted) */

	Hdrlen	= 52,	/* udp's headers mode: raddr laddr ifcaddr [16] rport lport [2] */
};

typedef struct Sock Sock;
struct Sock {
	int	type;		/* SOCK_STREAM or SOCK_DGRAM */
	char	dir[16];	/* its directory: tcp:/3 */
	int	state;
	int	announced;	/* udp: bound by announce, in headers mode */
	int	bound;		/* bind gave laddr */
	struct sockaddr_in	laddr;
	struct sockaddr_in	raddr;	/* the peer, once connected */
	int	shutrd;		/* shutdown SHUT_RD: reads give end of file */
	int	shutwr;		/* shutdown SHUT_WR: netd sent our FIN */
	int	reuse, keepalive, nodelay, broadcast;	/* options, as set */
	int	rcvbuf, sndbuf;
	long	rcvtimeo;	/* SO_RCVTIMEO in ms (netd's readtimeout); 0: none */
	long	sndtimeo;	/* SO_SNDTIMEO in ms (netd's writetimeout); 0: none */
	int	polled;		/* poll(2) was asked about it: the kernel may hold a read of it */
};

extern Sock	*_socks[Nsock];

/* socket.c */
Sock	*_sockof(int fd);
int	_sockctl(Sock *s, char *fmt, ...);
int	_sockaddrin(const struct sockaddr *a, socklen_t n, struct sockaddr_in *in);
int	_sockaddrout(struct sockaddr_in *in, struct sockaddr *a, socklen_t *n);
int	_sockreadaddr(Sock *s, char *file, struct sockaddr_in *in);
int	_sockannounce(Sock *s);
