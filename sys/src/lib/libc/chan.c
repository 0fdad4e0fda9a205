/*
 * chan: make a kernel channel: two ends, one message per read and write.
 */
#include <libc.h>
#include "impl.h"

/* make a kernel channel: two ends, one message per read and write. */
int
chan(int fd[2])
{
	return _sysret(_sys_chan((long)fd));
}
