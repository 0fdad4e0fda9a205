/*
 * ethertest: checks of a network card's driver through its ether(4)
 * files, against QEMU's user network (slirp: router 10.0.2.2 at
 * 52:55:0a:00:02:02, us 10.0.2.15).  In the usertests shape: each
 * "test NAME: OK" or "FAILED", then "ALL TESTS PASSED" or "SOME TESTS
 * FAILED"; what the network answered is printed as it came.
 *	ethertest [-n burst] [etherN]
 * The tests: addr (the address file), arp (who has 10.0.2.2), icmp (an
 * echo to it), dhcp (DISCOVER, then slirp's OFFER), readers (two held
 * reads each get a different frame), burst (that many frames sent at
 * once all counted in stats as sent), after (the card still answers),
 * ring (the same ARP through the ring's shared buffers, its bad records
 * and queue entries refused, a second open taking it over).
 * The frame builders and parsers are pure, for tests/unit/ether_test.c.
 */
#include <libc.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/mman.h>
#include <ether.h>

enum {
	Etherhdr = 14,
	Arplen	= 28,
	Iphdr	= 20,
	Udphdr	= 8,
	Bootplen = 548,		/* BOOTP with a 312-byte options field, as slirp wants */
	Maxframe = 1514,
	Pinglen	= 56,
};

typedef struct Offer Offer;

/* what a DHCP OFFER says */
struct Offer {
	uchar	yiaddr[4];	/* the address offered */
	uchar	server[4];	/* option 54 */
	uchar	router[4];	/* option 3 */
	uchar	dns[4];		/* option 6, the first */
	u32int	lease;		/* option 51, seconds */
	uchar	src[4];		/* the IP source of the OFFER */
};

static uchar	bcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
static uchar	myip[4] = { 10, 0, 2, 15 };
static uchar	gwip[4] = { 10, 0, 2, 2 };
static uchar	mymac[6];
static uchar	gwmac[6];
static char	*dev = "ether0";
static int	data = -1;
static int	failed;
static int	burst = 500;

static void
put16(uchar *p, u16int v)
{
	p[0] = v >> 8;
	p[1] = v;
}

static u16int
get16(uchar *p)
{
	return p[0]<<8 | p[1];
}

static u32int
get32(uchar *p)
{
	return (u32int)p[0]<<24 | p[1]<<16 | p[2]<<8 | p[3];
}

/* ipcsum: the Internet checksum of n bytes at p */
u16int
ipcsum(uchar *p, int n)
{
	u32int s;
	int i;

	s = 0;
	for(i = 0; i + 1 < n; i += 2)
		s += p[i]<<8 | p[i+1];
	if(n & 1)
		s += p[n-1]<<8;
	while(s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return ~s;
}

/* ethhdr: an Ethernet header at f; the bytes after it */
static uchar*
ethhdr(uchar *f, uchar dst[6], uchar src[6], int type)
{
	memmove(f, dst, 6);
	memmove(f+6, src, 6);
	put16(f+12, type);
	return f + Etherhdr;
}

/* mkarp: an ARP request for tip from (mac, sip) into f; its length */
int
mkarp(uchar *f, uchar mac[6], uchar sip[4], uchar tip[4])
{
	uchar *a;

	a = ethhdr(f, bcast, mac, 0x0806);
	put16(a, 1);		/* Ethernet */
	put16(a+2, 0x0800);	/* IPv4 */
	a[4] = 6;
	a[5] = 4;
	put16(a+6, 1);		/* request */
	memmove(a+8, mac, 6);
	memmove(a+14, sip, 4);
	memset(a+18, 0, 6);
	memmove(a+24, tip, 4);
	return Etherhdr + Arplen;
}

/* arpreply: 1 if the n bytes at f are an ARP reply from ip to tip, its MAC in mac */
int
arpreply(uchar *f, int n, uchar ip[4], uchar tip[4], uchar mac[6])
{
	uchar *a;

	if(n < Etherhdr + Arplen || get16(f+12) != 0x0806)
		return 0;
	a = f + Etherhdr;
	if(get16(a) != 1 || get16(a+2) != 0x0800 || a[4] != 6 || a[5] != 4 || get16(a+6) != 2)
		return 0;
	if(memcmp(a+14, ip, 4) != 0 || memcmp(a+24, tip, 4) != 0)
		return 0;
	memmove(mac, a+8, 6);
	return 1;
}

/* iphdr: an IPv4 header of a packet of len bytes (header included) at p */
static uchar*
iphdr(uchar *p, int len, int proto, uchar src[4], uchar dst[4])
{
	memset(p, 0, Iphdr);
	p[0] = 0x45;
	put16(p+2, len);
	put16(p+4, 1);		/* id */
	p[8] = 64;		/* ttl */
	p[9] = proto;
	memmove(p+12, src, 4);
	memmove(p+16, dst, 4);
	put16(p+10, ipcsum(p, Iphdr));
	return p + Iphdr;
}

/* ipin: the IPv4 packet in frame f of n bytes, checked; its payload and length, or nil */
static uchar*
ipin(uchar *f, int n, int proto, int *len)
{
	uchar *p;
	int hl, tl;

	if(n < Etherhdr + Iphdr || get16(f+12) != 0x0800)
		return nil;
	p = f + Etherhdr;
	hl = (p[0] & 15) * 4;
	tl = get16(p+2);
	if((p[0] >> 4) != 4 || hl < Iphdr || tl < hl || Etherhdr + tl > n || p[9] != proto)
		return nil;
	if(ipcsum(p, hl) != 0)
		return nil;
	*len = tl - hl;
	return p + hl;
}

/* mkping: an ICMP echo request (id, seq, Pinglen bytes of pattern) into f; its length */
int
mkping(uchar *f, uchar smac[6], uchar dmac[6], uchar sip[4], uchar dip[4], int id, int seq)
{
	uchar *ip, *ic;
	int i;

	ip = ethhdr(f, dmac, smac, 0x0800);
	ic = iphdr(ip, Iphdr + 8 + Pinglen, 1, sip, dip);
	ic[0] = 8;
	ic[1] = 0;
	put16(ic+2, 0);
	put16(ic+4, id);
	put16(ic+6, seq);
	for(i = 0; i < Pinglen; i++)
		ic[8+i] = i;
	put16(ic+2, ipcsum(ic, 8 + Pinglen));
	return Etherhdr + Iphdr + 8 + Pinglen;
}

/* pingreply: 1 if f is the echo reply from ip to (id, seq) with mkping's payload */
int
pingreply(uchar *f, int n, uchar ip[4], int id, int seq)
{
	uchar *ic;
	int len, i;

	if((ic = ipin(f, n, 1, &len)) == nil || memcmp(f + Etherhdr + 12, ip, 4) != 0)
		return 0;
	if(len != 8 + Pinglen || ic[0] != 0 || ic[1] != 0 || ipcsum(ic, len) != 0)
		return 0;
	if(get16(ic+4) != id || get16(ic+6) != seq)
		return 0;
	for(i = 0; i < Pinglen; i++)
		if(ic[8+i] != i)
			return 0;
	return 1;
}

/* mkdiscover: a DHCP DISCOVER from mac with transaction xid into f; its length */
int
mkdiscover(uchar *f, uchar mac[6], u32int xid)
{
	static uchar zero[4], all[4] = { 255, 255, 255, 255 };
	uchar *u, *b, *o;

	u = iphdr(ethhdr(f, bcast, mac, 0x0800), Iphdr + Udphdr + Bootplen, 17, zero, all);
	put16(u, 68);
	put16(u+2, 67);
	put16(u+4, Udphdr + Bootplen);
	put16(u+6, 0);		/* no checksum */
	b = u + Udphdr;
	memset(b, 0, Bootplen);
	b[0] = 1;		/* request */
	b[1] = 1;
	b[2] = 6;
	b[4] = xid >> 24;
	b[5] = xid >> 16;
	b[6] = xid >> 8;
	b[7] = xid;
	put16(b+10, 0x8000);	/* answer by broadcast */
	memmove(b+28, mac, 6);
	o = b + 236;
	o[0] = 99; o[1] = 130; o[2] = 83; o[3] = 99;
	o[4] = 53; o[5] = 1; o[6] = 1;	/* DISCOVER */
	o[7] = 255;
	return Etherhdr + Iphdr + Udphdr + Bootplen;
}

/* dhcpoffer: 1 if f is a DHCP OFFER for xid; what it offers in o */
int
dhcpoffer(uchar *f, int n, u32int xid, Offer *o)
{
	uchar *u, *b, *p, *e;
	int len, type;

	if((u = ipin(f, n, 17, &len)) == nil || len < Udphdr + 240)
		return 0;
	if(get16(u+2) != 68 || get16(u+4) > len || get16(u+4) < Udphdr + 240)
		return 0;
	len = get16(u+4) - Udphdr;
	b = u + Udphdr;
	if(b[0] != 2 || get32(b+4) != xid || get32(b+236) != 0x63825363)
		return 0;
	memset(o, 0, sizeof *o);
	memmove(o->yiaddr, b+16, 4);
	memmove(o->src, f + Etherhdr + 12, 4);
	type = 0;
	e = b + len;
	for(p = b + 240; p < e && *p != 255; ){
		if(*p == 0){
			p++;
			continue;
		}
		if(p + 2 > e || p + 2 + p[1] > e)
			return 0;
		switch(p[0]){
		case 53:
			if(p[1] >= 1)
				type = p[2];
			break;
		case 54:
			if(p[1] >= 4)
				memmove(o->server, p+2, 4);
			break;
		case 3:
			if(p[1] >= 4)
				memmove(o->router, p+2, 4);
			break;
		case 6:
			if(p[1] >= 4)
				memmove(o->dns, p+2, 4);
			break;
		case 51:
			if(p[1] >= 4)
				o->lease = get32(p+2);
			break;
		}
		p += 2 + p[1];
	}
	return type == 2;
}

static void
result(char *name, char *why)
{
	if(why == nil)
		print("test %s: OK\n", name);
	else{
		print("ethertest: %s\ntest %s: FAILED\n", why, name);
		failed++;
	}
}

static void
alarmed(int sig)
{
	USED(sig);
}

static char	readerr[128];	/* why readwait's read failed */

/*
 * readwait: read up to max bytes of fd into f, waiting at most ms; the
 * count, or -1 when nothing came (why in readerr).  A child sends an alarm note when
 * time is up, which interrupts the held read.
 */
static int
readwait(int fd, uchar *f, int max, int ms)
{
	int pid, n, ppid;

	ppid = getpid();
	pid = fork();
	if(pid == 0){
		usleep(ms * 1000);
		kill(ppid, SIGALRM);
		_exit(0);
	}
	n = read(fd, f, max);
	if(n < 0)
		snprintf(readerr, sizeof readerr, "%r");
	if(pid > 0){
		kill(pid, SIGKILL);
		waitpid(pid, nil, 0);
	}
	return n;
}

/* readframe: one frame from data into f, waiting at most ms; its length, or -1 */
static int
readframe(uchar *f, int ms)
{
	return readwait(data, f, Maxframe, ms);
}

/* await: read frames for up to ms until match says one is it; its length or -1 */
static int
await(uchar *f, int ms, int (*match)(uchar*, int, void*), void *arg)
{
	vlong end;
	int n, left;

	end = nsec() + (vlong)ms * 1000000;
	while((left = (end - nsec()) / 1000000) > 0){
		n = readframe(f, left);
		if(n > 0 && match(f, n, arg))
			return n;
	}
	return -1;
}

static int
isarp(uchar *f, int n, void *arg)
{
	USED(arg);
	return arpreply(f, n, gwip, myip, gwmac);
}

static int
isping(uchar *f, int n, void *arg)
{
	return pingreply(f, n, gwip, 0x4e46, *(int*)arg);
}

static int
isoffer(uchar *f, int n, void *arg)
{
	return dhcpoffer(f, n, 0x4e460001, arg);
}

static char*
sendframe(uchar *f, int n)
{
	static char why[128];

	if(write(data, f, n) != n){
		snprintf(why, sizeof why, "write of a %d-byte frame: %r", n);
		return why;
	}
	return nil;
}

/* statval: the value of name in the stats file, or -1 */
static vlong
statval(char *name)
{
	char url[64], buf[512], *p;
	int fd, n, l;

	snprintf(url, sizeof url, "%s:/stats", dev);
	if((fd = open(url, O_RDONLY)) < 0)
		return -1;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	l = strlen(name);
	for(p = buf; p != nil; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : nil)
		if(strncmp(p, name, l) == 0 && p[l] == ' ')
			return strtoll(p + l + 1, nil, 10);
	return -1;
}

static char*
taddr(void)
{
	static char why[128];
	char url[64], buf[64];
	int fd, n, i;
	unsigned v;

	snprintf(url, sizeof url, "%s:/addr", dev);
	if((fd = open(url, O_RDONLY)) < 0){
		snprintf(why, sizeof why, "%s: %r", url);
		return why;
	}
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	if(n != 13 || buf[12] != '\n')
		return "addr is not twelve hex digits and a newline";
	for(i = 0; i < 6; i++){
		if(sscanf(buf + 2*i, "%2x", &v) != 1)
			return "addr is not hex";
		mymac[i] = v;
	}
	return nil;
}

static char*
tarp(void)
{
	uchar f[Maxframe];
	char *e;

	if((e = sendframe(f, mkarp(f, mymac, myip, gwip))) != nil)
		return e;
	if(await(f, 5000, isarp, nil) < 0)
		return "no ARP reply from 10.0.2.2 in 5 s";
	print("ethertest: arp reply: 10.0.2.2 is at %02x:%02x:%02x:%02x:%02x:%02x\n",
		gwmac[0], gwmac[1], gwmac[2], gwmac[3], gwmac[4], gwmac[5]);
	return nil;
}

static char*
ticmp(void)
{
	uchar f[Maxframe];
	char *e;
	int seq;

	seq = 1;
	if((e = sendframe(f, mkping(f, mymac, gwmac, myip, gwip, 0x4e46, seq))) != nil)
		return e;
	if(await(f, 5000, isping, &seq) < 0)
		return "no echo reply from 10.0.2.2 in 5 s";
	print("ethertest: icmp echo reply from 10.0.2.2: id 0x4e46 seq 1, %d bytes\n", Pinglen);
	return nil;
}

static char*
tdhcp(void)
{
	uchar f[Maxframe];
	Offer o;
	char *e;

	if((e = sendframe(f, mkdiscover(f, mymac, 0x4e460001))) != nil)
		return e;
	if(await(f, 5000, isoffer, &o) < 0)
		return "no DHCP OFFER in 5 s";
	print("ethertest: dhcp offer from %d.%d.%d.%d: %d.%d.%d.%d server %d.%d.%d.%d router %d.%d.%d.%d dns %d.%d.%d.%d lease %u\n",
		o.src[0], o.src[1], o.src[2], o.src[3],
		o.yiaddr[0], o.yiaddr[1], o.yiaddr[2], o.yiaddr[3],
		o.server[0], o.server[1], o.server[2], o.server[3],
		o.router[0], o.router[1], o.router[2], o.router[3],
		o.dns[0], o.dns[1], o.dns[2], o.dns[3], o.lease);
	return nil;
}

/* treaders: two processes each hold a read; two ARP replies come, one each */
static char*
treaders(void)
{
	uchar f[Maxframe];
	int pid[2], p[2], i, st, ok;
	char c;
	char *e;

	if(pipe(p) < 0)
		return "pipe";
	for(i = 0; i < 2; i++){
		pid[i] = fork();
		if(pid[i] == 0){
			close(p[0]);
			write(p[1], "r", 1);
			_exit(await(f, 5000, isarp, nil) > 0 ? 0 : 1);
		}
	}
	close(p[1]);
	for(i = 0; i < 2; i++)
		read(p[0], &c, 1);
	close(p[0]);
	usleep(200000);	/* both wait in their reads */
	for(i = 0; i < 2; i++)
		if((e = sendframe(f, mkarp(f, mymac, myip, gwip))) != nil)
			return e;
	ok = 0;
	for(i = 0; i < 2; i++)
		if(waitpid(pid[i], &st, 0) == pid[i] && WIFEXITED(st) && WEXITSTATUS(st) == 0)
			ok++;
	if(ok != 2)
		return "a held read got no ARP reply";
	return nil;
}

/* tburst: many frames written back to back all go out */
static char*
tburst(void)
{
	static char why[128];
	uchar f[Maxframe];
	uchar nobody[6] = { 0x02, 0, 0, 0, 0, 1 };
	vlong out0, out1;
	char *e;
	int i, tries;

	out0 = statval("out");
	if(out0 < 0)
		return "no out in stats";
	memset(f, 0, sizeof f);
	ethhdr(f, nobody, mymac, 0x88b5);	/* local experimental type: nobody answers */
	for(i = 0; i < burst; i++){
		f[14] = i >> 8;
		f[15] = i;
		if((e = sendframe(f, 60 + i % 1000)) != nil)
			return e;
	}
	for(tries = 0; tries < 50; tries++){
		out1 = statval("out");
		if(out1 == out0 + burst)
			break;
		usleep(100000);
	}
	if(out1 != out0 + burst){
		snprintf(why, sizeof why, "stats out went from %lld to %lld after %d frames", out0, out1, burst);
		return why;
	}
	print("ethertest: burst: %d frames sent, stats out %lld to %lld\n", burst, out0, out1);
	return nil;
}

/* ringwrite: write n bytes of records to the ring; nil, or the error it gave */
static char*
ringwrite(int fd, uchar *rec, int n)
{
	static char err[128];

	if(write(fd, rec, n) == n)
		return nil;
	snprintf(err, sizeof err, "%r");
	return err;
}

/*
 * tring: the ring, as netd uses it: open etherN:/ring, map
 * srv:/etherN.ring and check its head; every transmit buffer is given
 * in txq; an ARP request copied into one and named by a record goes
 * out, and slirp's reply comes back as a record naming a receive
 * buffer, which goes back in rxq.  Then what must be refused is: a
 * buffer out of range, a length too short, a write not of whole
 * records, a bad index given back (each counted in ringerrors), and a
 * read of an open another has taken over.
 */
static char*
tring(void)
{
	static char why[160];
	char url[64], buf[64], *e;
	uchar rec[4*ETHERRINGQ], *mem;
	u16int got[ETHERRINGQ];
	u32int txget, rxput;
	uvlong pa, size;
	Etherring h;
	volatile Etherring *hd;
	vlong errs0, errs1, in0, out0;
	int fd, fd2, sfd, n, i, b, len, ntx, found;
	vlong end;

	errs0 = statval("ringerrors");
	in0 = statval("ringin");
	out0 = statval("ringout");
	snprintf(url, sizeof url, "%s:/ring", dev);
	if((fd = open(url, O_RDWR)) < 0){
		snprintf(why, sizeof why, "%s: %r", url);
		return why;
	}
	snprintf(url, sizeof url, "srv:/%s.ring", dev);
	if((sfd = open(url, O_RDWR)) < 0){
		snprintf(why, sizeof why, "%s: %r", url);
		return why;
	}
	n = pread(sfd, buf, sizeof buf - 1, 0);
	buf[n > 0 ? n : 0] = 0;
	if(sscanf(buf, "%llx %llu", &pa, &size) != 2)
		return "the ring's post is not DMA memory";
	mem = mmap(nil, size, PROT_READ|PROT_WRITE, MAP_SHARED, sfd, 0);
	close(sfd);
	if(mem == MAP_FAILED)
		return "the ring's memory cannot be mapped";
	hd = (Etherring*)mem;
	if(ringcheck(hd, size, &h) < 0)
		return "a bad ring head";

	/* every transmit buffer is ours */
	txget = rxput = 0;
	ntx = ringtake(hd->txq, &hd->txput, &txget, got, ETHERRINGQ);
	if(ntx != (int)h.ntx){
		snprintf(why, sizeof why, "%d transmit buffers given, the head says %d", ntx, h.ntx);
		return why;
	}

	/* ARP out through buffer got[0], the reply in */
	b = got[0];
	ringrec(rec, b, mkarp(mem + h.txoff + b*h.bufsize, mymac, myip, gwip));
	if((e = ringwrite(fd, rec, 4)) != nil){
		snprintf(why, sizeof why, "write of a record: %s", e);
		return why;
	}
	found = 0;
	end = nsec() + 5000000000LL;
	while(!found && nsec() < end){
		n = readwait(fd, rec, sizeof rec, 1000);
		for(i = 0; i + 4 <= n; i += 4){
			b = rec[i] | rec[i+1]<<8;
			len = rec[i+2] | rec[i+3]<<8;
			if(b >= (int)h.nrx || len > (int)h.bufsize)
				return "a record of the driver's out of bounds";
			if(arpreply(mem + h.rxoff + b*h.bufsize, len, gwip, myip, gwmac))
				found = 1;
			ringput(hd->rxq, &hd->rxput, &rxput, b);
		}
	}
	if(!found)
		return "no ARP reply through the ring in 5 s";
	print("ethertest: ring: arp reply: 10.0.2.2 is at %02x:%02x:%02x:%02x:%02x:%02x\n",
		gwmac[0], gwmac[1], gwmac[2], gwmac[3], gwmac[4], gwmac[5]);

	/* refused: a buffer not in the ring, a runt, half a record */
	ringrec(rec, h.ntx, 60);
	if((e = ringwrite(fd, rec, 4)) == nil || strcmp(e, "bad ring buffer") != 0)
		return "a buffer out of range was not refused as a bad ring buffer";
	ringrec(rec, got[1], 10);
	if((e = ringwrite(fd, rec, 4)) == nil || strcmp(e, "bad frame length") != 0)
		return "a 10-byte frame was not refused as a bad frame length";
	if((e = ringwrite(fd, rec, 3)) == nil || strcmp(e, "bad argument") != 0)
		return "a 3-byte write was not refused as a bad argument";
	/* an index that is no receive buffer, given back, is refused when the driver next looks */
	ringput(hd->rxq, &hd->rxput, &rxput, h.nrx);
	readwait(fd, rec, sizeof rec, 300);
	errs1 = statval("ringerrors");
	if(errs1 != errs0 + 4){
		snprintf(why, sizeof why, "ringerrors went from %lld to %lld, not up by 4", errs0, errs1);
		return why;
	}
	if(statval("ringout") != out0 + 1 || statval("ringin") < in0 + 1)
		return "ringin and ringout did not count the ARP request and reply";
	print("ethertest: ring: 4 bad records and entries refused\n");

	/* the last open is served: the first one's reads fail */
	snprintf(url, sizeof url, "%s:/ring", dev);
	if((fd2 = open(url, O_RDWR)) < 0){
		snprintf(why, sizeof why, "%s: a second open: %r", url);
		return why;
	}
	n = readwait(fd, rec, sizeof rec, 2000);
	close(fd2);
	close(fd);
	munmap(mem, size);
	if(n >= 0 || strcmp(readerr, "ring taken over") != 0)
		return "a read of a ring taken over did not fail with ring taken over";
	return nil;
}

static void
usage(void)
{
	fprint(2, "usage: ethertest [-n burst] [etherN]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char url[64];

	ARGBEGIN{
	case 'n':
		burst = atoi(EARGF(usage()));
		break;
	default:
		usage();
	}ARGEND
	if(argc > 1)
		usage();
	if(argc == 1)
		dev = argv[0];
	signal(SIGALRM, alarmed);
	snprintf(url, sizeof url, "%s:/data", dev);
	data = open(url, O_RDWR);
	if(data < 0)
		sysfatal("%s: %r", url);
	result("addr", taddr());
	result("arp", tarp());
	result("icmp", ticmp());
	result("dhcp", tdhcp());
	result("readers", treaders());
	result("burst", tburst());
	result("after", tarp());
	result("ring", tring());
	print(failed ? "SOME TESTS FAILED\n" : "ALL TESTS PASSED\n");
	return failed != 0;
}
