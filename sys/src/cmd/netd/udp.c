/*
 * udp.c: the datagram side of conversations (Plan 9's /net/udp): a
 * pcb per conversation, and each datagram received queued whole, with
 * Plan 9's 52-byte header before it in headers mode.  Reads and writes
 * are conv.c's.
 */
#include "netd.h"

/* udp's callback: a datagram (with a header in headers mode) joins the queue */
static void
udprecv(void *arg, struct udp_pcb *pcb, struct pbuf *p, const ip_addr_t *addr, u16_t port)
{
	Conv *c;
	struct pbuf *h;
	uchar *b;

	USED(pcb);
	c = arg;
	if(c->nrq + p->tot_len > Maxq){
		pbuf_free(p);
		return;
	}
	if(c->headers){
		/* raddr[16] laddr[16] ifcaddr[16] rport[2] lport[2], addresses v4-in-v6 */
		h = pbuf_alloc(PBUF_RAW, 52, PBUF_RAM);
		if(h == nil){
			pbuf_free(p);
			return;
		}
		b = h->payload;
		memset(b, 0, 52);
		b[10] = b[11] = 0xFF;
		memmove(b+12, &ip_2_ip4(addr)->addr, 4);
		b[26] = b[27] = 0xFF;
		memmove(b+28, &ip_2_ip4(netif_ip_addr4(&ether.netif))->addr, 4);
		b[42] = b[43] = 0xFF;
		memmove(b+44, &ip_2_ip4(netif_ip_addr4(&ether.netif))->addr, 4);
		b[48] = port >> 8;
		b[49] = port;
		b[50] = c->udp->local_port >> 8;
		b[51] = c->udp->local_port;
		pbuf_cat(h, p);
		p = h;
	}
	if(c->ndgram == Ndgram){
		pbuf_free(p);	/* nobody reads: dropped, as UDP may */
		return;
	}
	c->dgram[(c->dhead + c->ndgram++) % Ndgram] = p;
	c->nrq += p->tot_len;
	convkick(c);
}

/* udpsetup: c gets a udp pcb, bound to port (0: any) */
char*
udpsetup(Conv *c, u16_t port)
{
	if(c->udp == nil){
		c->udp = udp_new();
		if(c->udp == nil)
			return Enomem;
		udp_recv(c->udp, udprecv, c);
	}
	if(udp_bind(c->udp, IP_ADDR_ANY, port) != ERR_OK)
		return "address in use";
	return nil;
}

/*
 * udpunreach: an ICMP destination unreachable quoting a datagram we sent
 * from lport to dst!dport.  A conversation connected there hears it:
 * its reads and writes then fail with "connection refused" (a port
 * nobody serves) or "no route to host", as Plan 9's udp hangs up the
 * conversation.  One that is not connected (headers mode, answering
 * many) never learns which of its peers it was, as on Linux.
 */
void
udpunreach(int code, ip4_addr_t *dst, u16_t dport, u16_t lport)
{
	Conv *c;
	int i;

	for(i = 0; i < Nconv; i++){
		c = convs[Pudp-Ptcp][i];
		if(c == nil || c->udp == nil || c->state != Established || c->headers
		|| c->udp->local_port != lport || c->rport != dport || !ip4_addr_cmp(ip_2_ip4(&c->raddr), dst))
			continue;
		convfail(c, code == ICMP_DUR_PORT ? "connection refused" : "no route to host");
	}
}
