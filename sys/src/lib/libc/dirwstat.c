/*
 * dirwstat: change a file's attributes with 9P stat bytes (don't-touch values for the rest).
 */
#include <libc.h>
#include "impl.h"

/* change a file's attributes with 9P stat bytes (don't-touch values for the rest). */
int
wstat(char *url, uchar *buf, int n)
{
	return _sysret(_sys_wstat((long)url, (long)buf, n));
}
