/*
 * _exit, _Exit: end the process at once, flushing nothing.
 */
#include <stdlib.h>
#include <unistd.h>
#include "impl.h"

/* End the process with exit code status & 0xff. */
_Noreturn void
_exit(int status)
{
	for(;;)
		_sys_exits(status & 0xff);
}

/* The C name of _exit. */
_Noreturn void
_Exit(int status)
{
	_exit(status);
}
