/*
 * fcall.h: 9P2000 as Plan 9's intro(5) defines it, byte for byte.
 * The marshalling routines (sys/src/lib/fcall, libfcall.a) are
 * compiled into the kernel and into user space alike: messages
 * (Fcall, convS2M/convM2S) and stat entries (Dir, convD2M/convM2D).
 */
#ifndef FCALL_H
#define FCALL_H

#define VERSION9P	"9P2000"
#define MAXWELEM	16
#define NOTAG		((ushort)~0U)
#define NOFID		((u32int)~0U)
#define IOHDRSZ		24	/* room for a Twrite/Rread header */
#define MSIZE		(64*1024 + IOHDRSZ)	/* what Ninefold asks for */

#define STATMAX		65535
#define STATFIXLEN	49	/* a stat entry with four empty strings */
#define BIT8SZ		1
#define BIT16SZ		2
#define BIT32SZ		4
#define BIT64SZ		8
#define QIDSZ		(BIT8SZ+BIT32SZ+BIT64SZ)

/* qid.type */
#define QTDIR		0x80
#define QTAPPEND	0x40
#define QTEXCL		0x20
#define QTMOUNT		0x10
#define QTAUTH		0x08
#define QTTMP		0x04
#define QTFILE		0x00

/* dir.mode high bits */
#define DMDIR		0x80000000
#define DMAPPEND	0x40000000
#define DMEXCL		0x20000000
#define DMMOUNT		0x10000000
#define DMAUTH		0x08000000
#define DMTMP		0x04000000

typedef struct Qid Qid;
struct Qid {
	uvlong	path;
	ulong	vers;
	uchar	type;
};

typedef struct Dir Dir;
struct Dir {
	ushort	type;	/* server type */
	uint	dev;	/* server subtype */
	Qid	qid;
	ulong	mode;	/* permissions and DM bits */
	ulong	atime;
	ulong	mtime;
	vlong	length;
	char	*name;
	char	*uid;
	char	*gid;
	char	*muid;
};

/* message types */
enum {
	Tversion = 100, Rversion,
	Tauth = 102, Rauth,
	Tattach = 104, Rattach,
	Terror = 106, Rerror,	/* Terror is illegal */
	Tflush = 108, Rflush,
	Twalk = 110, Rwalk,
	Topen = 112, Ropen,
	Tcreate = 114, Rcreate,
	Tread = 116, Rread,
	Twrite = 118, Rwrite,
	Tclunk = 120, Rclunk,
	Tremove = 122, Rremove,
	Tstat = 124, Rstat,
	Twstat = 126, Rwstat,
	Tmax,
};

/*
 * One message, unpacked.  Which fields mean something depends on type
 * (see intro(5)).  After convM2S, strings and data point into the
 * buffer that was unpacked (strings NUL-terminated in place).
 */
typedef struct Fcall Fcall;
struct Fcall {
	uchar	type;
	u32int	fid;
	ushort	tag;
	union {
		struct {	/* Tversion, Rversion */
			u32int	msize;
			char	*version;
		};
		struct {	/* Tflush */
			ushort	oldtag;
		};
		struct {	/* Rerror */
			char	*ename;
		};
		struct {	/* Ropen, Rcreate */
			Qid	qid;	/* also Rattach */
			u32int	iounit;
		};
		struct {	/* Rauth */
			Qid	aqid;
		};
		struct {	/* Tauth, Tattach */
			u32int	afid;
			char	*uname;
			char	*aname;
		};
		struct {	/* Tcreate */
			u32int	perm;
			char	*name;
			uchar	mode;	/* also Topen */
		};
		struct {	/* Twalk */
			u32int	newfid;
			ushort	nwname;
			char	*wname[MAXWELEM];
		};
		struct {	/* Rwalk */
			ushort	nwqid;
			Qid	wqid[MAXWELEM];
		};
		struct {	/* Tread, Twrite, Rread */
			uvlong	offset;
			u32int	count;
			char	*data;
		};
		struct {	/* Twstat, Rstat */
			ushort	nstat;
			uchar	*stat;
		};
	};
};

/*
 * FCALLZERO: an Fcall's first bytes, to the second entries of its walk
 * arrays: every field but those arrays' tails, which are read only up
 * to nwname and nwqid.  convM2S zeroes this much, not the whole.
 */
#define FCALLZERO	(__builtin_offsetof(Fcall, wqid) + sizeof(Qid))

/* little-endian access, as the wire has it */
#define GBIT8(p)	((p)[0])
#define GBIT16(p)	((p)[0] | ((p)[1]<<8))
#define GBIT32(p)	((u32int)((p)[0] | ((p)[1]<<8) | ((p)[2]<<16) | ((u32int)(p)[3]<<24)))
#define GBIT64(p)	((uvlong)GBIT32(p) | ((uvlong)GBIT32((p)+4)<<32))
#define PBIT8(p, v)	((p)[0] = (uchar)(v))
#define PBIT16(p, v)	((p)[0] = (uchar)(v), (p)[1] = (uchar)((v)>>8))
#define PBIT32(p, v)	((p)[0] = (uchar)(v), (p)[1] = (uchar)((v)>>8), (p)[2] = (uchar)((v)>>16), (p)[3] = (uchar)((v)>>24))
#define PBIT64(p, v)	(PBIT32(p, (u32int)(v)), PBIT32((p)+4, (u32int)((uvlong)(v)>>32)))

uint	sizeS2M(Fcall *f);
uint	convS2M(Fcall *f, uchar *buf, uint nbuf);
uint	convM2S(uchar *buf, uint nbuf, Fcall *f);
int	fcallfmt(char *buf, uint n, Fcall *f);

uint	sizeD2M(Dir *d);
uint	convD2M(Dir *d, uchar *buf, uint nbuf);
uint	convM2D(uchar *buf, uint nbuf, Dir *d, char *strs);
int	statcheck(uchar *buf, uint nbuf);

#endif
