/*
 * waitpid: wait for a child to end.
 */
#include <sys/wait.h>
#include "impl.h"

/*
 * Reap child pid (-1: any); *status gets the Linux encoding: exit code
 * << 8, or the signal that killed it.  With WNOHANG return 0 if none
 * has ended.  The kernel reports an exit code as s >= 0, death by a
 * note or fault as -signal.
 */
pid_t
waitpid(pid_t pid, int *status, int flags)
{
	int s;
	long r;

	s = 0;
	r = _sysret(_sys_await(pid, (long)&s, flags));
	if(r > 0 && status != 0)
		*status = s >= 0 ? (s & 0xff) << 8 : -s & 0x7f;
	return r;
}
