/*
 * devpci.c: pci:, the PCI devices, found at boot by walking
 * configuration space (mechanism #1: ports 0xCF8 and 0xCFC), bus 0
 * and the buses behind PCI-to-PCI bridges.
 *	pci:/B.D.F/config	a summary, one fact a line: vendor and
 *				device, class, interrupt, each BAR with
 *				its kind, address and size
 *	pci:/B.D.F/raw		the 256 bytes of configuration space:
 *				pread/pwrite of 1, 2 or 4 aligned bytes,
 *				each one configuration cycle (a read of
 *				other sizes, a byte a cycle); writes only
 *				by a process granted the device
 * "grant pci B.D.F" (proc(4)) gives a driver its device: raw writes,
 * its I/O BARs as port: ranges, its memory BARs as phys:/mem ranges
 * and its interrupt line; nothing else.
 */
#include "all.h"
#include "dev.h"

enum {
	NPCI	= 64,		/* functions found, at most */
	NBAR	= 6,
	Qroot	= 0,
	Qdev,			/* qid.path: (index+1)<<4 | file */
	Qconfig,
	Qraw,
};

enum { Bnone, Bio, Bmem };	/* a BAR's kind */

typedef struct Pcidev Pcidev;
struct Pcidev {
	int	bus, dev, fn;
	u16int	vid, did;
	uchar	class, sub, pif;
	uchar	irq, pin;
	struct {
		int	kind;
		uvlong	base;
		uvlong	size;
	} bar[NBAR];
	char	name[16];	/* "B.D.F" */
};

static Pcidev	pcis[NPCI];
static int	npci;
static int	scanned;

extern Dev pcidev;

#define QPATH(i, f)	((uvlong)((i)+1) << 4 | (f))
#define QIDX(q)		((int)((q) >> 4) - 1)
#define QFILE(q)	((int)((q) & 15))

/* cfgaddr: the 0xCF8 address of a configuration dword */
static u32int
cfgaddr(int bus, int dev, int fn, int off)
{
	return 0x80000000U | bus << 16 | dev << 11 | fn << 8 | (off & 0xFC);
}

/* pcicfgr: read n (1, 2 or 4) bytes of configuration space at off */
static u32int
pcicfgr(int bus, int dev, int fn, int off, int n)
{
	outl(0xCF8, cfgaddr(bus, dev, fn, off));
	switch(n){
	case 1:	return inb(0xCFC + (off & 3));
	case 2:	return inw(0xCFC + (off & 2));
	}
	return inl(0xCFC);
}

/* pcicfgw: write n (1, 2 or 4) bytes of configuration space at off */
static void
pcicfgw(int bus, int dev, int fn, int off, int n, u32int v)
{
	outl(0xCF8, cfgaddr(bus, dev, fn, off));
	switch(n){
	case 1:	outb(0xCFC + (off & 3), v); break;
	case 2:	outw(0xCFC + (off & 2), v); break;
	default: outl(0xCFC, v); break;
	}
}

/* barprobe: probe BAR i of p (all ones, read back, restore), filling its kind, base and size */
static int
barprobe(Pcidev *p, int i)
{
	int off;
	u32int v, m, hi, mhi;
	u16int cmd;

	off = 0x10 + 4*i;
	v = pcicfgr(p->bus, p->dev, p->fn, off, 4);
	/* decoding off while the BAR holds all ones */
	cmd = pcicfgr(p->bus, p->dev, p->fn, 0x04, 2);
	pcicfgw(p->bus, p->dev, p->fn, 0x04, 2, cmd & ~3);
	pcicfgw(p->bus, p->dev, p->fn, off, 4, 0xFFFFFFFF);
	m = pcicfgr(p->bus, p->dev, p->fn, off, 4);
	pcicfgw(p->bus, p->dev, p->fn, off, 4, v);
	if(v & 1){
		p->bar[i].kind = Bio;
		p->bar[i].base = v & ~3U;
		m = (m & ~3U) | 0xFFFF0000U;
		p->bar[i].size = m ? (u32int)(~m + 1) : 0;
		pcicfgw(p->bus, p->dev, p->fn, 0x04, 2, cmd);
		return 0;
	}
	p->bar[i].kind = Bmem;
	p->bar[i].base = v & ~15U;
	m &= ~15U;
	if((v & 6) == 4 && i < NBAR-1){
		/* 64-bit: the next BAR is the high half */
		hi = pcicfgr(p->bus, p->dev, p->fn, off+4, 4);
		pcicfgw(p->bus, p->dev, p->fn, off+4, 4, 0xFFFFFFFF);
		mhi = pcicfgr(p->bus, p->dev, p->fn, off+4, 4);
		pcicfgw(p->bus, p->dev, p->fn, off+4, 4, hi);
		p->bar[i].base |= (uvlong)hi << 32;
		p->bar[i].size = ~((uvlong)mhi << 32 | m) + 1;
		pcicfgw(p->bus, p->dev, p->fn, 0x04, 2, cmd);
		return 1;	/* the next BAR is used */
	}
	p->bar[i].size = m ? (u32int)(~m + 1) : 0;
	pcicfgw(p->bus, p->dev, p->fn, 0x04, 2, cmd);
	return 0;
}

/* scanbus: record the functions of bus, and scan behind its bridges */
static void
scanbus(int bus, int depth)
{
	int dev, fn, nfn, i;
	u32int id, hdr, cls;
	Pcidev *p;

	for(dev = 0; dev < 32; dev++){
		nfn = 1;
		for(fn = 0; fn < nfn; fn++){
			id = pcicfgr(bus, dev, fn, 0, 4);
			if((id & 0xFFFF) == 0xFFFF)
				continue;
			hdr = pcicfgr(bus, dev, fn, 0x0E, 1);
			if(fn == 0 && (hdr & 0x80))
				nfn = 8;
			if(npci >= NPCI)
				return;
			p = &pcis[npci++];
			memset(p, 0, sizeof *p);
			p->bus = bus;
			p->dev = dev;
			p->fn = fn;
			p->vid = id;
			p->did = id >> 16;
			cls = pcicfgr(bus, dev, fn, 0x08, 4);
			p->class = cls >> 24;
			p->sub = cls >> 16;
			p->pif = cls >> 8;
			p->irq = pcicfgr(bus, dev, fn, 0x3C, 1);
			p->pin = pcicfgr(bus, dev, fn, 0x3D, 1);
			snprintf(p->name, sizeof p->name, "%d.%d.%d", bus, dev, fn);
			if((hdr & 0x7F) == 0){
				for(i = 0; i < NBAR; i++)
					i += barprobe(p, i);
			}else if((hdr & 0x7F) == 1 && depth < 8){
				/* a bridge: its secondary bus */
				scanbus(pcicfgr(bus, dev, fn, 0x19, 1), depth+1);
			}
		}
	}
}

static void
pciscan(void)
{
	if(scanned)
		return;
	scanned = 1;
	scanbus(0, 0);
}

/* pcilook: the device named "B.D.F", or nil */
static Pcidev*
pcilook(char *name)
{
	int i;

	pciscan();
	for(i = 0; i < npci; i++)
		if(strcmp(pcis[i].name, name) == 0)
			return &pcis[i];
	return nil;
}

/*
 * pcigrant: give p the device named bdf: raw configuration writes, its
 * BARs as port: and phys: ranges and its interrupt line.  The caller
 * must hold the device (or everything).  0 or -1.
 */
int
pcigrant(Proc *p, char *bdf)
{
	Pcidev *d;
	int i, k;
	Hwgrant *g;

	d = pcilook(bdf);
	if(d == nil)
		return error(Enonexist);
	k = d - pcis;
	if(!up->hw.all && !(up->hw.pci & (1ULL << k)))
		return error(Eperm);
	g = &p->hw;
	for(i = 0; i < NBAR; i++){
		if(d->bar[i].size == 0)
			continue;
		if(d->bar[i].kind == Bio){
			if(g->nport >= NHWRANGE)
				return error(Enogrants);
			g->port[g->nport][0] = d->bar[i].base;
			g->port[g->nport][1] = d->bar[i].base + d->bar[i].size - 1;
			g->nport++;
		}else if(d->bar[i].kind == Bmem){
			if(g->nphys >= NHWRANGE)
				return error(Enogrants);
			g->phys[g->nphys][0] = d->bar[i].base;
			g->phys[g->nphys][1] = d->bar[i].base + d->bar[i].size;
			g->nphys++;
		}
	}
	if(d->irq > 0 && d->irq < 16)
		g->irqs |= 1 << d->irq;
	g->pci |= 1ULL << k;
	return 0;
}

static Chan*
pciattach(char *spec)
{
	USED(spec);
	pciscan();
	return devattach(&pcidev, QTDIR);	/* Qroot */
}

static int
pciwalk(Chan *c, char *elem)
{
	Pcidev *d;
	int k;

	if(c->qid.path == Qroot){
		if(strcmp(elem, "..") == 0)
			return 0;
		if((d = pcilook(elem)) == nil)
			return error(Enonexist);
		c->qid.path = QPATH(d - pcis, Qdev);
		c->qid.type = QTDIR;
		return 0;
	}
	k = QIDX(c->qid.path);
	if(QFILE(c->qid.path) != Qdev)
		return error(Enotdir);
	if(strcmp(elem, "..") == 0){
		c->qid.path = Qroot;
		return 0;
	}
	if(strcmp(elem, "config") == 0)
		c->qid.path = QPATH(k, Qconfig);
	else if(strcmp(elem, "raw") == 0)
		c->qid.path = QPATH(k, Qraw);
	else
		return error(Enonexist);
	c->qid.type = QTFILE;
	return 0;
}

static ulong
pciperm(Chan *c)
{
	switch(c->qid.path == Qroot ? Qroot : QFILE(c->qid.path)){
	case Qconfig:	return 0444;
	case Qraw:	return 0664;
	}
	return DMDIR|0555;
}

static int
pciopen(Chan *c, int omode)
{
	return devpermit("sys", pciperm(c), omode);
}

static int
pcigen(int i, Dir *d, void *aux)
{
	Chan *c;
	static char *files[] = { "config", "raw" };

	c = aux;
	memset(d, 0, sizeof *d);
	d->uid = d->gid = d->muid = "sys";
	if(c->qid.path == Qroot){
		if(i >= npci)
			return -1;
		d->qid.path = QPATH(i, Qdev);
		d->qid.type = QTDIR;
		d->mode = DMDIR|0555;
		d->name = pcis[i].name;
		return 0;
	}
	if(i >= 2)
		return -1;
	d->qid.path = QPATH(QIDX(c->qid.path), Qconfig + i);
	d->mode = i == 0 ? 0444 : 0664;
	d->name = files[i];
	d->length = i == 0 ? 0 : 256;
	return 0;
}

/* classname: a word for a PCI base class, as Plan 9's pci(8) prints */
static char*
classname(int c)
{
	static char *names[] = {
		"none", "disk", "net", "vid", "aud", "mem", "brg", "com",
		"base", "inp", "dock", "proc", "ser",
	};

	if(c < (int)nelem(names))
		return names[c];
	return "---";
}

/* pcisummary: the text of p's config file */
static void
pcisummary(Pcidev *p, char *s, int n)
{
	int i, k;

	k = snprintf(s, n, "vendor %04x device %04x\nclass %02x.%02x.%02x %s\nirq %d pin %d\n",
		p->vid, p->did, p->class, p->sub, p->pif, classname(p->class), p->irq, p->pin);
	for(i = 0; i < NBAR && k < n; i++)
		if(p->bar[i].size != 0)
			k += snprintf(s+k, n-k, "bar %d %s %#llx %llu\n", i,
				p->bar[i].kind == Bio ? "io" : "mem", p->bar[i].base, p->bar[i].size);
}

static long
pciread(Chan *c, void *buf, long n, vlong off)
{
	char s[512];
	Pcidev *p;
	u32int v;
	long i;

	if(c->qid.path == Qroot || QFILE(c->qid.path) == Qdev)
		return devdirread(c, buf, n, off, pcigen, c);
	p = &pcis[QIDX(c->qid.path)];
	if(QFILE(c->qid.path) == Qconfig){
		pcisummary(p, s, sizeof s);
		return devreadstr(s, buf, n, off);
	}
	if(off < 0)
		return error(Ebadarg);
	if(off >= 256)
		return 0;
	if(n > 256 - off)
		n = 256 - off;
	if((n == 1 || n == 2 || n == 4) && off % n == 0){
		/* one cycle of that width */
		v = pcicfgr(p->bus, p->dev, p->fn, off, n);
		memmove(buf, &v, n);
		return n;
	}
	/* a dump: a byte a cycle */
	for(i = 0; i < n; i++)
		((uchar*)buf)[i] = pcicfgr(p->bus, p->dev, p->fn, off + i, 1);
	return n;
}

static long
pciwrite(Chan *c, void *buf, long n, vlong off)
{
	Pcidev *p;
	u32int v;
	int k;

	if(c->qid.path == Qroot || QFILE(c->qid.path) != Qraw)
		return error(Eperm);
	k = QIDX(c->qid.path);
	if(!up->hw.all && !(up->hw.pci & (1ULL << k)))
		return error(Eperm);
	if((n != 1 && n != 2 && n != 4) || off < 0 || off >= 256 || off % n != 0)
		return error(Ebadwidth);
	p = &pcis[k];
	v = 0;
	memmove(&v, buf, n);
	pcicfgw(p->bus, p->dev, p->fn, off, n, v);
	return n;
}

static int
pcistat(Chan *c, uchar *buf, int n)
{
	Dir d;
	Chan dir;

	memset(&dir, 0, sizeof dir);
	if(c->qid.path == Qroot){
		memset(&d, 0, sizeof d);
		d.qid = c->qid;
		d.mode = DMDIR|0555;
		d.name = "/";
		d.uid = d.gid = d.muid = "sys";
		return devstatout(&d, buf, n);
	}
	if(QFILE(c->qid.path) == Qdev){
		dir.qid.path = Qroot;
		pcigen(QIDX(c->qid.path), &d, &dir);
		return devstatout(&d, buf, n);
	}
	dir.qid.path = QPATH(QIDX(c->qid.path), Qdev);
	pcigen(QFILE(c->qid.path) - Qconfig, &d, &dir);
	return devstatout(&d, buf, n);
}

Dev pcidev = {
	.name = "pci",
	.attach = pciattach,
	.walk1 = pciwalk,
	.open = pciopen,
	.read = pciread,
	.write = pciwrite,
	.stat = pcistat,
};
