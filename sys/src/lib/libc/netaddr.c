/*
 * netaddr.c: what dial(2) and the sockets' names share: the services
 * known by name, and a name's address asked of netd's dns:.
 */
#include <libc.h>
#include "impl.h"

static struct {
	char	*name;
	int	port;
} services[] = {
	{ "echo", 7 }, { "discard", 9 }, { "ftp", 21 }, { "ssh", 22 },
	{ "telnet", 23 }, { "smtp", 25 }, { "domain", 53 }, { "dns", 53 },
	{ "http", 80 }, { "https", 443 }, { "9fs", 564 }, { "9p", 564 },
	{ "exportfs", 564 }, { "rcpu", 17019 },
};

/* _netservice: the port of a service named s, or -1 */
int
_netservice(const char *s)
{
	uint i;

	for(i = 0; i < nelem(services); i++)
		if(strcmp(services[i].name, s) == 0)
			return services[i].port;
	return -1;
}

/* _netservname: the name of port's service, or nil */
char*
_netservname(int port)
{
	uint i;

	for(i = 0; i < nelem(services); i++)
		if(services[i].port == port)
			return services[i].name;
	return nil;
}

/*
 * _dnsquery: host's address, dotted, into a (n bytes), asked of dns:
 * ("name ip", answered "name ip a.b.c.d"); 0, or -1 with dns:'s
 * error set ("dns: name not found", "dns: no name server").
 */
int
_dnsquery(const char *host, char *a, int n)
{
	char q[300], r[400], *p;
	int fd, m;

	if(strlen(host) > 255){
		werrstr("%s: name too long", host);
		return -1;
	}
	if((fd = open("dns:", O_RDWR)) < 0)
		return -1;
	snprintf(q, sizeof q, "%s ip", host);
	if(write(fd, q, strlen(q)) < 0 || (m = pread(fd, r, sizeof r - 1, 0)) < 0){
		close(fd);
		return -1;
	}
	close(fd);
	r[m] = 0;
	p = strstr(r, " ip ");
	if(p == nil){
		werrstr("%s: no address", host);
		return -1;
	}
	p += 4;
	p[strcspn(p, " \n")] = 0;
	snprintf(a, n, "%s", p);
	return 0;
}
