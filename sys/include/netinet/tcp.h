/*
 * netinet/tcp.h: TCP's socket options (socket(2)).  netd never holds
 * back a small segment, so TCP_NODELAY is always in effect.
 */
#ifndef NETINET_TCP_H
#define NETINET_TCP_H

#define TCP_NODELAY	1
#define TCP_MAXSEG	2
#define TCP_KEEPIDLE	4

#endif
