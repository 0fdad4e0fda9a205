/*
 * etherif: an Ethernet interface for lwIP whose frames leave through
 * the caller's transmit function (a NIC driver's ring, a test's fake
 * wire) and arrive by etherinput.  Each direction costs one copy:
 * outgoing frames are one contiguous pbuf (LWIP_NETIF_TX_SINGLE_PBUF),
 * handed to transmit as they are; an incoming frame is copied into a
 * pbuf from lwIP's pool.
 */
#include <string.h>
#include "lwip.h"
#include "lwip/etharp.h"
#include "netif/ethernet.h"

enum {
	Ehdr	= 14,		/* destination, source, type */
	Maxframe	= 1514,	/* header and 1500 bytes, no FCS */
};

/* lwIP's linkoutput: send p as one frame through e->transmit. */
static err_t
etherlinkoutput(struct netif *netif, struct pbuf *p)
{
	Etherif *e;
	static u8_t flat[Maxframe + 4];	/* for a chain, which should not come */
	const void *frame;
	long r;

	e = (Etherif*)netif;
	if(p->tot_len > sizeof flat){
		e->outerrs++;
		return ERR_BUF;
	}
	if(p->next == NULL)
		frame = p->payload;
	else{
		pbuf_copy_partial(p, flat, p->tot_len, 0);
		frame = flat;
	}
	r = e->transmit(e, frame, p->tot_len);
	if(r != p->tot_len){
		e->outerrs++;
		return ERR_IF;
	}
	e->outframes++;
	return ERR_OK;
}

/* netif_add's init callback: an Ethernet interface with ARP. */
static err_t
etherinit(struct netif *netif)
{
	Etherif *e;

	e = (Etherif*)netif;
	netif->hwaddr_len = ETH_HWADDR_LEN;
	memcpy(netif->hwaddr, e->ea, ETH_HWADDR_LEN);
	netif->mtu = e->mtu ? e->mtu : 1500;
	netif->flags = NETIF_FLAG_BROADCAST | NETIF_FLAG_ETHARP | NETIF_FLAG_ETHERNET;
	netif->output = etharp_output;
	netif->linkoutput = etherlinkoutput;
	return ERR_OK;
}

/*
 * Add e to lwIP's interfaces, named name (two letters, as "en"),
 * with the given addresses (NULL or 0.0.0.0 for none yet, as before
 * DHCP), up and with its link up.  The caller has filled ea, mtu,
 * transmit and aux.  ERR_OK or lwIP's error.
 */
err_t
etheradd(Etherif *e, const char name[2], const ip4_addr_t *ip,
	const ip4_addr_t *mask, const ip4_addr_t *gw)
{
	if(e->transmit == NULL || (e->mtu != 0 && (e->mtu < 576 || e->mtu > 1500)))
		return ERR_ARG;
	e->netif.name[0] = name[0];
	e->netif.name[1] = name[1];
	if(netif_add(&e->netif, ip, mask, gw, e, etherinit, ethernet_input) == NULL)
		return ERR_IF;
	netif_set_up(&e->netif);
	netif_set_link_up(&e->netif);
	return ERR_OK;
}

/*
 * Hand lwIP one received frame of n bytes (Ethernet header on, no
 * FCS); it is copied, so the caller may reuse its buffer at once.
 * 0, or -1 when the frame is malformed in size or no pbuf is free (it
 * is dropped and counted).
 */
int
etherinput(Etherif *e, const void *frame, long n)
{
	struct pbuf *p;

	if(n < Ehdr || n > Maxframe + 4){	/* + a VLAN tag */
		e->indrops++;
		return -1;
	}
	p = pbuf_alloc(PBUF_RAW, (u16_t)n, PBUF_POOL);
	if(p == NULL){
		e->indrops++;
		return -1;
	}
	if(pbuf_take(p, frame, (u16_t)n) != ERR_OK || e->netif.input(p, &e->netif) != ERR_OK){
		pbuf_free(p);
		e->indrops++;
		return -1;
	}
	e->inframes++;
	return 0;
}
