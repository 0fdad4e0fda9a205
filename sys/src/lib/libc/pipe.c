/*
 * pipe: a pipe: fd[0] reads what fd[1] writes.
 */
#include <unistd.h>
#include "impl.h"

/* a pipe: fd[0] reads what fd[1] writes. */
int
pipe(int fd[2])
{
	return _sysret(_sys_pipe((long)fd));
}
