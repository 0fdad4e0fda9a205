/*
 * exportfs: serve this process's namespace, or one tree of it, as
 * 9P2000 on standard input and output, so that a listener can run one
 * per call (listen1 tcp!*!564 exportfs -r file:/) and the caller mount
 * it (import(4), mount(1)).  See exportfs(4).
 *	exportfs [-R] [-d] [-r url]
 * Every client fid is a name below the root (the elements walked, ".."
 * taken away lexically, never above the root) and, once open, a file
 * descriptor of exportfs's own.  A read or write that might wait for
 * good (a file whose qid says append-only stream, or a device file of
 * length 0) is made by a slave process that sends the reply itself,
 * so that one waiting read never stalls the client's other requests;
 * a Tflush kills the slave.  -R refuses every change; exportfs acts as
 * user none towards the kernel's devices.
 */
#include <libc.h>
#include <fcall.h>
#include <sys/wait.h>
#include <signal.h>
#include "exportfs.h"

enum {
	Nhash	= 64,
	Maxfids	= 4096,		/* per client: fids past this are refused */
	Maxpath	= 1024,		/* bytes of a name below the root */
	Maxslaves	= 16,		/* blocking requests in progress */
	Dirbuf	= 64*1024,	/* the namespace root's directory */
};

typedef struct Fid Fid;
struct Fid {
	u32int	fid;
	char	*rel;		/* elements below the root, "/"-separated; "" is the root */
	int	floor;		/* strlen of the attach's rel: ".." stops there */
	Qid	qid;
	int	fd;		/* -1 until opened */
	int	omode;
	int	rclose;		/* remove on clunk */
	int	slow;		/* reads may block: done by a slave */
	uchar	*dir;		/* the namespace root's entries, when open */
	long	ndir;
	Fid	*next;
};

typedef struct Slave Slave;
struct Slave {
	int	pid;		/* 0: free */
	ushort	tag;
};

static char	*root;		/* the exported tree, or nil for the namespace */
static int	readonly;
static int	debug;
static u32int	msize = MSIZE;
static Fid	*fids[Nhash];
static int	nfids;
static Slave	slaves[Maxslaves];
static uchar	*rbuf, *wbuf;
static int	outfd = 1;

static char Eunknownfid[] = "unknown fid";
static char Efidinuse[] = "fid already in use";
static char Eopen[] = "fid is open";
static char Enotopen[] = "fid not open";
static char Ebadname[] = "bad file name";
static char Erdonly[] = "read-only file system";
static char Etoolong[] = "file name too long";
static char Etoomany[] = "too many fids";

int	read9pmsg(int fd, void *buf, uint n);	/* lib9p's */

static void
usage(void)
{
	fprint(2, "usage: exportfs [-R] [-d] [-r url]\n");
	exit(1);
}

/* fmt: f as text, for -d */
static char*
fmt(Fcall *f)
{
	static char b[256];

	fcallfmt(b, sizeof b, f);
	return b;
}

static Fid*
lookfid(u32int fid)
{
	Fid *f;

	for(f = fids[fid % Nhash]; f; f = f->next)
		if(f->fid == fid)
			return f;
	return nil;
}

static Fid*
newfid(u32int fid, char *rel)
{
	Fid *f;

	if(nfids >= Maxfids || (f = calloc(1, sizeof *f)) == nil)
		return nil;
	if((f->rel = strdup(rel)) == nil){
		free(f);
		return nil;
	}
	f->fid = fid;
	f->fd = -1;
	f->omode = -1;
	f->next = fids[fid % Nhash];
	fids[fid % Nhash] = f;
	nfids++;
	return f;
}

static void
delfid(Fid *f)
{
	Fid **l;

	for(l = &fids[f->fid % Nhash]; *l; l = &(*l)->next)
		if(*l == f){
			*l = f->next;
			break;
		}
	if(f->fd >= 0)
		close(f->fd);
	free(f->rel);
	free(f->dir);
	free(f);
	nfids--;
}

static void
clunkall(void)
{
	int i;

	for(i = 0; i < Nhash; i++)
		while(fids[i])
			delfid(fids[i]);
}

/*
 * url: the URL of rel below the root, in buf.  In namespace mode the
 * first element is a scheme: "file/tmp/x" is file:/tmp/x.
 */
static char*
url(char *rel, char *buf, int n)
{
	char *s;
	int k;

	if(root != nil){
		k = strlen(root);
		if(rel[0] == 0)
			snprintf(buf, n, "%s", root);
		else if(k > 0 && root[k-1] == '/')
			snprintf(buf, n, "%s%s", root, rel);
		else
			snprintf(buf, n, "%s/%s", root, rel);
		return buf;
	}
	s = strchr(rel, '/');
	if(s == nil)
		snprintf(buf, n, "%s:/", rel);
	else
		snprintf(buf, n, "%.*s:%s", (int)(s - rel), rel, s);
	return buf;
}

/*
 * walk1: rel with name walked to, in buf; an error string, or nil.
 * ".." stops at floor bytes of rel: the client's root.
 */
static char*
walk1(char *rel, int floor, char *name, char *buf, int n)
{
	char *s;

	if(name[0] == 0 || strchr(name, '/') != nil || strcmp(name, ".") == 0)
		return Ebadname;
	if(strcmp(name, "..") == 0){
		/* lexically, and never above the root */
		snprintf(buf, n, "%s", rel);
		if((int)strlen(buf) <= floor)
			return nil;
		s = strrchr(buf, '/');
		if(s != nil)
			*s = 0;
		else
			buf[0] = 0;
		return nil;
	}
	if(root == nil && rel[0] == 0 && strchr(name, ':') != nil)
		return Ebadname;
	if(strlen(rel) + strlen(name) + 2 > Maxpath || (int)(strlen(rel) + strlen(name) + 2) > n)
		return Etoolong;
	if(rel[0] == 0)
		snprintf(buf, n, "%s", name);
	else
		snprintf(buf, n, "%s/%s", rel, name);
	return nil;
}

/* the namespace root's stat entry */
static void
rootdir(Dir *d)
{
	memset(d, 0, sizeof *d);
	d->qid.type = QTDIR;
	d->mode = DMDIR|0555;
	d->name = "/";
	d->uid = d->gid = d->muid = "none";
}

/* dirof: rel's stat entry, malloc'd (or the namespace root's, static) */
static Dir*
dirof(char *rel, Dir *tmp)
{
	char u[Maxpath + 64];
	Dir *d;

	if(root == nil && rel[0] == 0){
		rootdir(tmp);
		return tmp;
	}
	d = dirstat(url(rel, u, sizeof u));
	if(d != nil && rel[0] == 0)
		d->name = "/";
	return d;
}

static void
freedir(Dir *d, Dir *tmp)
{
	if(d != tmp)
		free(d);
}


static void
reply(Fcall *r)
{
	uint n;

	n = convS2M(r, wbuf, msize);
	if(n == 0){
		fprint(2, "exportfs: cannot pack reply %s\n", fmt(r));
		exits("convS2M");
	}
	if(debug)
		fprint(2, "exportfs -> %s\n", fmt(r));
	if(write(outfd, wbuf, n) != (long)n)
		exits(nil);	/* the client is gone */
}


static void
error(Fcall *r, char *err)
{
	ushort tag;

	tag = r->tag;
	memset(r, 0, sizeof *r);
	r->type = Rerror;
	r->tag = tag;
	r->ename = unixerr(err);
	reply(r);
}

static void
syserr(Fcall *r)
{
	char e[256];

	rerrstr(e, sizeof e);
	error(r, e);
}

/* reap: forget the slaves that are done */
static void
reap(int hang)
{
	int i, pid;

	while((pid = waitpid(-1, nil, hang ? 0 : WNOHANG)) > 0){
		for(i = 0; i < Maxslaves; i++)
			if(slaves[i].pid == pid)
				slaves[i].pid = 0;
		hang = 0;
	}
}

/* slave: make the read or write of t in a child, which replies itself */
static int
slave(Fcall *t, Fid *f, Fcall *r)
{
	int i, pid;
	long n;

	reap(0);
	for(i = 0; i < Maxslaves; i++)
		if(slaves[i].pid == 0)
			break;
	if(i == Maxslaves){
		error(r, "too many requests in progress");
		return 0;
	}
	pid = fork();
	if(pid < 0){
		syserr(r);
		return 0;
	}
	if(pid == 0){
		if(t->type == Tread){
			n = pread(f->fd, rbuf + IOHDRSZ, t->count, t->offset);
			r->data = (char*)rbuf + IOHDRSZ;
			r->count = n;
		}else{
			n = pwrite(f->fd, t->data, t->count, t->offset);
			r->count = n;
		}
		if(n < 0)
			syserr(r);
		else
			reply(r);
		_exit(0);
	}
	slaves[i].pid = pid;
	slaves[i].tag = t->tag;
	return 1;
}

static void
rversion(Fcall *t, Fcall *r)
{
	clunkall();
	if(t->msize < 256){
		error(r, "msize too small");
		return;
	}
	if(t->msize < msize)
		msize = t->msize;
	r->msize = msize;
	r->version = strncmp(t->version, "9P2000", 6) == 0 ? "9P2000" : "unknown";
}

static void
rattach(Fcall *t, Fcall *r)
{
	char rel[Maxpath + 1], tmp[Maxpath + 1], *a, *s, *err;
	Dir dt, *d;
	Fid *f;

	if(t->afid != NOFID){
		error(r, "authentication not required");
		return;
	}
	if(lookfid(t->fid)){
		error(r, Efidinuse);
		return;
	}
	/* the aname: a path below the root (in namespace mode, "file:/tmp" too) */
	rel[0] = 0;
	a = strdup(t->aname);
	if(a == nil){
		error(r, "out of memory");
		return;
	}
	if(root == nil && (s = strchr(a, ':')) != nil)
		*s = '/';
	err = nil;
	for(s = strtok(a, "/"); s && err == nil; s = strtok(nil, "/")){
		if(strcmp(s, ".") == 0)
			continue;
		if((err = walk1(rel, 0, s, tmp, sizeof tmp)) == nil)
			strcpy(rel, tmp);
	}
	free(a);
	if(err != nil){
		error(r, err);
		return;
	}
	if((d = dirof(rel, &dt)) == nil){
		syserr(r);
		return;
	}
	if(!(d->mode & DMDIR)){
		freedir(d, &dt);
		error(r, "not a directory");
		return;
	}
	r->qid = d->qid;
	freedir(d, &dt);
	if((f = newfid(t->fid, rel)) == nil){
		error(r, Etoomany);
		return;
	}
	f->qid = r->qid;
	f->floor = strlen(rel);
}

static void
rwalk(Fcall *t, Fcall *r)
{
	char rel[Maxpath + 1], tmp[Maxpath + 1], *err;
	Dir dt, *d;
	Fid *f, *nf;
	int i;

	if((f = lookfid(t->fid)) == nil){
		error(r, Eunknownfid);
		return;
	}
	if(f->fd >= 0 || f->dir != nil){
		error(r, Eopen);
		return;
	}
	if(t->newfid != t->fid && lookfid(t->newfid) != nil){
		error(r, Efidinuse);
		return;
	}
	snprintf(rel, sizeof rel, "%s", f->rel);
	err = nil;
	for(i = 0; i < t->nwname; i++){
		if((err = walk1(rel, f->floor, t->wname[i], tmp, sizeof tmp)) != nil)
			break;
		if((d = dirof(tmp, &dt)) == nil){
			rerrstr(tmp, sizeof tmp);
			err = tmp;
			break;
		}
		r->wqid[i] = d->qid;
		freedir(d, &dt);
		strcpy(rel, tmp);
	}
	if(i == 0 && t->nwname > 0){
		error(r, err);
		return;
	}
	r->nwqid = i;
	if(i < t->nwname)
		return;
	if(t->newfid == t->fid){
		free(f->rel);
		if((f->rel = strdup(rel)) == nil)
			sysfatal("out of memory");
	}else if((nf = newfid(t->newfid, rel)) == nil){
		error(r, Etoomany);
		return;
	}else{
		nf->floor = f->floor;
		f = nf;
	}
	if(i > 0)
		f->qid = r->wqid[i-1];
}

/* omode: the open(2) flags for a 9P mode; -1 if refused */
static int
omode(int mode)
{
	int m;

	m = mode & 3;
	if(m == OEXEC)
		m = OREAD;
	if(readonly && (m != OREAD || (mode & (OTRUNC|ORCLOSE))))
		return -1;
	return m | (mode & OTRUNC);
}

static void
ropen(Fcall *t, Fcall *r)
{
	char u[Maxpath + 64];
	Dir *d;
	Fid *f;
	int m;

	if((f = lookfid(t->fid)) == nil){
		error(r, Eunknownfid);
		return;
	}
	if(f->fd >= 0 || f->dir != nil){
		error(r, Eopen);
		return;
	}
	if((m = omode(t->mode)) < 0){
		error(r, Erdonly);
		return;
	}
	if(root == nil && f->rel[0] == 0){
		if(m != OREAD){
			error(r, "permission denied");
			return;
		}
		if((f->dir = malloc(Dirbuf)) == nil){
			error(r, "out of memory");
			return;
		}
		f->ndir = schemes(f->dir, Dirbuf);
		f->omode = t->mode;
		r->qid = f->qid;
		r->iounit = 0;
		return;
	}
	if((f->fd = open(url(f->rel, u, sizeof u), m)) < 0){
		syserr(r);
		return;
	}
	if((d = dirfstat(f->fd)) != nil){
		f->qid = d->qid;
		f->slow = !(d->mode & DMDIR) && ((d->qid.type & QTAPPEND) || d->length == 0);
		free(d);
	}
	f->omode = t->mode;
	f->rclose = (t->mode & ORCLOSE) != 0;
	r->qid = f->qid;
	r->iounit = 0;
}

static void
rcreate(Fcall *t, Fcall *r)
{
	char rel[Maxpath + 1], u[Maxpath + 64], *err;
	Dir *d;
	Fid *f;
	int m, fd;

	if((f = lookfid(t->fid)) == nil){
		error(r, Eunknownfid);
		return;
	}
	if(f->fd >= 0 || f->dir != nil){
		error(r, Eopen);
		return;
	}
	if(readonly){
		error(r, Erdonly);
		return;
	}
	if(strcmp(t->name, "..") == 0 || (root == nil && f->rel[0] == 0)){
		error(r, Ebadname);
		return;
	}
	if((err = walk1(f->rel, f->floor, t->name, rel, sizeof rel)) != nil){
		error(r, err);
		return;
	}
	m = omode(t->mode);
	if(t->perm & DMDIR)
		m = OREAD;
	fd = open(url(rel, u, sizeof u), m|O_CREAT|O_EXCL, t->perm & (DMDIR|DMAPPEND|DMEXCL|DMTMP|0777));
	if(fd < 0){
		syserr(r);
		return;
	}
	free(f->rel);
	if((f->rel = strdup(rel)) == nil)
		sysfatal("out of memory");
	f->fd = fd;
	f->omode = t->mode;
	f->rclose = (t->mode & ORCLOSE) != 0;
	if((d = dirfstat(fd)) != nil){
		f->qid = d->qid;
		free(d);
	}
	r->qid = f->qid;
	r->iounit = 0;
}

static int
rread(Fcall *t, Fcall *r)
{
	Fid *f;
	long n;

	if((f = lookfid(t->fid)) == nil){
		error(r, Eunknownfid);
		return 0;
	}
	if(t->count > msize - IOHDRSZ)
		t->count = msize - IOHDRSZ;
	if(f->dir != nil){
		/* the namespace root: whole entries from the offset on */
		n = 0;
		if(t->offset < (uvlong)f->ndir){
			while(t->offset + n < (uvlong)f->ndir){
				long m = GBIT16(f->dir + t->offset + n) + BIT16SZ;
				if(n + m > (long)t->count)
					break;
				n += m;
			}
			r->data = (char*)f->dir + t->offset;
		}
		r->count = n;
		return 0;
	}
	if(f->fd < 0 || (f->omode & 3) == OWRITE){
		error(r, Enotopen);
		return 0;
	}
	if(f->slow)
		return slave(t, f, r);
	n = pread(f->fd, rbuf + IOHDRSZ, t->count, t->offset);
	if(n < 0){
		syserr(r);
		return 0;
	}
	r->data = (char*)rbuf + IOHDRSZ;
	r->count = n;
	return 0;
}

static int
rwrite(Fcall *t, Fcall *r)
{
	Fid *f;
	long n;

	if((f = lookfid(t->fid)) == nil){
		error(r, Eunknownfid);
		return 0;
	}
	if(f->fd < 0 || (f->omode & 3) == OREAD || (f->omode & 3) == OEXEC){
		error(r, Enotopen);
		return 0;
	}
	if(f->slow && (f->qid.type & QTAPPEND))
		return slave(t, f, r);
	n = pwrite(f->fd, t->data, t->count, t->offset);
	if(n < 0){
		syserr(r);
		return 0;
	}
	r->count = n;
	return 0;
}

static void
rclunk(Fcall *t, Fcall *r)
{
	char u[Maxpath + 64];
	Fid *f;

	USED(r);
	if((f = lookfid(t->fid)) == nil){
		error(r, Eunknownfid);
		return;
	}
	if(f->rclose && !readonly){
		close(f->fd);
		f->fd = -1;
		remove(url(f->rel, u, sizeof u));
	}
	delfid(f);
}

static void
rremove(Fcall *t, Fcall *r)
{
	char u[Maxpath + 64];
	Fid *f;
	int e;

	if((f = lookfid(t->fid)) == nil){
		error(r, Eunknownfid);
		return;
	}
	/* the fid is clunked, whatever happens */
	e = 0;
	if(readonly || (int)strlen(f->rel) <= f->floor)
		e = 1;
	else{
		if(f->fd >= 0){
			close(f->fd);
			f->fd = -1;
		}
		e = remove(url(f->rel, u, sizeof u)) < 0 ? 2 : 0;
	}
	if(e == 2)
		syserr(r);
	else if(e == 1)
		error(r, readonly ? Erdonly : "permission denied");
	f->rclose = 0;
	delfid(f);
}

static void
rstat(Fcall *t, Fcall *r, uchar *buf)
{
	Dir dt, *d;
	Fid *f;
	uint n;

	if((f = lookfid(t->fid)) == nil){
		error(r, Eunknownfid);
		return;
	}
	if(f->fd >= 0){
		d = dirfstat(f->fd);
		if(d != nil && f->rel[0] == 0)
			d->name = "/";
	}else
		d = dirof(f->rel, &dt);
	if(d == nil){
		syserr(r);
		return;
	}
	n = convD2M(d, buf, msize - IOHDRSZ);
	freedir(d, &dt);
	if(n <= BIT16SZ){
		error(r, "stat entry too big");
		return;
	}
	r->stat = buf;
	r->nstat = n;
}

static void
rwstat(Fcall *t, Fcall *r)
{
	char rel[Maxpath + 1], u[Maxpath + 64], *s;
	Dir d;
	Fid *f;
	uchar *sbuf;

	if((f = lookfid(t->fid)) == nil){
		error(r, Eunknownfid);
		return;
	}
	if(readonly){
		error(r, Erdonly);
		return;
	}
	if((sbuf = malloc(t->nstat)) == nil){
		error(r, "out of memory");
		return;
	}
	memmove(sbuf, t->stat, t->nstat);
	if(convM2D(sbuf, t->nstat, &d, (char*)sbuf) != t->nstat){
		free(sbuf);
		error(r, "bad stat entry");
		return;
	}
	rel[0] = 0;
	if(d.name[0] != 0){
		/* a rename: within its directory, never of the root */
		if((int)strlen(f->rel) <= f->floor || strchr(d.name, '/') != nil || strcmp(d.name, ".") == 0 || strcmp(d.name, "..") == 0
		|| (root == nil && strchr(f->rel, '/') == nil)){
			free(sbuf);
			error(r, Ebadname);
			return;
		}
		snprintf(rel, sizeof rel, "%s", f->rel);
		s = strrchr(rel, '/');
		s = s ? s + 1 : rel;
		*s = 0;
		if(strlen(rel) + strlen(d.name) > Maxpath){
			free(sbuf);
			error(r, Etoolong);
			return;
		}
		strcat(rel, d.name);
	}
	free(sbuf);
	if(wstat(url(f->rel, u, sizeof u), t->stat, t->nstat) < 0){
		syserr(r);
		return;
	}
	if(rel[0] != 0){
		free(f->rel);
		if((f->rel = strdup(rel)) == nil)
			sysfatal("out of memory");
	}
}

static void
rflush(Fcall *t)
{
	int i;

	reap(0);
	for(i = 0; i < Maxslaves; i++)
		if(slaves[i].pid != 0 && slaves[i].tag == t->oldtag){
			/* a slave answers before it dies, or not at all: then the Rflush */
			kill(slaves[i].pid, SIGKILL);
			while(slaves[i].pid != 0)
				reap(1);
		}
}

int
main(int argc, char **argv)
{
	uchar *buf, *sbuf;
	Fcall t, r;
	int n, fd;

	ARGBEGIN{
	case 'R':	readonly = 1; break;
	case 'd':	debug = 1; break;
	case 'r':	root = EARGF(usage()); break;
	default:
		fprint(2, "exportfs: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 0)
		usage();
	if(root != nil){
		Dir *d;

		if((d = dirstat(root)) == nil)
			sysfatal("%s: %r", root);
		free(d);
	}
	buf = malloc(MSIZE);
	rbuf = malloc(MSIZE);
	wbuf = malloc(MSIZE);
	sbuf = malloc(MSIZE);
	if(buf == nil || rbuf == nil || wbuf == nil || sbuf == nil)
		sysfatal("out of memory");
	signal(SIGPIPE, SIG_IGN);
	/* the namespace as it is now: later mounts by the caller (of this very export, say) stay out */
	rfork(RFNAMEG);
	/* towards the kernel's devices, a network's stranger is nobody */
	if((fd = open("proc:/self/ctl", O_WRONLY)) >= 0){
		write(fd, "none", 4);
		close(fd);
	}
	while((n = read9pmsg(0, buf, msize)) > 0){
		if(n >= 7 && (buf[4] < Tversion || buf[4] > Twstat || (buf[4] & 1) || buf[4] == Terror)){
			memset(&r, 0, sizeof r);
			r.tag = GBIT16(buf + 5);
			error(&r, "bad 9P message type");
			continue;
		}
		if(convM2S(buf, n, &t) != (uint)n){
			/* the framing is sound but the message is not: say so if there is a tag */
			if(n >= 7){
				memset(&r, 0, sizeof r);
				r.tag = GBIT16(buf + 5);
				error(&r, "malformed 9P message");
			}
			continue;
		}
		if(debug)
			fprint(2, "exportfs <- %s\n", fmt(&t));
		memset(&r, 0, sizeof r);
		r.type = t.type + 1;
		r.tag = t.tag;
		switch(t.type){
		case Tversion:	rversion(&t, &r); break;
		case Tauth:	error(&r, "authentication not required"); continue;
		case Tattach:	rattach(&t, &r); break;
		case Tflush:	rflush(&t); break;
		case Twalk:	rwalk(&t, &r); break;
		case Topen:	ropen(&t, &r); break;
		case Tcreate:	rcreate(&t, &r); break;
		case Tread:	if(rread(&t, &r)) continue; break;
		case Twrite:	if(rwrite(&t, &r)) continue; break;
		case Tclunk:	rclunk(&t, &r); break;
		case Tremove:	rremove(&t, &r); break;
		case Tstat:	rstat(&t, &r, sbuf); break;
		case Twstat:	rwstat(&t, &r); break;
		default:
			error(&r, "bad 9P message type");
			continue;
		}
		if(r.type != Rerror)
			reply(&r);
		reap(0);
	}
	clunkall();
	return 0;
}
