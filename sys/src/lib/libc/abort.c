/*
 * abort: end the process abnormally.
 */
#include <u.h>
#include <stdlib.h>
#include <unistd.h>
#include "impl.h"

/* Post "kill" to ourselves, flushing nothing; exit 134 should that fail. */
_Noreturn void
abort(void)
{
	_sys_postnote(_sys_getpid(), (long)"kill");
	for(;;)
		_sys_exits(134);
}
