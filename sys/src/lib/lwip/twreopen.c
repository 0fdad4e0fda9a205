/*
 * twreopen.c: a new connection from a TIME-WAIT connection's peer and
 * port opens at once, as RFC 1122 4.2.2.13 allows and Linux and the
 * BSDs do; lwIP alone answers such a SYN with an ACK of the old
 * connection for 2 MSL (two minutes here).
 *
 * It matters because a side that closes first keeps the TIME-WAIT: an
 * HTTP server, or any server that hangs up, holds one per client for
 * two minutes, and a client that picks the same port again within that
 * time (QEMU's user network forwards connections with the host's own
 * port numbers, and Linux reuses a port soon when connections come
 * fast) could not connect at all until it had gone.
 *
 * The rule (RFC 1122): the TIME-WAIT connection gives way to a SYN (no
 * ACK, no RST) whose sequence number is beyond everything the old
 * connection received, so no old duplicate can be taken for new data.
 * lwIP's ip4_input calls twreopen (LWIP_HOOK_IP4_INPUT, lwipopts.h)
 * before it looks at the packet, so every length is checked here; the
 * packet always goes on to lwIP, which then finds the listener.
 */
#include "lwip/opt.h"
#include "lwip/def.h"
#include "lwip/ip.h"
#include "lwip/prot/ip4.h"
#include "lwip/prot/tcp.h"
#include "lwip/priv/tcp_priv.h"

int
twreopen(struct pbuf *p, struct netif *inp)
{
	const struct ip_hdr *ip;
	const struct tcp_hdr *tcp;
	struct tcp_pcb *pcb;
	ip4_addr_t src, dst;
	u16_t hl, sport, dport, off;
	u32_t seqno;

	LWIP_UNUSED_ARG(inp);
	if(p->len < IP_HLEN)
		return 0;
	ip = (const struct ip_hdr*)p->payload;
	hl = IPH_HL_BYTES(ip);
	off = lwip_ntohs(IPH_OFFSET(ip));
	if(IPH_PROTO(ip) != IP_PROTO_TCP || hl < IP_HLEN || (off & (IP_MF|IP_OFFMASK)) != 0
	|| p->len < hl + TCP_HLEN || lwip_ntohs(IPH_LEN(ip)) < hl + TCP_HLEN)
		return 0;
	tcp = (const struct tcp_hdr*)((const u8_t*)p->payload + hl);
	if((TCPH_FLAGS(tcp) & (TCP_SYN|TCP_ACK|TCP_RST|TCP_FIN)) != TCP_SYN)
		return 0;
	ip4_addr_copy(src, ip->src);
	ip4_addr_copy(dst, ip->dest);
	sport = lwip_ntohs(tcp->src);
	dport = lwip_ntohs(tcp->dest);
	seqno = lwip_ntohl(tcp->seqno);
	for(pcb = tcp_tw_pcbs; pcb != NULL; pcb = pcb->next)
		if(pcb->remote_port == sport && pcb->local_port == dport
		&& ip4_addr_cmp(ip_2_ip4(&pcb->remote_ip), &src)
		&& ip4_addr_cmp(ip_2_ip4(&pcb->local_ip), &dst)){
			if(TCP_SEQ_GT(seqno, pcb->rcv_nxt))
				tcp_abort(pcb);	/* a TIME-WAIT pcb is just freed: no RST */
			break;
		}
	return 0;
}
