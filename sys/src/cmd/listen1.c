/*
 * listen1: announce a network address and run a command for each call,
 * with the connection as its standard input and output, as Plan 9's
 * aux/listen1.
 *	listen1 [-v] [-n max] addr cmd [args ...]
 * addr is tcp!*!port (or tcp!port); -v says who called, on standard
 * error; -n stops after max calls (for tests).  Calls are served at
 * once, each by its own process.
 */
#include <libc.h>
#include <sys/wait.h>

static int verbose;

static void
usage(void)
{
	fprint(2, "usage: listen1 [-v] [-n max] net!*!port cmd [args ...]\n");
	exit(1);
}

/* readstr: the text of url into buf (n bytes), newline gone; -1 on error */
static int
readstr(char *url, char *buf, int n)
{
	int fd, m;

	if((fd = open(url, O_RDONLY)) < 0)
		return -1;
	m = read(fd, buf, n-1);
	close(fd);
	if(m < 0)
		return -1;
	buf[m] = 0;
	buf[strcspn(buf, "\n")] = 0;
	return m;
}

int
main(int argc, char **argv)
{
	char *net, *port, *p, url[64], num[16], rem[64];
	int max, ctl, lctl, data, n, calls;

	max = -1;
	ARGBEGIN{
	case 'v':	verbose = 1; break;
	case 'n':	max = atoi(EARGF(usage())); break;
	default:
		fprint(2, "listen1: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc < 2)
		usage();
	net = strdup(argv[0]);
	p = strchr(net, '!');
	if(p == nil)
		usage();
	*p++ = 0;
	port = strrchr(p, '!');
	port = port ? port + 1 : p;
	if(strcmp(net, "tcp") != 0){
		fprint(2, "listen1: %s: only tcp calls are listened for\n", argv[0]);
		exit(1);
	}
	snprintf(url, sizeof url, "tcp:*!%s", port);
	ctl = open(url, O_RDWR);
	if(ctl < 0){
		fprint(2, "listen1: announce %s: %r\n", argv[0]);
		exit(1);
	}
	if((n = read(ctl, num, sizeof num - 1)) <= 0){
		fprint(2, "listen1: %s: %r\n", url);
		exit(1);
	}
	num[n] = 0;
	snprintf(url, sizeof url, "tcp:/%s/listen", num);
	for(calls = 0; max < 0 || calls < max; calls++){
		lctl = open(url, O_RDWR);	/* waits for a call */
		if(lctl < 0){
			fprint(2, "listen1: %s: %r\n", url);
			exit(1);
		}
		if((n = read(lctl, num, sizeof num - 1)) <= 0){
			close(lctl);
			continue;
		}
		num[n] = 0;
		snprintf(rem, sizeof rem, "tcp:/%s/data", num);
		data = open(rem, O_RDWR);
		if(data < 0){
			fprint(2, "listen1: %s: %r\n", rem);
			close(lctl);
			continue;
		}
		if(verbose){
			snprintf(rem, sizeof rem, "tcp:/%s/remote", num);
			if(readstr(rem, rem, sizeof rem) >= 0)
				fprint(2, "listen1: call from %s\n", rem);
		}
		/* with no -n, nobody waits for the calls: no zombies pile up */
		switch(max < 0 ? rfork(RFPROC|RFFDG|RFNOWAIT) : fork()){
		case -1:
			fprint(2, "listen1: fork: %r\n");
			break;
		case 0:
			dup2(data, 0);
			dup2(data, 1);
			close(data);
			close(lctl);
			close(ctl);
			execvp(argv[1], argv + 1);
			fprint(2, "listen1: %s: %r\n", argv[1]);
			_exit(1);
		}
		close(data);
		close(lctl);	/* the call's conversation lives while the command holds data */
		while(waitpid(-1, nil, WNOHANG) > 0)
			;
	}
	while(wait(nil) > 0)
		;
	return 0;
}
