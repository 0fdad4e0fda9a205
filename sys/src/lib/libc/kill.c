/*
 * kill: send a signal, as a Plan 9 note.
 */
#include <u.h>
#include <errno.h>
#include <signal.h>
#include "impl.h"

/*
 * Post the note for sig to process pid: "kill" for SIGKILL and
 * SIGTERM, "interrupt" for SIGINT, "alarm" for SIGALRM, "hangup"
 * for SIGHUP, "quit", "usr1", "usr2" for SIGQUIT, SIGUSR1, SIGUSR2.
 * Other signals are EINVAL.
 */
int
kill(pid_t pid, int sig)
{
	char *note;

	switch(sig){
	case SIGKILL:
	case SIGTERM:
		note = "kill";
		break;
	case SIGINT:
	case SIGALRM:
	case SIGHUP:
	case SIGQUIT:
	case SIGUSR1:
	case SIGUSR2:
		note = _signote(sig);
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	return _sysret(_sys_postnote(pid, (long)note));
}
