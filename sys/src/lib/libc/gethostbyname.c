/*
 * gethostbyname, getservbyname, hstrerror, h_errno: the older
 * interfaces to names (getaddrinfo(2)), in static storage.
 */
#include <u.h>
#include <errno.h>
#include <string.h>
#include <stdio.h>
#include <netdb.h>
#include <arpa/inet.h>
#include "impl.h"

int	h_errno;

int	_hostaddr(const char *node, int numeric, struct in_addr *a);

/* gethostbyname: name's address, as a hostent; nil with h_errno set */
struct hostent*
gethostbyname(const char *name)
{
	static struct hostent h;
	static char hname[256], *aliases[1], *addrs[2];
	static struct in_addr a;

	switch(_hostaddr(name, 0, &a)){
	case 0:
		break;
	case EAI_NONAME:
		h_errno = HOST_NOT_FOUND;
		return nil;
	case EAI_AGAIN:
		h_errno = TRY_AGAIN;
		return nil;
	default:
		h_errno = NO_RECOVERY;
		return nil;
	}
	strlcpy(hname, name, sizeof hname);
	aliases[0] = nil;
	addrs[0] = (char*)&a;
	addrs[1] = nil;
	h.h_name = hname;
	h.h_aliases = aliases;
	h.h_addrtype = AF_INET;
	h.h_length = 4;
	h.h_addr_list = addrs;
	return &h;
}

/* getservbyname: the service dial(2) knows by name (for tcp or udp alike) */
struct servent*
getservbyname(const char *name, const char *proto)
{
	static struct servent s;
	static char sname[32], sproto[8], *aliases[1];
	int port;

	if((port = _netservice(name)) < 0)
		return nil;
	if(proto != nil && strcmp(proto, "tcp") != 0 && strcmp(proto, "udp") != 0)
		return nil;
	strlcpy(sname, name, sizeof sname);
	strlcpy(sproto, proto != nil ? proto : "tcp", sizeof sproto);
	aliases[0] = nil;
	s.s_name = sname;
	s.s_aliases = aliases;
	s.s_port = htons(port);
	s.s_proto = sproto;
	return &s;
}

/* hstrerror: the text of an h_errno */
const char*
hstrerror(int err)
{
	switch(err){
	case 0:			return "no error";
	case HOST_NOT_FOUND:	return "host not found";
	case TRY_AGAIN:		return "name lookup failed for now (no name server?)";
	case NO_RECOVERY:	return "name lookup failed";
	case NO_DATA:		return "no address for the name";
	}
	return "unknown resolver error";
}
