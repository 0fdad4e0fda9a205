/*
 * ramfs: a file tree in memory, served with lib9p (see ramfs(4)).
 *
 * Each file or directory is a Node; a directory keeps its children in
 * a list.  A Node counts references: one for its place in the tree
 * (dropped by remove), one for each fid on it, one for each child
 * (whose parent pointer must stay good).  Permissions: everyone is
 * treated as the owner, so the owner bits decide.
 */
#include <u.h>
#include <libc.h>
#include <fcall.h>
#include <9p.h>

typedef struct Node Node;
struct Node {
	Dir	d;	/* name, uid, gid, muid are the Node's own copies */
	uchar	*data;
	vlong	cap;
	Node	*parent;
	Node	*child;	/* a directory's first entry */
	Node	*next;	/* the next entry of the parent */
	int	ref;
	int	nopen;	/* open fids, for DMEXCL */
	int	gone;	/* removed from the tree */
};

enum {
	MAXFILE = 1<<30,	/* the largest file */
	Modebits = 0777|DMDIR|DMAPPEND|DMEXCL|DMTMP,
};

static Node	*root;
static uvlong	qidpath;

/* user: the name a fid's attach gave, or "none" */
static char*
user(Fid *f)
{
	return f->uid != nil && f->uid[0] != 0 ? f->uid : "none";
}

static void
setstr(char **p, char *s)
{
	char *t;

	if((t = strdup(s)) == nil)
		sysfatal("out of memory");
	free(*p);
	*p = t;
}

static void
incref(Node *n)
{
	n->ref++;
}

/* decref: drop a reference; the last frees n and drops its parent's */
static void
decref(Node *n)
{
	Node *p;

	while(n != nil && --n->ref == 0){
		p = n->parent;
		free(n->d.name);
		free(n->d.uid);
		free(n->d.gid);
		free(n->d.muid);
		free(n->data);
		free(n);
		n = p == n ? nil : p;
	}
}

/* touch: note a change of n's contents at the current time */
static void
touch(Node *n, char *muid)
{
	n->d.qid.vers++;
	n->d.mtime = n->d.atime = time(nil);
	setstr(&n->d.muid, muid);
}

/* newnode: a new entry name in directory dir (nil: the root) */
static Node*
newnode(Node *dir, char *name, char *uid, char *gid, ulong mode)
{
	Node *n;

	if((n = calloc(1, sizeof *n)) == nil)
		sysfatal("out of memory");
	n->d.qid.path = qidpath++;
	n->d.qid.type = mode >> 24;
	n->d.mode = mode;
	n->d.atime = n->d.mtime = time(nil);
	setstr(&n->d.name, name);
	setstr(&n->d.uid, uid);
	setstr(&n->d.gid, gid);
	setstr(&n->d.muid, uid);
	n->ref = 1;
	if(dir == nil){
		n->parent = n;
		return n;
	}
	n->parent = dir;
	incref(dir);
	n->next = dir->child;
	dir->child = n;
	touch(dir, uid);
	return n;
}

/* lookup: the entry name in dir, or nil */
static Node*
lookup(Node *dir, char *name)
{
	Node *n;

	for(n = dir->child; n != nil; n = n->next)
		if(strcmp(n->d.name, name) == 0)
			return n;
	return nil;
}

/* detach: take n out of its directory; drops the tree's reference */
static void
detach(Node *n)
{
	Node **l;

	for(l = &n->parent->child; *l != nil; l = &(*l)->next)
		if(*l == n){
			*l = n->next;
			break;
		}
	n->gone = 1;
	decref(n);
}

/* allowed: true if the owner bits of n grant all of need (4 r, 2 w, 1 x) */
static int
allowed(Node *n, int need)
{
	return ((n->d.mode >> 6) & need) == need;
}

/* setlength: make n's contents len bytes long, zero-filled; nil or an error */
static char*
setlength(Node *n, vlong len)
{
	uchar *p;
	vlong c;

	if(len < 0 || len > MAXFILE)
		return "file too large";
	if(len > n->cap){
		c = n->cap ? n->cap : 512;
		while(c < len)
			c *= 2;
		if((p = realloc(n->data, c)) == nil)
			return Enomem;
		n->data = p;
		n->cap = c;
	}
	if(len > n->d.length)
		memset(n->data + n->d.length, 0, len - n->d.length);
	n->d.length = len;
	return nil;
}

static void
fsattach(Req *r)
{
	r->fid->aux = root;
	incref(root);
	r->ofcall.qid = root->d.qid;
	respond(r, nil);
}

static char*
fsclone(Fid *old, Fid *new)
{
	new->aux = old->aux;
	if(new->aux != nil)
		incref(new->aux);
	return nil;
}

static char*
fswalk1(Fid *f, char *name, Qid *qid)
{
	Node *n, *c;

	n = f->aux;
	if(strcmp(name, "..") == 0)
		c = n->parent;
	else if((c = lookup(n, name)) == nil)
		return Enofile;
	incref(c);
	decref(n);
	f->aux = c;
	*qid = c->d.qid;
	return nil;
}

/* need: the permission bits open mode m asks for */
static int
need(int m)
{
	static int bits[] = { 4, 2, 6, 1 };

	return bits[m & 3] | (m & OTRUNC ? 2 : 0);
}

static void
fsopen(Req *r)
{
	Node *n;
	int m;

	n = r->fid->aux;
	m = r->ifcall.mode;
	if(!allowed(n, need(m)) || ((m & ORCLOSE) && !allowed(n->parent, 2))){
		respond(r, Eperm);
		return;
	}
	if((n->d.mode & DMEXCL) && n->nopen > 0){
		respond(r, Einuse);
		return;
	}
	if((m & OTRUNC) && !(n->d.mode & DMDIR) && !(n->d.mode & DMAPPEND)){
		setlength(n, 0);
		touch(n, user(r->fid));
	}
	n->nopen++;
	r->ofcall.qid = n->d.qid;
	respond(r, nil);
}

static void
fscreate(Req *r)
{
	Node *dir, *n;
	ulong perm;

	dir = r->fid->aux;
	if(dir->gone){
		respond(r, Enofile);
		return;
	}
	if(!allowed(dir, 2)){
		respond(r, Eperm);
		return;
	}
	if(lookup(dir, r->ifcall.name) != nil){
		respond(r, Eexist);
		return;
	}
	perm = r->ifcall.perm;
	if(perm & DMDIR)
		perm &= ~0777 | (dir->d.mode & 0777);
	else
		perm &= ~0666 | (dir->d.mode & 0666);
	perm &= Modebits;
	n = newnode(dir, r->ifcall.name, user(r->fid), dir->d.gid, perm);
	incref(n);
	n->nopen++;
	decref(dir);
	r->fid->aux = n;
	r->ofcall.qid = n->d.qid;
	respond(r, nil);
}

/* dirgen: entry i of the directory aux */
static int
dirgen(int i, Dir *d, void *aux)
{
	Node *n;

	for(n = ((Node*)aux)->child; n != nil && i > 0; n = n->next)
		i--;
	if(n == nil)
		return -1;
	*d = n->d;
	return 0;
}

static void
fsread(Req *r)
{
	Node *n;

	n = r->fid->aux;
	n->d.atime = time(nil);
	if(n->d.mode & DMDIR){
		respond(r, dirread9p(r, dirgen, n));
		return;
	}
	readbuf(r, n->data, n->d.length);
	respond(r, nil);
}

static void
fswrite(Req *r)
{
	Node *n;
	uvlong off;
	char *e;

	n = r->fid->aux;
	off = (n->d.mode & DMAPPEND) ? n->d.length : r->ifcall.offset;
	if(off > MAXFILE || off + r->ifcall.count > MAXFILE){
		respond(r, "file too large");
		return;
	}
	if(off + r->ifcall.count > n->d.length)
		if((e = setlength(n, off + r->ifcall.count)) != nil){
			respond(r, e);
			return;
		}
	memmove(n->data + off, r->ifcall.data, r->ifcall.count);
	touch(n, user(r->fid));
	r->ofcall.count = r->ifcall.count;
	respond(r, nil);
}

/* removenode: remove n from the tree for user u; nil or an error */
static char*
removenode(Node *n, char *u)
{
	if(n == root || n->gone)
		return Eperm;
	if(!allowed(n->parent, 2))
		return Eperm;
	if(n->child != nil)
		return Enotempty;
	touch(n->parent, u);
	detach(n);
	return nil;
}

static void
fsremove(Req *r)
{
	respond(r, removenode(r->fid->aux, user(r->fid)));
}

static void
fsstat(Req *r)
{
	Node *n;

	n = r->fid->aux;
	r->d = n->d;
	if(n == root)
		r->d.name = "/";
	respond(r, dirdup9p(&r->d) < 0 ? Enomem : nil);
}

/* wstatcheck: whether every change d asks of n may be made; nil or an error */
static char*
wstatcheck(Node *n, Dir *d)
{
	Node *o;

	if(d->name[0] != 0 && strcmp(d->name, n->d.name) != 0){
		if(n == root || n->gone)
			return Eperm;
		if(strcmp(d->name, ".") == 0 || strcmp(d->name, "..") == 0
		|| strchr(d->name, '/') != nil)
			return Ebadarg;
		if((o = lookup(n->parent, d->name)) != nil && o != n)
			return Eexist;
	}
	if(d->length != (vlong)~0ULL && d->length != n->d.length){
		if(n->d.mode & DMDIR)
			return Eisdir;
		if(d->length < 0 || d->length > MAXFILE)
			return "file too large";
	}
	if(d->mode != (ulong)0xFFFFFFFF){
		if((d->mode & DMDIR) != (n->d.mode & DMDIR))
			return "cannot change directory bit";
		if(d->mode & ~Modebits)
			return Ebadarg;
	}
	if(d->uid[0] != 0 && strcmp(d->uid, n->d.uid) != 0)
		return Eperm;
	return nil;
}

static void
fswstat(Req *r)
{
	Node *n;
	Dir *d;
	char *e;

	n = r->fid->aux;
	d = &r->d;
	if((e = wstatcheck(n, d)) != nil){
		respond(r, e);
		return;
	}
	if(d->length != (vlong)~0ULL && d->length != n->d.length){
		if((e = setlength(n, d->length)) != nil){
			respond(r, e);
			return;
		}
		touch(n, user(r->fid));
	}
	if(d->name[0] != 0)
		setstr(&n->d.name, d->name);
	if(d->mode != (ulong)0xFFFFFFFF){
		n->d.mode = d->mode;
		n->d.qid.type = d->mode >> 24;
	}
	if(d->mtime != (ulong)0xFFFFFFFF)
		n->d.mtime = d->mtime;
	if(d->gid[0] != 0)
		setstr(&n->d.gid, d->gid);
	respond(r, nil);
}

static void
fsdestroyfid(Fid *f)
{
	Node *n;

	if((n = f->aux) == nil)
		return;
	if(f->omode != -1){
		n->nopen--;
		if(f->omode & ORCLOSE)
			removenode(n, user(f));
	}
	decref(n);
}

static Srv fs = {
	.attach = fsattach,
	.clone = fsclone,
	.walk1 = fswalk1,
	.open = fsopen,
	.create = fscreate,
	.read = fsread,
	.write = fswrite,
	.remove = fsremove,
	.stat = fsstat,
	.wstat = fswstat,
	.destroyfid = fsdestroyfid,
};

/* copyfile: the contents of url into the file n */
static void
copyfile(char *url, Node *n)
{
	char buf[8192];
	long m;
	int fd;

	if((fd = open(url, OREAD)) < 0){
		fprint(2, "ramfs: %s: %r\n", url);
		return;
	}
	while((m = read(fd, buf, sizeof buf)) > 0){
		if(setlength(n, n->d.length + m) != nil){
			fprint(2, "ramfs: %s: out of memory\n", url);
			break;
		}
		memmove(n->data + n->d.length - m, buf, m);
	}
	if(m < 0)
		fprint(2, "ramfs: %s: %r\n", url);
	close(fd);
}

/* copytree: every entry of the directory at url, recursively, into dir */
static void
copytree(char *url, Node *dir)
{
	enum { Nbuf = MSIZE };
	uchar *buf;
	char *sub, *strs;
	long m, i, k;
	Node *n;
	Dir d;
	int fd;

	if((fd = open(url, OREAD)) < 0){
		fprint(2, "ramfs: %s: %r\n", url);
		return;
	}
	buf = malloc(Nbuf);
	strs = malloc(Nbuf);
	sub = malloc(strlen(url) + STATMAX + 2);
	if(buf == nil || strs == nil || sub == nil)
		sysfatal("out of memory");
	while((m = read(fd, buf, Nbuf)) > 0){
		for(i = 0; i < m; i += k){
			if((k = convM2D(buf+i, m-i, &d, strs)) == 0){
				fprint(2, "ramfs: %s: bad directory entry\n", url);
				break;
			}
			if(d.name[0] == 0 || strcmp(d.name, ".") == 0 || strcmp(d.name, "..") == 0
			|| strchr(d.name, '/') != nil || lookup(dir, d.name) != nil)
				continue;
			sprintf(sub, "%s%s%s", url, url[strlen(url)-1] == '/' ? "" : "/", d.name);
			n = newnode(dir, d.name, d.uid[0] ? d.uid : "none",
				d.gid[0] ? d.gid : "none", d.mode & Modebits);
			if(d.mode & DMDIR)
				copytree(sub, n);
			else
				copyfile(sub, n);
			n->d.mtime = n->d.atime = d.mtime;
		}
	}
	if(m < 0)
		fprint(2, "ramfs: %s: %r\n", url);
	close(fd);
	free(buf);
	free(strs);
	free(sub);
}

static void
usage(void)
{
	fprint(2, "usage: ramfs [-Ds] [-c url] name\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *copy;
	int stdio;

	copy = nil;
	stdio = 0;
	ARGBEGIN{
	case 'D':
		fs.chatty = 1;
		break;
	case 's':
		stdio = 1;
		break;
	case 'c':
		copy = EARGF(usage());
		break;
	default:
		usage();
	}ARGEND
	if(argc != (stdio ? 0 : 1))
		usage();

	root = newnode(nil, "/", "none", "none", DMDIR|0777);
	if(copy != nil)
		copytree(copy, root);
	if(stdio){
		fs.infd = 0;
		fs.outfd = 1;
		srv(&fs);
		exits(nil);
	}
	if(mountsrv(&fs, argv[0], MREPL) < 0)
		sysfatal("mount %s: %r", argv[0]);
	exits(nil);
}
