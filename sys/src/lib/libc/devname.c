/*
 * _devname: the Unix device names programs and users type, taken to
 * Ninefold's schemes, as Redox's libc does.  There is no /dev tree:
 * the devices are schemes of their own (null:, zero:, rand:, cons:),
 * so `>/dev/null` in rc or fopen("/dev/null") in a ported program
 * would otherwise name a file in file: (or in whatever scheme the
 * current directory is in).  Only these exact absolute names are
 * taken; anything else, file:/dev/null included, is left alone.
 */
#include <u.h>
#include <string.h>
#include "impl.h"

static struct {
	char	*unix;
	char	*url;
} names[] = {
	{ "/dev/null",		"null:" },
	{ "/dev/zero",		"zero:" },
	{ "/dev/random",	"rand:" },
	{ "/dev/urandom",	"rand:" },
	{ "/dev/cons",		"cons:" },
	{ "/dev/tty",		"cons:" },
};

const char*
_devname(const char *path)
{
	uint i;

	if(path == nil || strncmp(path, "/dev/", 5) != 0)
		return path;
	for(i = 0; i < nelem(names); i++)
		if(strcmp(path, names[i].unix) == 0)
			return names[i].url;
	return path;
}
