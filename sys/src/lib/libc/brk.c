/*
 * brk: set the end of the data segment.  The break as last set or
 * read is kept in _brkcur (0: not known yet), so that sbrk(0), which
 * malloc's free asks often, needs no system call.
 */
#include <u.h>
#include <unistd.h>
#include "impl.h"

long	_brkcur;

/* Move the break to addr; 0 or -1 (ENOMEM). */
int
brk(void *addr)
{
	long r;

	r = _sysret(_sys_brk((long)addr));
	if(r < 0)
		return -1;
	_brkcur = r;
	if((void*)r != addr)
		return _sysret(-12);	/* ENOMEM */
	return 0;
}
