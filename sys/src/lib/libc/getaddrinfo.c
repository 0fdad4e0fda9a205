/*
 * getaddrinfo, freeaddrinfo, gai_strerror, getnameinfo: names and
 * services to socket addresses and back (getaddrinfo(2)).  A host is
 * an address (inet_aton's forms) or a name asked of netd's dns:
 * (which knows localhost itself); a service a port number or a name
 * dial(2) knows.  IPv4 only.
 */
#include <u.h>
#include <errno.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <netdb.h>
#include <arpa/inet.h>
#include "impl.h"

/* _gaierr: the EAI_ error for dns:'s error string e */
int
_gaierr(char *e)
{
	if(strstr(e, "not found") != nil || strstr(e, "no address") != nil)
		return EAI_NONAME;
	if(strstr(e, "no name server") != nil || strstr(e, "timed out") != nil)
		return EAI_AGAIN;
	return EAI_FAIL;
}

/* _hostaddr: node's address into a: numeric, or (unless numeric only) by dns:; 0 or EAI_ */
int
_hostaddr(const char *node, int numeric, struct in_addr *a)
{
	char buf[INET_ADDRSTRLEN], e[128];

	if(inet_aton(node, a))
		return 0;
	if(numeric)
		return EAI_NONAME;
	if(_dnsquery(node, buf, sizeof buf) < 0){
		errstr(e, sizeof e);	/* it stays, for %r */
		return _gaierr(e);
	}
	if(!inet_aton(buf, a))
		return EAI_FAIL;
	return 0;
}

/* servport: service's port (host order) into *port; 0 or EAI_ */
static int
servport(const char *service, int flags, int *port)
{
	char *e;
	long n;

	*port = 0;
	if(service == nil)
		return 0;
	n = strtol(service, &e, 10);
	if(e != service && *e == 0){
		if(n < 0 || n > 65535)
			return EAI_SERVICE;
		*port = n;
		return 0;
	}
	if(flags & AI_NUMERICSERV)
		return EAI_NONAME;
	if((*port = _netservice(service)) < 0)
		return EAI_SERVICE;
	return 0;
}

/* getaddrinfo: node's and service's socket addresses, a list in *res */
int
getaddrinfo(const char *node, const char *service, const struct addrinfo *hints, struct addrinfo **res)
{
	static int types[] = { SOCK_STREAM, SOCK_DGRAM };
	struct addrinfo h, *ai, **l;
	struct sockaddr_in *in;
	struct in_addr a;
	int port, e, i, t;

	*res = nil;
	memset(&h, 0, sizeof h);
	if(hints != nil)
		h = *hints;
	if(h.ai_flags & ~(AI_PASSIVE|AI_CANONNAME|AI_NUMERICHOST|AI_V4MAPPED|AI_ALL|AI_ADDRCONFIG|AI_NUMERICSERV))
		return EAI_BADFLAGS;
	if(h.ai_family != AF_UNSPEC && h.ai_family != AF_INET)
		return EAI_FAMILY;
	if(h.ai_socktype != 0 && h.ai_socktype != SOCK_STREAM && h.ai_socktype != SOCK_DGRAM)
		return EAI_SOCKTYPE;
	if(node == nil && service == nil)
		return EAI_NONAME;
	if((e = servport(service, h.ai_flags, &port)) != 0)
		return e;
	if(node == nil)
		a.s_addr = htonl((h.ai_flags & AI_PASSIVE) ? INADDR_ANY : INADDR_LOOPBACK);
	else if((e = _hostaddr(node, h.ai_flags & AI_NUMERICHOST, &a)) != 0)
		return e;
	l = res;
	for(i = 0; i < (int)nelem(types); i++){
		t = types[i];
		if(h.ai_socktype != 0 && h.ai_socktype != t)
			continue;
		if(h.ai_protocol != 0 && h.ai_protocol != (t == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP))
			continue;
		/* the addrinfo and its address in one allocation: freeaddrinfo frees both */
		ai = calloc(1, sizeof *ai + sizeof *in);
		if(ai == nil){
			freeaddrinfo(*res);
			*res = nil;
			return EAI_MEMORY;
		}
		in = (struct sockaddr_in*)(ai + 1);
		in->sin_family = AF_INET;
		in->sin_port = htons(port);
		in->sin_addr = a;
		ai->ai_family = AF_INET;
		ai->ai_socktype = t;
		ai->ai_protocol = t == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP;
		ai->ai_addrlen = sizeof *in;
		ai->ai_addr = (struct sockaddr*)in;
		if(l == res && (h.ai_flags & AI_CANONNAME) && node != nil)
			ai->ai_canonname = strdup(node);
		*l = ai;
		l = &ai->ai_next;
	}
	if(*res == nil)
		return EAI_SOCKTYPE;	/* a protocol that is not the type's */
	return 0;
}

/* freeaddrinfo: free getaddrinfo's list */
void
freeaddrinfo(struct addrinfo *ai)
{
	struct addrinfo *next;

	for(; ai != nil; ai = next){
		next = ai->ai_next;
		free(ai->ai_canonname);
		free(ai);
	}
}

/* gai_strerror: the text of getaddrinfo's error */
const char*
gai_strerror(int err)
{
	switch(err){
	case 0:			return "success";
	case EAI_BADFLAGS:	return "bad ai_flags";
	case EAI_NONAME:	return "name or service not known";
	case EAI_AGAIN:		return "name lookup failed for now (no name server?)";
	case EAI_FAIL:		return "name lookup failed";
	case EAI_NODATA:	return "no address for the name";
	case EAI_FAMILY:	return "address family not supported";
	case EAI_SOCKTYPE:	return "socket type not supported";
	case EAI_SERVICE:	return "service not known for the socket type";
	case EAI_ADDRFAMILY:	return "no address in the family";
	case EAI_MEMORY:	return "out of memory";
	case EAI_SYSTEM:	return strerror(errno);
	case EAI_OVERFLOW:	return "buffer too small";
	}
	return "unknown getaddrinfo error";
}

/*
 * getnameinfo: sa's address and port as text, in host (hostlen bytes)
 * and serv (servlen).  The address is always numeric (there is no
 * reverse lookup: NI_NAMEREQD fails); a port dial(2) knows by name is
 * named unless NI_NUMERICSERV.
 */
int
getnameinfo(const struct sockaddr *sa, socklen_t salen, char *host, socklen_t hostlen, char *serv, socklen_t servlen, int flags)
{
	const struct sockaddr_in *in;
	char buf[16], *name;
	int port;

	if(sa == nil || salen < sizeof *in || sa->sa_family != AF_INET)
		return EAI_FAMILY;
	in = (const struct sockaddr_in*)sa;
	if(host != nil && hostlen > 0){
		if(flags & NI_NAMEREQD)
			return EAI_NONAME;
		if(inet_ntop(AF_INET, &in->sin_addr, host, hostlen) == nil)
			return EAI_OVERFLOW;
	}
	if(serv != nil && servlen > 0){
		port = ntohs(in->sin_port);
		name = (flags & NI_NUMERICSERV) ? nil : _netservname(port);
		if(name == nil){
			snprintf(buf, sizeof buf, "%d", port);
			name = buf;
		}
		if(strlen(name) >= servlen)
			return EAI_OVERFLOW;
		strcpy(serv, name);
	}
	return 0;
}
