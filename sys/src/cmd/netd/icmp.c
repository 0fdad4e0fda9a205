/*
 * icmp.c: Plan 9's /net/icmp over one lwIP raw pcb: icmp:/clone and
 * N/{ctl,data,local,remote,status}.  ctl takes "connect a.b.c.d" (a
 * "!port" after the address, as dial(2) writes one, is ignored),
 * "headers" and "hangup".  A write of data is one ICMP message, header
 * and payload; netd fills in the checksum and, in an echo request, the
 * identifier: the conversation's own, so that the replies find it.
 * A read returns the next ICMP message for the conversation, header
 * and payload without the IP header (in headers mode, after the IPv4
 * header it came with: the sender, the TTL): an echo reply from the
 * connected address with its identifier, or an error (unreachable,
 * time exceeded, ...) sent about one of its requests.  The raw pcb
 * never eats a message, so lwIP still sees every one and answers echo
 * requests itself.
 */
#include "netd.h"
#include "lwip/raw.h"
#include "lwip/icmp.h"
#include "lwip/inet_chksum.h"
#include "lwip/stats.h"

enum {
	Maxicmp = 0xFFFF - 20,	/* an ICMP message in one IPv4 datagram */
};

Conv	*icmpconvs[Nconv];
static struct raw_pcb	*rawpcb;
static u16_t	generation;

static u8_t	icmprecv(void *arg, struct raw_pcb *pcb, struct pbuf *p, const ip_addr_t *addr);

/*
 * icmpinit: the raw pcb that sees every ICMP message (and eats none),
 * from the start: the errors quoting our UDP datagrams (udpunreach)
 * come whether or not anyone has an icmp conversation.  0 or -1.
 */
int
icmpinit(void)
{
	if(rawpcb == nil){
		rawpcb = raw_new(IP_PROTO_ICMP);
		if(rawpcb == nil)
			return -1;
		raw_recv(rawpcb, icmprecv, nil);
	}
	return 0;
}

/* icmpnew: a free icmp conversation (inuse 1) with a fresh identifier, or nil */
Conv*
icmpnew(void)
{
	Conv *c;
	int i;

	if(icmpinit() < 0)
		return nil;
	for(i = 0; i < Nconv; i++){
		c = icmpconvs[i];
		if(c == nil){
			c = calloc(1, sizeof *c);
			if(c == nil)
				return nil;
			c->id = i;
			c->proto = Picmp;
			icmpconvs[i] = c;
		}
		if(c->inuse == 0 && c->state == Closed){
			c->inuse = 1;
			c->err[0] = 0;
			c->nrq = 0;
			c->headers = 0;
			ip_addr_set_zero(&c->raddr);
			/* the echo identifier: unique among live conversations (the low 6 bits are i) */
			generation++;
			c->rport = (u16_t)(generation << 6 | i);
			return c;
		}
	}
	return nil;
}

/* icmpkick: answer what the held reads can have now: a message each, or the error */
static void
icmpkick(Conv *c)
{
	Pending *p;
	Req *r;
	struct pbuf *q;
	long n;

	while((p = c->reads) != nil && (c->ndgram > 0 || c->err[0])){
		r = p->r;
		c->reads = p->next;
		free(p);
		if(c->ndgram == 0){
			respond(r, c->err);
			continue;
		}
		q = c->dgram[c->dhead];
		c->dgram[c->dhead] = nil;
		c->dhead = (c->dhead + 1) % Ndgram;
		c->ndgram--;
		n = q->tot_len;
		if(n > (long)r->ifcall.count)
			n = r->ifcall.count;
		pbuf_copy_partial(q, r->ofcall.data, n, 0);
		c->nrq -= q->tot_len;
		pbuf_free(q);
		r->ofcall.count = n;
		respond(r, nil);
	}
}

/* dropqueue: c's unread messages go */
static void
dropqueue(Conv *c)
{
	while(c->ndgram > 0){
		pbuf_free(c->dgram[c->dhead]);
		c->dgram[c->dhead] = nil;
		c->dhead = (c->dhead + 1) % Ndgram;
		c->ndgram--;
	}
	c->nrq = 0;
}

/* icmpclose: the last fid of c went: its reads are answered, its queue freed */
void
icmpclose(Conv *c)
{
	if(c->inuse > 0)
		return;
	answer(&c->reads, "hungup");
	dropqueue(c);
	c->state = Closed;
}

/* deliver: the ICMP message at off in p joins c's queue (dropped when full) */
static void
deliver(Conv *c, struct pbuf *p, int off)
{
	struct pbuf *q;
	int n;

	n = p->tot_len - off;
	if(c->ndgram == Ndgram || c->nrq + n > Maxq)
		return;
	q = pbuf_alloc(PBUF_RAW, n, PBUF_RAM);
	if(q == nil)
		return;
	pbuf_copy_partial(p, q->payload, n, off);
	c->dgram[(c->dhead + c->ndgram++) % Ndgram] = q;
	c->nrq += n;
	icmpkick(c);
}

/* findconv: the connected conversation with identifier id talking to a */
static Conv*
findconv(u16_t id, const ip4_addr_t *a)
{
	Conv *c;
	int i;

	for(i = 0; i < Nconv; i++){
		c = icmpconvs[i];
		if(c != nil && c->state == Established && c->rport == id
		&& ip4_addr_cmp(ip_2_ip4(&c->raddr), a))
			return c;
	}
	return nil;
}

/*
 * icmprecv: lwIP's raw input, p starting at the IP header: an echo
 * reply goes to the conversation whose identifier it carries, an error
 * to the one whose request it quotes.  Never eaten (0): lwIP's own
 * ICMP goes on to see it.
 */
static u8_t
icmprecv(void *arg, struct raw_pcb *pcb, struct pbuf *p, const ip_addr_t *addr)
{
	u8_t h[60+8+60+8], *m, *in;
	int n, hl, il;
	ip4_addr_t dst;
	Conv *c;

	USED(arg); USED(pcb);
	n = pbuf_copy_partial(p, h, p->tot_len < sizeof h ? p->tot_len : sizeof h, 0);
	if(n < 20)
		return 0;
	hl = (h[0] & 0xF) * 4;
	if(hl < 20 || n < hl + 8)
		return 0;
	m = h + hl;
	switch(m[0]){
	case ICMP_ER:
		c = findconv(m[4]<<8 | m[5], ip_2_ip4(addr));
		if(c != nil)
			deliver(c, p, c->headers ? 0 : hl);
		break;
	case ICMP_DUR:
	case ICMP_SQ:
	case ICMP_RD:
	case ICMP_TE:
	case ICMP_PP:
		/* the quoted datagram: our echo request's IP header and its first 8 bytes */
		in = m + 8;
		if(n < hl + 8 + 20)
			break;
		il = (in[0] & 0xF) * 4;
		if(m[0] == ICMP_DUR && il >= 20 && n >= hl + 8 + il + 8 && in[9] == IP_PROTO_UDP){
			/* a datagram of ours was refused: a port or host unreachable */
			IP4_ADDR(&dst, in[16], in[17], in[18], in[19]);
			if(m[1] == ICMP_DUR_PORT || m[1] == ICMP_DUR_HOST || m[1] == ICMP_DUR_NET)
				udpunreach(m[1], &dst, in[il+2]<<8 | in[il+3], in[il]<<8 | in[il+1]);
			break;
		}
		if(il < 20 || n < hl + 8 + il + 8 || in[9] != IP_PROTO_ICMP || in[il] != ICMP_ECHO)
			break;
		IP4_ADDR(&dst, in[16], in[17], in[18], in[19]);
		c = findconv(in[il+4]<<8 | in[il+5], &dst);
		if(c != nil)
			deliver(c, p, c->headers ? 0 : hl);
		break;
	}
	return 0;
}

/* icmpctl: "connect a.b.c.d[!port]", "headers" or "hangup"; nil or an error */
char*
icmpctl(Conv *c, char *msg)
{
	char *f[3], *p;
	int n;
	ip_addr_t ip;

	if((n = ctlfields(msg, f, nelem(f))) == 0)
		return "empty control message";
	if(n == 1 && strcmp(f[0], "headers") == 0){
		c->headers = 1;
		return nil;
	}
	if(n == 1 && strcmp(f[0], "hangup") == 0){
		c->state = Hungup;
		if(c->err[0] == 0)
			strlcpy(c->err, "hungup", sizeof c->err);
		icmpkick(c);
		return nil;
	}
	if(n != 2 || strcmp(f[0], "connect") != 0)
		return "bad control message: connect a.b.c.d, headers, or hangup";
	if(c->state != Closed)
		return "already connected";
	if((p = strchr(f[1], '!')) != nil)
		*p = 0;
	if(!isdotted(f[1]) || !ipaddr_aton(f[1], &ip) || ip_addr_isany(&ip))
		return "bad address: want a.b.c.d";
	c->raddr = ip;
	c->state = Established;
	return nil;
}

/* icmpread: a read of c's data: the next message now, or held until one comes */
void
icmpread(Conv *c, Req *r)
{
	if(r->ifcall.count == 0){
		r->ofcall.count = 0;
		respond(r, nil);
		return;
	}
	if(c->state == Closed){
		respond(r, "not connected");
		return;
	}
	hold(&c->reads, r);
	icmpkick(c);
}

/* senderr: what lwIP's error from raw_sendto means to the writer */
static char*
senderr(err_t e)
{
	switch(e){
	case ERR_RTE:
		return "no route to host";
	case ERR_MEM:
	case ERR_BUF:
		return Enomem;
	default:
		return "icmp send failed";
	}
}

/* icmpwrite: one ICMP message to c's address, its checksum (and echo identifier) filled in */
void
icmpwrite(Conv *c, Req *r)
{
	struct pbuf *p;
	u8_t *b;
	u16_t sum;
	long n;
	err_t e;

	if(c->err[0]){
		respond(r, c->err);
		return;
	}
	if(c->state != Established){
		respond(r, "not connected");
		return;
	}
	n = r->ifcall.count;
	if(n < 8){
		respond(r, "short icmp message: the header is 8 bytes");
		return;
	}
	if(n > Maxicmp){
		respond(r, "icmp message too long");
		return;
	}
	p = pbuf_alloc(PBUF_IP, n, PBUF_RAM);
	if(p == nil){
		respond(r, Enomem);
		return;
	}
	b = p->payload;
	memmove(b, r->ifcall.data, n);
	if(b[0] == ICMP_ECHO){
		b[4] = c->rport >> 8;
		b[5] = c->rport;
	}
	b[2] = b[3] = 0;
	sum = inet_chksum(b, n);
	memmove(b+2, &sum, 2);
	e = raw_sendto(rawpcb, p, &c->raddr);
	pbuf_free(p);
	if(e != ERR_OK){
		respond(r, senderr(e));
		return;
	}
	ICMP_STATS_INC(icmp.xmit);
	r->ofcall.count = n;
	respond(r, nil);
}

/* icmpflush: forget the held read old (flushed); 1 if it was one of ours */
int
icmpflush(Req *old)
{
	int i;
	Conv *c;

	for(i = 0; i < Nconv; i++)
		if((c = icmpconvs[i]) != nil && unhold(&c->reads, old)){
			respond(old, "interrupted");
			return 1;
		}
	return 0;
}

/* icmptext: the text of c's local, remote or status file */
void
icmptext(Conv *c, int file, char *s, int n)
{
	static char *states[] = { "Closed", "Dialing", "Listen", "Established", "Hungup" };
	char a[IP4ADDR_STRLEN_MAX];

	switch(file){
	case Qlocal:
		ip4addr_ntoa_r(netif_ip4_addr(&ether.netif), a, sizeof a);
		snprintf(s, n, "%s!%d\n", a, c->rport);
		break;
	case Qremote:
		ip4addr_ntoa_r(ip_2_ip4(&c->raddr), a, sizeof a);
		snprintf(s, n, "%s!%d\n", a, c->rport);
		break;
	default:
		snprintf(s, n, "icmp %s\n", states[c->state]);
		break;
	}
}
