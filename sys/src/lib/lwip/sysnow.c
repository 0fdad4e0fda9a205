/*
 * sys_now: lwIP's clock, milliseconds since boot from nsec(2).
 * lwIP's timers (sys_check_timeouts) run by it; it wraps after 49
 * days, which lwIP allows for.
 */
#include <libc.h>
#include "lwip.h"

/* Milliseconds since boot. */
u32_t
sys_now(void)
{
	return (u32_t)(nsec() / 1000000);
}
