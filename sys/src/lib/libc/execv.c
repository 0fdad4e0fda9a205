/*
 * execv: run a program with this environment.
 */
#include <unistd.h>

/* Replace the process with path, given argv and environ. */
int
execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}
