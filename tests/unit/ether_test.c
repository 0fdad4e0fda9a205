/*
 * ether_test: host tests of e1000.c's pciconf and virtionet.c's vioconf
 * (the config summary of pci(4) read for BAR 0 and the interrupt line),
 * of virtionet.c's legacy vring layout and index arithmetic, of the
 * ring's queues, records and head check (libether's ring.c), and of
 * ethertest.c's
 * frame builders and parsers, compiled for Ninefold and renamed nf_NAME
 * (see ether.mk).  Known frames, hand-made replies like slirp's, and
 * every truncation of them; "PASS name" or "FAIL name: why" for each.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned char uchar;
typedef unsigned int u32int;
typedef unsigned short u16int;

/* as in ethertest.c */
typedef struct Offer {
	uchar	yiaddr[4];
	uchar	server[4];
	uchar	router[4];
	uchar	dns[4];
	u32int	lease;
	uchar	src[4];
} Offer;

int	nf_pciconf(char *text, unsigned long long *base, unsigned long long *size, int *irq);
int	nf_vioconf(char *text, unsigned long long *base, unsigned long long *size, int *irq);
int	nf_vqsizeok(int n);
long	nf_vringused(int n);
long	nf_vringsize(int n);
int	nf_vqpending(u16int idx, u16int last);
u16int	nf_ipcsum(uchar *p, int n);
int	nf_mkarp(uchar *f, uchar mac[6], uchar sip[4], uchar tip[4]);
int	nf_arpreply(uchar *f, int n, uchar ip[4], uchar tip[4], uchar mac[6]);
int	nf_mkping(uchar *f, uchar smac[6], uchar dmac[6], uchar sip[4], uchar dip[4], int id, int seq);
int	nf_pingreply(uchar *f, int n, uchar ip[4], int id, int seq);
int	nf_mkdiscover(uchar *f, uchar mac[6], u32int xid);
int	nf_dhcpoffer(uchar *f, int n, u32int xid, Offer *o);

/* as in ether.h */
enum { Ringq = 256, Ringmagic = 0x676e6952 };
typedef struct Etherring {
	u32int	magic, nrx, ntx, bufsize, rxoff, txoff, size, pad;
	u32int	rxput, txput;
	u16int	rxq[Ringq], txq[Ringq];
} Etherring;
void	nf_ringput(volatile u16int *q, volatile u32int *put, u32int *mine, int v);
int	nf_ringtake(volatile u16int *q, volatile u32int *put, u32int *get, u16int *out, int max);
void	nf_ringrec(uchar *p, int b, int n);
int	nf_ringcheck(volatile Etherring *h, unsigned long long size, Etherring *copy);

static int failed;

static void
check(char *name, int ok, char *why)
{
	if(ok)
		printf("PASS %s\n", name);
	else{
		printf("FAIL %s: %s\n", name, why);
		failed++;
	}
}

static uchar mymac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
static uchar gwmac[6] = { 0x52, 0x55, 0x0a, 0x00, 0x02, 0x02 };
static uchar myip[4] = { 10, 0, 2, 15 };
static uchar gwip[4] = { 10, 0, 2, 2 };

static void
testpci(void)
{
	unsigned long long b = 0, s = 0;
	int irq = 0;

	check("ether.pciconf", nf_pciconf("vendor 8086 device 100e\nclass 02.00.00 net\nirq 11 pin 1\n"
		"bar 0 mem 0xfebc0000 131072\nbar 1 io 0xc000 64\n", &b, &s, &irq) == 0
		&& b == 0xfebc0000ULL && s == 131072 && irq == 11, "BAR 0 or irq misread");
	check("ether.pciconf64", nf_pciconf("irq 10 pin 1\nbar 1 io 0xc000 64\nbar 0 mem 0x800000000 131072\n",
		&b, &s, &irq) == 0 && b == 0x800000000ULL && irq == 10, "a BAR above 4 GiB misread");
	check("ether.pcinobar", nf_pciconf("irq 11 pin 1\nbar 1 io 0xc000 64\n", &b, &s, &irq) < 0,
		"no BAR 0 accepted");
	check("ether.pciiobar", nf_pciconf("irq 11 pin 1\nbar 0 io 0xc000 64\n", &b, &s, &irq) < 0,
		"an I/O BAR 0 accepted");
	check("ether.pcinoirq", nf_pciconf("irq 0 pin 0\nbar 0 mem 0xfebc0000 131072\n", &b, &s, &irq) < 0,
		"no interrupt line accepted");
	check("ether.pciempty", nf_pciconf("", &b, &s, &irq) < 0, "empty text accepted");
}

static void
testvioconf(void)
{
	unsigned long long b = 0, s = 0;
	int irq = 0;

	/* QEMU 7.2's transitional virtio-net-pci on machine pc */
	check("ether.vioconf", nf_vioconf("vendor 1af4 device 1000\nclass 02.00.00 net\nirq 11 pin 1\n"
		"bar 0 io 0xc040 32\nbar 1 mem 0xfebf1000 4096\nbar 4 mem 0xfe000000 16384\n", &b, &s, &irq) == 0
		&& b == 0xc040 && s == 32 && irq == 11, "BAR 0 or irq misread");
	check("ether.viomem", nf_vioconf("irq 11 pin 1\nbar 0 mem 0xfebf1000 4096\n", &b, &s, &irq) < 0,
		"a memory BAR 0 (a modern-only device) accepted");
	check("ether.viosmall", nf_vioconf("irq 11 pin 1\nbar 0 io 0xc040 16\n", &b, &s, &irq) < 0,
		"an I/O BAR 0 too small for the MAC accepted");
	check("ether.viowrap", nf_vioconf("irq 11 pin 1\nbar 0 io 0xfff0 32\n", &b, &s, &irq) < 0,
		"ports past 0xffff accepted");
	check("ether.vionoirq", nf_vioconf("irq 0 pin 0\nbar 0 io 0xc040 32\n", &b, &s, &irq) < 0,
		"no interrupt line accepted");
	check("ether.vioempty", nf_vioconf("", &b, &s, &irq) < 0, "empty text accepted");
}

static void
testvring(void)
{
	int i, ok;
	unsigned short last;

	/* 256 descriptors: 4096 of them, 518 of available ring, used ring at 8192, 2054 bytes */
	check("ether.vring256", nf_vringused(256) == 8192 && nf_vringsize(256) == 12288,
		"wrong layout of a 256-entry ring");
	/* the legacy formula: ALIGN(16n + 2(3+n)) + ALIGN(2*3 + 8n) */
	ok = 1;
	for(i = 2; i <= 32768; i *= 2){
		long u = (16L*i + 2*(3+i) + 4095) / 4096 * 4096;
		if(nf_vringused(i) != u || nf_vringsize(i) != u + (6 + 8L*i + 4095) / 4096 * 4096)
			ok = 0;
	}
	check("ether.vringsizes", ok, "wrong layout for some size");
	check("ether.vring16", nf_vringused(16) == 4096 && nf_vringsize(16) == 8192, "wrong layout of a 16-entry ring");
	ok = nf_vqsizeok(2) && nf_vqsizeok(256) && nf_vqsizeok(1024) && nf_vqsizeok(32768)
		&& !nf_vqsizeok(0) && !nf_vqsizeok(1) && !nf_vqsizeok(3) && !nf_vqsizeok(384) && !nf_vqsizeok(65536);
	check("ether.vqsize", ok, "a size misjudged");
	check("ether.vqpending", nf_vqpending(5, 5) == 0 && nf_vqpending(7, 5) == 2, "wrong count");
	check("ether.vqwrap", nf_vqpending(3, 65534) == 5 && nf_vqpending(0, 65535) == 1,
		"wrong count across the wrap of the index");
	/* a device adds 100 entries to a 256-slot used ring across the wrap
	 * of its index; the driver takes them, in order, at last % 256 */
	{
		unsigned int ring[256];
		unsigned short idx;

		idx = 65500;
		for(i = 0; i < 100; i++)
			ring[idx++ % 256] = i;
		ok = 1;
		last = 65500;
		for(i = 0; nf_vqpending(idx, last) > 0; i++){
			if(i >= 100 || ring[last % 256] != (unsigned)i)
				ok = 0;
			if(i >= 100)
				break;
			last++;
		}
		if(i != 100 || last != 64)
			ok = 0;
	}
	check("ether.vqslots", ok, "slots or counts wrong across the wrap");
}

static void
testcsum(void)
{
	uchar h[20] = { 0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11,
		0xb8, 0x61, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7 };
	uchar odd[3] = { 0x01, 0x02, 0x03 };

	check("ether.csumok", nf_ipcsum(h, 20) == 0, "a correct header does not sum to 0");
	h[10] = h[11] = 0;
	check("ether.csum", nf_ipcsum(h, 20) == 0xb861, "wrong checksum");
	check("ether.csumodd", nf_ipcsum(odd, 3) == (u16int)~0x0402, "wrong checksum of an odd length");
}

/* slirparp: an ARP reply from 10.0.2.2 to us, as slirp sends it */
static int
slirparp(uchar *f)
{
	static uchar r[42] = {
		0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 0x52, 0x55, 0x0a, 0x00, 0x02, 0x02, 0x08, 0x06,
		0x00, 0x01, 0x08, 0x00, 0x06, 0x04, 0x00, 0x02,
		0x52, 0x55, 0x0a, 0x00, 0x02, 0x02, 10, 0, 2, 2,
		0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 10, 0, 2, 15,
	};
	memcpy(f, r, sizeof r);
	return sizeof r;
}

static void
testarp(void)
{
	static uchar want[42] = {
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 0x08, 0x06,
		0x00, 0x01, 0x08, 0x00, 0x06, 0x04, 0x00, 0x01,
		0x52, 0x54, 0x00, 0x12, 0x34, 0x56, 10, 0, 2, 15,
		0, 0, 0, 0, 0, 0, 10, 0, 2, 2,
	};
	uchar f[1514], mac[6], other[4] = { 10, 0, 2, 3 };
	int n, i, ok;

	n = nf_mkarp(f, mymac, myip, gwip);
	check("ether.mkarp", n == 42 && memcmp(f, want, 42) == 0, "not the ARP request wanted");
	check("ether.arprequest", !nf_arpreply(f, n, gwip, myip, mac), "a request taken for a reply");
	n = slirparp(f);
	memset(mac, 0, 6);
	check("ether.arpreply", nf_arpreply(f, n, gwip, myip, mac) && memcmp(mac, gwmac, 6) == 0,
		"slirp's reply not understood");
	check("ether.arpother", !nf_arpreply(f, n, other, myip, mac), "a reply from another address taken");
	ok = 1;
	for(i = 0; i < n; i++)
		if(nf_arpreply(f, i, gwip, myip, mac))
			ok = 0;
	check("ether.arpshort", ok, "a truncated reply taken");
}

static void
testping(void)
{
	uchar f[1514], g[1514];
	int n, i, ok;

	n = nf_mkping(f, mymac, gwmac, myip, gwip, 0x4e46, 1);
	check("ether.mkping", n == 14 + 20 + 8 + 56 && f[23] == 1 && f[34] == 8
		&& nf_ipcsum(f + 14, 20) == 0 && nf_ipcsum(f + 34, 64) == 0, "bad echo request");
	/* the reply: addresses swapped, type 0, checksums again */
	memcpy(g, f, n);
	memcpy(g, mymac, 6);
	memcpy(g + 6, gwmac, 6);
	memcpy(g + 26, gwip, 4);
	memcpy(g + 30, myip, 4);
	g[34] = 0;
	g[36] = g[37] = 0;
	i = nf_ipcsum(g + 34, 64);
	g[36] = i >> 8;
	g[37] = i;
	check("ether.pingreply", nf_pingreply(g, n, gwip, 0x4e46, 1), "the reply not understood");
	check("ether.pingseq", !nf_pingreply(g, n, gwip, 0x4e46, 2), "a reply to another sequence taken");
	check("ether.pingrequest", !nf_pingreply(f, n, myip, 0x4e46, 1), "the request taken for a reply");
	g[60] ^= 1;
	check("ether.pingpayload", !nf_pingreply(g, n, gwip, 0x4e46, 1), "a changed payload taken");
	g[60] ^= 1;
	g[24] ^= 1;
	check("ether.pingipcsum", !nf_pingreply(g, n, gwip, 0x4e46, 1), "a bad IP checksum taken");
	g[24] ^= 1;
	ok = 1;
	for(i = 0; i < n; i++)
		if(nf_pingreply(g, i, gwip, 0x4e46, 1))
			ok = 0;
	check("ether.pingshort", ok, "a truncated reply taken");
}

/* mkoffer: an OFFER for xid as slirp sends it under restrict=on */
static int
mkoffer(uchar *f, u32int xid, int type)
{
	uchar *b, *o;
	int i, n, ul;

	n = nf_mkdiscover(f, mymac, xid);
	memcpy(f + 6, gwmac, 6);
	memcpy(f + 26, gwip, 4);
	memcpy(f + 30, myip, 4);
	f[34] = 0; f[35] = 67; f[36] = 0; f[37] = 68;
	b = f + 42;
	b[0] = 2;
	memcpy(b + 16, myip, 4);
	o = b + 240;
	memset(o, 0, 312 - 4);
	i = 0;
	o[i++] = 53; o[i++] = 1; o[i++] = type;
	o[i++] = 54; o[i++] = 4; memcpy(o + i, gwip, 4); i += 4;
	o[i++] = 1; o[i++] = 4; o[i++] = 255; o[i++] = 255; o[i++] = 255; o[i++] = 0;
	o[i++] = 51; o[i++] = 4; o[i++] = 0; o[i++] = 1; o[i++] = 0x51; o[i++] = 0x80;
	o[i++] = 255;
	f[24] = f[25] = 0;
	ul = nf_ipcsum(f + 14, 20);
	f[24] = ul >> 8;
	f[25] = ul;
	return n;
}

static void
testdhcp(void)
{
	uchar f[1514];
	Offer o;
	int n, i, ok;

	n = nf_mkdiscover(f, mymac, 0x4e460001);
	check("ether.mkdiscover", n == 14 + 576 && f[23] == 17 && f[42] == 1
		&& f[42 + 240] == 53 && f[42 + 242] == 1 && nf_ipcsum(f + 14, 20) == 0, "bad DISCOVER");
	check("ether.discover", !nf_dhcpoffer(f, n, 0x4e460001, &o), "a DISCOVER taken for an OFFER");
	n = mkoffer(f, 0x4e460001, 2);
	memset(&o, 0xee, sizeof o);
	check("ether.offer", nf_dhcpoffer(f, n, 0x4e460001, &o) && memcmp(o.yiaddr, myip, 4) == 0
		&& memcmp(o.server, gwip, 4) == 0 && memcmp(o.src, gwip, 4) == 0
		&& o.lease == 86400 && o.router[0] == 0 && o.dns[0] == 0, "the OFFER misread");
	check("ether.offerxid", !nf_dhcpoffer(f, n, 0x4e460002, &o), "an OFFER for another xid taken");
	ok = 1;
	for(i = 0; i < n; i++)
		if(nf_dhcpoffer(f, i, 0x4e460001, &o))
			ok = 0;
	check("ether.offershort", ok, "a truncated OFFER taken");
	/* an option running past the end of the packet */
	f[42 + 240 + 3] = 54;
	f[42 + 240 + 4] = 250;
	memset(f + 42 + 240 + 5, 1, 312 - 9);
	check("ether.offerlong", !nf_dhcpoffer(f, n, 0x4e460001, &o), "an option past the end taken");
	n = mkoffer(f, 0x4e460001, 5);
	check("ether.ack", !nf_dhcpoffer(f, n, 0x4e460001, &o), "an ACK taken for an OFFER");
	/* random bytes in the options: no crash, whatever the answer */
	srand(1);
	for(i = 0; i < 10000; i++){
		n = mkoffer(f, 0x4e460001, 2);
		for(ok = 0; ok < 8; ok++)
			f[42 + 240 + rand() % 308] = rand();
		nf_dhcpoffer(f, n - rand() % 300, 0x4e460001, &o);
	}
	check("ether.offerrandom", 1, "");
}

/*
 * testring: the ring's queues across the wrap of their counts, a
 * producer's count that is nonsense, a record's bytes, and heads that
 * must not be trusted.
 */
static void
testring(void)
{
	static Etherring h, c;
	u16int q[Ringq], out[Ringq];
	u32int put, mine, get;
	uchar rec[4];
	int i, n, ok;

	/* 1000 entries through a 256-entry queue, 100 at a time, counts wrapping at 2^32 */
	mine = put = get = 0xFFFFFF00u;
	ok = 1;
	for(i = 0; i < 1000; ){
		for(n = 0; n < 100; n++)
			nf_ringput(q, &put, &mine, (i + n) & 0xFFFF);
		if(put != mine || nf_ringtake(q, &put, &get, out, Ringq) != 100)
			ok = 0;
		for(n = 0; n < 100; n++)
			if(out[n] != ((i + n) & 0xFFFF))
				ok = 0;
		i += 100;
	}
	check("ether.ringqueue", ok && get == put && get == 0xFFFFFF00u + 1000, "entries or counts wrong");
	check("ether.ringempty", nf_ringtake(q, &put, &get, out, Ringq) == 0, "an empty queue gave entries");
	/* a full queue, taken in two bites of at most max */
	for(n = 0; n < Ringq; n++)
		nf_ringput(q, &put, &mine, n);
	ok = nf_ringtake(q, &put, &get, out, 200) == 200 && out[199] == 199
		&& nf_ringtake(q, &put, &get, out, 200) == 56 && out[55] == 255 && get == put;
	check("ether.ringfull", ok, "a full queue taken wrong");
	/* a count more than a queue ahead (or behind) is nonsense: nothing taken, the consumer catches up */
	put = get + Ringq + 1;
	ok = nf_ringtake(q, &put, &get, out, Ringq) == -1 && get == put;
	put = get - 1;
	ok = ok && nf_ringtake(q, &put, &get, out, Ringq) == -1 && get == put;
	check("ether.ringnonsense", ok, "a bogus count was believed");

	nf_ringrec(rec, 0x1234, 1514);
	check("ether.ringrec", rec[0] == 0x34 && rec[1] == 0x12 && rec[2] == (1514 & 0xFF) && rec[3] == 1514 >> 8,
		"not little-endian buffer then length");

	/* a good head: 96 receive buffers after the page, 35 transmit after them */
	h.magic = Ringmagic;
	h.bufsize = 2048;
	h.nrx = 96;
	h.ntx = 35;
	h.rxoff = 4096;
	h.txoff = 4096 + 96*2048;
	h.size = 4096 + 131*2048;
	check("ether.ringhead", nf_ringcheck(&h, h.size, &c) == 0 && c.nrx == 96 && c.ntx == 35 && c.txoff == h.txoff,
		"a good head refused or copied wrong");
	check("ether.ringshort", nf_ringcheck(&h, h.size - 1, &c) < 0, "buffers past the mapping accepted");
	check("ether.ringtiny", nf_ringcheck(&h, 100, &c) < 0, "a mapping smaller than the head accepted");
	h.magic++;
	check("ether.ringmagic", nf_ringcheck(&h, h.size, &c) < 0, "a bad magic accepted");
	h.magic--;
	h.bufsize = 4096;
	check("ether.ringbufsize", nf_ringcheck(&h, 1<<30, &c) < 0, "another buffer size accepted");
	h.bufsize = 2048;
	h.nrx = 0;
	check("ether.ringnrx0", nf_ringcheck(&h, h.size, &c) < 0, "no receive buffers accepted");
	h.nrx = Ringq + 1;
	check("ether.ringnrxbig", nf_ringcheck(&h, 1<<30, &c) < 0, "more buffers than a queue holds accepted");
	h.nrx = 96;
	h.rxoff = 0;
	check("ether.ringoverhead", nf_ringcheck(&h, h.size, &c) < 0, "buffers over the head accepted");
	h.rxoff = 0xFFFFF000u;
	check("ether.ringoffwrap", nf_ringcheck(&h, h.size, &c) < 0, "an offset past the end accepted");
	h.rxoff = 4096;
	h.ntx = 0xFFFFFFFFu;
	check("ether.ringntxbig", nf_ringcheck(&h, 1ULL<<40, &c) < 0, "a huge count accepted");
}

int
main(void)
{
	testpci();
	testvioconf();
	testvring();
	testcsum();
	testarp();
	testping();
	testdhcp();
	testring();
	return failed != 0;
}
