/*
 * wait: wait for any child to end.
 */
#include <sys/wait.h>

/* Reap any child, as waitpid(-1, status, 0). */
pid_t
wait(int *status)
{
	return waitpid(-1, status, 0);
}
