/*
 * 9p.h: lib9p, the user-space 9P2000 file server framework
 * (sys/src/lib/9p, lib9p.a; needs fcall.h and libfcall.a).
 *
 * A server fills a Srv with callbacks and calls srv(), or mountsrv()
 * to serve in a background process mounted at a scheme name.  Every
 * callback gets a Req and finishes it with respond(r, nil) or
 * respond(r, "error"), then or later: a Req may be kept and answered
 * from another callback (a read held until a write brings data).
 * One process, one thread: srv() handles one message at a time.
 * A nil callback gets the default that sys/man/2/9p describes.
 */
#ifndef NINEP_H
#define NINEP_H

#include <fcall.h>

typedef struct Fid Fid;
typedef struct Req Req;
typedef struct Srv Srv;

/* one fid of the client's, tracked by the library */
struct Fid {
	u32int	fid;
	Qid	qid;	/* what it points at */
	int	omode;	/* open mode (OREAD ... | OTRUNC ...), -1 if not open */
	char	*uid;	/* the attach's uname */
	void	*aux;	/* the server's */
	Srv	*srv;

	/* for dirread9p: where the next directory read goes on */
	uvlong	diroffset;	/* byte offset expected next */
	long	dirindex;	/* entry number at diroffset */

	/* library private */
	int	ref;
	int	walking;	/* the newfid of a walk not yet answered: no request may use it */
	Fid	*next;
};

/* one request: a T-message in, an R-message out */
struct Req {
	ushort	tag;
	Fcall	ifcall;	/* the request; strings point into the message */
	Fcall	ofcall;	/* the reply the callback fills */
	Dir	d;	/* Tstat: filled by the callback, strings malloc'd (freed
			   by the library); Twstat: unpacked */
	Fid	*fid;	/* ifcall.fid */
	Fid	*newfid;	/* Twalk's newfid, Tattach's fid, Tauth's afid */
	Fid	*afid;	/* Tattach's afid, or nil */
	Req	*oldreq;	/* Tflush: the request it flushes, or nil */
	void	*aux;	/* the server's */
	Srv	*srv;
	int	inplace;	/* Rread: ofcall.data is the server's own memory, the
			   11 bytes before it the server's too (see 9p(2)) */

	/* library private */
	uchar	*buf;	/* the T-message, which ifcall points into */
	long	nbuf;	/* its block's size, for buffree (bufkeep) */
	char	*rdata;	/* Rread data, IOHDRSZ bytes into its block (room for the reply's header) */
	long	nrdata;	/* the block's size */
	char	*dstrs;	/* Twstat: d's strings */
	Req	**flush;	/* Tflushes waiting for this one */
	int	nflush;
	int	responded;
	int	dropped;	/* answered, but the reply is not sent */
	Fid	*tmpfid;	/* Twalk with fid == newfid: the walking copy */
	Req	*next;
};

/*
 * The server.  infd/outfd carry 9P: channel ends (one read, one
 * message) or streams (a pipe, a TCP connection), which read9pmsg
 * reads a whole message at a time.  A callback that is nil gets the
 * library's default.
 */
struct Srv {
	void	(*attach)(Req*);
	void	(*auth)(Req*);
	void	(*open)(Req*);
	void	(*create)(Req*);
	void	(*read)(Req*);
	void	(*write)(Req*);
	void	(*remove)(Req*);
	void	(*flush)(Req*);
	void	(*stat)(Req*);
	void	(*wstat)(Req*);
	void	(*walk)(Req*);
	char	*(*walk1)(Fid *fid, char *name, Qid *qid);
	char	*(*clone)(Fid *oldfid, Fid *newfid);
	void	(*destroyfid)(Fid*);
	void	(*destroyreq)(Req*);
	void	(*end)(Srv*);
	void	*aux;

	int	infd;
	int	outfd;
	int	chatty;	/* print every message on fd 2 */

	/* library private */
	uint	msize;	/* negotiated */
	int	ischan;	/* infd is a channel: one read, one message */
	uchar	*rbuf;	/* incoming message */
	uchar	*wbuf;	/* outgoing message */
	Fid	*fids[64];
	Req	*reqs[64];
};

/* a directory's nth entry into d: 0, or -1 past the last */
typedef int Dirgen(int n, Dir *d, void *aux);

int	srv(Srv *s);
int	mountsrv(Srv *s, char *name, int flags);
int	postmountsrv(Srv *s, char *name, char *srvname, int flags);
int	read9pmsg(int fd, void *buf, uint n);
void	respond(Req *r, char *err);
void	readstr(Req *r, char *s);
void	readbuf(Req *r, void *buf, long n);
char	*dirread9p(Req *r, Dirgen *gen, void *aux);
int	dirdup9p(Dir *d);
Fid	*lookupfid(Srv *s, u32int fid);
Req	*lookupreq(Srv *s, ushort tag);

/* errors the library and servers share */
extern char Enofile[];	/* "file does not exist" */
extern char Eperm[];	/* "permission denied" */
extern char Eexist[];	/* "file already exists" */
extern char Eisdir[];	/* "is a directory" */
extern char Enotdir[];	/* "not a directory" */
extern char Enotempty[];	/* "directory is not empty" */
extern char Einuse[];	/* "file in use" */
extern char Ebadarg[];	/* "bad argument" */
extern char Enomem[];	/* "out of memory" */

#endif
