/*
 * getpid: this process's id.
 */
#include <unistd.h>
#include "impl.h"

/* Return the process id. */
pid_t
getpid(void)
{
	return _sys_getpid();
}
