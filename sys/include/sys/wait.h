/*
 * sys/wait.h: waiting for children.  waitpid returns the Linux
 * encoding of the status: an exit code in bits 8-15, or the number
 * of the signal (note) that killed the process in bits 0-6.
 */
#ifndef SYS_WAIT_H
#define SYS_WAIT_H

#include <sys/types.h>

#define WNOHANG		1

#define WEXITSTATUS(s)	(((s) >> 8) & 0xff)
#define WTERMSIG(s)	((s) & 0x7f)
#define WIFEXITED(s)	(WTERMSIG(s) == 0)
#define WIFSIGNALED(s)	(WTERMSIG(s) != 0 && WTERMSIG(s) != 0x7f)

pid_t	wait(int *status);
pid_t	waitpid(pid_t pid, int *status, int flags);

#endif
