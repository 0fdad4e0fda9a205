/*
 * rfork: Plan 9's process creation and resource control.
 */
#include <libc.h>
#include "impl.h"

/* With RFPROC make a child (return its pid, 0 in the child); else change sharing. */
int
rfork(int flags)
{
	return _sysret(_sys_rfork(flags));
}
