/*
 * lwip_test.c: host tests of liblwip, lwIP with Ninefold's glue
 * (sys/src/lib/lwip: lwipopts.h, arch/cc.h, etherif.c), built for the
 * host with the sanitizers.  Two Ethernet interfaces in one process,
 * a (10.0.0.1) and b (10.0.0.2), joined by a fake wire: each one's
 * transmit queues the frame for the other, and pump() delivers the
 * queues and drives lwIP's timers with a fake clock (sys_now).
 * Checks: TCP, 1 MiB byte for byte, then 256 KiB over a wire that
 * drops frames; a refused connection; UDP echo, small and fragmented;
 * ICMP echo from a raw pcb; no pool or heap memory kept afterwards.
 * Prints "PASS name" or "FAIL name: why" per check; exits 1 if any
 * failed.
 *
 * Both interfaces are on 10.0.0.0/24 in one lwIP, so routing by
 * destination alone would send a's packets out of b: every pcb is
 * bound to its interface (tcp_bind_netif and friends).  netd, with one
 * interface per network, need not do that.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lwip.h"
#include "lwip/tcp.h"
#include "lwip/udp.h"
#include "lwip/raw.h"
#include "lwip/icmp.h"
#include "lwip/inet_chksum.h"
#include "lwip/stats.h"
#include "lwip/memp.h"
#include "lwip/prot/icmp.h"

static int failures;

static void
pass(const char *name)
{
	printf("PASS %s\n", name);
}

static void
fail(const char *name, const char *why)
{
	printf("FAIL %s: %s\n", name, why);
	failures++;
}

/* check: PASS name if ok, else FAIL name: why */
static void
check(const char *name, int ok, const char *why)
{
	if(ok)
		pass(name);
	else
		fail(name, why);
}

/* the fake clock lwIP reads */
static u32_t now;

u32_t
sys_now(void)
{
	return now;
}

/* the wire: a queue of frames for each direction */
enum {
	Qmax	= 1024,
	Fmax	= 1518,
};
typedef struct Frame Frame;
struct Frame
{
	long	n;
	u8_t	data[Fmax];
};
typedef struct Queue Queue;
struct Queue
{
	Frame	f[Qmax];
	int	n;
	Etherif	*to;		/* who receives */
};
static Etherif a, b;
static Queue toa, tob;
static unsigned long nsent;	/* frames put on the wire */
static int dropevery;		/* drop every Nth frame sent; 0: none */
static unsigned long ndropped;

/* transmit for a and b: queue the frame for the other side */
static long
wiresend(Etherif *e, const void *frame, long n)
{
	Queue *q;

	q = e->aux;
	nsent++;
	if(dropevery && nsent % dropevery == 0){
		ndropped++;
		return n;	/* lost on the wire, as far as lwIP knows */
	}
	if(n > Fmax || q->n == Qmax)
		return -1;
	q->f[q->n].n = n;
	memcpy(q->f[q->n].data, frame, n);
	q->n++;
	return n;
}

/* deliver what is queued on q now (not what the deliveries send); the
 * number of frames */
static int
deliver(Queue *q)
{
	static Queue work;
	int i, n;

	n = q->n;
	memcpy(work.f, q->f, n * sizeof q->f[0]);
	q->n = 0;
	for(i = 0; i < n; i++)
		etherinput(q->to, work.f[i].data, work.f[i].n);
	return n;
}

/*
 * Run the wire and the timers until done() is true or maxms of fake
 * time have passed; when the wire is quiet the clock moves 10 ms.
 * 1 if done.
 */
static int
pump(int (*done)(void), u32_t maxms)
{
	u32_t start;
	int moved;

	start = now;
	while(!done()){
		if(now - start > maxms)
			return 0;
		moved = deliver(&tob);
		moved += deliver(&toa);
		if(!moved)
			now += 10;
		sys_check_timeouts();
	}
	return 1;
}

/* the byte at offset i of the test stream */
static u8_t
pat(size_t i)
{
	return (u8_t)(i * 13 + (i >> 8) * 7 + (i >> 16));
}

/* one TCP transfer: a client on a sends total bytes to a server on b */
typedef struct Xfer Xfer;
struct Xfer
{
	size_t	total;
	struct tcp_pcb	*client, *server, *listener;
	size_t	queued, acked, got;
	int	connected, eof, clientclosed, serverclosed;
	long	firstbad;	/* offset of the first wrong byte, or -1 */
	err_t	clienterr, servererr;
	int	haderr;
};
static Xfer x;

/* client: queue as much of the stream as lwIP takes */
static void
clientpush(void)
{
	u8_t buf[8192];
	size_t n, i;
	err_t e;

	while(x.client != NULL && x.queued < x.total){
		n = tcp_sndbuf(x.client);
		if(n == 0)
			break;
		if(n > sizeof buf)
			n = sizeof buf;
		if(n > x.total - x.queued)
			n = x.total - x.queued;
		for(i = 0; i < n; i++)
			buf[i] = pat(x.queued + i);
		e = tcp_write(x.client, buf, (u16_t)n, TCP_WRITE_FLAG_COPY);
		if(e == ERR_MEM)
			break;
		if(e != ERR_OK){
			x.clienterr = e;
			x.haderr = 1;
			return;
		}
		x.queued += n;
	}
	if(x.client != NULL)
		tcp_output(x.client);
}

static err_t
clientsent(void *arg, struct tcp_pcb *pcb, u16_t len)
{
	(void)arg;
	x.acked += len;
	if(x.acked == x.total && !x.clientclosed){
		x.clientclosed = 1;
		x.client = NULL;
		if(tcp_close(pcb) != ERR_OK)
			tcp_abort(pcb);
		return ERR_ABRT;
	}
	clientpush();
	return ERR_OK;
}

static err_t
clientconnected(void *arg, struct tcp_pcb *pcb, err_t err)
{
	(void)arg;
	(void)pcb;
	x.connected = 1;
	if(err != ERR_OK)
		x.clienterr = err;
	clientpush();
	return ERR_OK;
}

static void
clienterror(void *arg, err_t err)
{
	(void)arg;
	x.client = NULL;
	x.clienterr = err;
	x.haderr = 1;
}

static err_t
serverrecv(void *arg, struct tcp_pcb *pcb, struct pbuf *p, err_t err)
{
	struct pbuf *q;
	u16_t i;
	u8_t *d;

	(void)arg;
	(void)err;
	if(p == NULL){
		x.eof = 1;
		x.serverclosed = 1;
		x.server = NULL;
		tcp_arg(pcb, NULL);
		tcp_recv(pcb, NULL);
		tcp_err(pcb, NULL);
		if(tcp_close(pcb) != ERR_OK){
			tcp_abort(pcb);
			return ERR_ABRT;
		}
		return ERR_OK;
	}
	for(q = p; q != NULL; q = q->next){
		d = q->payload;
		for(i = 0; i < q->len; i++)
			if(x.firstbad < 0 && d[i] != pat(x.got + i))
				x.firstbad = x.got + i;
		x.got += q->len;
	}
	tcp_recved(pcb, p->tot_len);
	pbuf_free(p);
	return ERR_OK;
}

static void
servererror(void *arg, err_t err)
{
	(void)arg;
	x.server = NULL;
	x.servererr = err;
	x.haderr = 1;
}

static err_t
serveraccept(void *arg, struct tcp_pcb *pcb, err_t err)
{
	(void)arg;
	if(err != ERR_OK || pcb == NULL)
		return ERR_VAL;
	x.server = pcb;
	tcp_recv(pcb, serverrecv);
	tcp_err(pcb, servererror);
	return ERR_OK;
}

static int
xferdone(void)
{
	return x.haderr || (x.clientclosed && x.serverclosed);
}

/* Send total bytes from a to b:port over TCP; name the checks name.* */
static void
tcptransfer(const char *name, size_t total, u16_t port)
{
	char why[200], nm[64];
	struct tcp_pcb *l;
	ip4_addr_t dst;
	unsigned long sent0;
	u32_t t0;
	int ok;

	memset(&x, 0, sizeof x);
	x.total = total;
	x.firstbad = -1;

	l = tcp_new();
	tcp_bind_netif(l, &b.netif);
	if(tcp_bind(l, IP4_ADDR_ANY, port) != ERR_OK){
		fail(name, "tcp_bind");
		return;
	}
	x.listener = tcp_listen(l);
	tcp_accept(x.listener, serveraccept);

	sent0 = nsent;
	t0 = now;
	x.client = tcp_new();
	tcp_bind_netif(x.client, &a.netif);
	tcp_sent(x.client, clientsent);
	tcp_err(x.client, clienterror);
	IP4_ADDR(&dst, 10, 0, 0, 2);
	if(tcp_connect(x.client, &dst, port, clientconnected) != ERR_OK){
		fail(name, "tcp_connect");
		return;
	}
	ok = pump(xferdone, 600*1000);
	tcp_close(x.listener);
	printf("%s: %zu bytes, %lu frames, %lu ms of fake time, %lu dropped\n",
		name, x.got, nsent - sent0, (unsigned long)(now - t0), ndropped);

	snprintf(nm, sizeof nm, "%s.connect", name);
	check(nm, x.connected, "never connected");
	snprintf(nm, sizeof nm, "%s.bytes", name);
	snprintf(why, sizeof why, "%zu of %zu bytes arrived (done %d, client err %d, server err %d)",
		x.got, total, ok, x.clienterr, x.servererr);
	check(nm, ok && !x.haderr && x.got == total && x.acked == total, why);
	snprintf(nm, sizeof nm, "%s.exact", name);
	snprintf(why, sizeof why, "byte %ld differs", x.firstbad);
	check(nm, x.firstbad < 0, why);
}

/* a connection to a port where nobody listens ends in a reset */
static int
refuseddone(void)
{
	return x.haderr;
}

static void
tcprefused(void)
{
	ip4_addr_t dst;
	char why[100];

	memset(&x, 0, sizeof x);
	x.client = tcp_new();
	tcp_bind_netif(x.client, &a.netif);
	tcp_err(x.client, clienterror);
	IP4_ADDR(&dst, 10, 0, 0, 2);
	tcp_connect(x.client, &dst, 9, clientconnected);
	pump(refuseddone, 10*1000);
	snprintf(why, sizeof why, "error %d, connected %d", x.clienterr, x.connected);
	check("lwip.tcp.refused", x.haderr && x.clienterr == ERR_RST && !x.connected, why);
}

/* UDP: an echo server on b:7, a client on a */
static struct pbuf *udpgot;

static void
udpecho(void *arg, struct udp_pcb *pcb, struct pbuf *p, const ip_addr_t *addr, u16_t port)
{
	struct pbuf *r;

	(void)arg;
	r = pbuf_alloc(PBUF_TRANSPORT, p->tot_len, PBUF_RAM);
	if(r != NULL){
		pbuf_copy(r, p);
		udp_sendto(pcb, r, addr, port);
		pbuf_free(r);
	}
	pbuf_free(p);
}

static void
udpclientrecv(void *arg, struct udp_pcb *pcb, struct pbuf *p, const ip_addr_t *addr, u16_t port)
{
	(void)arg;
	(void)pcb;
	(void)addr;
	(void)port;
	if(udpgot != NULL)
		pbuf_free(udpgot);
	udpgot = p;
}

static int
udpdone(void)
{
	return udpgot != NULL;
}

/* send n bytes to the echo server; the reply must be the same bytes */
static void
udptest(const char *name, struct udp_pcb *c, u16_t n)
{
	struct pbuf *p;
	ip4_addr_t dst;
	u8_t *buf;
	char why[100];
	int ok;
	u16_t i;

	buf = malloc(n);
	for(i = 0; i < n; i++)
		buf[i] = pat(i + 5);
	p = pbuf_alloc(PBUF_TRANSPORT, n, PBUF_RAM);
	pbuf_take(p, buf, n);
	IP4_ADDR(&dst, 10, 0, 0, 2);
	udpgot = NULL;
	udp_sendto(c, p, &dst, 7);
	pbuf_free(p);
	ok = pump(udpdone, 5*1000);
	snprintf(why, sizeof why, "%s", !ok ? "no reply" : "reply differs");
	check(name, ok && udpgot->tot_len == n && pbuf_memcmp(udpgot, 0, buf, n) == 0, why);
	if(udpgot != NULL)
		pbuf_free(udpgot);
	udpgot = NULL;
	free(buf);
}

static void
udptests(void)
{
	struct udp_pcb *s, *c;

	s = udp_new();
	udp_bind_netif(s, &b.netif);
	udp_bind(s, IP4_ADDR_ANY, 7);
	udp_recv(s, udpecho, NULL);
	c = udp_new();
	udp_bind_netif(c, &a.netif);
	udp_bind(c, IP4_ADDR_ANY, 0);
	udp_recv(c, udpclientrecv, NULL);
	udptest("lwip.udp.echo", c, 32);
	udptest("lwip.udp.fragmented", c, 4000);
	udp_remove(c);
	udp_remove(s);
}

/* ICMP echo: a raw pcb on a pings b, whose lwIP answers by itself */
static int pinggot;
static u16_t pingseq;

static u8_t
pingrecv(void *arg, struct raw_pcb *pcb, struct pbuf *p, const ip_addr_t *addr)
{
	struct icmp_echo_hdr h;
	u16_t hl;
	u8_t ihl;

	(void)arg;
	(void)pcb;
	(void)addr;
	pbuf_copy_partial(p, &ihl, 1, 0);		/* the IP header comes too */
	hl = (ihl & 0xf) * 4;
	if(pbuf_copy_partial(p, &h, sizeof h, hl) != sizeof h)
		return 0;
	if(h.type != ICMP_ER || h.id != lwip_htons(0x9f9f) || h.seqno != lwip_htons(pingseq))
		return 0;
	pinggot = pbuf_memcmp(p, hl + sizeof h, "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghij", 56) == 0 ? 1 : -1;
	pbuf_free(p);
	return 1;
}

static int
pingdone(void)
{
	return pinggot != 0;
}

static void
pingtest(void)
{
	struct raw_pcb *r;
	struct pbuf *p;
	struct icmp_echo_hdr *h;
	ip4_addr_t dst;
	int ok;

	r = raw_new(IP_PROTO_ICMP);
	raw_bind_netif(r, &a.netif);
	raw_recv(r, pingrecv, NULL);
	p = pbuf_alloc(PBUF_IP, sizeof *h + 56, PBUF_RAM);
	h = p->payload;
	memset(h, 0, sizeof *h);
	h->type = ICMP_ECHO;
	h->id = lwip_htons(0x9f9f);
	h->seqno = lwip_htons(++pingseq);
	memcpy(h + 1, "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghij", 56);
	h->chksum = inet_chksum(h, p->len);
	IP4_ADDR(&dst, 10, 0, 0, 2);
	pinggot = 0;
	raw_sendto(r, p, &dst);
	pbuf_free(p);
	ok = pump(pingdone, 5*1000);
	check("lwip.icmp.echo", ok && pinggot == 1, ok ? "reply differs" : "no reply");
	raw_remove(r);
}

/* pools and heap in use, to compare before and after */
typedef struct Use Use;
struct Use
{
	unsigned long	pool[MEMP_MAX];
	unsigned long	heap;
};

static void
usage(Use *u)
{
	int i;

	for(i = 0; i < MEMP_MAX; i++)
		u->pool[i] = lwip_stats.memp[i]->used;
	u->heap = lwip_stats.mem.used;
}

/* slowsum: the Internet checksum the plain way, RFC 1071's loop */
static unsigned
slowsum(const unsigned char *p, int len)
{
	unsigned long s;
	int i;

	s = 0;
	for(i = 0; i + 1 < len; i += 2)
		s += p[i] | p[i+1] << 8;	/* native (little-endian) words */
	if(len & 1)
		s += p[len-1];
	while(s >> 16)
		s = (s & 0xFFFF) + (s >> 16);
	return s;
}

/*
 * chksumtest: netchksum (chksum.c, lwIP's LWIP_CHKSUM) against the
 * plain loop: every length to 2100 at every alignment to 7, over
 * random bytes and over all 0xFF (the carries at their worst).
 */
static void
chksumtest(void)
{
	static unsigned char buf[2200];
	char why[200];
	int len, off, fill, bad;

	bad = 0;
	for(fill = 0; fill < 2 && !bad; fill++){
		srand(20261201);
		for(len = 0; len < (int)sizeof buf; len++)
			buf[len] = fill ? 0xFF : rand();
		for(len = 0; len <= 2100 && !bad; len++)
			for(off = 0; off < 8 && !bad; off++)
				if(netchksum(buf + off, len) != slowsum(buf + off, len)){
					snprintf(why, sizeof why, "fill %d length %d offset %d: %#x, want %#x",
						fill, len, off, netchksum(buf + off, len), slowsum(buf + off, len));
					bad = 1;
				}
	}
	check("lwip.chksum", !bad, why);
	check("lwip.chksum.inet", inet_chksum("\x45\x00\x00\x1c", 4) == (u16_t)~slowsum((const unsigned char*)"\x45\x00\x00\x1c", 4),
		"inet_chksum is not ~netchksum");
}

static int
quiet(void)
{
	return 0;
}

/* gwof: the next hop routegw gives for a.b.c.d, as text ("-" for the default) */
static const char*
gwof(int x, int y, int z, int w)
{
	static char s[IP4ADDR_STRLEN_MAX];
	const ip4_addr_t *g;
	ip4_addr_t d;

	IP4_ADDR(&d, x, y, z, w);
	if((g = routegw(&a.netif, &d)) == NULL)
		return "-";
	return ip4addr_ntoa_r(g, s, sizeof s);
}

/* routetest: the static routes of route.c, on a (10.0.0.1/24) */
static void
routetest(void)
{
	ip4_addr_t n, m, g;
	char s[512], why[600];
	char *e;
	int i;

	check("route.none", strcmp(gwof(192, 168, 1, 5), "-") == 0, "a route with none added");
	IP4_ADDR(&n, 192, 168, 0, 0); IP4_ADDR(&m, 255, 255, 0, 0); IP4_ADDR(&g, 10, 0, 0, 9);
	check("route.add16", routeadd(&n, &m, &g) == NULL && strcmp(gwof(192, 168, 1, 5), "10.0.0.9") == 0, gwof(192, 168, 1, 5));
	IP4_ADDR(&n, 192, 168, 1, 77); IP4_ADDR(&m, 255, 255, 255, 0); IP4_ADDR(&g, 10, 0, 0, 7);
	routeadd(&n, &m, &g);
	check("route.longest", strcmp(gwof(192, 168, 1, 5), "10.0.0.7") == 0 && strcmp(gwof(192, 168, 2, 1), "10.0.0.9") == 0
		&& strcmp(gwof(192, 169, 1, 5), "-") == 0, "the longest route not taken");
	IP4_ADDR(&g, 10, 0, 0, 8);
	routeadd(&n, &m, &g);	/* the same net and mask: replaced */
	IP4_ADDR(&n, 172, 16, 0, 0); IP4_ADDR(&m, 255, 240, 0, 0); IP4_ADDR(&g, 10, 1, 0, 1);
	routeadd(&n, &m, &g);	/* a gateway off a's network: never used */
	check("route.offnet", strcmp(gwof(172, 16, 1, 1), "-") == 0, "a gateway off the network used");
	routelist(s, sizeof s);
	snprintf(why, sizeof why, "listed: %s", s);
	check("route.list", strcmp(s, "192.168.0.0/16 10.0.0.9 ether0\n192.168.1.0/24 10.0.0.8 ether0\n172.16.0.0/12 10.1.0.1 ether0\n") == 0, why);
	check("route.short", routelist(s, 10) == 10, "routelist beyond its buffer");
	IP4_ADDR(&n, 192, 168, 1, 0); IP4_ADDR(&m, 255, 255, 255, 0);
	check("route.remove", routeremove(&n, &m) == NULL && strcmp(gwof(192, 168, 1, 5), "10.0.0.9") == 0, "remove");
	e = routeremove(&n, &m);
	check("route.removeagain", e != NULL && strcmp(e, "no such route") == 0, "a removed route removed again");
	for(i = 0, e = NULL; i < 20 && e == NULL; i++){
		IP4_ADDR(&n, 10, 50, i, 0); IP4_ADDR(&g, 10, 0, 0, 3);
		e = routeadd(&n, &m, &g);
	}
	check("route.full", e != NULL && strcmp(e, "route table full") == 0 && i == 15, "16 routes and no more");
	routeflush();
	check("route.flush", routelist(s, sizeof s) == 0 && strcmp(gwof(192, 168, 1, 5), "-") == 0, "routes left after flush");
}

int
main(void)
{
	ip4_addr_t ip, mask, gw;
	Use before, after;
	char why[200];
	int i, leak;

	chksumtest();
	lwip_init();
	lwipseed(1);
	a.ea[0] = 0x52; a.ea[1] = 0x54; a.ea[5] = 1;
	b.ea[0] = 0x52; b.ea[1] = 0x54; b.ea[5] = 2;
	a.transmit = b.transmit = wiresend;
	a.aux = &tob;
	tob.to = &b;
	b.aux = &toa;
	toa.to = &a;
	IP4_ADDR(&mask, 255, 255, 255, 0);
	IP4_ADDR(&gw, 0, 0, 0, 0);
	IP4_ADDR(&ip, 10, 0, 0, 1);
	check("lwip.etheradd.a", etheradd(&a, "ea", &ip, &mask, &gw) == ERR_OK, "etheradd");
	IP4_ADDR(&ip, 10, 0, 0, 2);
	check("lwip.etheradd.b", etheradd(&b, "eb", &ip, &mask, &gw) == ERR_OK, "etheradd");
	check("lwip.etherinput.runt", etherinput(&a, "short", 5) == -1 && a.indrops == 1, "a runt frame was taken");
	usage(&before);

	tcptransfer("lwip.tcp.1mb", 1 << 20, 80);
	dropevery = 23;
	tcptransfer("lwip.tcp.lossy", 256 << 10, 81);
	snprintf(why, sizeof why, "%lu of %lu frames dropped", ndropped, nsent);
	check("lwip.tcp.lossy.dropped", ndropped > 10, why);
	dropevery = 0;
	tcprefused();
	udptests();
	pingtest();
	routetest();

	/* past TIME_WAIT (2 MSL, 2 minutes), everything given back */
	pump(quiet, 2 * 60000 + 5000);
	usage(&after);
	leak = after.heap != before.heap;
	snprintf(why, sizeof why, "heap %lu bytes in use, %lu before", after.heap, before.heap);
	for(i = 0; i < MEMP_MAX; i++)
		if(after.pool[i] != before.pool[i]){
			snprintf(why, sizeof why, "pool %d (lwip/priv/memp_std.h): %lu in use, %lu before",
				i, after.pool[i], before.pool[i]);
			leak = 1;
		}
	check("lwip.noleak", !leak, why);
	check("lwip.frames", a.outerrs == 0 && b.outerrs == 0 && b.indrops == 0, "frames lost in the glue");
	return failures ? 1 : 0;
}
