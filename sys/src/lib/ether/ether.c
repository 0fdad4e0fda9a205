/*
 * ether.c: the ether(4) file server of a network card driver (see
 * ether(2)): the tree (addr, stats, data, ring, and intr for the
 * listener), reads and writes, flush, the buffers' post, and the
 * listener process; the buffers and the frames in them are buf.c's.
 * The device is reached only through the driver's callbacks in its
 * Ether.
 *
 * Two processes, as cons has:
 *	the server	answers 9P on etherN: and owns the card's queues
 *			and the buffers;
 *	the listener	waits on irq:/N, has the driver read (and so
 *			acknowledge) the card's interrupt cause and, when
 *			it is the card's, writes it to etherN:/intr, a
 *			Twrite like any other.
 */
#include <libc.h>
#include <9p.h>
#include <ether.h>
#include "dat.h"

static char	*names[Nq] = { "/", "addr", "stats", "data", "ring", "intr" };

static Qid
mkqid(int q)
{
	Qid qid;

	qid.path = q;
	qid.vers = 0;
	qid.type = q == Qroot ? QTDIR : QTFILE;
	return qid;
}

static void
fsattach(Req *r)
{
	r->fid->qid = mkqid(Qroot);
	r->ofcall.qid = r->fid->qid;
	respond(r, nil);
}

static char*
fswalk1(Fid *f, char *nm, Qid *qid)
{
	int q;

	if(strcmp(nm, "..") == 0){
		*qid = mkqid(Qroot);
		return nil;
	}
	if(f->qid.path != Qroot)
		return Enotdir;
	for(q = Qaddr; q < Nq; q++)
		if(strcmp(nm, names[q]) == 0){
			*qid = mkqid(q);
			return nil;
		}
	return Enofile;
}

static void
fill(Dir *d, int q)
{
	memset(d, 0, sizeof *d);
	d->qid = mkqid(q);
	d->mode = q == Qroot ? DMDIR|0555 : q == Qdata ? 0666 : q == Qring ? 0660 : q == Qintr ? 0200 : 0444;
	d->name = q == Qroot ? ether->name : names[q];
	d->uid = d->gid = d->muid = "sys";
}

/* dirgen: the directory lists addr, stats, data and ring; intr is the listener's */
static int
dirgen(int i, Dir *d, void *aux)
{
	USED(aux);
	if(i >= Qintr - 1)
		return -1;
	fill(d, Qaddr + i);
	return 0;
}

static void
fsopen(Req *r)
{
	int q, m;

	q = r->fid->qid.path;
	m = r->ifcall.mode & 3;
	if((q == Qaddr || q == Qstats) && m != OREAD){
		respond(r, Eperm);
		return;
	}
	if((q == Qintr && m != OWRITE) || (q == Qring && m != ORDWR)){
		respond(r, Eperm);
		return;
	}
	if(q == Qring)
		ringopen(r);
	respond(r, nil);
}

static void
fsread(Req *r)
{
	char buf[512];
	uchar *mac;
	int link, mbps;

	mac = ether->mac;
	switch(r->fid->qid.path){
	case Qroot:
		respond(r, dirread9p(r, dirgen, nil));
		return;
	case Qaddr:
		snprintf(buf, sizeof buf, "%02x%02x%02x%02x%02x%02x\n",
			mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
		readstr(r, buf);
		respond(r, nil);
		return;
	case Qstats:
		ether->check(ether);
		link = ether->link(ether, &mbps);
		snprintf(buf, sizeof buf,
			"in %llu\nout %llu\nierrors %llu\noerrors %llu\nlink %d\nmbps %d\naddr %02x%02x%02x%02x%02x%02x\n"
			"ringin %llu\nringout %llu\nringerrors %llu\n",
			ether->nin, ether->nout, ether->nierr, ether->noerr, link, mbps,
			mac[0], mac[1], mac[2], mac[3], mac[4], mac[5],
			ether->nringin, ether->nringout, ether->nringerr);
		readstr(r, buf);
		respond(r, nil);
		return;
	case Qring:
		ringread(r);
		return;
	case Qdata:
		if(nrheld >= Nheld){
			respond(r, "too many readers");
			return;
		}
		r->ofcall.count = 0;
		rheld[nrheld++] = r;
		bufreceive();
		return;
	}
	respond(r, Eperm);
}

static void
fswrite(Req *r)
{
	switch(r->fid->qid.path){
	case Qdata:
		if(r->ifcall.count < ETHERMINFRAME || r->ifcall.count > ETHERMAXFRAME){
			ether->noerr++;
			respond(r, Ebadarg);	/* not 14 to 1514 bytes */
			return;
		}
		if(nwheld == 0 && bufdatawrite(r))
			return;
		if(nwheld >= Nheld){
			ether->noerr++;
			respond(r, "too many writers");
			return;
		}
		wheld[nwheld++] = r;
		return;
	case Qring:
		ringwrite(r);
		return;
	case Qintr:
		/* what the cause was matters not: look at both directions */
		r->ofcall.count = r->ifcall.count;
		respond(r, nil);
		ether->check(ether);
		buftxanswer();
		bufreceive();
		return;
	}
	respond(r, Eperm);
}

/* unhold: take r out of list q of *n; 1 if it was there */
static int
unhold(Req **q, int *n, Req *r)
{
	int i;

	for(i = 0; i < *n; i++)
		if(q[i] == r){
			unheld(q, n, i);
			return 1;
		}
	return 0;
}

/*
 * flush: a reader or writer gave up: forget its request.  (A ring read
 * held here has no buffers yet: those it gets are answered at once.)
 */
static void
fsflush(Req *r)
{
	Req *o;

	o = r->oldreq;
	if(unhold(rheld, &nrheld, o) || unhold(wheld, &nwheld, o) || unhold(waits, &nwaits, o)){
		respond(o, "interrupted");
		return;
	}
	respond(r, nil);
}

/* fsdestroyfid: an open of ring is closed */
static void
fsdestroyfid(Fid *f)
{
	if(f->qid.path == Qring)
		ringclose(f);
}

static void
fsstat(Req *r)
{
	fill(&r->d, r->fid->qid.path);
	respond(r, dirdup9p(&r->d) < 0 ? Enomem : nil);
}

static Srv fs = {
	.attach = fsattach,
	.walk1 = fswalk1,
	.open = fsopen,
	.read = fsread,
	.write = fswrite,
	.flush = fsflush,
	.stat = fsstat,
	.destroyfid = fsdestroyfid,
};

/*
 * listen: the listener's loop: have the driver acknowledge the card's
 * interrupts and pass them on.  irq:/N is opened here unless the driver
 * opened it already (before starting the card).
 */
static void
listen(Ether *e)
{
	char url[64], msg[16], tick[32];
	u32int cause;
	int fd;

	if(e->irqfd < 0){
		snprintf(url, sizeof url, "irq:/%d", e->irq);
		e->irqfd = open(url, O_RDONLY);
		if(e->irqfd < 0)
			sysfatal("%s: %r", url);
	}
	snprintf(url, sizeof url, "%s:/intr", e->name);
	fd = open(url, O_WRONLY);
	if(fd < 0)
		sysfatal("%s: %r", url);
	if(e->enable != nil)
		e->enable(e);
	for(;;){
		cause = e->intr(e);	/* reading acknowledges */
		if(cause != 0){
			snprintf(msg, sizeof msg, "%08x", cause);
			if(write(fd, msg, strlen(msg)) < 0)
				exits(nil);	/* the server is gone */
		}
		if(read(e->irqfd, tick, sizeof tick) < 0)
			sysfatal("irq:/%d: %r", e->irq);
	}
}

/* freename: the first etherN: not yet mounted */
static char*
freename(void)
{
	static char buf[16];
	int i, fd;

	for(i = 0; i < 16; i++){
		snprintf(buf, sizeof buf, "ether%d:", i);
		if((fd = open(buf, O_RDONLY)) < 0)
			break;
		close(fd);
	}
	buf[strlen(buf) - 1] = 0;
	return buf;
}

/* post: the buffers as srv:/NAME.ring (a dead driver's post of that name goes first) */
static void
post(Ether *e)
{
	char url[64], num[16];
	int fd;

	snprintf(url, sizeof url, "srv:/%s.ring", e->name);
	remove(url);
	fd = open(url, OWRITE|OCREATE|OEXCL, 0600);
	if(fd < 0)
		sysfatal("%s: %r", url);
	snprintf(num, sizeof num, "%d", memfd);
	if(write(fd, num, strlen(num)) != (long)strlen(num))
		sysfatal("%s: %r", url);
	close(fd);
	close(memfd);
	memfd = -1;
}

/*
 * etherserve: serve e as e->name: (the first free etherN if nil), post
 * its buffers, fork the listener, and return once name: is there, as
 * servers do; dies if it cannot.
 */
void
etherserve(Ether *e)
{
	if(ether != e)
		sysfatal("etherserve: no buffers (etherbufs)");
	if(e->name == nil)
		e->name = freename();
	if(memfd < 0)
		sysfatal("etherserve: no buffers (etherbufs)");
	post(e);
	if(mountsrv(&fs, e->name, MREPL) < 0)
		sysfatal("mount %s: %r", e->name);
	switch(rfork(RFPROC|RFFDG|RFNOWAIT)){
	case -1:
		sysfatal("fork: %r");
	case 0:
		listen(e);
	}
	if(e->irqfd >= 0)
		close(e->irqfd);
}

static void
usage(void)
{
	fprint(2, "usage: %s [-n name] bus.dev.fn\n", ether->driver);
	exits("usage");
}

/*
 * ethermain: a driver's main: take "[-n name] bus.dev.fn", have setup
 * find the card at e->bdf and start it, then serve it (etherserve).
 */
void
ethermain(Ether *e, int argc, char **argv, void (*setup)(Ether*))
{
	ether = e;
	ARGBEGIN{
	case 'n':
		e->name = EARGF(usage());
		break;
	default:
		usage();
	}ARGEND
	if(argc != 1)
		usage();
	e->bdf = argv[0];
	setup(e);
	etherserve(e);
}
