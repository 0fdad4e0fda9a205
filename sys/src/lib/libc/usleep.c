/*
 * usleep: pause for microseconds (rounded up to milliseconds).
 */
#include <unistd.h>
#include "impl.h"

/* Sleep for at least us microseconds; 0 or -1. */
int
usleep(useconds_t us)
{
	return _sysret(_sys_sleep((us + 999L) / 1000));
}
