/*
 * lxfile.c: the translator's jobs on files (9pl(2)): attach, walk,
 * open, create, remove, clunk, read and write of files, stat, wstat;
 * and the paths, stat entries and open flags they share.
 */
#include <u.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <syscall.h>
#include <fcall.h>
#include <9pl.h>
#include "lxi.h"
/*
 * Paths
 */

/* pathwalk: path after walking the names (.. goes up, not past the root) */
char*
pathwalk(char *path, char **names, int n)
{
	char *p, *s;
	size_t len;
	int i;

	len = strlen(path) + 1;
	for(i = 0; i < n; i++)
		len += strlen(names[i]) + 1;
	p = malloc(len);
	if(p == nil)
		return nil;
	strcpy(p, path);
	for(i = 0; i < n; i++){
		if(strcmp(names[i], "..") == 0){
			s = strrchr(p, '/');
			if(s != nil)
				*s = 0;
			else
				p[0] = 0;
		}else if(strcmp(names[i], ".") != 0){
			if(p[0] != 0)
				strcat(p, "/");
			strcat(p, names[i]);
		}
	}
	return p;
}

/* basename of a path; "/" for the root */
char*
pathbase(char *path)
{
	char *s;

	if(path[0] == 0)
		return "/";
	s = strrchr(path, '/');
	return s ? s+1 : path;
}

/* the qid of a .L stat as 9P2000's: no symlink bit, QTDIR for a directory */
Qid
lqid(Qid q, u32int mode)
{
	q.type &= QTDIR|QTAPPEND|QTEXCL|QTAUTH|QTTMP;
	if((mode & LSIFMT) == LSIFDIR)
		q.type |= QTDIR;
	return q;
}

/* attr2dir: a's stat entry as a 9P2000 Dir; the numbers written to ubuf and gbuf */
void
attr2dir(Lattr *a, char *name, Dir *d, char *ubuf, char *gbuf)
{
	memset(d, 0, sizeof *d);
	d->qid = lqid(a->qid, a->mode);
	d->mode = a->mode & 0777;
	if((a->mode & LSIFMT) == LSIFDIR)
		d->mode |= DMDIR;
	d->atime = a->atime;
	d->mtime = a->mtime;
	d->length = (d->mode & DMDIR) ? 0 : a->size;
	d->name = name;
	snprintf(ubuf, 12, "%u", a->uid);
	snprintf(gbuf, 12, "%u", a->gid);
	d->uid = ubuf;
	d->gid = gbuf;
	d->muid = "";
}

/* lflags: a 9P2000 open mode as Linux's open flags */
u32int
lflags(int mode)
{
	u32int fl;

	switch(mode & 3){
	case OREAD:
	case OEXEC:
		fl = LORDONLY;
		break;
	case OWRITE:
		fl = LOWRONLY;
		break;
	default:
		fl = LORDWR;
		break;
	}
	if(mode & OTRUNC)
		fl |= LOTRUNC;
	return fl;
}

/*
 * The walk to a path's parent: from the attach root to j->ltmp, at
 * most MAXWELEM names a Twalk.  The path's last name is left in
 * j->comp[j->ncomp].
 */

/* splitpath: j->comp from path; -1 for the root (it has no parent) or no memory */
static int
splitpath(Lxjob *j, char *path)
{
	char *s;
	int n;

	if(path[0] == 0)
		return -1;
	free(j->path);
	j->path = strdup(path);
	if(j->path == nil)
		return -1;
	n = 1;
	for(s = j->path; *s; s++)
		if(*s == '/')
			n++;
	j->comp = malloc(n * sizeof j->comp[0]);
	if(j->comp == nil)
		return -1;
	n = 0;
	j->comp[n++] = j->path;
	for(s = j->path; *s; s++)
		if(*s == '/'){
			*s = 0;
			j->comp[n++] = s+1;
		}
	j->ncomp = n - 1;
	j->widx = 0;
	j->ltmp = newlfid(j->lx);
	j->ltmpok = 0;
	return 0;
}

static void
parentwalk(Lxjob *j)
{
	Lcall t;
	int i, n;

	n = j->ncomp - j->widx;
	if(n > MAXWELEM)
		n = MAXWELEM;
	memset(&t, 0, sizeof t);
	t.type = Twalk;
	t.fid = j->ltmpok ? j->ltmp : j->f->root->lfid;
	t.newfid = j->ltmp;
	t.nwname = n;
	for(i = 0; i < n; i++)
		t.wname[i] = j->comp[j->widx + i];
	j->wlast = n;
	j->widx += n;
	lsend(j->lx, j, &t, Kparent);
}

/* parentreply: the reply to a Kparent walk: 1 when at the parent, 0 if
   another walk went out, -1 on failure (j->err set) */
static int
parentreply(Lxjob *j, Lcall *r)
{
	if((j->err = lerr(j, r)) != nil || r->nwqid != j->wlast){
		if(j->err == nil)
			j->err = "file does not exist";
		if(j->ltmpok)
			lclunk(j->lx, j->ltmp);
		j->ltmpok = 0;
		return -1;
	}
	j->ltmpok = 1;
	if(j->widx < j->ncomp){
		parentwalk(j);
		return 0;
	}
	return 1;
}

/*
 * The jobs, one step function each.  r is the .L reply to the request
 * sent as kind; each function is first called with r == nil.
 */

void
xattach(Lxjob *j, Lcall *r, u32int kind)
{
	Lx *lx;
	Lcall t;
	Fcall rr;
	char *e;

	lx = j->lx;
	memset(&t, 0, sizeof t);
	if(r == nil){
		if(flook(lx, j->t.fid) != nil){
			rerr(j, einuse);
			return;
		}
		j->root = calloc(1, sizeof *j->root);
		if(j->root == nil){
			rerr(j, "out of memory");
			return;
		}
		j->root->lfid = newlfid(lx);
		j->root->ref = 1;
		j->root->gid = lx->gid;
		t.type = Tattach;
		t.fid = j->root->lfid;
		t.afid = NOFID;
		t.uname = lx->uname ? lx->uname : j->t.uname;
		t.aname = j->t.aname;
		t.nuname = lx->nuname;
		lsend(lx, j, &t, Kattach);
		return;
	}
	if((e = lerr(j, r)) != nil){
		if(kind == Kattach)
			j->root->lfid = NOFID;	/* not attached: nothing to clunk */
		rerr(j, e);
		return;
	}
	switch(kind){
	case Kattach:
		j->qid = lqid(r->qid, LSIFDIR);
		t.type = Tgetattr;
		t.fid = j->root->lfid;
		t.mask = LGETBASIC;
		lsend(lx, j, &t, Krootattr);
		break;
	case Krootattr:
		if(j->root->gid == LNONUNAME)
			j->root->gid = r->attr.gid;
		j->lnew = newlfid(lx);
		t.type = Twalk;
		t.fid = j->root->lfid;
		t.newfid = j->lnew;
		lsend(lx, j, &t, Kclone);
		break;
	case Kclone:
		if(j->flushed || flook(lx, j->t.fid) != nil){
			lclunk(lx, j->lnew);
			rerr(j, einuse);
			break;
		}
		j->path = strdup("");
		if(j->path == nil || fnew(lx, j->t.fid, j->lnew, j->qid, j->path, j->root) == nil){
			lclunk(lx, j->lnew);
			rerr(j, "out of memory");
			break;
		}
		j->path = nil;	/* the fid has it, and its own reference to the root */
		memset(&rr, 0, sizeof rr);
		rr.type = Rattach;
		rr.qid = j->qid;
		reply(j, &rr);
		break;
	}
}

void
xwalk(Lxjob *j, Lcall *r, u32int kind)
{
	Lx *lx;
	Lcall t;
	Fcall rr;
	Lxfid *f, *nf;
	char *e, *path;
	int i;

	USED(kind);
	lx = j->lx;
	f = j->f;
	if(r == nil){
		if(j->t.newfid != j->t.fid && flook(lx, j->t.newfid) != nil){
			rerr(j, einuse);
			return;
		}
		j->lnew = newlfid(lx);
		memset(&t, 0, sizeof t);
		t.type = Twalk;
		t.fid = f->lfid;
		t.newfid = j->lnew;
		t.nwname = j->t.nwname;
		for(i = 0; i < t.nwname; i++)
			t.wname[i] = j->t.wname[i];
		lsend(lx, j, &t, Kany);
		return;
	}
	if((e = lerr(j, r)) != nil){
		rerr(j, e);
		return;
	}
	if(r->nwqid > j->t.nwname || (r->nwqid == 0 && j->t.nwname > 0)){
		if(r->nwqid == j->t.nwname)
			lclunk(lx, j->lnew);
		rerr(j, r->nwqid == 0 ? "file does not exist" : ebotch);
		return;
	}
	memset(&rr, 0, sizeof rr);
	rr.type = Rwalk;
	rr.nwqid = r->nwqid;
	for(i = 0; i < r->nwqid; i++)
		rr.wqid[i] = lqid(r->wqid[i], 0);
	if(r->nwqid < j->t.nwname){	/* partial: newfid is not made */
		reply(j, &rr);
		return;
	}
	if(j->flushed || f->gone || (j->t.newfid != j->t.fid && flook(lx, j->t.newfid) != nil)){
		lclunk(lx, j->lnew);
		rerr(j, einuse);
		return;
	}
	path = pathwalk(f->path, j->t.wname, j->t.nwname);
	if(path == nil){
		lclunk(lx, j->lnew);
		rerr(j, "out of memory");
		return;
	}
	if(j->t.newfid == j->t.fid){
		lclunk(lx, f->lfid);
		f->lfid = j->lnew;
		free(f->path);
		f->path = path;
		if(rr.nwqid > 0)
			f->qid = rr.wqid[rr.nwqid-1];
	}else{
		nf = fnew(lx, j->t.newfid, j->lnew, rr.nwqid > 0 ? rr.wqid[rr.nwqid-1] : f->qid, path, f->root);
		if(nf == nil){
			free(path);
			lclunk(lx, j->lnew);
			rerr(j, "out of memory");
			return;
		}
	}
	reply(j, &rr);
}

/* ropen: answer Topen or Tcreate; f is open */
static void
ropen(Lxjob *j, Qid qid)
{
	Fcall rr;

	j->f->omode = j->t.mode;
	j->f->qid = qid;
	j->f->doff = j->f->cookie = 0;
	j->f->npend = 0;
	j->f->eof = 0;
	memset(&rr, 0, sizeof rr);
	rr.type = j->t.type + 1;
	rr.qid = qid;
	rr.iounit = 0;
	reply(j, &rr);
}

void
xopen(Lxjob *j, Lcall *r, u32int kind)
{
	Lx *lx;
	Lcall t;
	Lxfid *f;
	char *e;

	lx = j->lx;
	f = j->f;
	memset(&t, 0, sizeof t);
	if(r == nil){
		if(f->omode >= 0){
			rerr(j, "fid already open");
			return;
		}
		if(f->qid.type & QTDIR){
			j->lw = newlfid(lx);
			t.type = Twalk;
			t.fid = f->lfid;
			t.newfid = j->lw;
			lsend(lx, j, &t, Kwalkclone);
			return;
		}
		j->lw = NOFID;
		goto lopen;
	}
	if((e = lerr(j, r)) != nil){
		if(kind == Kopen)
			lclunk(lx, j->lw);
		rerr(j, e);
		return;
	}
	if(kind == Kwalkclone){
	lopen:
		t.type = Tlopen;
		t.fid = f->lfid;
		t.flags = lflags(j->t.mode);
		lsend(lx, j, &t, Kopen);
		return;
	}
	if(f->gone){
		lclunk(lx, j->lw);
		rerr(j, enofid);
		return;
	}
	lclunk(lx, f->lwalk);
	f->lwalk = j->lw;
	ropen(j, lqid(r->qid, 0));
}

void
xcreate(Lxjob *j, Lcall *r, u32int kind)
{
	Lx *lx;
	Lcall t;
	Lxfid *f;
	char *e, *name;
	Qid q;

	lx = j->lx;
	f = j->f;
	name = j->t.name;
	memset(&t, 0, sizeof t);
	if(r == nil){
		if(f->omode >= 0 || !(f->qid.type & QTDIR)){
			rerr(j, f->omode >= 0 ? "fid already open" : "not a directory");
			return;
		}
		if(strcmp(name, ".") == 0 || strcmp(name, "..") == 0 || name[0] == 0 || strchr(name, '/')){
			rerr(j, "bad argument");
			return;
		}
		j->path = pathwalk(f->path, &name, 1);
		if(j->path == nil){
			rerr(j, "out of memory");
			return;
		}
		t.fid = f->lfid;
		t.name = name;
		t.mode = j->t.perm & 0777;
		t.gid = f->root->gid;
		if(j->t.perm & DMDIR){
			t.type = Tmkdir;
			lsend(lx, j, &t, Kmkdir);
		}else{
			t.type = Tlcreate;
			t.flags = lflags(j->t.mode) | LOCREAT | LOEXCL;
			lsend(lx, j, &t, Kcreate);
		}
		return;
	}
	if((e = lerr(j, r)) != nil){
		if(kind == Kmkclone)
			lclunk(lx, j->lnew);
		if(kind == Kmkopen){
			lclunk(lx, j->lnew);
			lclunk(lx, j->lw);
		}
		rerr(j, e);
		return;
	}
	switch(kind){
	case Kcreate:
		free(f->path);
		f->path = j->path;
		j->path = nil;
		ropen(j, lqid(r->qid, 0));
		break;
	case Kmkdir:	/* made: walk to it */
		j->lnew = newlfid(lx);
		t.type = Twalk;
		t.fid = f->lfid;
		t.newfid = j->lnew;
		t.nwname = 1;
		t.wname[0] = name;
		lsend(lx, j, &t, Kmkwalk);
		break;
	case Kmkwalk:	/* and keep an unopened clone of it */
		if(r->nwqid != 1){
			rerr(j, ebotch);
			break;
		}
		j->lw = newlfid(lx);
		t.type = Twalk;
		t.fid = j->lnew;
		t.newfid = j->lw;
		lsend(lx, j, &t, Kmkclone);
		break;
	case Kmkclone:	/* then open it */
		t.type = Tlopen;
		t.fid = j->lnew;
		t.flags = LORDONLY;
		lsend(lx, j, &t, Kmkopen);
		break;
	case Kmkopen:
		q = lqid(r->qid, LSIFDIR);
		if(f->gone){
			lclunk(lx, j->lnew);
			lclunk(lx, j->lw);
			rerr(j, enofid);
			break;
		}
		lclunk(lx, f->lfid);
		f->lfid = j->lnew;
		f->lwalk = j->lw;
		free(f->path);
		f->path = j->path;
		j->path = nil;
		ropen(j, q);
		break;
	}
}

/* xremove: Tremove, and Tclunk of an ORCLOSE fid: Tunlinkat in the parent, then Tclunk */
void
xremove(Lxjob *j, Lcall *r, u32int kind)
{
	Lx *lx;
	Lcall t;
	Lxfid *f;
	int rc;

	lx = j->lx;
	f = j->f;
	memset(&t, 0, sizeof t);
	if(r == nil){
		fdetach(lx, f);
		if(splitpath(j, f->path) < 0){
			j->err = f->path[0] == 0 ? "permission denied" : "out of memory";
			goto clunk;
		}
		parentwalk(j);
		return;
	}
	switch(kind){
	case Kparent:
		rc = parentreply(j, r);
		if(rc == 0)
			return;
		if(rc < 0)
			goto clunk;
		if(lx->noat)
			goto oldremove;
		t.type = Tunlinkat;
		t.fid = j->ltmp;
		t.name = j->comp[j->ncomp];
		t.flags = (f->qid.type & QTDIR) ? LATREMOVEDIR : 0;
		lsend(lx, j, &t, Kunlink);
		return;
	case Kunlink:
		if(r->type == Rlerror && r->ecode == Eopnotsupp){
			/*
			 * an older server (diod 1.0): Tremove of a fresh
			 * fid for the file (diod dislikes an open one)
			 */
			lx->noat = 1;
		oldremove:
			j->lnew = newlfid(lx);
			t.type = Twalk;
			t.fid = j->ltmp;
			t.newfid = j->lnew;
			t.nwname = 1;
			t.wname[0] = j->comp[j->ncomp];
			lsend(lx, j, &t, Krmwalk);
			return;
		}
		j->err = lerr(j, r);
		lclunk(lx, j->ltmp);
		goto clunk;
	case Krmwalk:
		lclunk(lx, j->ltmp);
		if((j->err = lerr(j, r)) != nil || r->nwqid != 1){
			if(j->err == nil)
				j->err = ebotch;
			goto clunk;
		}
		t.type = Tremove;	/* which clunks lnew, whatever it says */
		t.fid = j->lnew;
		lsend(lx, j, &t, Kremove);
		return;
	case Kremove:
		j->err = lerr(j, r);
	clunk:
		lclunk(lx, f->lwalk);
		f->lwalk = NOFID;
		t.type = Tclunk;
		t.fid = f->lfid;
		lsend(lx, j, &t, Kclunk);
		return;
	case Kclunk:
		if(j->err != nil && j->t.type == Tremove)
			rerr(j, j->err);
		else
			rsimple(j);
		return;
	}
}

void
xclunk(Lxjob *j, Lcall *r, u32int kind)
{
	Lcall t;

	USED(kind);
	if(r == nil){
		if(j->f->omode >= 0 && (j->f->omode & ORCLOSE)){
			j->step = xremove;
			xremove(j, nil, 0);
			return;
		}
		fdetach(j->lx, j->f);
		lclunk(j->lx, j->f->lwalk);
		j->f->lwalk = NOFID;
		memset(&t, 0, sizeof t);
		t.type = Tclunk;
		t.fid = j->f->lfid;
		lsend(j->lx, j, &t, Kany);
		return;
	}
	rsimple(j);	/* the fid is gone whatever the peer said */
}

void
xrw(Lxjob *j, Lcall *r, u32int kind)
{
	Lcall t;
	Fcall rr;
	char *e;

	USED(kind);
	if(r == nil){
		memset(&t, 0, sizeof t);
		t.type = j->t.type;
		t.fid = j->f->lfid;
		t.offset = j->t.offset;
		t.count = j->t.count;
		t.data = (uchar*)j->t.data;
		if(j->t.count > j->lx->msize - IOHDRSZ){
			rerr(j, "count too big");
			return;
		}
		lsend(j->lx, j, &t, Kany);
		return;
	}
	if((e = lerr(j, r)) != nil){
		rerr(j, e);
		return;
	}
	if(r->count > j->t.count){
		rerr(j, ebotch);
		return;
	}
	if(r->type == Rread){
		replyread(j, r->data, r->count);	/* the data not copied */
		return;
	}
	memset(&rr, 0, sizeof rr);
	rr.type = j->t.type + 1;
	rr.count = r->count;
	rr.data = (char*)r->data;
	reply(j, &rr);
}

void
xstat(Lxjob *j, Lcall *r, u32int kind)
{
	Lcall t;
	Fcall rr;
	Dir d;
	char ubuf[12], gbuf[12], *e;
	uchar buf[STATMAX];

	USED(kind);
	if(r == nil){
		memset(&t, 0, sizeof t);
		t.type = Tgetattr;
		t.fid = j->f->lfid;
		t.mask = LGETBASIC;
		lsend(j->lx, j, &t, Kany);
		return;
	}
	if((e = lerr(j, r)) != nil){
		rerr(j, e);
		return;
	}
	attr2dir(&r->attr, pathbase(j->f->path), &d, ubuf, gbuf);
	memset(&rr, 0, sizeof rr);
	rr.type = Rstat;
	rr.nstat = convD2M(&d, buf, sizeof buf);
	rr.stat = buf;
	reply(j, &rr);
}

/* number: s as a decimal uid or gid; -1 if it is not one */
static vlong
number(char *s)
{
	vlong v;

	if(s == nil || *s == 0)
		return -1;
	v = 0;
	for(; *s; s++){
		if(*s < '0' || *s > '9' || v > 0xFFFFFFFFLL / 10)
			return -1;
		v = v*10 + *s - '0';
	}
	return v > 0xFFFFFFFELL ? -1 : v;
}

void
xwstat(Lxjob *j, Lcall *r, u32int kind)
{
	Lx *lx;
	Lcall t;
	Lxfid *f;
	Dir *d;
	char *e, *path;
	int rc;
	vlong uid, gid;

	lx = j->lx;
	f = j->f;
	d = &j->d;
	memset(&t, 0, sizeof t);
	if(r == nil){
		j->dstrs = malloc(j->t.nstat + 1);
		if(j->dstrs == nil || convM2D(j->t.stat, j->t.nstat, d, j->dstrs) == 0){
			rerr(j, "bad stat");
			return;
		}
		uid = number(d->uid);
		gid = number(d->gid);
		if((d->uid[0] && uid < 0) || (d->gid[0] && gid < 0) || strchr(d->name, '/') != nil ||
		   strcmp(d->name, ".") == 0 || strcmp(d->name, "..") == 0){
			rerr(j, "bad argument");
			return;
		}
		t.attr.valid = 0;
		if(d->mode != (ulong)~0U && (u32int)d->mode != ~0U){
			t.attr.valid |= LSETMODE;
			t.attr.mode = d->mode & 07777;
		}
		if(d->length != -1){
			t.attr.valid |= LSETSIZE;
			t.attr.size = d->length;
		}
		if(d->mtime != (ulong)~0U && (u32int)d->mtime != ~0U){
			t.attr.valid |= LSETMTIME | LSETMTIMESET;
			t.attr.mtime = (u32int)d->mtime;
		}
		if(d->atime != (ulong)~0U && (u32int)d->atime != ~0U){
			t.attr.valid |= LSETATIME | LSETATIMESET;
			t.attr.atime = (u32int)d->atime;
		}
		if(uid >= 0){
			t.attr.valid |= LSETUID;
			t.attr.uid = uid;
		}
		if(gid >= 0){
			t.attr.valid |= LSETGID;
			t.attr.gid = gid;
		}
		if(t.attr.valid){
			t.type = Tsetattr;
			t.fid = f->lfid;
			lsend(lx, j, &t, Ksetattr);
			return;
		}
		goto rename;
	}
	switch(kind){
	case Ksetattr:
		if((e = lerr(j, r)) != nil){
			rerr(j, e);
			return;
		}
	rename:
		if(d->name[0] == 0 || strcmp(d->name, pathbase(f->path)) == 0){
			if(kind == Ksetattr || f->omode < 0){
				rsimple(j);
				return;
			}
			t.type = Tfsync;	/* a wstat of nothing: sync */
			t.fid = f->lfid;
			lsend(lx, j, &t, Kfsync);
			return;
		}
		if(splitpath(j, f->path) < 0){
			rerr(j, f->path[0] == 0 ? "permission denied" : "out of memory");
			return;
		}
		parentwalk(j);
		return;
	case Kparent:
		rc = parentreply(j, r);
		if(rc < 0)
			rerr(j, j->err);
		if(rc <= 0)
			return;
		if(lx->noat)
			goto renamewalk;
		t.type = Trenameat;
		t.fid = j->ltmp;
		t.name = j->comp[j->ncomp];
		t.newfid = j->ltmp;
		t.newname = d->name;
		lsend(lx, j, &t, Krename);
		return;
	case Krenwalk:
		if((e = lerr(j, r)) != nil || r->nwqid != 1){
			lclunk(lx, j->ltmp);
			rerr(j, e ? e : ebotch);
			return;
		}
		t.type = Trename;
		t.fid = j->lnew;
		t.newfid = j->ltmp;
		t.name = d->name;
		lsend(lx, j, &t, Krename);
		return;
	case Krename:
		if(r->type == Rlerror && r->ecode == Eopnotsupp && !lx->noat){
			/*
			 * an older server (diod 1.0): Trename of the fid, or
			 * of a fresh one for the file if it is open (diod
			 * dislikes that; the open fid then keeps its old path
			 * there, so its stat fails)
			 */
			lx->noat = 1;
		renamewalk:
			if(f->omode < 0){	/* diod keeps this fid's new path */
				t.type = Trename;
				t.fid = f->lfid;
				t.newfid = j->ltmp;
				t.name = d->name;
				lsend(lx, j, &t, Krename);
				return;
			}
			j->lnew = newlfid(lx);
			t.type = Twalk;
			t.fid = j->ltmp;
			t.newfid = j->lnew;
			t.nwname = 1;
			t.wname[0] = j->comp[j->ncomp];
			lsend(lx, j, &t, Krenwalk);
			return;
		}
		lclunk(lx, j->ltmp);
		lclunk(lx, j->lnew);
		if((e = lerr(j, r)) != nil){
			rerr(j, e);
			return;
		}
		j->comp[j->ncomp] = d->name;
		path = pathwalk("", j->comp, j->ncomp + 1);
		if(path != nil){
			free(f->path);
			f->path = path;
		}
		rsimple(j);
		return;
	case Kfsync:
		if((e = lerr(j, r)) != nil)
			rerr(j, e);
		else
			rsimple(j);
		return;
	}
}
