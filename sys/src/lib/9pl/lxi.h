/*
 * lxi.h: lib9pl's translator inside (lx.c: jobs, tags, fids; lxfile.c:
 * the jobs on files; lxdir.c: directory reads).  Needs u.h, fcall.h,
 * 9pl.h and syscall.h first.
 */

enum {
	Ntagmax	= 65535,	/* .L tags; NOTAG is not one */
	Readdirmax = 8192,	/* asked of one Treaddir */
	Fidhash	= 64,

	/* kinds: what a .L request was sent for (low 8 bits; an index above) */
	Kany = 1,	/* the one request of a one-step job */
	Kattach, Kclone, Krootattr,
	Kwalkclone, Kopen,
	Kmkdir, Kmkwalk, Kmkclone, Kmkopen, Kcreate,
	Kparent,	/* a walk towards the parent directory */
	Kunlink, Krmwalk, Kremove, Kclunk, Ksetattr, Krename, Krenwalk, Kfsync,
	Kreaddir, Kentwalk, Kentattr,
	Kflush,	/* a .L Tflush; the flushed tag above */

	Eopnotsupp = 95,	/* Linux's: no Tunlinkat or Trenameat here */
};

typedef struct Lxroot Lxroot;
struct Lxroot {
	u32int	lfid;	/* the attach's .L fid, never walked from in place */
	u32int	gid;	/* its group, for files created */
	int	ref;
};

struct Lxfid {
	Lx	*lx;
	u32int	fid;
	u32int	lfid;
	u32int	lwalk;	/* an open directory's unopened clone, or NOFID */
	Qid	qid;
	char	*path;	/* "" for the root, else "a/b/c" */
	Lxroot	*root;
	int	omode;	/* -1 if not open */
	int	gone;	/* clunked by the client */
	int	ref;
	/* a directory's reads */
	uvlong	doff;	/* 9P2000 bytes given so far */
	uvlong	cookie;	/* Treaddir's offset for what comes next */
	uchar	*pend;	/* stat entries made but not yet given */
	uint	npend;
	int	eof;
	Lxfid	*next;
};

typedef struct Ent Ent;
struct Ent {
	char	*name;
	u32int	lfid;
	int	ok;
	Lattr	a;
};

struct Lxjob {
	Lx	*lx;
	Fcall	t;	/* the client's request; strings point into buf */
	uchar	*buf;
	Lxfid	*f;	/* t.fid's, held */
	void	(*step)(Lxjob*, Lcall*, u32int);
	int	npend;	/* .L requests outstanding */
	int	done;	/* answered (or flushed and finished) */
	int	flushed;	/* the client flushed it: answer nothing */
	Lxroot	*root;
	u32int	lnew, ltmp, lw;
	int	ltmpok;
	char	*path;	/* the path being made */
	char	**comp;	/* the path's components, for the walk to its parent */
	int	ncomp, widx, wlast;
	char	*err;
	char	ebuf[32];	/* err, when it is a number's */
	Qid	qid;
	Dir	d;	/* Twstat's */
	char	*dstrs;
	Ent	*ents;
	int	nents;
	Lxjob	*next;
};

/* lx.c */
extern char	ebotch[], enofid[], einuse[];
Lxfid	*flook(Lx*, u32int fid);
u32int	newlfid(Lx*);
Lxfid	*fnew(Lx*, u32int fid, u32int lfid, Qid, char *path, Lxroot*);
void	fdetach(Lx*, Lxfid*);
void	fput(Lxfid*);
void	lsend(Lx*, Lxjob*, Lcall*, u32int kind);
void	lclunk(Lx*, u32int lfid);
void	rootput(Lx*, Lxroot*);
void	reply(Lxjob*, Fcall*);
void	replyread(Lxjob*, uchar*, u32int);
void	rerr(Lxjob*, char*);
void	rsimple(Lxjob*);
char	*lerr(Lxjob*, Lcall*);

/* lxfile.c */
char	*pathwalk(char *path, char **names, int n);
char	*pathbase(char *path);
Qid	lqid(Qid, u32int mode);
void	attr2dir(Lattr*, char *name, Dir*, char *ubuf, char *gbuf);
u32int	lflags(int mode);
void	xattach(Lxjob*, Lcall*, u32int);
void	xwalk(Lxjob*, Lcall*, u32int);
void	xopen(Lxjob*, Lcall*, u32int);
void	xcreate(Lxjob*, Lcall*, u32int);
void	xremove(Lxjob*, Lcall*, u32int);
void	xclunk(Lxjob*, Lcall*, u32int);
void	xrw(Lxjob*, Lcall*, u32int);
void	xstat(Lxjob*, Lcall*, u32int);
void	xwstat(Lxjob*, Lcall*, u32int);

/* lxdir.c */
void	xread(Lxjob*, Lcall*, u32int);
