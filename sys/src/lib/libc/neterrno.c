/*
 * _neterrno: the errno of a network error string: errno.h's NETERRORS
 * (the strings netd says are those errnos' own) and the other things
 * netd says.  The kernel maps only errno.h's ERRORS and gives EIO for
 * the rest; _sysret and the sockets' calls ask here.
 */
#include <u.h>
#include <errno.h>
#include <string.h>
#include "impl.h"

static struct {
	char	*msg;
	int	num;
} neterrs[] = {
#define NETENT(name, num, str)	{ str, num },
	NETERRORS(NETENT)
#undef NETENT
	/* netd's words for the same things (netd(8)) */
	{ "network not configured",	ENETUNREACH },
	{ "network card gone",		ENETDOWN },
	{ "no free conversations",	ENOBUFS },
	{ "already in use",		EISCONN },
	{ "hungup",			EPIPE },
	{ "connection shut down",	EPIPE },
	{ "connection error",		ECONNABORTED },
	{ "not announced",		EINVAL },
	{ "cannot connect",		ECONNREFUSED },
	{ "read timed out",		EAGAIN },	/* SO_RCVTIMEO's */
	{ "write timed out",		EAGAIN },	/* SO_SNDTIMEO's */
};

/* the errno for msg, or 0 when it is no network error */
int
_neterrno(char *msg)
{
	uint i;

	for(i = 0; i < nelem(neterrs); i++)
		if(strcmp(neterrs[i].msg, msg) == 0)
			return neterrs[i].num;
	return 0;
}
