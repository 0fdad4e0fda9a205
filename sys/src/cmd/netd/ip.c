/*
 * ip.c: the text of ip:'s files and its control messages: ifc (the
 * interface, its address and counters), routes (what lwIP's routing
 * amounts to: the interface's network, the default route through the
 * gateway, the loopback), stats (lwIP's counters per protocol) and
 * ctl ("dhcp", "add ip mask [gw]").
 */
#include "netd.h"
#include "lwip/stats.h"

/* ifctext: the text of ip:/ifc; ringerrors counts the driver's records and queue entries refused (ring.c) */
void
ifctext(char *s, int n)
{
	char a[IP4ADDR_STRLEN_MAX], m[IP4ADDR_STRLEN_MAX], g[IP4ADDR_STRLEN_MAX];
	char d[IP4ADDR_STRLEN_MAX], d2[IP4ADDR_STRLEN_MAX+1];
	struct netif *nf;

	nf = &ether.netif;
	ip4addr_ntoa_r(netif_ip4_addr(nf), a, sizeof a);
	ip4addr_ntoa_r(netif_ip4_netmask(nf), m, sizeof m);
	ip4addr_ntoa_r(netif_ip4_gw(nf), g, sizeof g);
	ip4addr_ntoa_r(ip_2_ip4(dns_getserver(0)), d, sizeof d);
	d2[0] = 0;
	if(!ip_addr_isany(dns_getserver(1))){
		d2[0] = ' ';
		ip4addr_ntoa_r(ip_2_ip4(dns_getserver(1)), d2+1, sizeof d2 - 1);
	}
	snprintf(s, n, "ether0 %02x%02x%02x%02x%02x%02x mtu %d addr %s mask %s gw %s %s\n"
		"in %lu out %lu drops %lu errors %lu ringerrors %lu\n"
		"dns %s%s\n",
		ether.ea[0], ether.ea[1], ether.ea[2], ether.ea[3], ether.ea[4], ether.ea[5],
		nf->mtu, a, m, g, dhcp_supplied_address(nf) ? "dhcp" : "static",
		ether.inframes, ether.outframes, ether.indrops, ether.outerrs, ringerrs, d, d2);
}

/* isdotted: s is four decimal numbers of 0 to 255 joined by dots (what ip4addr_aton takes is looser) */
int
isdotted(char *s)
{
	int n, d, k;

	for(n = 0; n < 4; n++){
		for(d = 0, k = 0; *s >= '0' && *s <= '9' && k < 4; s++, k++)
			d = d*10 + *s - '0';
		if(k == 0 || k > 3 || d > 255)
			return 0;
		if(n < 3 && *s++ != '.')
			return 0;
	}
	return *s == 0;
}

/* masklen: the prefix length of mask m (host order), or -1 if its ones are not contiguous */
static int
masklen(u32_t m)
{
	int n;

	for(n = 0; n < 32 && (m & (0x80000000UL >> n)); n++)
		;
	if(n < 32 && (m << n) != 0)
		return -1;
	return n;
}

/*
 * routestext: the text of ip:/routes, a route a line: "net/len gateway
 * ifc", gateway 0.0.0.0 for a network on the wire: the interface's
 * network, the static routes, the default route, the loopback.
 */
void
routestext(char *s, int n)
{
	char a[IP4ADDR_STRLEN_MAX], g[IP4ADDR_STRLEN_MAX];
	struct netif *nf;
	ip4_addr_t net;
	int k;

	nf = &ether.netif;
	k = 0;
	s[0] = 0;
	if(!ip4_addr_isany_val(*netif_ip4_addr(nf)) && netif_is_up(nf)){
		ip4_addr_get_u32(&net) = ip4_addr_get_u32(netif_ip4_addr(nf)) & ip4_addr_get_u32(netif_ip4_netmask(nf));
		ip4addr_ntoa_r(&net, a, sizeof a);
		k += snprintf(s+k, n-k, "%s/%d 0.0.0.0 ether0\n", a,
			masklen(lwip_ntohl(ip4_addr_get_u32(netif_ip4_netmask(nf)))));
		k += routelist(s+k, n-k);
		if(!ip4_addr_isany_val(*netif_ip4_gw(nf))){
			ip4addr_ntoa_r(netif_ip4_gw(nf), g, sizeof g);
			k += snprintf(s+k, n-k, "0.0.0.0/0 %s ether0\n", g);
		}
	}
	if(k < n)
		snprintf(s+k, n-k, "127.0.0.0/8 0.0.0.0 lo\n");
}

/* protostats: one line of ip:/stats */
static int
protostats(char *s, int n, char *name, struct stats_proto *p)
{
	unsigned long errs;

	errs = (unsigned long)p->chkerr + p->lenerr + p->memerr + p->rterr + p->proterr + p->opterr + p->err;
	return snprintf(s, n, "%s in %lu out %lu drop %lu errors %lu\n", name,
		(unsigned long)p->recv, (unsigned long)p->xmit, (unsigned long)p->drop, errs);
}

/*
 * statstext: the text of ip:/stats: for ip, icmp, tcp and udp, the
 * packets in and out, dropped, and in error (bad checksum or length,
 * no memory, no route, a protocol or option error).
 */
void
statstext(char *s, int n)
{
	int k;

	k = protostats(s, n, "ip", &lwip_stats.ip);
	k += protostats(s+k, n-k, "icmp", &lwip_stats.icmp);
	k += protostats(s+k, n-k, "tcp", &lwip_stats.tcp);
	protostats(s+k, n-k, "udp", &lwip_stats.udp);
}

/*
 * routectl: a write of ip:/routes, as Plan 9's iproute: "add NET MASK
 * GW" (GW on the interface's network), "remove NET MASK", "flush";
 * nil or an error
 */
char*
routectl(char *msg)
{
	char *f[5];
	int n;
	ip4_addr_t a, m, g;
	struct netif *nf;

	n = ctlfields(msg, f, nelem(f));
	if(n == 1 && strcmp(f[0], "flush") == 0){
		routeflush();
		return nil;
	}
	if((n != 3 || strcmp(f[0], "remove") != 0) && (n != 4 || strcmp(f[0], "add") != 0))
		return "bad route message: add net mask gw, remove net mask, or flush";
	if(!isdotted(f[1]) || !ip4addr_aton(f[1], &a))
		return "bad address";
	if(!isdotted(f[2]) || !ip4addr_aton(f[2], &m) || masklen(lwip_ntohl(ip4_addr_get_u32(&m))) < 0)
		return "bad mask";
	if(n == 3)
		return routeremove(&a, &m);
	nf = &ether.netif;
	if(!isdotted(f[3]) || !ip4addr_aton(f[3], &g) || ip4_addr_isany_val(g))
		return "bad gateway";
	if(ip4_addr_isany_val(*netif_ip4_addr(nf)) || !ip4_addr_netcmp(&g, netif_ip4_addr(nf), netif_ip4_netmask(nf)))
		return "gateway not on the interface's network";
	return routeadd(&a, &m, &g);
}

/* ipctl: "dhcp", "add IP MASK [GW]" or "dns IP [IP2]"; nil or an error */
char*
ipctl(char *msg)
{
	char *f[5];
	int n;
	ip4_addr_t a, m, g;

	n = ctlfields(msg, f, nelem(f));
	if(n == 1 && strcmp(f[0], "dhcp") == 0)
		return dhcp_start(&ether.netif) == ERR_OK ? nil : "dhcp failed to start";
	if((n == 3 || n == 4) && strcmp(f[0], "add") == 0){
		if(!isdotted(f[1]) || !ip4addr_aton(f[1], &a) || ip4_addr_isany_val(a))
			return "bad address";
		if(!isdotted(f[2]) || !ip4addr_aton(f[2], &m) || masklen(lwip_ntohl(ip4_addr_get_u32(&m))) < 0)
			return "bad mask";
		if(n == 3)
			ip4_addr_set_zero(&g);
		else if(!isdotted(f[3]) || !ip4addr_aton(f[3], &g))
			return "bad gateway";
		dhcp_stop(&ether.netif);
		netif_set_addr(&ether.netif, &a, &m, &g);
		return nil;
	}
	if((n == 2 || n == 3) && strcmp(f[0], "dns") == 0){
		/* the name servers: the second is tried when the first does not answer */
		if(!isdotted(f[1]) || !ip4addr_aton(f[1], &a) || (n == 3 && (!isdotted(f[2]) || !ip4addr_aton(f[2], &g))))
			return "bad address";
		if(n == 2)
			ip4_addr_set_zero(&g);
		dns_setserver(0, (ip_addr_t*)&a);
		dns_setserver(1, (ip_addr_t*)&g);
		return nil;
	}
	return "bad control message: dhcp, add ip mask [gw], or dns ip [ip2]";
}
