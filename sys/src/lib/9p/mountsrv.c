/*
 * mountsrv.c: serve in a background process, mounted at a scheme name,
 * posted in srv:, or both.
 */
#include <u.h>
#include <libc.h>
#include <9p.h>

/* post: put channel end fd in srv: as srvname; 0 or -1 */
static int
post(int fd, char *srvname)
{
	char *url, num[16];
	int pfd, r;

	url = malloc(strlen(srvname) + 6);
	if(url == nil)
		return -1;
	strcpy(url, "srv:/");
	strcat(url, srvname);
	pfd = open(url, OWRITE|OCREATE|OEXCL, 0600);
	free(url);
	if(pfd < 0)
		return -1;
	snprintf(num, sizeof num, "%d", fd);
	r = write(pfd, num, strlen(num)) == (long)strlen(num) ? 0 : -1;
	close(pfd);
	return r;
}

/*
 * postmountsrv: make a channel, fork a child that serves s on one end
 * and exits when the client goes, post the other end as srv:/srvname
 * (unless srvname is nil) and mount it as name: (unless name is nil; a
 * trailing ':' is allowed) with flags.  The child takes a copy of the
 * namespace from before the mount, so it does not hold its own mount
 * (and its clients) alive.  Returns 0, or -1 with the error in errstr.
 */
int
postmountsrv(Srv *s, char *name, char *srvname, int flags)
{
	int p[2], n;
	char *nm;

	nm = nil;
	if(name != nil){
		nm = strdup(name);
		if(nm == nil)
			return -1;
		n = strlen(nm);
		if(n > 0 && nm[n-1] == ':')
			nm[n-1] = 0;
	}
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
	n = 0;
	if(srvname != nil)
		n = post(p[1], srvname);
	if(n == 0 && nm != nil)
		n = mount(p[1], nm, flags, "");
	free(nm);
	close(p[1]);
	return n < 0 ? -1 : 0;
}

/* mountsrv: postmountsrv with no post */
int
mountsrv(Srv *s, char *name, int flags)
{
	return postmountsrv(s, name, nil, flags);
}
