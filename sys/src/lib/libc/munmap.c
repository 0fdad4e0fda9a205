/*
 * munmap: unmap memory.
 */
#include <sys/mman.h>
#include "impl.h"

/* Unmap len bytes at addr; 0 or -1. */
int
munmap(void *addr, size_t len)
{
	return _sysret(_sys_munmap((long)addr, len));
}
