/*
 * lwip.h: liblwip, lwIP 2.1.3 for Ninefold (raw API, NO_SYS=1), and
 * Ninefold's glue: an Ethernet interface (Etherif) whose frames go out
 * through the caller's transmit function and come in by etherinput;
 * lwIP's clock (sys_now, from nsec) and random numbers.  See lwip(2).
 * Compile with $(LWIPCFLAGS) (sys/src/mkconfig.mk): lwIP's headers,
 * lwipopts.h and arch/cc.h.  Every lwIP call comes from one thread.
 */
#ifndef LWIP_H
#define LWIP_H

#include "lwip/init.h"
#include "lwip/netif.h"
#include "lwip/pbuf.h"
#include "lwip/sys.h"
#include "lwip/timeouts.h"
#include "lwip/ip4_addr.h"

typedef struct Etherif Etherif;

/*
 * One Ethernet interface.  The caller fills ea, mtu (0: 1500),
 * transmit and aux, then calls etheradd.
 */
struct Etherif
{
	struct netif	netif;		/* lwIP's; &e->netif is what lwIP calls take */
	u8_t	ea[6];			/* the MAC address */
	u16_t	mtu;			/* IP MTU; 0 means 1500 */
	/* send one whole frame (Ethernet header on, no FCS); n or -1 */
	long	(*transmit)(Etherif *e, const void *frame, long n);
	void	*aux;			/* the caller's */
	/* counted by the glue */
	unsigned long	inframes, outframes, indrops, outerrs;
};

err_t	etheradd(Etherif *e, const char name[2], const ip4_addr_t *ip,
		const ip4_addr_t *mask, const ip4_addr_t *gw);
int	etherinput(Etherif *e, const void *frame, long n);
void	lwipseed(unsigned long long seed);

/* static routes (route.c): lwIP sends to an address off the network through the longest that holds it */
char*	routeadd(const ip4_addr_t *net, const ip4_addr_t *mask, const ip4_addr_t *gw);
char*	routeremove(const ip4_addr_t *net, const ip4_addr_t *mask);
void	routeflush(void);
int	routelist(char *s, int n);
unsigned int	lwiprand(void);

#endif
