/*
 * brk: set the end of the data segment.
 */
#include <u.h>
#include <unistd.h>
#include "impl.h"

/* Move the break to addr; 0 or -1 (ENOMEM). */
int
brk(void *addr)
{
	long r;

	r = _sysret(_sys_brk((long)addr));
	if(r < 0)
		return -1;
	if((void*)r != addr)
		return _sysret(-12);	/* ENOMEM */
	return 0;
}
