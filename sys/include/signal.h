/*
 * signal.h: signal numbers (Linux's) and kill.  A signal travels as
 * a Plan 9 note: SIGKILL and SIGTERM as "kill", SIGINT as "interrupt",
 * SIGALRM as "alarm", SIGHUP as "hangup".
 */
#ifndef SIGNAL_H
#define SIGNAL_H

#include <sys/types.h>

typedef int	sig_atomic_t;

#define SIGHUP		1
#define SIGINT		2
#define SIGQUIT		3
#define SIGILL		4
#define SIGTRAP		5
#define SIGABRT		6
#define SIGBUS		7
#define SIGFPE		8
#define SIGKILL		9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGCHLD		17
#define NSIG		32

int	kill(pid_t pid, int sig);

#endif
