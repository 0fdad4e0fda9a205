/*
 * fcall.h: 9P2000 as Plan 9's intro(5) defines it.  The marshalling
 * routines (sys/src/lib/fcall) are compiled into the kernel and into
 * user space alike.  Issue 3 adds the messages; for now, the stat
 * entry (Dir) that the kernel's stat and directory reads return.
 */
#ifndef FCALL_H
#define FCALL_H

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

uint	sizeD2M(Dir *d);
uint	convD2M(Dir *d, uchar *buf, uint nbuf);
uint	convM2D(uchar *buf, uint nbuf, Dir *d, char *strs);
int	statcheck(uchar *buf, uint nbuf);

#endif
