/*
 * nsec: Plan 9's clock.
 */
#include <libc.h>
#include "impl.h"

/* Return nanoseconds since boot. */
vlong
nsec(void)
{
	return _sys_nsec();
}
