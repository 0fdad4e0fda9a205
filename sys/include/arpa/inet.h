/*
 * arpa/inet.h: IPv4 addresses as text and back (socket(2)).
 */
#ifndef ARPA_INET_H
#define ARPA_INET_H

#include <netinet/in.h>

in_addr_t	inet_addr(const char *s);
int	inet_aton(const char *s, struct in_addr *a);
char	*inet_ntoa(struct in_addr a);
int	inet_pton(int af, const char *src, void *dst);
const char	*inet_ntop(int af, const void *src, char *dst, socklen_t size);

#endif
