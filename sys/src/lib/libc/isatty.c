/*
 * isatty: is a descriptor the console?
 */
#include <u.h>
#include <string.h>
#include <unistd.h>
#include "impl.h"

enum {
	Enotty	= 25,		/* ENOTTY: errno.h does not list it yet */
};

/*
 * 1 if fd is open on the console: a file (not a directory) the server
 * names "cons", as the cons server names the root of cons:; else 0.
 */
int
isatty(int fd)
{
	uchar buf[_STATMAX];
	const uchar *s;
	int len;

	if(_rawstat(nil, fd, buf, sizeof buf) < 0)
		return 0;
	s = _statstr(buf, 0, &len);
	if((buf[8] & _QTDIR) == 0 && len == 4 && memcmp(s, "cons", 4) == 0)
		return 1;
	_seterr(Enotty, "not a terminal");
	return 0;
}
