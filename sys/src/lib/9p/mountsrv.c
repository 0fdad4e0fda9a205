/*
 * mountsrv.c: serve in a background process, mounted at a scheme name.
 */
#include <u.h>
#include <libc.h>
#include <9p.h>

/* libc's raw stubs, until libc.h has chan() and mount() wrappers */
long	_sys_chan(long);
long	_sys_mount(long, long, long, long);
long	_sysret(long);

/*
 * mountsrv: make a channel, fork a child that serves s on one end and
 * exits when the client goes, and mount the other end as name: (a
 * trailing ':' is allowed) with flags.  Returns 0, or -1 with the
 * error in errstr.
 */
int
mountsrv(Srv *s, char *name, int flags)
{
	int p[2], n;
	char *nm;

	nm = strdup(name);
	if(nm == nil)
		return -1;
	n = strlen(nm);
	if(n > 0 && nm[n-1] == ':')
		nm[n-1] = 0;
	if(_sysret(_sys_chan((long)p)) < 0){
		free(nm);
		return -1;
	}
	switch(fork()){
	case -1:
		close(p[0]);
		close(p[1]);
		free(nm);
		return -1;
	case 0:
		close(p[1]);
		s->infd = s->outfd = p[0];
		srv(s);
		exits(nil);
	}
	close(p[0]);
	n = _sysret(_sys_mount(p[1], (long)nm, flags, (long)""));
	free(nm);
	close(p[1]);
	return n < 0 ? -1 : 0;
}
