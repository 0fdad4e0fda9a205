/*
 * strsignal: the name of a signal.
 */
#include <u.h>
#include <signal.h>
#include <string.h>

/* A short description of sig, or "unknown signal". */
char*
strsignal(int sig)
{
	static char *names[NSIG] = {
		[SIGHUP] = "hangup", [SIGINT] = "interrupt", [SIGQUIT] = "quit",
		[SIGILL] = "illegal instruction", [SIGTRAP] = "trap",
		[SIGABRT] = "aborted", [SIGBUS] = "bus error",
		[SIGFPE] = "floating point exception", [SIGKILL] = "killed",
		[SIGUSR1] = "user signal 1", [SIGSEGV] = "segmentation fault",
		[SIGUSR2] = "user signal 2", [SIGPIPE] = "broken pipe",
		[SIGALRM] = "alarm clock", [SIGTERM] = "terminated",
		[SIGCHLD] = "child exited", [SIGCONT] = "continued",
		[SIGSTOP] = "stopped", [SIGTSTP] = "stopped", [SIGURG] = "urgent data",
		[SIGWINCH] = "window changed",
	};

	if(sig <= 0 || sig >= NSIG || names[sig] == nil)
		return "unknown signal";
	return names[sig];
}
