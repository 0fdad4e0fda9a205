/*
 * client.h: the host side of the lib9p tests (lib9p_client.c): a 9P
 * client over a SOCK_SEQPACKET socket, the server started in a child
 * process through its nf_main, and PASS/FAIL reporting.
 */
#include "../../../sys/include/u.h"
#include "../../../sys/include/fcall.h"

/* Ninefold's open modes (syscall.h), named apart from the host's */
enum {
	NREAD = 0, NWRITE = 1, NRDWR = 2, NEXEC = 3,
	NTRUNC = 0x10, NRCLOSE = 0x40,
};

extern int	nfail;

/* reporting: one line per check */
int	check(int ok, char *name, char *fmt, ...) __attribute__((format(printf, 3, 4)));
int	report(void);

/* the server */
int	startsrv(int (*mainfn)(int, char**), int argc, char **argv);
int	stopsrv(int fd);

/* messages: tags are chosen here; replies stay good for 8 more replies */
ushort	newtag(void);
int	send9(int fd, Fcall *t);
int	sendraw(int fd, void *buf, int n);
Fcall	*recv9(int fd, int ms);
int	recvraw(int fd, void *buf, int n, int ms);
Fcall	*rpc(int fd, Fcall *t);
char	*rerr(Fcall *r);
int	isr(Fcall *r, int type);

Fcall	*version(int fd, u32int msize, char *v);
Fcall	*attach(int fd, u32int fid, char *uname, char *aname);
Fcall	*walk(int fd, u32int fid, u32int newfid, char *path);
Fcall	*open9(int fd, u32int fid, int mode);
Fcall	*create9(int fd, u32int fid, char *name, u32int perm, int mode);
Fcall	*read9(int fd, u32int fid, uvlong off, u32int count);
Fcall	*write9(int fd, u32int fid, uvlong off, void *data, u32int n);
Fcall	*clunk9(int fd, u32int fid);
Fcall	*remove9(int fd, u32int fid);
Fcall	*stat9(int fd, u32int fid, Dir *d);
Fcall	*wstat9(int fd, u32int fid, Dir *d);
void	nulldir(Dir *d);
int	session(int fd, u32int rootfid);
int	readall(int fd, u32int fid, char *buf, int n);
int	writestr(int fd, u32int fid, char *s);
int	dirnames(int fd, u32int fid, u32int count, char *names, int n);
