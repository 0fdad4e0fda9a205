/*
 * ramfs: a file tree in memory, served with lib9p (see ramfs(4)).
 *
 * Each file or directory is a Node; a directory keeps its children in
 * a list.  A Node counts references: one for its place in the tree
 * (dropped by remove), one for each fid on it, one for each child
 * (whose parent pointer must stay good).  Permissions: everyone is
 * treated as the owner, so the owner bits decide.
 *
 * A file's contents are blocks of Blksz bytes, each allocated on first
 * write (a hole reads as zeros) and only as large as its written part
 * (doubling up to Blksz), so a file costs its data and a little more.
 * Bytes past the length inside a block are kept zero.  Truncation and
 * remove free the blocks.  A write first makes room for all it needs;
 * if memory is out (or the machine's free memory falls under the
 * reserve: a quarter of its memory, at most Reserve)
 * it undoes that and fails "file system full", the file untouched.
 * Remove and clunk need no memory.
 */
#include <u.h>
#include <libc.h>
#include <fcall.h>
#include <9p.h>
#include <sys/mman.h>

typedef struct Blk Blk;
typedef struct Node Node;

/* one block of a file: cap bytes at data (nil: all zeros) */
struct Blk {
	uchar	*data;
	int	cap;
};

struct Node {
	Dir	d;	/* name, uid, gid, muid are the Node's own copies */
	Blk	*blk;	/* the contents: blk[i] holds bytes i*Blksz ... */
	long	nblk;	/* entries of blk in use: enough for d.length */
	long	nalloc;	/* entries allocated */
	Node	*parent;
	Node	*child;	/* a directory's first entry */
	Node	*next;	/* the next entry of the parent */
	int	ref;
	int	nopen;	/* open fids, for DMEXCL */
	int	gone;	/* removed from the tree */
};

enum {
	MAXFILE = 1<<30,	/* the largest file */
	Blksz = 8192,	/* bytes in a block */
	Mincap = 64,	/* the smallest block allocation */
	Reserve = 8<<20,	/* the most free memory ramfs leaves to the rest of the system */
	Checkeach = 1<<20,	/* bytes of blocks allocated between looks at sys:/mem */
	Modebits = 0777|DMDIR|DMAPPEND|DMEXCL|DMTMP,
};

static Node	*root;
static uvlong	qidpath;
static char	Efull[] = "file system full";
static vlong	blkbytes;	/* bytes allocated to blocks */
static vlong	nextcheck;	/* blkbytes at which to look at sys:/mem again */
static vlong	reserve = -1;	/* free memory left to the rest: min(total/4, Reserve) */

static void	truncblk(Node *n, vlong len);

/* user: the name a fid's attach gave, or "none" */
static char*
user(Fid *f)
{
	return f->uid != nil && f->uid[0] != 0 ? f->uid : "none";
}

/* setstr: make *p a copy of s; 0, or -1 (and *p unchanged) if memory is out */
static int
setstr(char **p, char *s)
{
	char *t;

	if((t = strdup(s)) == nil)
		return -1;
	free(*p);
	*p = t;
	return 0;
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
		truncblk(n, 0);
		free(n);
		n = p == n ? nil : p;
	}
}

/*
 * touch: note a change of n's contents at the current time; if memory
 * is out, muid stays as it was (remove must not need memory)
 */
static void
touch(Node *n, char *muid)
{
	n->d.qid.vers++;
	n->d.mtime = n->d.atime = time(nil);
	if(strcmp(n->d.muid, muid) != 0)
		setstr(&n->d.muid, muid);
}

/* newnode: a new entry name in directory dir (nil: the root); nil if memory is out */
static Node*
newnode(Node *dir, char *name, char *uid, char *gid, ulong mode)
{
	Node *n;

	if((n = calloc(1, sizeof *n)) == nil)
		return nil;
	if(setstr(&n->d.name, name) < 0 || setstr(&n->d.uid, uid) < 0
	|| setstr(&n->d.gid, gid) < 0 || setstr(&n->d.muid, uid) < 0){
		free(n->d.name);
		free(n->d.uid);
		free(n->d.gid);
		free(n);
		return nil;
	}
	n->d.qid.path = qidpath++;
	n->d.qid.type = mode >> 24;
	n->d.mode = mode;
	n->d.atime = n->d.mtime = time(nil);
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

/*
 * memfree: the machine's free memory in bytes from sys:/mem, or -1
 * if it cannot be read (then only malloc failing stops a write); the
 * first call also sets reserve from the total.
 */
static vlong
memfree(void)
{
	char buf[256], *p;
	long m;
	int fd;

	if((fd = open("sys:/mem", OREAD)) < 0)
		return -1;
	m = read(fd, buf, sizeof buf - 1);
	close(fd);
	if(m <= 0)
		return -1;
	buf[m] = 0;
	if(reserve < 0){
		reserve = Reserve;
		if((p = strstr(buf, "total ")) != nil && strtoll(p+6, nil, 10)/4 < reserve)
			reserve = strtoll(p+6, nil, 10)/4;
	}
	if((p = strstr(buf, "free ")) == nil)
		return -1;
	return strtoll(p+5, nil, 10);
}

/*
 * Whole blocks live in page-aligned slots of Blksz, carved Nslot at a
 * time out of malloc'd chunks and never given back to malloc: a freed
 * slot's pages go back to the kernel at once (fresh zero pages are
 * mapped over them, costing nothing until written), so removing a
 * file returns its memory whatever else the heap holds.  The free
 * slots are listed apart, so a free slot is never touched.  A fresh
 * chunk's slots are taken lowest address first and a file's blocks are
 * freed last first, so a file written in order mostly lies in order,
 * and a read of it can go out from where it lies (inplace).
 */
enum { Nslot = 256, Page = 4096 };	/* 2 MiB chunks (of address space: a page costs only once written), so a file of a few MiB mostly lies in one */
static uchar	**freeslots;	/* room for every slot carved, so freeing needs no memory */
static int	nfreeslot, nslots;

/* slotalloc: a free slot (contents zero or stale), or nil */
static uchar*
slotalloc(void)
{
	uchar *c, **l;
	int i;

	if(nfreeslot == 0){
		if((l = realloc(freeslots, (nslots + Nslot) * sizeof *l)) == nil)
			return nil;
		freeslots = l;
		if((c = malloc(Nslot*Blksz + Page + IOHDRSZ)) == nil)
			return nil;
		nslots += Nslot;
		/* IOHDRSZ bytes of the chunk before the first slot: see inplace */
		c = (uchar*)(((uintptr)c + IOHDRSZ + Page - 1) & ~(uintptr)(Page - 1));
		for(i = Nslot-1; i >= 0; i--)
			freeslots[nfreeslot++] = c + i*Blksz;
	}
	return freeslots[--nfreeslot];
}

/* slotfree: give slot p's pages back to the kernel and list it free */
static void
slotfree(uchar *p)
{
	mmap(p, Blksz, PROT_READ|PROT_WRITE, MAP_FIXED|MAP_ANONYMOUS|MAP_PRIVATE, -1, 0);
	freeslots[nfreeslot++] = p;
}

/*
 * blkgrow: make block b hold at least need bytes, zero-filled past what
 * it held but for bytes [wlo, need), which the caller is about to write
 * (wlo >= need: none); 0, or -1 when memory is out (b unchanged).
 */
static int
blkgrow(Blk *b, int need, int wlo)
{
	uchar *p;
	vlong f;
	int c;

	if(b->cap >= need)
		return 0;
	if(blkbytes >= nextcheck){
		f = memfree();
		if(f >= 0 && f < reserve)
			return -1;
		nextcheck = blkbytes + Checkeach;
	}
	for(c = b->cap ? b->cap : Mincap; c < need; c *= 2)
		;
	if(c > Blksz)
		c = Blksz;
	if(c == Blksz){
		/* a whole block: a slot of its own */
		if((p = slotalloc()) == nil)
			return -1;
		if(b->cap > 0)
			memmove(p, b->data, b->cap);
		free(b->data);
	}else if((p = realloc(b->data, c)) == nil)
		return -1;
	if(wlo > need)
		wlo = need;
	if(wlo < b->cap)
		wlo = b->cap;
	memset(p + b->cap, 0, wlo - b->cap);
	memset(p + need, 0, c - need);
	blkbytes += c - b->cap;
	b->data = p;
	b->cap = c;
	return 0;
}

/* blkfree: give back block b's memory */
static void
blkfree(Blk *b)
{
	blkbytes -= b->cap;
	if(nextcheck > blkbytes + Checkeach)
		nextcheck = blkbytes + Checkeach;
	if(b->cap == Blksz)
		slotfree(b->data);
	else
		free(b->data);
	b->data = nil;
	b->cap = 0;
}

/*
 * truncblk: cut n's contents to len bytes (len <= its length), giving
 * back the blocks past it and zeroing the tail of the last; needs no
 * memory.
 */
static void
truncblk(Node *n, vlong len)
{
	long nb, i;
	Blk *b;
	int off;

	nb = (len + Blksz - 1) / Blksz;
	/* the last first: slots freed so are taken again in order (inplace) */
	for(i = n->nblk - 1; i >= nb; i--)
		blkfree(&n->blk[i]);
	n->nblk = nb;
	if(nb == 0){
		free(n->blk);
		n->blk = nil;
		n->nalloc = 0;
	}else{
		b = &n->blk[nb-1];
		off = len - (nb-1)*(vlong)Blksz;
		if(off < b->cap)
			memset(b->data + off, 0, b->cap - off);
	}
	if(len < n->d.length)
		n->d.length = len;
}

/* moreblk: room for nb entries in n->blk (new ones empty); 0 or -1 */
static int
moreblk(Node *n, long nb)
{
	Blk *b;
	long na;

	if(nb <= n->nalloc)
		return 0;
	na = n->nalloc ? n->nalloc : 4;
	while(na < nb)
		na *= 2;
	if((b = realloc(n->blk, na * sizeof b[0])) == nil)
		return -1;
	memset(b + n->nalloc, 0, (na - n->nalloc) * sizeof b[0]);
	n->blk = b;
	n->nalloc = na;
	return 0;
}

/*
 * makeroom: storage for bytes [off, off+cnt) of n, all or nothing: on
 * failure the blocks it added past n's end are given back again and
 * Efull returned; the contents are never changed.
 */
static char*
makeroom(Node *n, vlong off, long cnt)
{
	vlong end;
	long i, first, nb;
	int need, wlo;

	end = off + cnt;
	if(off < 0 || end > MAXFILE)
		return "file too large";
	if(cnt == 0)
		return nil;
	nb = (end + Blksz - 1) / Blksz;
	if(moreblk(n, nb) < 0)
		return Efull;
	first = off / Blksz;
	for(i = first; i < nb; i++){
		need = Blksz;
		if(i == nb-1)
			need = end - i*(vlong)Blksz;
		/*
		 * A block past the end is not zeroed where the write
		 * goes: it is written at once, or freed below.  One
		 * already there is, in case a later one fails.
		 */
		wlo = need;
		if(i >= n->nblk)
			wlo = i == first ? off % Blksz : 0;
		if(blkgrow(&n->blk[i], need, wlo) < 0){
			for(i = nb - 1; i >= n->nblk; i--)
				blkfree(&n->blk[i]);
			return Efull;
		}
	}
	if(nb > n->nblk)
		n->nblk = nb;
	return nil;
}

/* writeblk: put cnt bytes of buf at off in n, whose room makeroom made */
static void
writeblk(Node *n, vlong off, uchar *buf, long cnt)
{
	long m, o;
	Blk *b;

	while(cnt > 0){
		b = &n->blk[off / Blksz];
		o = off % Blksz;
		m = Blksz - o;
		if(m > cnt)
			m = cnt;
		memmove(b->data + o, buf, m);
		off += m;
		buf += m;
		cnt -= m;
	}
	if(off > n->d.length)
		n->d.length = off;
}

/*
 * inplace: where bytes [off, off+cnt) of n lie whole and in order in
 * memory, for a read answered from there (lib9p's inplace); else nil.
 * The reply's header borrows the 11 bytes before them: the file's own,
 * or, before its first block, the end of the slot before that one or
 * the chunk's room before its first slot (slotalloc).  Both are this
 * process's memory, put back before anything else runs; a free slot
 * so borrowed costs the page written, until the slot is taken again.
 */
static uchar*
inplace(Node *n, vlong off, long cnt)
{
	Blk *b, *e;
	uchar *p;

	if(cnt == 0)
		return nil;
	b = &n->blk[off / Blksz];
	e = &n->blk[(off + cnt - 1) / Blksz];
	if(off % Blksz < IOHDRSZ && b > n->blk)
		b--;	/* the header's bytes are the block before's */
	for(p = b->data; b <= e; b++, p += Blksz)
		if(b->cap != Blksz || b->data != p)
			return nil;
	return n->blk[off / Blksz].data + off % Blksz;
}

/* readblk: serve r's read from n's contents */
static void
readblk(Req *r, Node *n)
{
	vlong off;
	long cnt, m, o, k;
	uchar *p;
	Blk *b;

	off = r->ifcall.offset;
	cnt = r->ifcall.count;
	if(off >= n->d.length){
		r->ofcall.count = 0;
		return;
	}
	if(cnt > n->d.length - off)
		cnt = n->d.length - off;
	r->ofcall.count = cnt;
	if((p = inplace(n, off, cnt)) != nil){
		r->ofcall.data = (char*)p;
		r->inplace = 1;
		return;
	}
	p = (uchar*)r->ofcall.data;
	while(cnt > 0){
		b = &n->blk[off / Blksz];
		o = off % Blksz;
		m = Blksz - o;
		if(m > cnt)
			m = cnt;
		k = b->cap - o;	/* bytes held in the block from o on */
		if(k < 0)
			k = 0;
		if(k > m)
			k = m;
		memmove(p, b->data + o, k);
		memset(p + k, 0, m - k);
		off += m;
		p += m;
		cnt -= m;
	}
}

/* setlength: make n's contents len bytes long, zero-filled; nil or an error */
static char*
setlength(Node *n, vlong len)
{
	long nb;

	if(len < 0 || len > MAXFILE)
		return "file too large";
	if(len <= n->d.length){
		truncblk(n, len);
		return nil;
	}
	/* longer: a hole, no memory but the block list */
	nb = (len + Blksz - 1) / Blksz;
	if(moreblk(n, nb) < 0)
		return Efull;
	n->nblk = nb;
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
	if((n = newnode(dir, r->ifcall.name, user(r->fid), dir->d.gid, perm)) == nil){
		respond(r, Efull);
		return;
	}
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
	readblk(r, n);
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
	if((e = makeroom(n, off, r->ifcall.count)) != nil){
		respond(r, e);
		return;
	}
	writeblk(n, off, (uchar*)r->ifcall.data, r->ifcall.count);
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
	Node *n;
	char *e;

	n = r->fid->aux;
	e = removenode(n, user(r->fid));
	/*
	 * no other fid has it: its memory goes now, before the answer,
	 * so whoever removed it sees the memory back when remove returns
	 */
	if(e == nil && n->ref <= 1)
		truncblk(n, 0);
	respond(r, e);
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
	if(d->name[0] != 0 && strcmp(d->name, n->d.name) != 0 && setstr(&n->d.name, d->name) < 0){
		respond(r, Efull);
		return;
	}
	if(d->gid[0] != 0 && strcmp(d->gid, n->d.gid) != 0 && setstr(&n->d.gid, d->gid) < 0){
		respond(r, Efull);
		return;
	}
	if(d->mode != (ulong)0xFFFFFFFF){
		n->d.mode = d->mode;
		n->d.qid.type = d->mode >> 24;
	}
	if(d->mtime != (ulong)0xFFFFFFFF)
		n->d.mtime = d->mtime;
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
		if(makeroom(n, n->d.length, m) != nil){
			fprint(2, "ramfs: %s: %s\n", url, Efull);
			break;
		}
		writeblk(n, n->d.length, (uchar*)buf, m);
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
			if(n == nil)
				sysfatal("out of memory");
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
	fprint(2, "usage: ramfs [-D] [-c url] [-S srvname] name | ramfs [-D] [-c url] -S srvname | ramfs [-D] [-c url] -s\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *copy, *srvname;
	int stdio;

	copy = nil;
	srvname = nil;
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
	case 'S':
		srvname = EARGF(usage());
		break;
	default:
		usage();
	}ARGEND
	if(stdio ? argc != 0 || srvname != nil : argc > 1 || (argc == 0 && srvname == nil))
		usage();

	if((root = newnode(nil, "/", "none", "none", DMDIR|0777)) == nil)
		sysfatal("out of memory");
	if(copy != nil)
		copytree(copy, root);
	if(stdio){
		fs.infd = 0;
		fs.outfd = 1;
		srv(&fs);
		exits(nil);
	}
	if(postmountsrv(&fs, argc ? argv[0] : nil, srvname, MREPL) < 0)
		sysfatal("%s %s: %r", srvname ? "post" : "mount", srvname ? srvname : argv[0]);
	exits(nil);
}
