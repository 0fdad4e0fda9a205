/*
 * ipconfig: configure the interface through ip:/ctl (netd(8)), as
 * Plan 9's ip/ipconfig does.
 *	ipconfig [-t seconds]		ask DHCP, wait for the lease, print it
 *	ipconfig ip mask [gw [dns]]	a static address (and name server)
 *	ipconfig -p			print ip:/ifc and ip:/routes
 */
#include <libc.h>

/* readfile: url's text (at most n-1 bytes) into buf; its length or -1 */
static int
readfile(char *url, char *buf, int n)
{
	int fd, m;

	if((fd = open(url, O_RDONLY)) < 0)
		return -1;
	m = read(fd, buf, n - 1);
	close(fd);
	if(m < 0)
		return -1;
	buf[m] = 0;
	return m;
}

/* ctl: write msg to ip:/ctl; exits with the error if it fails */
static void
ctl(char *msg, char *what)
{
	int fd;

	if((fd = open("ip:/ctl", O_WRONLY)) < 0){
		fprint(2, "ipconfig: ip:/ctl: %r\n");
		exits("open");
	}
	if(write(fd, msg, strlen(msg)) < 0){
		fprint(2, "ipconfig: %s: %r\n", what);
		exits("ctl");
	}
	close(fd);
}

/* isaddr: s is a dotted IPv4 address */
static int
isaddr(char *s)
{
	int n, d, k;

	for(n = 0; n < 4; n++){
		for(d = 0, k = 0; isdigit((uchar)*s) && k < 4; s++, k++)
			d = d*10 + *s - '0';
		if(k == 0 || k > 3 || d > 255)
			return 0;
		if(n < 3 && *s++ != '.')
			return 0;
	}
	return *s == 0;
}

/* field: the word after name in line s, into v (n bytes); 0 or -1 */
static int
field(char *s, char *name, char *v, int n)
{
	char *p;
	int k;

	p = strstr(s, name);
	if(p == nil)
		return -1;
	p += strlen(name);
	k = strcspn(p, " \n");
	if(k >= n)
		return -1;
	memmove(v, p, k);
	v[k] = 0;
	return 0;
}

/* dhcp: ask for a lease and wait up to secs seconds for it; print it */
static int
dhcp(long secs)
{
	char s[512], a[20], m[20], g[20], d[40], *p;
	vlong end;

	ctl("dhcp", "dhcp");
	end = nsec() + secs * 1000000000LL;
	do{
		if(readfile("ip:/ifc", s, sizeof s) < 0){
			fprint(2, "ipconfig: ip:/ifc: %r\n");
			return 1;
		}
		/* "ether0 MAC mtu N addr A mask M gw G dhcp|static\n" ... "dns D [D2]\n" */
		if((p = strstr(s, "\ndns ")) != nil)
			snprintf(d, sizeof d, "%.*s", (int)strcspn(p + 5, "\n"), p + 5);
		else
			strcpy(d, "0.0.0.0");
		s[strcspn(s, "\n")] = 0;
		if(strlen(s) > 5 && strcmp(s + strlen(s) - 5, " dhcp") == 0
		&& field(s, " addr ", a, sizeof a) == 0 && strcmp(a, "0.0.0.0") != 0
		&& field(s, " mask ", m, sizeof m) == 0 && field(s, " gw ", g, sizeof g) == 0){
			print("%s mask %s gw %s dns %s\n", a, m, g, d);
			return 0;
		}
		usleep(100000);
	}while(nsec() < end);
	fprint(2, "ipconfig: dhcp: no lease after %ld s\n", secs);
	return 1;
}

/* show: print ip:/ifc and ip:/routes */
static int
show(void)
{
	char s[1024];

	if(readfile("ip:/ifc", s, sizeof s) < 0){
		fprint(2, "ipconfig: ip:/ifc: %r\n");
		return 1;
	}
	print("%s", s);
	if(readfile("ip:/routes", s, sizeof s) < 0){
		fprint(2, "ipconfig: ip:/routes: %r\n");
		return 1;
	}
	print("%s", s);
	return 0;
}

static void
usage(void)
{
	fprint(2, "usage: ipconfig [-t seconds] | ipconfig ip mask [gw [dns]] | ipconfig -p\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int pflag, i;
	long secs;
	char msg[128], *e;

	pflag = 0;
	secs = 15;
	ARGBEGIN{
	case 'p':
		pflag = 1;
		break;
	case 't':
		secs = strtol(EARGF(usage()), &e, 10);
		if(*e != 0 || secs <= 0)
			usage();
		break;
	default:
		usage();
	}ARGEND
	if(pflag){
		if(argc != 0)
			usage();
		return show();
	}
	if(argc == 0)
		return dhcp(secs);
	if(argc < 2 || argc > 4)
		usage();
	for(i = 0; i < argc; i++)
		if(!isaddr(argv[i])){
			fprint(2, "ipconfig: %s: not an IPv4 address\n", argv[i]);
			exits("address");
		}
	snprintf(msg, sizeof msg, "add %s %s %s", argv[0], argv[1], argc >= 3 ? argv[2] : "0.0.0.0");
	ctl(msg, msg + 4);
	if(argc == 4){
		snprintf(msg, sizeof msg, "dns %s", argv[3]);
		ctl(msg, msg);
	}
	return 0;
}
