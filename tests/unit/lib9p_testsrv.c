/*
 * lib9p_testsrv: a tiny server on lib9p for lib9p_test, compiled as
 * for Ninefold.  Its tree:
 *
 *	hold	a read waits until a write to hold; the write's data
 *		answers every waiting read
 *	lazy	a read waits; its Tflush waits too, until the next write
 *		to hold answers the read with "interrupted"
 *	early	a read waits; its Tflush is answered at once (so the
 *		read is dropped); the next write to hold answers the read
 *	d	a directory holding d, 20 deep
 *	big	a directory of 100 files entry000 ... entry099
 *	allocs	how many blocks are allocated now: lib9p.mk links this
 *		server with malloc, calloc, realloc and free wrapped
 *		(ld --wrap), to catch leaks
 *
 * Attaching with aname "fail" fails; with aname "defaultflush" the
 * server's flush callback is removed, so lib9p's default is used.
 * create, remove and wstat are left nil, for the defaults.  There is
 * no destroyreq: lib9p must never free a request the server holds.
 */
#include <u.h>
#include <libc.h>
#include <fcall.h>
#include <9p.h>

enum {
	Qroot, Qhold, Qlazy, Qearly, Qbig, Qallocs,
	Qd = 100,	/* Qd+depth */
	Qentry = 1000,	/* Qentry+i */
	Ndeep = 20,
	Nentry = 100,
};

static long	nalloc;	/* blocks allocated and not yet freed */

void	*__real_malloc(size_t);
void	*__real_calloc(size_t, size_t);
void	*__real_realloc(void*, size_t);
void	__real_free(void*);

/* the wrapped allocator: count what is live */
void*
__wrap_malloc(size_t n)
{
	void *p;

	if((p = __real_malloc(n)) != nil)
		nalloc++;
	return p;
}

void*
__wrap_calloc(size_t n, size_t m)
{
	void *p;

	if((p = __real_calloc(n, m)) != nil)
		nalloc++;
	return p;
}

void*
__wrap_realloc(void *a, size_t n)
{
	void *p;

	p = __real_realloc(a, n);
	if(a == nil && p != nil)
		nalloc++;
	if(a != nil && n == 0)
		nalloc--;
	return p;
}

void
__wrap_free(void *p)
{
	if(p != nil)
		nalloc--;
	__real_free(p);
}

static Req	*held[64];
static int	nheld;
static Req	*flushes[64];
static int	nflushes;

static char*
name(uvlong path)
{
	static char buf[32];

	switch(path){
	case Qroot:	return "/";
	case Qhold:	return "hold";
	case Qlazy:	return "lazy";
	case Qearly:	return "early";
	case Qbig:	return "big";
	case Qallocs:	return "allocs";
	}
	if(path >= Qentry){
		snprintf(buf, sizeof buf, "entry%03d", (int)(path - Qentry));
		return buf;
	}
	return "d";
}

static Qid
mkqid(uvlong path)
{
	Qid q;

	q.path = path;
	q.vers = 0;
	q.type = path == Qroot || path == Qbig || (path >= Qd && path < Qentry) ? QTDIR : QTFILE;
	return q;
}

static char*	twalk1(Fid *f, char *nm, Qid *qid);

static Req	*laterwalk;	/* a walk to "later", answered at the next write to hold */

/*
 * twalk: the server's own walk, from attach "slowwalk" on: as twalk1
 * does, but a walk to "later" is answered only at the next write to
 * hold (as a server that must ask elsewhere first, like netd's dial).
 */
static void
twalk(Req *r)
{
	Fid f;
	Qid q;
	char *e;
	int i;

	if(r->ifcall.nwname == 1 && strcmp(r->ifcall.wname[0], "later") == 0 && laterwalk == nil){
		laterwalk = r;
		return;
	}
	f = *r->fid;
	e = nil;
	for(i = 0; i < r->ifcall.nwname; i++){
		if((e = twalk1(&f, r->ifcall.wname[i], &q)) != nil)
			break;
		f.qid = q;
		r->ofcall.wqid[i] = q;
	}
	r->ofcall.nwqid = i;
	respond(r, i == 0 && r->ifcall.nwname > 0 ? e : nil);
}

static void
tattach(Req *r)
{
	if(strcmp(r->ifcall.aname, "fail") == 0){
		respond(r, "attach refused");
		return;
	}
	if(strcmp(r->ifcall.aname, "defaultflush") == 0)
		r->srv->flush = nil;
	if(strcmp(r->ifcall.aname, "slowwalk") == 0)
		r->srv->walk = twalk;
	r->ofcall.qid = mkqid(Qroot);
	respond(r, nil);
}

static char*
twalk1(Fid *f, char *nm, Qid *qid)
{
	uvlong p;
	int i;

	p = f->qid.path;
	if(strcmp(nm, "..") == 0){
		*qid = mkqid(p > Qd ? p-1 : Qroot);
		return nil;
	}
	if(p == Qroot){
		for(i = Qhold; i <= Qallocs; i++)
			if(strcmp(nm, name(i)) == 0){
				*qid = mkqid(i);
				return nil;
			}
		if(strcmp(nm, "d") == 0){
			*qid = mkqid(Qd);
			return nil;
		}
		return Enofile;
	}
	if(p >= Qd && p < Qd+Ndeep && strcmp(nm, "d") == 0){
		*qid = mkqid(p+1);
		return nil;
	}
	if(p == Qbig && strncmp(nm, "entry", 5) == 0){
		i = atoi(nm+5);
		if(i >= 0 && i < Nentry && strcmp(nm, name(Qentry+i)) == 0){
			*qid = mkqid(Qentry+i);
			return nil;
		}
	}
	return Enofile;
}

static int
biggen(int i, Dir *d, void *aux)
{
	USED(aux);
	if(i >= Nentry)
		return -1;
	d->qid = mkqid(Qentry+i);
	d->mode = 0444;
	d->name = name(Qentry+i);
	d->uid = d->gid = d->muid = "test";
	return 0;
}

static void
tread(Req *r)
{
	char buf[32];

	switch(r->fid->qid.path){
	case Qhold:
	case Qlazy:
	case Qearly:
		if(nheld == nelem(held)){
			respond(r, "too many held");
			return;
		}
		held[nheld++] = r;
		return;
	case Qbig:
		respond(r, dirread9p(r, biggen, nil));
		return;
	case Qallocs:
		snprintf(buf, sizeof buf, "%ld", nalloc);
		readstr(r, buf);
		respond(r, nil);
		return;
	}
	if(r->fid->qid.type & QTDIR){
		respond(r, nil);	/* empty directory */
		return;
	}
	readstr(r, "entry contents\n");
	respond(r, nil);
}

/* unhold: take r off the lists of held reads and waiting flushes */
static void
unhold(Req *r)
{
	int i;

	for(i = 0; i < nheld; i++)
		if(held[i] == r){
			held[i] = held[--nheld];
			break;
		}
	for(i = 0; i < nflushes; i++)
		if(flushes[i] == r){
			flushes[i] = flushes[--nflushes];
			break;
		}
}

static void
twrite(Req *r)
{
	Req *h;
	int n;

	if(r->fid->qid.path != Qhold){
		respond(r, Eperm);
		return;
	}
	if(laterwalk != nil){
		laterwalk->ofcall.nwqid = 1;
		laterwalk->ofcall.wqid[0] = mkqid(Qhold);
		respond(laterwalk, nil);
		laterwalk = nil;
	}
	/* answer the flushes that waited for lazy reads (respond unholds them) */
	while(nflushes > 0){
		h = flushes[0]->oldreq;
		if(h == nil){
			unhold(flushes[0]);
			continue;
		}
		unhold(h);
		respond(h, "interrupted");
	}
	while(nheld > 0){
		h = held[0];
		unhold(h);
		n = r->ifcall.count < h->ifcall.count ? r->ifcall.count : h->ifcall.count;
		memmove(h->ofcall.data, r->ifcall.data, n);
		h->ofcall.count = n;
		respond(h, nil);
	}
	r->ofcall.count = r->ifcall.count;
	respond(r, nil);
}

static void
tflush(Req *r)
{
	Req *old;

	old = r->oldreq;
	if(old->ifcall.type == Tread && old->fid->qid.path == Qlazy){
		flushes[nflushes++] = r;
		return;
	}
	if(old->ifcall.type == Tread && old->fid->qid.path == Qearly){
		respond(r, nil);
		return;
	}
	unhold(old);
	respond(old, "interrupted");
}

static void
tstat(Req *r)
{
	r->d.qid = r->fid->qid;
	r->d.mode = (r->fid->qid.type & QTDIR) ? DMDIR|0555 : 0666;
	r->d.name = name(r->fid->qid.path);
	r->d.uid = r->d.gid = r->d.muid = "test";
	respond(r, dirdup9p(&r->d) < 0 ? Enomem : nil);
}

static Srv fs = {
	.attach = tattach,
	.walk1 = twalk1,
	.read = tread,
	.write = twrite,
	.flush = tflush,
	.stat = tstat,
};

int
main(int argc, char **argv)
{
	if(argc > 1 && strcmp(argv[1], "-D") == 0)
		fs.chatty = 1;
	if(mountsrv(&fs, "test", MREPL) < 0)
		sysfatal("mount: %r");
	exits(nil);
}
