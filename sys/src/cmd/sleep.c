/*
 * sleep: pause for a number of seconds, fractions allowed
 * (sleep 1.5).
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: sleep seconds\n");
	exit(1);
}

int
main(int argc, char **argv)
{
	struct timespec ts;
	char *p;
	long sec, ns, scale;

	if(argc != 2)
		usage();
	p = argv[1];
	if(*p == 0){
		fprint(2, "sleep: %s: bad number of seconds\n", p);
		exit(1);
	}
	sec = 0;
	for(; *p >= '0' && *p <= '9'; p++){
		if(sec > 100000000L){
			fprint(2, "sleep: %s: too long\n", argv[1]);
			exit(1);
		}
		sec = sec*10 + *p - '0';
	}
	ns = 0;
	if(*p == '.'){
		scale = 100000000L;
		for(p++; *p >= '0' && *p <= '9'; p++){
			ns += (*p - '0') * scale;
			scale /= 10;
		}
	}
	if(*p != 0 || (p == argv[1] + 1 && argv[1][0] == '.')){
		fprint(2, "sleep: %s: bad number of seconds\n", argv[1]);
		exit(1);
	}
	ts.tv_sec = sec;
	ts.tv_nsec = ns;
	if(nanosleep(&ts, nil) < 0){
		fprint(2, "sleep: %s\n", strerror(errno));
		exit(1);
	}
	return 0;
}
