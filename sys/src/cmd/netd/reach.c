/*
 * reach.c: whether an address can be reached now (the loopback always;
 * else through the card, configured and up, on its subnet or by a
 * gateway), and what netd does when the card goes: the link down, and
 * every conversation that waits on it failed.
 */
#include "netd.h"

/*
 * unroutable: why ip cannot be reached, or nil: the loopback always
 * can; otherwise the card must be there and configured, and ip on
 * its subnet or a gateway known (a route's, or the default).  (Without this lwIP sends a SYN it
 * cannot address and gives up only after its retransmissions.)
 */
char*
unroutable(ip_addr_t *ip)
{
	struct netif *n;

	n = &ether.netif;
	if(ip4_addr1(ip_2_ip4(ip)) == 127)
		return nil;
	if(!netif_is_up(n) || !netif_is_link_up(n))
		return "network is down";
	if(ip4_addr_isany_val(*netif_ip4_addr(n)))
		return "network not configured";
	if(ip4_addr_netcmp(ip_2_ip4(ip), netif_ip4_addr(n), netif_ip4_netmask(n))
	|| ip4_addr_isbroadcast(ip_2_ip4(ip), n))
		return nil;
	if(ip4_addr_isany_val(*netif_ip4_gw(n)) && routegw(n, ip_2_ip4(ip)) == nil)
		return "no route to host";
	return nil;
}

/*
 * convdown: the card is gone (its driver died): the link goes down, and
 * every connection and datagram conversation fails with err, so that
 * nobody waits for frames that cannot come.  Listeners stay.
 */
void
convdown(char *err)
{
	Conv *c;
	int k, i;

	netif_set_link_down(&ether.netif);
	for(k = 0; k < 2; k++)
		for(i = 0; i < Nconv; i++){
			if((c = convs[k][i]) == nil || c->state == Closed || c->state == Announced)
				continue;
			strlcpy(c->err, err, sizeof c->err);
			if(c->tcp != nil)
				tcp_abort(c->tcp);	/* tcperr keeps err */
			else
				convfail(c, err);
			c->state = Hungup;
		}
}
