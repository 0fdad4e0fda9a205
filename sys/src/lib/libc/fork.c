/*
 * fork: a new process with a copy of the memory and descriptors.
 */
#include <unistd.h>
#include <syscall.h>
#include "impl.h"

/* Return the child's pid in the parent, 0 in the child, or -1. */
pid_t
fork(void)
{
	return _sysret(_sys_rfork(RFPROC|RFFDG));
}
