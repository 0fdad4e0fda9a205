/*
 * mkdir: make a directory.
 */
#include <u.h>
#include <unistd.h>
#include <sys/stat.h>
#include "impl.h"

/*
 * Create directory url with permissions mode & 0777: an exclusive
 * create with DMDIR (9P Tcreate), then close.  0 or -1 (EEXIST if
 * something has the name).
 */
int
mkdir(const char *url, mode_t mode)
{
	long fd;

	fd = _sysret(_sys_open((long)url, OREAD|OCREATE|OEXCL, (long)(_DMDIR | (mode & 0777))));
	if(fd < 0)
		return -1;
	close(fd);
	return 0;
}
