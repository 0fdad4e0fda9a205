/*
 * dnsquery: look names up through dns: (netd(8)), as Plan 9's
 * ndb/dnsquery does with /net/dns.
 *	dnsquery name ...
 * Prints "name ip a.b.c.d" for each; exit status 1 if any failed.
 */
#include <libc.h>

int
main(int argc, char **argv)
{
	char q[300], a[400];
	int i, fd, n, st;

	if(argc < 2){
		fprint(2, "usage: dnsquery name ...\n");
		return 1;
	}
	st = 0;
	for(i = 1; i < argc; i++){
		fd = open("dns:", O_RDWR);
		if(fd < 0){
			fprint(2, "dnsquery: dns:: %r\n");
			return 1;
		}
		snprintf(q, sizeof q, "%s ip", argv[i]);
		if(write(fd, q, strlen(q)) < 0 || (n = pread(fd, a, sizeof a - 1, 0)) < 0){
			fprint(2, "dnsquery: %s: %r\n", argv[i]);
			st = 1;
		}else{
			a[n] = 0;
			print("%s", a);
		}
		close(fd);
	}
	return st;
}
