/*
 * bind: make name: name url too (a union with MBEFORE or MAFTER).
 */
#include <libc.h>
#include "impl.h"

/* make name: name url too (a union with MBEFORE or MAFTER). */
int
bind(char *url, char *name, int flags)
{
	return _sysret(_sys_bind((long)url, (long)name, flags));
}
