/*
 * notify, noted: Plan 9's note handling (system calls 30 and 31).
 */
#include <libc.h>
#include "impl.h"

/*
 * Make f the process's note handler (nil: a note kills the process).
 * The kernel calls f(ureg, note) on the process's stack; f must end
 * with noted().  0 or -1.
 */
int
notify(void (*f)(void*, char*))
{
	return _sysret(_sys_notify((long)f));
}

/*
 * Leave the note handler: NCONT resumes the interrupted program (a
 * system call it was in fails with EINTR), NDFLT dies of the note.
 * Does not return unless it fails (-1: not in a handler).
 */
int
noted(int v)
{
	return _sysret(_sys_noted(v));
}
