/*
 * rfork: Plan 9's process creation and resource control.
 *
 * The kernel knows nothing of env:; it is a mount like any other.  So
 * a new environment group (RFENVG: a copy, RFCENVG: empty) is made
 * here: the process gets a namespace of its own and a new envfs
 * mounted at env: in it, started as a copy of the old env: or empty.
 */
#include <libc.h>
#include "impl.h"

/* newenv: mount a fresh envfs at env: in this (private) namespace */
static void
newenv(int clean)
{
	char *copy[] = { "envfs", "-c", "env:", "env", nil };
	char *empty[] = { "envfs", "env", nil };
	char **argv;
	long pid;
	int status;

	argv = clean ? empty : copy;
	pid = _sys_rfork(RFPROC|RFFDG);
	if(pid < 0)
		return;
	if(pid == 0){
		_sys_exec((long)"/bin/envfs", (long)argv, 0);
		_sys_exec((long)"boot:/bin/envfs", (long)argv, 0);
		_sys_exits(1);
	}
	while(_sys_await(pid, (long)&status, 0) == -EINTR)
		;
}

/* With RFPROC make a child (return its pid, 0 in the child); else change sharing. */
int
rfork(int flags)
{
	int env, pid, nomnt;

	env = flags & (RFENVG|RFCENVG);
	if(env == 0)
		return _sysret(_sys_rfork(flags));
	nomnt = flags & RFNOMNT;	/* after the mount, not before */
	flags &= ~(RFENVG|RFCENVG|RFNOMNT);
	if(!(flags & RFCNAMEG))
		flags |= RFNAMEG;	/* env: changes only for this process */
	pid = _sysret(_sys_rfork(flags));
	if(pid != 0 && (flags & RFPROC))
		return pid;	/* the parent, or an error */
	if(pid < 0)
		return pid;
	newenv(env & RFCENVG);
	if(nomnt)
		_sys_rfork(RFNOMNT);
	return pid;
}
