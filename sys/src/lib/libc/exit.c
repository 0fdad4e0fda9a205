/*
 * exit: end the process cleanly.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "impl.h"

/* Run the atexit functions, flush every stream and end with status. */
_Noreturn void
exit(int status)
{
	_runatexit();
	fflush(0);
	_exit(status);
}
