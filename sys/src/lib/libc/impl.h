/*
 * impl.h: libc's internal declarations for user space: the system
 * call stubs generated from syscall.h, and helpers shared by a few
 * wrappers.
 */
#ifndef IMPL_H
#define IMPL_H

#include <u.h>
#include <syscall.h>

#define SYSPARAMS0	void
#define SYSPARAMS1	long
#define SYSPARAMS2	long, long
#define SYSPARAMS3	long, long, long
#define SYSPARAMS4	long, long, long, long
#define SYSPARAMS5	long, long, long, long, long
#define SYSPARAMS6	long, long, long, long, long, long
#define SYSPROTO(num, name, nargs)	long _sys_##name(SYSPARAMS##nargs);
SYSCALLS(SYSPROTO)
#undef SYSPROTO

long	_sysret(long r);
extern long	_brkcur;	/* the break, as brk or sbrk last saw it; 0: not yet (brk.c) */
struct stat;
int	_statconv(const unsigned char *buf, long n, struct stat *st);
void	_runatexit(void);
uvlong	_strtox(const char *s, char **end, int base, int *neg, int *ovf);

/* errors libc finds itself: errno plus a string errstr() returns */
extern char	_errbuf[128];
extern int	_errlocal;
int	_seterr(int err, char *msg);
int	_neterrno(char *msg);

/* libc.h's, for files that include the sockets' headers instead */
int	errstr(char *buf, uint n);
void	werrstr(char *fmt, ...);

/* names of the network (netaddr.c) */
int	_netservice(const char *s);
char	*_netservname(int port);
int	_dnsquery(const char *host, char *a, int n);

/* O_NONBLOCK by fd, and whether fd would wait for POLLIN (1) or POLLOUT (4) (fcntl.c) */
extern uchar	_fdnonblock[64];
int	_fdwould(int fd, int ev);

/* closing (or dup2 over) a descriptor: the sockets' state of it goes (socket.c) */
extern void	(*_fdclosehook)(int fd);

/* 9P stat entries (statconv.c, wstatbuf.c) */
enum {
	_STATMAX	= 1024,		/* room for a stat entry with short strings */
	_DMDIR		= 0x80000000,
	_QTDIR		= 0x80,
};
long	_statlen(const uchar *buf, long n);
const uchar	*_statstr(const uchar *buf, int i, int *len);
uvlong	_statget(const uchar *p, int n);
int	_wstatbuf(uchar *buf, int n, const char *name, ulong mode, ulong atime,
		ulong mtime, uvlong length);
long	_rawstat(const char *url, int fd, uchar *buf, long n);
#define _KEEP	0xffffffffUL	/* don't touch a 32-bit field */
#define _KEEP64	(~0ULL)
long	_realnsec(void);

/* notes and signals (signal.c) */
int	_notesig(char *note);
char	*_signote(int sig);
void	_sigdispatch(void *ureg, char *note);

/* an open directory (dirent.h): entries read but not yet returned at buf[off..n) */
struct dirent;
struct DIR {
	int	fd;
	uchar	*buf;
	long	n;
	long	off;
	struct dirent	*ent;
};

#endif
