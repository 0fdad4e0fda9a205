/*
 * route.c: static routes, netd's ip:/routes (netd(8)): networks
 * reached through a gateway other than the default one.  lwIP asks,
 * for an address off the interface's own network, which neighbour to
 * send to (etharp's LWIP_HOOK_ETHARP_GET_GW, lwipopts.h): the gateway
 * of the longest route that holds the address, if that gateway is on
 * the interface's network; else nil, and lwIP takes the default.
 */
#include "lwip/opt.h"
#include "lwip/def.h"
#include "lwip/ip4_addr.h"
#include "lwip/netif.h"
#include <stdio.h>

enum { Nroute = 16 };

typedef struct Route Route;
struct Route {
	int		used;
	ip4_addr_t	net;
	ip4_addr_t	mask;
	ip4_addr_t	gw;
};

static Route	routes[Nroute];

/* longer: is mask a longer prefix than m? */
static int
longer(const ip4_addr_t *mask, const ip4_addr_t *m)
{
	return lwip_ntohl(ip4_addr_get_u32(mask)) > lwip_ntohl(ip4_addr_get_u32(m));
}

const ip4_addr_t*
routegw(struct netif *nf, const ip4_addr_t *dst)
{
	Route *r, *best;

	best = NULL;
	for(r = routes; r < routes + Nroute; r++)
		if(r->used && ip4_addr_netcmp(dst, &r->net, &r->mask)
		&& ip4_addr_netcmp(&r->gw, netif_ip4_addr(nf), netif_ip4_netmask(nf))
		&& (best == NULL || longer(&r->mask, &best->mask)))
			best = r;
	return best != NULL ? &best->gw : NULL;
}

/* routeadd: net/mask through gw (net's host bits dropped; one of the same net and mask replaced); nil or an error */
char*
routeadd(const ip4_addr_t *net, const ip4_addr_t *mask, const ip4_addr_t *gw)
{
	Route *r, *free;
	ip4_addr_t n;

	ip4_addr_get_u32(&n) = ip4_addr_get_u32(net) & ip4_addr_get_u32(mask);
	free = NULL;
	for(r = routes; r < routes + Nroute; r++){
		if(r->used && ip4_addr_cmp(&r->net, &n) && ip4_addr_cmp(&r->mask, mask))
			break;
		if(!r->used && free == NULL)
			free = r;
	}
	if(r == routes + Nroute && (r = free) == NULL)
		return "route table full";
	r->used = 1;
	r->net = n;
	r->mask = *mask;
	r->gw = *gw;
	return NULL;
}

/* routeremove: the route to net/mask goes; nil or an error */
char*
routeremove(const ip4_addr_t *net, const ip4_addr_t *mask)
{
	Route *r;
	u32_t n;

	n = ip4_addr_get_u32(net) & ip4_addr_get_u32(mask);
	for(r = routes; r < routes + Nroute; r++)
		if(r->used && ip4_addr_get_u32(&r->net) == n && ip4_addr_cmp(&r->mask, mask)){
			r->used = 0;
			return NULL;
		}
	return "no such route";
}

/* routeflush: every route goes */
void
routeflush(void)
{
	Route *r;

	for(r = routes; r < routes + Nroute; r++)
		r->used = 0;
}

/* routelist: the routes as lines "net/len gateway ether0" into s (n bytes); the length */
int
routelist(char *s, int n)
{
	char a[IP4ADDR_STRLEN_MAX], g[IP4ADDR_STRLEN_MAX];
	Route *r;
	u32_t m;
	int k, len;

	k = 0;
	for(r = routes; r < routes + Nroute && k < n; r++){
		if(!r->used)
			continue;
		m = lwip_ntohl(ip4_addr_get_u32(&r->mask));
		for(len = 0; len < 32 && (m & (0x80000000UL >> len)); len++)
			;
		ip4addr_ntoa_r(&r->net, a, sizeof a);
		ip4addr_ntoa_r(&r->gw, g, sizeof g);
		k += snprintf(s + k, n - k, "%s/%d %s ether0\n", a, len, g);
	}
	return k < n ? k : n;
}
