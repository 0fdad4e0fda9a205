/*
 * sleep: pause for whole seconds.
 */
#include <unistd.h>
#include "impl.h"

/* Sleep for seconds; return 0, or the seconds asked for if interrupted. */
unsigned int
sleep(unsigned int seconds)
{
	if(_sys_sleep(seconds * 1000L) < 0)
		return seconds;
	return 0;
}
