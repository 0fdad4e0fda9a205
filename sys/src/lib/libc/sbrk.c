/*
 * sbrk: grow or shrink the data segment.
 */
#include <u.h>
#include <unistd.h>
#include "impl.h"

/* Move the break by incr bytes; return the old break, or (void*)-1. */
void*
sbrk(long incr)
{
	long cur, r;

	cur = _brkcur;
	if(cur == 0 && (cur = _brkcur = _sysret(_sys_brk(0))) < 0){
		_brkcur = 0;
		return (void*)-1;
	}
	if(incr == 0)
		return (void*)cur;
	r = _sysret(_sys_brk(cur + incr));
	if(r < 0)
		return (void*)-1;
	_brkcur = r;
	if(r != cur + incr){
		_sysret(-12);	/* ENOMEM */
		return (void*)-1;
	}
	return (void*)cur;
}
