/*
 * 9pl.h: lib9pl, 9P2000.L (the Linux dialect of 9P, spoken by diod and
 * QEMU's virtio-9p) for Ninefold and the host (sys/src/lib/9pl,
 * lib9pl.a; needs u.h and fcall.h first).  See 9pl(2).
 *
 * Two parts:
 *	convL2M, convM2L	pack and unpack one .L message (an Lcall)
 *	Lx, lx*			the translator: 9P2000 requests from the
 *				kernel in, .L requests out to the peer, .L
 *				replies in, 9P2000 replies out
 */
#ifndef NINEPL_H
#define NINEPL_H

#define VERSION9PL	"9P2000.L"
#define LNONUNAME	((u32int)~0U)	/* Tattach's n_uname: none given */

/* message types beyond 9P2000's (which .L keeps for version..clunk) */
enum {
	Tlerror = 6, Rlerror,
	Tstatfs = 8, Rstatfs,
	Tlopen = 12, Rlopen,
	Tlcreate = 14, Rlcreate,
	Trename = 20, Rrename,
	Tgetattr = 24, Rgetattr,
	Tsetattr = 26, Rsetattr,
	Treaddir = 40, Rreaddir,
	Tfsync = 50, Rfsync,
	Tmkdir = 72, Rmkdir,
	Trenameat = 74, Rrenameat,
	Tunlinkat = 76, Runlinkat,
};

/* Linux's open flags, as Tlopen and Tlcreate carry them */
enum {
	LORDONLY = 0, LOWRONLY = 1, LORDWR = 2,
	LOCREAT = 0100, LOEXCL = 0200, LOTRUNC = 01000, LOAPPEND = 02000,
	LODIRECTORY = 0200000,
};

/* Tgetattr's request mask and Rgetattr's valid bits */
enum {
	LGETMODE = 0x1, LGETNLINK = 0x2, LGETUID = 0x4, LGETGID = 0x8,
	LGETRDEV = 0x10, LGETATIME = 0x20, LGETMTIME = 0x40, LGETCTIME = 0x80,
	LGETINO = 0x100, LGETSIZE = 0x200, LGETBLOCKS = 0x400,
	LGETBASIC = 0x7ff,
};

/* Tsetattr's valid bits */
enum {
	LSETMODE = 0x1, LSETUID = 0x2, LSETGID = 0x4, LSETSIZE = 0x8,
	LSETATIME = 0x10, LSETMTIME = 0x20, LSETCTIME = 0x40,
	LSETATIMESET = 0x80, LSETMTIMESET = 0x100,
};

#define LATREMOVEDIR	0x200	/* Tunlinkat's flags: a directory */
#define LSIFMT		0170000	/* Rgetattr's mode: the file type */
#define LSIFDIR		0040000

/* Rgetattr, and Tsetattr (which uses valid's low 32 bits, mode, uid,
   gid, size and the a/mtimes) */
typedef struct Lattr Lattr;
struct Lattr {
	uvlong	valid;
	Qid	qid;
	u32int	mode, uid, gid;
	uvlong	nlink, rdev, size, blksize, blocks;
	uvlong	atime, atimens, mtime, mtimens, ctime, ctimens;
	uvlong	btime, btimens, gen, dataversion;
};

typedef struct Lstatfs Lstatfs;
struct Lstatfs {
	u32int	type, bsize;
	uvlong	blocks, bfree, bavail, files, ffree, fsid;
	u32int	namelen;
};

/*
 * One .L message.  Which fields mean something depends on type; after
 * convM2L strings are NUL-terminated copies in the caller's strs, data
 * points into the message.
 */
typedef struct Lcall Lcall;
struct Lcall {
	uchar	type;
	ushort	tag;
	u32int	fid;	/* also Tmkdir's dfid, Treaddir's, Tunlinkat's dirfid,
			   Trenameat's olddirfid */
	u32int	msize;	/* Tversion, Rversion */
	char	*version;
	u32int	afid;	/* Tattach */
	char	*uname, *aname;
	u32int	nuname;
	Qid	qid;	/* Rattach, Rlopen, Rlcreate, Rmkdir */
	u32int	iounit;
	ushort	oldtag;	/* Tflush */
	u32int	newfid;	/* Twalk; Trenameat's newdirfid; Trename's dfid */
	ushort	nwname;
	char	*wname[MAXWELEM];
	ushort	nwqid;	/* Rwalk */
	Qid	wqid[MAXWELEM];
	uvlong	offset;	/* Tread, Twrite, Treaddir */
	u32int	count;	/* Tread, Rread, Twrite, Rwrite, Treaddir, Rreaddir */
	uchar	*data;
	u32int	flags;	/* Tlopen, Tlcreate, Tunlinkat */
	u32int	mode;	/* Tlcreate, Tmkdir */
	u32int	gid;	/* Tlcreate, Tmkdir */
	char	*name;	/* Tlcreate, Tmkdir, Tunlinkat, Trenameat's old, Trename */
	char	*newname;	/* Trenameat */
	uvlong	mask;	/* Tgetattr */
	Lattr	attr;	/* Rgetattr, Tsetattr */
	u32int	ecode;	/* Rlerror: a Linux errno */
	Lstatfs	statfs;	/* Rstatfs */
	u32int	datasync;	/* Tfsync */
};

/* one entry of Rreaddir's data */
typedef struct Ldirent Ldirent;
struct Ldirent {
	Qid	qid;
	uvlong	offset;	/* Treaddir's offset for the entry after it */
	uchar	type;
	char	*name;	/* NUL-terminated, in the caller's buffer */
};

uint	convL2M(Lcall *f, uchar *buf, uint nbuf);
uint	convM2L(uchar *buf, uint nbuf, Lcall *f, char *strs);
int	ldirent(uchar **pp, uchar *e, Ldirent *d, char *name, uint nname);
char	*lerrstr(u32int ecode, char *buf, uint n);
int	lcallfmt(char *buf, uint n, Lcall *f);

/*
 * The translator.  The caller sets msize (the .L session's, from
 * Rversion), uname/nuname (what Tattach says) and the two outputs, then
 * hands it every 9P2000 T-message from its client (lxtmsg) and every
 * .L R-message from the peer (lxrmsg).  Outputs are whole messages,
 * valid only during the call.  lxrmsg may write over the message it is
 * given: an Rread's data goes to the client where it lies.
 */
typedef struct Lx Lx;
typedef struct Lxfid Lxfid;
typedef struct Lxjob Lxjob;
struct Lx {
	u32int	msize;
	char	*uname;	/* nil: the client's */
	u32int	nuname;
	u32int	gid;	/* for created files */
	void	(*sendl)(Lx*, uchar *msg, uint n);	/* a .L T-message to the peer */
	void	(*reply)(Lx*, uchar *msg, uint n);	/* a 9P2000 R-message to the client */
	void	*aux;

	/* private */
	Lxfid	*fids[64];
	int	nfid;	/* in fids */
	Lxjob	*jobs;	/* every job not yet done */
	Lxjob	**ltag;	/* .L tag -> its job */
	u32int	*lkind;	/* .L tag -> what the job asked */
	uint	nltag;
	uint	nexttag;
	u32int	nextfid;
	int	noat;	/* the peer lacks Tunlinkat, Trenameat: Tremove, Trename */
	uchar	*lbuf;	/* outgoing .L */
	uchar	*rbuf;	/* outgoing 9P2000 */
};

/*
 * A helper's side door into the translator's server: its own attach
 * (aname) of the server's channel, whose writes lxside hands to write.
 */
typedef struct Lxside Lxside;
struct Lxside {
	char	*aname;
	void	(*write)(Lxside*, uchar *data, uint n);
	void	(*gone)(Lxside*);	/* the helper clunked its open fid */
	void	*aux;
	u32int	fid[8];	/* private */
	int	nfid;
	u32int	open;
	int	opened;
};

Lx	*lxnew(u32int msize);
void	lxfree(Lx *lx);
int	lxtmsg(Lx *lx, uchar *msg, uint n);
int	lxbusy(Lx *lx);
int	lxrmsg(Lx *lx, uchar *msg, uint n);
void	lxgone(Lx *lx, char *err);
uint	lxversion(uchar *buf, uint n, u32int msize);
int	lxrversion(uchar *buf, uint n, u32int *msize);
int	lxside(Lx *lx, Lxside *s, uchar *msg, uint n);

#endif
