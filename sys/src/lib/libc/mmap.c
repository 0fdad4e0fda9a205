/*
 * mmap: map memory (anonymous, or physical for drivers).
 */
#include <sys/mman.h>
#include "impl.h"

/* Map len bytes; return the address, or MAP_FAILED. */
void*
mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	long r;

	r = _sysret(_sys_mmap((long)addr, len, prot, flags, fd, off));
	return r == -1 ? MAP_FAILED : (void*)r;
}
