/*
 * mountsrv.c: serve in a background process, mounted at a scheme name.
 */
#include <u.h>
#include <libc.h>
#include <9p.h>

/*
 * mountsrv: make a channel, fork a child that serves s on one end and
 * exits when the client goes, and mount the other end as name: (a
 * trailing ':' is allowed) with flags.  The child takes a copy of the
 * namespace from before the mount, so it does not hold its own mount
 * (and its clients) alive.  Returns 0, or -1 with the error in errstr.
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
	if(chan(p) < 0){
		free(nm);
		return -1;
	}
	switch(rfork(RFPROC|RFFDG|RFNAMEG)){
	case -1:
		close(p[0]);
		close(p[1]);
		free(nm);
		return -1;
	case 0:
		close(p[1]);
		s->infd = s->outfd = p[0];
		s->ischan = 1;	/* no need to probe */
		srv(s);
		exits(nil);
	}
	close(p[0]);
	n = mount(p[1], nm, flags, "");
	free(nm);
	close(p[1]);
	return n < 0 ? -1 : 0;
}
