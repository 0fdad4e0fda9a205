# lwipfiles.mk: the lwIP source files liblwip is built from, relative
# to out/lwip/src, one per line (tests/fuzz/lwip.sh reads them too):
# the IPv4 core, Ethernet and ARP, ICMP, raw, UDP, TCP, DHCP, DNS.
LWIPFILES =
LWIPFILES += core/def.c
LWIPFILES += core/dns.c
LWIPFILES += core/inet_chksum.c
LWIPFILES += core/init.c
LWIPFILES += core/ip.c
LWIPFILES += core/mem.c
LWIPFILES += core/memp.c
LWIPFILES += core/netif.c
LWIPFILES += core/pbuf.c
LWIPFILES += core/raw.c
LWIPFILES += core/stats.c
LWIPFILES += core/sys.c
LWIPFILES += core/tcp.c
LWIPFILES += core/tcp_in.c
LWIPFILES += core/tcp_out.c
LWIPFILES += core/timeouts.c
LWIPFILES += core/udp.c
LWIPFILES += core/ipv4/dhcp.c
LWIPFILES += core/ipv4/etharp.c
LWIPFILES += core/ipv4/icmp.c
LWIPFILES += core/ipv4/ip4.c
LWIPFILES += core/ipv4/ip4_addr.c
LWIPFILES += core/ipv4/ip4_frag.c
LWIPFILES += netif/ethernet.c
# Ninefold's glue, here; sysnow.c (nsec) only in the Ninefold build
LWIPGLUE = etherif.c lwiprand.c twreopen.c chksum.c route.c
