/*
 * lseek: move a file descriptor's offset.
 */
#include <unistd.h>
#include "impl.h"

/* Set fd's offset from SEEK_SET, SEEK_CUR or SEEK_END; return the new offset. */
off_t
lseek(int fd, off_t off, int whence)
{
	return _sysret(_sys_seek(fd, off, whence));
}
