/*
 * signal.h: signals (Linux's numbers) over Plan 9 notes.  A signal
 * travels as a note: SIGKILL and SIGTERM as "kill", SIGINT as
 * "interrupt", SIGALRM as "alarm", SIGHUP as "hangup", SIGQUIT as
 * "quit", SIGUSR1 and SIGUSR2 as "usr1" and "usr2".  libc's note handler
 * turns a note back into a signal for signal() and sigaction(); the
 * kernel's "sys: ..." notes (faults) are always fatal, and "kill"
 * cannot be caught.  A handler must return (no longjmp out of it).
 */
#ifndef SIGNAL_H
#define SIGNAL_H

#include <sys/types.h>

typedef int	sig_atomic_t;
typedef unsigned long	sigset_t;

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
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define SIGURG		23
#define SIGWINCH	28
#define NSIG		32

#define SIG_DFL		((void (*)(int))0)
#define SIG_IGN		((void (*)(int))1)
#define SIG_ERR		((void (*)(int))-1)

#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

struct sigaction {
	void	(*sa_handler)(int);
	sigset_t	sa_mask;	/* not used */
	int	sa_flags;	/* not used */
};
#define SA_RESTART	0x10000000
#define SA_NOCLDSTOP	1

int	kill(pid_t pid, int sig);
int	raise(int sig);
void	(*signal(int sig, void (*h)(int)))(int);
int	sigaction(int sig, const struct sigaction *act, struct sigaction *old);
int	sigprocmask(int how, const sigset_t *set, sigset_t *old);
int	sigpending(sigset_t *set);
int	sigemptyset(sigset_t *s);
int	sigfillset(sigset_t *s);
int	sigaddset(sigset_t *s, int sig);
int	sigdelset(sigset_t *s, int sig);
int	sigismember(const sigset_t *s, int sig);

#endif
