/*
 * execve: run a program in place of this one.
 */
#include <unistd.h>
#include "impl.h"

/* Replace the process with path, given argv and envp; returns only on error. */
int
execve(const char *path, char *const argv[], char *const envp[])
{
	return _sysret(_sys_exec((long)path, (long)argv, (long)envp));
}
