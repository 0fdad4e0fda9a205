/*
 * lwipopts.h: lwIP's configuration for Ninefold (netd) and for the
 * host tests: the raw API only, called from one event loop (NO_SYS 1:
 * no threads, no locks, no sockets or netconn), IPv4 over Ethernet
 * with ARP, ICMP, UDP, TCP, raw pcbs (ping), DHCP and DNS; sizes for a
 * small machine.  What is not named here keeps lwIP's default
 * (lwip/opt.h).
 */
#ifndef LWIP_LWIPOPTS_H
#define LWIP_LWIPOPTS_H

/* one thread, the raw API */
#define NO_SYS			1
#define SYS_LIGHTWEIGHT_PROT	0
#define LWIP_SOCKET		0
#define LWIP_NETCONN		0
#define LWIP_NETIF_API		0

/* protocols */
#define LWIP_IPV4		1
#define LWIP_IPV6		0
#define LWIP_ARP		1
#define LWIP_ETHERNET		1
#define LWIP_ICMP		1
#define LWIP_RAW		1
#define LWIP_UDP		1
#define LWIP_TCP		1
#define LWIP_DHCP		1
#define LWIP_DNS		1
#define LWIP_AUTOIP		0
#define LWIP_IGMP		0
#define IP_REASSEMBLY		1
#define IP_FRAG			1
#define LWIP_TCP_KEEPALIVE	1
#define LWIP_NETIF_HOSTNAME	1
#define LWIP_NETIF_STATUS_CALLBACK	1
#define LWIP_NETIF_LINK_CALLBACK	1
/* loopback (127.0.0.1, and to the interface's own address): the event
 * loop calls netif_poll_all() to deliver what was looped back */
#define LWIP_HAVE_LOOPIF	1
#define LWIP_NETIF_LOOPBACK	1
/* each outgoing frame is one contiguous pbuf, so a driver copies it
 * once, straight from the payload */
#define LWIP_NETIF_TX_SINGLE_PBUF	1
/* QEMU's user network and a LAN's DHCP server own their addresses:
 * take the lease at once, without the ARP probe's second */
#define DHCP_DOES_ARP_CHECK	0

/* memory: lwIP's own heap and pools, in the program's data */
#define MEM_LIBC_MALLOC		0
#define MEMP_MEM_MALLOC		0
#define MEM_ALIGNMENT		8
#define MEM_SIZE		(256*1024)
#define PBUF_POOL_SIZE		128
#define MEMP_NUM_PBUF		64
#define MEMP_NUM_RAW_PCB	8
#define MEMP_NUM_UDP_PCB	16
#define MEMP_NUM_TCP_PCB	32
#define MEMP_NUM_TCP_PCB_LISTEN	16
#define MEMP_NUM_TCP_SEG	256
#define MEMP_NUM_REASSDATA	8
#define MEMP_NUM_FRAG_PBUF	16
#define MEMP_NUM_ARP_QUEUE	32
#define ARP_TABLE_SIZE		16
#define ARP_QUEUEING		1

/* TCP: the largest window without window scaling (64 KiB; 32 KiB held
 * the host's sends to half the rate), a 32 KiB send buffer */
#define TCP_MSS			1460
#define TCP_WND			0xffff
#define TCP_SND_BUF		(32*1024)
#define TCP_SND_QUEUELEN	((4*TCP_SND_BUF + TCP_MSS - 1)/TCP_MSS)
#define TCP_QUEUE_OOSEQ		1
#define TCP_LISTEN_BACKLOG	1
#define TCP_OVERSIZE		TCP_MSS
/* a peer that stops answering is given up after 6 retransmissions
 * (lwIP doubles the timeout each time: about a minute on a LAN, not
 * the 7 minutes or more of its default 12), so that a 9P mount of a
 * machine that died fails instead of hanging its clients */
#define TCP_MAXRTX		6
#define TCP_SYNMAXRTX		4
/* a SYN beyond a TIME-WAIT connection's last sequence number opens a
 * new connection at once (RFC 1122 4.2.2.13; twreopen.c) */
struct pbuf;
struct netif;
int	twreopen(struct pbuf *p, struct netif *inp);
#define LWIP_HOOK_IP4_INPUT(p, inp)	twreopen((p), (inp))
/* static routes: the next hop of an address off the network (route.c) */
struct ip4_addr;
const struct ip4_addr	*routegw(struct netif *nf, const struct ip4_addr *dst);
#define LWIP_HOOK_ETHARP_GET_GW(nf, dst)	routegw((nf), (dst))

/* DNS */
#define DNS_TABLE_SIZE		16
#define DNS_MAX_SERVERS		2
#define DNS_MAX_NAME_LENGTH	256
/* localhost answers itself, with no name server asked (dns: in netd(8)) */
#define DNS_LOCAL_HOSTLIST	1
#define DNS_LOCAL_HOSTLIST_INIT	{ DNS_LOCAL_HOSTLIST_ELEM("localhost", IPADDR4_INIT_BYTES(127, 0, 0, 1)) }

/* checksums in software, generated and checked */
#define CHECKSUM_GEN_IP		1
#define CHECKSUM_GEN_UDP	1
#define CHECKSUM_GEN_TCP	1
#define CHECKSUM_GEN_ICMP	1
#define CHECKSUM_CHECK_IP	1
#define CHECKSUM_CHECK_UDP	1
#define CHECKSUM_CHECK_TCP	1
#define CHECKSUM_CHECK_ICMP	1
/* summed eight bytes an instruction (chksum.c) */
unsigned short	netchksum(const void *data, int len);
#define LWIP_CHKSUM	netchksum

/* counters for ip:/stats and netstat; no printing of them */
#define LWIP_STATS		1
#define LWIP_STATS_DISPLAY	0
#define LWIP_STATS_LARGE	1	/* 32-bit counters */

#endif
