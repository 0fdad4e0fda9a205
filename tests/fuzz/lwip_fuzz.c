/*
 * lwip_fuzz.c: libFuzzer target for netd's frame input path, lwIP with
 * Ninefold's glue (sys/src/lib/lwip) built for the host
 * (tests/fuzz/lwip.sh).  One interface, 10.0.0.2/24 behind router
 * 10.0.0.1, with what netd keeps open: a TCP listener on port 80 that
 * reads, answers and closes; a UDP echo on port 7; a DHCP client in
 * discovery; a DNS query outstanding.  An input is frames, each a
 * 2-byte big-endian length and that many bytes, handed to etherinput
 * (so ethernet_input, ARP, ip4_input and up) with the clock moving
 * 100 ms after each.  Between inputs every connection is aborted, DHCP
 * restarted, the ARP table emptied and the random numbers reseeded, so
 * an input means nearly the same whatever ran before.  What lwIP
 * sends is dropped.  Built with -DSEEDS it writes a seed corpus
 * instead: well-formed ARP, ICMP echo, TCP SYN and data, UDP, a DHCP
 * offer and a DNS answer.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lwip.h"
#include "lwip/tcp.h"
#include "lwip/udp.h"
#include "lwip/dhcp.h"
#include "lwip/dns.h"
#include "lwip/etharp.h"
#include "lwip/inet_chksum.h"

static u32_t now;

u32_t
sys_now(void)
{
	return now;
}

static Etherif e;
static unsigned long nout;

/* transmit: lwIP's output goes nowhere */
static long
drop(Etherif *e, const void *frame, long n)
{
	(void)e;
	(void)frame;
	nout++;
	return n;
}

/* the TCP connections accepted during one input, aborted after it */
enum { Maxconn = 64 };
static struct tcp_pcb *conns[Maxconn];
static int nconns;

static void
connerr(void *arg, err_t err)
{
	(void)err;
	conns[(intptr_t)arg] = NULL;
}

static err_t
connrecv(void *arg, struct tcp_pcb *pcb, struct pbuf *p, err_t err)
{
	(void)err;
	if(p == NULL){
		conns[(intptr_t)arg] = NULL;
		tcp_arg(pcb, NULL);
		tcp_recv(pcb, NULL);
		tcp_err(pcb, NULL);
		if(tcp_close(pcb) != ERR_OK){
			tcp_abort(pcb);
			return ERR_ABRT;
		}
		return ERR_OK;
	}
	tcp_recved(pcb, p->tot_len);
	pbuf_free(p);
	tcp_write(pcb, "HTTP/1.1 200 OK\r\n\r\nok\n", 22, TCP_WRITE_FLAG_COPY);
	tcp_output(pcb);
	return ERR_OK;
}

static err_t
connaccept(void *arg, struct tcp_pcb *pcb, err_t err)
{
	(void)arg;
	if(err != ERR_OK || pcb == NULL)
		return ERR_VAL;
	if(nconns == Maxconn){
		tcp_abort(pcb);
		return ERR_ABRT;
	}
	conns[nconns] = pcb;
	tcp_arg(pcb, (void*)(intptr_t)nconns);
	nconns++;
	tcp_recv(pcb, connrecv);
	tcp_err(pcb, connerr);
	return ERR_OK;
}

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
dnsfound(const char *name, const ip_addr_t *addr, void *arg)
{
	(void)name;
	(void)addr;
	(void)arg;
}

static ip4_addr_t myip, mymask, mygw;

/* lwIP, the interface and the listeners, once */
static void
setup(void)
{
	struct tcp_pcb *l;
	struct udp_pcb *u;

	lwip_init();
	IP4_ADDR(&myip, 10, 0, 0, 2);
	IP4_ADDR(&mymask, 255, 255, 255, 0);
	IP4_ADDR(&mygw, 10, 0, 0, 1);
	memcpy(e.ea, "\x52\x54\x00\x12\x34\x56", 6);
	e.transmit = drop;
	if(etheradd(&e, "en", &myip, &mymask, &mygw) != ERR_OK)
		abort();
	netif_set_default(&e.netif);
	l = tcp_new();
	tcp_bind(l, IP4_ADDR_ANY, 80);
	l = tcp_listen(l);
	tcp_accept(l, connaccept);
	u = udp_new();
	udp_bind(u, IP4_ADDR_ANY, 7);
	udp_recv(u, udpecho, NULL);
	dns_setserver(0, &mygw);
}

/* what each input starts from */
static void
reset(void)
{
	static int nq;
	ip_addr_t a;
	char name[32];
	int i;

	for(i = 0; i < nconns; i++)
		if(conns[i] != NULL){
			tcp_arg(conns[i], NULL);
			tcp_err(conns[i], NULL);
			tcp_abort(conns[i]);
			conns[i] = NULL;
		}
	nconns = 0;
	dhcp_release_and_stop(&e.netif);
	netif_set_addr(&e.netif, &myip, &mymask, &mygw);
	etharp_cleanup_netif(&e.netif);
	lwipseed(1);
	dhcp_start(&e.netif);
	snprintf(name, sizeof name, "host%d.test", nq++ % 8);
	dns_gethostbyname(name, &a, dnsfound, NULL);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	size_t n;
	int i;

	if(!ready){
		setup();
		ready = 1;
	}
	reset();
	while(size >= 2){
		n = (size_t)data[0] << 8 | data[1];
		data += 2;
		size -= 2;
		if(n > size)
			n = size;
		etherinput(&e, data, (long)n);
		data += n;
		size -= n;
		now += 100;
		sys_check_timeouts();
	}
	/* let timers run out what the input started (reassembly, retries) */
	for(i = 0; i < 20; i++){
		now += 1000;
		sys_check_timeouts();
	}
	return 0;
}

#ifdef SEEDS
/* the seed writer: frames for 10.0.0.2 from 10.0.0.1 (52:54:00:00:00:01) */

static u8_t frame[1600];
static const u8_t us[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
static const u8_t them[6] = { 0x52, 0x54, 0x00, 0x00, 0x00, 0x01 };

static void
put16(u8_t *p, unsigned v)
{
	p[0] = v >> 8;
	p[1] = v;
}

/* Ethernet header of type t to us (or broadcast); the length so far */
static int
ether(int t, int bcast)
{
	memcpy(frame, bcast ? (const u8_t*)"\xff\xff\xff\xff\xff\xff" : us, 6);
	memcpy(frame + 6, them, 6);
	put16(frame + 12, t);
	return 14;
}

/* an IPv4 packet of protocol proto, payload pay of n bytes, from src
 * to dst; the transport checksum at offset ck of the payload (or -1)
 * is filled in; the frame's length */
static int
ip4(int proto, const u8_t *pay, int n, const char *src, const char *dst, int ck)
{
	u8_t *ip, *ph, sum[1600];
	ip4_addr_t s, d;
	int l;
	u16_t c;

	l = ether(0x0800, 0);
	ip = frame + l;
	ip4addr_aton(src, &s);
	ip4addr_aton(dst, &d);
	memset(ip, 0, 20);
	ip[0] = 0x45;
	put16(ip + 2, 20 + n);
	put16(ip + 4, 1);
	ip[8] = 64;
	ip[9] = proto;
	memcpy(ip + 12, &s.addr, 4);
	memcpy(ip + 16, &d.addr, 4);
	c = inet_chksum(ip, 20);
	memcpy(ip + 10, &c, 2);
	memcpy(ip + 20, pay, n);
	if(ck >= 0){
		/* pseudo-header, then the payload with a zero checksum */
		ph = sum;
		memcpy(ph, &s.addr, 4);
		memcpy(ph + 4, &d.addr, 4);
		ph[8] = 0;
		ph[9] = proto;
		put16(ph + 10, n);
		memcpy(ph + 12, ip + 20, n);
		ph[12 + ck] = ph[13 + ck] = 0;
		if(proto == 1)
			c = inet_chksum(ph + 12, n);
		else
			c = inet_chksum(ph, 12 + n);
		memcpy(ip + 20 + ck, &c, 2);
	}
	return l + 20 + n;
}

static int
udp(int sport, int dport, const u8_t *pay, int n, const char *src, const char *dst)
{
	u8_t u[1500];

	put16(u, sport);
	put16(u + 2, dport);
	put16(u + 4, 8 + n);
	put16(u + 6, 0);
	memcpy(u + 8, pay, n);
	return ip4(17, u, 8 + n, src, dst, 6);
}

static int
tcp(int flags, u32_t seq, const u8_t *pay, int n)
{
	u8_t t[1500];

	memset(t, 0, 24);
	put16(t, 40000);
	put16(t + 2, 80);
	t[4] = seq >> 24; t[5] = seq >> 16; t[6] = seq >> 8; t[7] = seq;
	t[12] = 6 << 4;		/* 24 bytes: an MSS option */
	t[13] = flags;
	put16(t + 14, 8192);
	t[20] = 2; t[21] = 4; put16(t + 22, 1460);
	if(n > 0)
		memcpy(t + 24, pay, n);
	return ip4(6, t, 24 + n, "10.0.0.1", "10.0.0.2", 16);
}

/* write the frames given as (length, bytes) pairs into one seed file */
static void
seed(const char *dir, const char *name, const u8_t *in, int n)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "wb");
	if(f == NULL || fwrite(in, 1, n, f) != (size_t)n || fclose(f) != 0){
		fprintf(stderr, "lwip_fuzz: cannot write %s\n", path);
		exit(1);
	}
}

/* append the current frame (l bytes) to buf at *n */
static void
add(u8_t *buf, int *n, int l)
{
	put16(buf + *n, l);
	memcpy(buf + *n + 2, frame, l);
	*n += 2 + l;
}

int
main(int argc, char **argv)
{
	static u8_t buf[16384], m[600];
	int n, l;
	u8_t echo[64];

	if(argc != 2){
		fprintf(stderr, "usage: lwip_seeds dir\n");
		return 2;
	}
	/* ARP request who-has 10.0.0.2 */
	l = ether(0x0806, 1);
	memcpy(frame + l, "\x00\x01\x08\x00\x06\x04\x00\x01", 8);
	memcpy(frame + l + 8, them, 6);
	memcpy(frame + l + 14, "\x0a\x00\x00\x01", 4);
	memset(frame + l + 18, 0, 6);
	memcpy(frame + l + 24, "\x0a\x00\x00\x02", 4);
	n = 0;
	add(buf, &n, l + 28);
	seed(argv[1], "arp", buf, n);

	/* ICMP echo request */
	memset(echo, 0, sizeof echo);
	echo[0] = 8;
	put16(echo + 4, 0x1234);
	put16(echo + 6, 1);
	memcpy(echo + 8, "ninefold ping", 13);
	n = 0;
	add(buf, &n, ip4(1, echo, 64, "10.0.0.1", "10.0.0.2", 2));
	seed(argv[1], "ping", buf, n);

	/* UDP to the echo port, and a fragmented one */
	n = 0;
	add(buf, &n, udp(5000, 7, (const u8_t*)"hello", 5, "10.0.0.1", "10.0.0.2"));
	seed(argv[1], "udp", buf, n);

	/* TCP: SYN, then data and FIN (sequence numbers as a client would) */
	n = 0;
	add(buf, &n, tcp(0x02, 1000, NULL, 0));
	add(buf, &n, tcp(0x18, 1001, (const u8_t*)"GET / HTTP/1.1\r\n\r\n", 18));
	add(buf, &n, tcp(0x11, 1019, NULL, 0));
	seed(argv[1], "tcp", buf, n);

	/* DHCP offer: op 2, htype 1, hlen 6, our chaddr, yiaddr, magic, options */
	memset(m, 0, sizeof m);
	m[0] = 2; m[1] = 1; m[2] = 6;
	memcpy(m + 16, "\x0a\x00\x00\x0f", 4);
	memcpy(m + 28, us, 6);
	memcpy(m + 236, "\x63\x82\x53\x63", 4);
	l = 240;
	memcpy(m + l, "\x35\x01\x02", 3); l += 3;			/* offer */
	memcpy(m + l, "\x36\x04\x0a\x00\x00\x01", 6); l += 6;		/* server */
	memcpy(m + l, "\x33\x04\x00\x00\x0e\x10", 6); l += 6;		/* lease */
	memcpy(m + l, "\x01\x04\xff\xff\xff\x00", 6); l += 6;		/* mask */
	memcpy(m + l, "\x03\x04\x0a\x00\x00\x01", 6); l += 6;		/* router */
	memcpy(m + l, "\x06\x04\x0a\x00\x00\x03", 6); l += 6;		/* dns */
	m[l++] = 0xff;
	n = 0;
	add(buf, &n, udp(67, 68, m, l, "10.0.0.1", "255.255.255.255"));
	seed(argv[1], "dhcp", buf, n);

	/* DNS answer for host0.test: one A record */
	memset(m, 0, sizeof m);
	l = 0;
	memcpy(m, "\x00\x00\x81\x80\x00\x01\x00\x01\x00\x00\x00\x00", 12); l = 12;
	memcpy(m + l, "\x05host0\x04test\x00\x00\x01\x00\x01", 16); l += 16;
	memcpy(m + l, "\xc0\x0c\x00\x01\x00\x01\x00\x00\x0e\x10\x00\x04\x0a\x00\x00\x63", 16); l += 16;
	n = 0;
	add(buf, &n, udp(53, 49153, m, l, "10.0.0.1", "10.0.0.2"));
	seed(argv[1], "dns", buf, n);
	return 0;
}
#endif
