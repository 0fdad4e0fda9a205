/*
 * devhw.c: hardware for user-space drivers, only as granted.
 *	irq:/N	a read waits for interrupt N and returns how many have
 *		come ("N\n"); the line is masked from the interrupt until
 *		the driver's next read, so a driver reads again once it
 *		has dealt with the device.  A line may have several
 *		holders (shared PCI lines): each open counts for itself,
 *		and the line is unmasked when every holder has read
 *		again.  While a driver holds irq:/N open, the kernel
 *		leaves that interrupt to it.
 *	port:	pread/pwrite of 1, 2 or 4 bytes at offset P is an
 *		in/out of that width at I/O port P.
 *	(phys: is devphys.c, pci: devpci.c)
 * Init (process 1) holds every grant; other processes hold only what
 * was granted them by writing "grant ..." to proc:/N/ctl (hwgrant).
 */
#include "all.h"
#include "dev.h"

extern Dev irqdev, portdev;

#include "irqline.h"

static Irqline	irqs[16];	/* a line may be shared by several holders (irqline.c) */

/* katoull: a number in decimal or 0x hex, for control messages */
uvlong
katoull(char *s)
{
	uvlong v;
	int base, d;

	base = 10;
	if(s[0] == '0' && (s[1] == 'x' || s[1] == 'X')){
		base = 16;
		s += 2;
	}
	for(v = 0; *s; s++){
		if(*s >= '0' && *s <= '9')
			d = *s - '0';
		else if(base == 16 && *s >= 'a' && *s <= 'f')
			d = *s - 'a' + 10;
		else if(base == 16 && *s >= 'A' && *s <= 'F')
			d = *s - 'A' + 10;
		else
			break;
		v = v*base + d;
	}
	return v;
}

/* katoi: katoull as an int */
int
katoi(char *s)
{
	return katoull(s);
}

static int
hasirq(Proc *p, int n)
{
	return p->hw.all || (p->hw.irqs & (1<<n));
}

static int
hasport(Proc *p, uvlong port, int width)
{
	int i;

	if(p->hw.all)
		return 1;
	for(i = 0; i < p->hw.nport; i++)
		if(port >= p->hw.port[i][0] && port + width - 1 <= p->hw.port[i][1])
			return 1;
	return 0;
}

/* hasphys: was p granted physical memory [a, a+n)? */
int
hasphys(Proc *p, uvlong a, uvlong n)
{
	int i;

	if(p->hw.all)
		return 1;
	for(i = 0; i < p->hw.nphys; i++)
		if(a >= p->hw.phys[i][0] && a + n <= p->hw.phys[i][1] && a + n >= a)
			return 1;
	return 0;
}

/*
 * hwgrant: "grant irq N", "grant port FIRST LAST", "grant phys BASE
 * LEN", "grant pci B.D.F" (its BARs and interrupt, devpci.c), "grant
 * dma BYTES" (a quota of phys:/dma): give p the hardware, which the
 * caller must hold itself (a DMA quota passes from the caller's own).
 */
int
hwgrant(Proc *p, char *msg)
{
	char *f[4], *s;
	int n;
	uvlong a, b;

	n = 0;
	for(s = msg; *s && n < 4; ){
		while(*s == ' ')
			*s++ = 0;
		if(*s == 0)
			break;
		f[n++] = s;
		while(*s && *s != ' ')
			s++;
	}
	if(n < 3 || strcmp(f[0], "grant") != 0)
		return error(Ebadctl);
	if(strcmp(f[1], "pci") == 0 && n == 3)
		return pcigrant(p, f[2]);
	a = katoull(f[2]);
	if(strcmp(f[1], "dma") == 0 && n == 3){
		/* a quota of DMA memory (phys:/dma), out of the caller's own */
		if(!up->hw.all){
			if(up->hw.dma < a)
				return error(Eperm);
			up->hw.dma -= a;
		}
		p->hw.dma += a;
		return 0;
	}
	if(strcmp(f[1], "irq") == 0 && n == 3){
		if(a >= 16)
			return error(Ebadirq);
		if(!hasirq(up, a))
			return error(Eperm);
		p->hw.irqs |= 1<<a;
		return 0;
	}
	if(n != 4)
		return error(Ebadctl);
	b = katoull(f[3]);
	if(strcmp(f[1], "port") == 0){
		if(b < a || b > 0xFFFF)
			return error(Ebadport);
		if(!hasport(up, a, b - a + 1))
			return error(Eperm);
		if(p->hw.nport >= NHWRANGE)
			return error(Enogrants);
		p->hw.port[p->hw.nport][0] = a;
		p->hw.port[p->hw.nport][1] = b;
		p->hw.nport++;
		return 0;
	}
	if(strcmp(f[1], "phys") == 0){
		if(b == 0 || a + b < a)
			return error(Ebadphys);
		if(!hasphys(up, a, b))
			return error(Eperm);
		if(p->hw.nphys >= NHWRANGE)
			return error(Enogrants);
		p->hw.phys[p->hw.nphys][0] = a;
		p->hw.phys[p->hw.nphys][1] = a + b;
		p->hw.nphys++;
		return 0;
	}
	return error(Ebadctl);
}

/* irqclaimed: whether a driver takes interrupt n (trap.c asks); wakes it */
int
irqclaimed(int n)
{
	if(n < 0 || n >= 16 || irqs[n].claimed == 0)
		return 0;
	irqlineintr(&irqs[n]);
	i8259mask(n);
	wakeup(&irqs[n]);
	return 1;
}

static Chan* irqattach(char *spec) { USED(spec); return devattach(&irqdev, QTDIR); }
static Chan* portattach(char *spec) { USED(spec); return devattach(&portdev, QTFILE); }

static int
irqwalk(Chan *c, char *elem)
{
	int n;

	if(strcmp(elem, "..") == 0){
		c->qid.path = 0;
		c->qid.type = QTDIR;
		return 0;
	}
	if(c->qid.path != 0 || elem[0] < '0' || elem[0] > '9')
		return error(Enonexist);
	n = katoi(elem);
	if(n >= 16)
		return error(Enonexist);
	c->qid.path = n + 1;
	c->qid.type = QTFILE;
	return 0;
}

static int
irqopen(Chan *c, int omode)
{
	Irqhold *h;
	int n;

	if(c->qid.path == 0)
		return (omode & 3) == OREAD ? 0 : error(Eisdir);
	n = c->qid.path - 1;
	if(!hasirq(up, n))
		return error(Eperm);
	if(n == 0 || n == 2)
		return error(Ebusy);	/* the clock, the cascade */
	h = kzmalloc(sizeof *h);
	if(h == nil)
		return error(Enomem);
	c->auxp = h;	/* open: close releases the claim */
	if(irqlineopen(&irqs[n], h))
		i8259enable(n);
	return 0;
}

static int
irqgen(int i, Dir *d, void *aux)
{
	static char name[4];

	USED(aux);
	if(i >= 16)
		return -1;
	memset(d, 0, sizeof *d);
	snprintf(name, sizeof name, "%d", i);
	d->qid.path = i + 1;
	d->mode = 0444;
	d->name = name;
	d->uid = d->gid = d->muid = "sys";
	return 0;
}

static long
irqread(Chan *c, void *buf, long n, vlong off)
{
	char s[32];
	int k, len;
	Irqhold *h;

	USED(off);
	if(c->qid.path == 0)
		return devdirread(c, buf, n, off, irqgen, c);
	k = c->qid.path - 1;
	h = c->auxp;
	/* back after dealing with its device: unmask when all are */
	if(irqlineback(&irqs[k], h))
		i8259enable(k);
	while(!irqlinenews(&irqs[k], h)){
		sleep(&irqs[k]);
		if(interrupted())
			return error(Eintr);
	}
	len = snprintf(s, sizeof s, "%llu\n", irqs[k].count);
	if(len > n)
		len = n;
	memmove(buf, s, len);
	return len;
}

static void
irqclose(Chan *c)
{
	Irqhold *h;
	int k;

	h = c->auxp;
	if(h == nil || c->qid.path == 0)
		return;
	k = c->qid.path - 1;
	if(irqlineclose(&irqs[k], h))
		i8259enable(k);
	kfree(h);
}

static int
hwstat(Chan *c, uchar *buf, int n)
{
	Dir d;
	char name[8];

	memset(&d, 0, sizeof d);
	d.qid = c->qid;
	d.mode = (c->qid.type & QTDIR) ? DMDIR|0555 : 0660;
	if(c->dev == &irqdev && c->qid.path > 0){
		snprintf(name, sizeof name, "%d", (int)c->qid.path - 1);
		d.name = name;
	}else
		d.name = c->dev->name;
	d.uid = d.gid = d.muid = "sys";
	return devstatout(&d, buf, n);
}

static int
portopen(Chan *c, int omode)
{
	USED(c); USED(omode);
	if(!up->hw.all && up->hw.nport == 0)
		return error(Eperm);
	return 0;
}

static long
portrw(Chan *c, void *buf, long n, vlong off, int write)
{
	u32int v;

	USED(c);
	if(n != 1 && n != 2 && n != 4)
		return error(Ebadwidth);
	if(off < 0 || off > 0xFFFF || !hasport(up, off, n))
		return error(Eperm);
	if(write){
		v = 0;
		memmove(&v, buf, n);
		if(n == 1)
			outb(off, v);
		else if(n == 2)
			outw(off, v);
		else
			outl(off, v);
	}else{
		if(n == 1)
			v = inb(off);
		else if(n == 2)
			v = inw(off);
		else
			v = inl(off);
		memmove(buf, &v, n);
	}
	return n;
}

static long portread(Chan *c, void *buf, long n, vlong off) { return portrw(c, buf, n, off, 0); }
static long portwrite(Chan *c, void *buf, long n, vlong off) { return portrw(c, buf, n, off, 1); }

Dev irqdev = {
	.name = "irq",
	.attach = irqattach,
	.walk1 = irqwalk,
	.open = irqopen,
	.read = irqread,
	.close = irqclose,
	.stat = hwstat,
};

Dev portdev = {
	.name = "port",
	.attach = portattach,
	.open = portopen,
	.read = portread,
	.write = portwrite,
	.stat = hwstat,
};
