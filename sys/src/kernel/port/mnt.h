/*
 * mnt.h: the mount driver's sessions and requests, shared by mnt.c
 * (the Dev: attach, walk, open, read, ...) and mntrpc.c (the requests
 * and their replies).
 */
typedef struct Rpc Rpc;
struct Rpc {
	Rpc	*next;
	ushort	tag;
	int	done;		/* the reply is here */
	int	orphan;		/* nobody waits: dropped on reply */
	int	flushed;	/* done by the Rflush of sendflush, without its own reply */
	uvlong	seq;		/* the reply came as the mount's seq'th */
	Rpc	*flushof;	/* for a Tflush: the request it flushes */
	uchar	*reply;
	long	nreply;
	int	heap;		/* kmalloc'd; else on its caller's stack */

	/*
	 * A Tread's destination: an Rread's data goes straight from the
	 * server's write into it (one copy), the reply keeps its header.
	 */
	uchar	*dst;		/* the caller's buffer (a user address in dpml4, or the kernel's) */
	long	ndst;
	u64int	*dpml4;
	int	direct;		/* the data went there */
};

struct Mnt {
	int	ref;		/* Chans of this server, and callers in rpc */
	uvlong	id;		/* this session's number, never used again */
	Conn	*conn;
	int	end;		/* the client's end of conn */
	u32int	msize;
	int	dead;
	Rpc	*rpcs;
	ushort	nexttag;
	u32int	nextfid;
	uvlong	nreply;		/* replies taken, to number them */
	int	stream;		/* conn is a pipe: messages come in pieces */
	uchar	*rbuf;		/* a stream's partial message */
	long	nrbuf;

	/*
	 * A mount over a file of another server (a TCP connection of
	 * netd) has no Conn to push replies: whichever caller waits
	 * first reads the file (Plan 9's mountio), the others sleep.
	 */
	Chan	*xc;		/* the file, or nil */
	Proc	*reader;	/* who reads it now */
	uchar	*xbuf;		/* what one read brings */
	Mnt	*xnext;		/* on pullmnts */
};

/* mntrpc.c */
void	freerpc(Mnt *m, Rpc *r);
Rpc*	sendheap(Mnt *m, Fcall *t, int orphan);
void	cancel(Mnt *m, Rpc *r, int flushing);
void	sendflush(Mnt *m, Rpc *r);
void	abandon(Mnt *m, Rpc *r);
uchar*	rpc(Mnt *m, Fcall *t, Fcall *rx);
uchar*	rpcread(Mnt *m, Fcall *t, Fcall *rx, uchar *dst);
int	start(Mnt *m, Fcall *t, Rpc *r, uchar *dst);
uchar*	await(Mnt *m, Fcall *t, Rpc *r, Fcall *rx);

/* mnt.c */
void	putmnt(Mnt *m);
