/*
 * dial, announce, netlisten, netaccept, netmkaddr: network connections by
 * Plan 9's names, net!host!service, over netd's files (netd(8)).
 * A host is a dotted address, or a name looked up through dns:; a
 * service a port number or one of a few well-known names; net is tcp,
 * udp or icmp ("net" means tcp; icmp's service is ignored, as by ping).  Plan 9's listen and accept are netlisten
 * and netaccept here: the plain names are the sockets interface's.
 */
#include <libc.h>
#include "impl.h"

/*
 * netmkaddr: linear with the defaults filled in: "host" is
 * defnet!host!defsrv, "net!host" gets defsrv (unless net is not a
 * network, when it is host!service on defnet).  A static buffer.
 */
char*
netmkaddr(char *linear, char *defnet, char *defsrv)
{
	static char buf[256];
	char *p, *q;

	if(defnet == nil)
		defnet = "net";
	p = strchr(linear, '!');
	if(p == nil){
		if(defsrv == nil)
			snprintf(buf, sizeof buf, "%s!%s", defnet, linear);
		else
			snprintf(buf, sizeof buf, "%s!%s!%s", defnet, linear, defsrv);
		return buf;
	}
	q = strchr(p + 1, '!');
	if(q != nil)
		return linear;
	if((p - linear == 3 && (strncmp(linear, "tcp", 3) == 0 || strncmp(linear, "udp", 3) == 0
	|| strncmp(linear, "net", 3) == 0)) && defsrv != nil)
		snprintf(buf, sizeof buf, "%s!%s", linear, defsrv);
	else if(p - linear == 3 && (strncmp(linear, "tcp", 3) == 0 || strncmp(linear, "udp", 3) == 0
	|| strncmp(linear, "net", 3) == 0))
		return linear;
	else
		snprintf(buf, sizeof buf, "%s!%s", defnet, linear);
	return buf;
}

/* port: a service's number, or -1 */
static int
port(char *s)
{
	char *e;
	long n;

	if(strcmp(s, "*") == 0)
		return 0;
	n = strtol(s, &e, 10);
	if(e != s && *e == 0)
		return n >= 0 && n <= 65535 ? n : -1;
	return _netservice(s);
}

/* isaddr: s is a dotted IPv4 address */
static int
isaddr(char *s)
{
	int n, d;

	for(n = 0; n < 4; n++){
		if(!isdigit((uchar)*s))
			return 0;
		for(d = 0; isdigit((uchar)*s); s++)
			d = d*10 + *s - '0';
		if(d > 255 || d < 0)
			return 0;
		if(n < 3 && *s++ != '.')
			return 0;
	}
	return *s == 0;
}

/* lookup: host's address into a (n bytes), by dns: if it is a name */
static int
lookup(char *host, char *a, int n)
{
	if(isaddr(host) || strcmp(host, "*") == 0){
		snprintf(a, n, "%s", host);
		return 0;
	}
	return _dnsquery(host, a, n);
}

/*
 * parse: addr (net!host!service, defaults filled in) into the network's
 * scheme name and "a.b.c.d!port"; -1 with the error set.
 */
static int
parse(char *addr, char *defsrv, char *net, char *hp, int n)
{
	char buf[300], a[64], *f[3], *p;
	int i, pt;

	snprintf(buf, sizeof buf, "%s", netmkaddr(addr, "tcp", defsrv));
	f[0] = buf;
	for(i = 1; i < 3; i++){
		p = strchr(f[i-1], '!');
		if(p == nil)
			break;
		*p = 0;
		f[i] = p + 1;
	}
	if(i != 3 || strchr(f[2], '!') != nil){
		werrstr("%s: bad network address", addr);
		return -1;
	}
	if(strcmp(f[0], "net") == 0)
		f[0] = "tcp";
	if(strcmp(f[0], "tcp") != 0 && strcmp(f[0], "udp") != 0 && strcmp(f[0], "icmp") != 0){
		werrstr("%s: unknown network %s", addr, f[0]);
		return -1;
	}
	if((pt = port(f[2])) < 0){
		werrstr("%s: unknown service %s", addr, f[2]);
		return -1;
	}
	if(lookup(f[1], a, sizeof a) < 0)
		return -1;
	strcpy(net, f[0]);
	snprintf(hp, n, "%s!%d", a, pt);
	return 0;
}

/* clone: a new conversation of net; its ctl fd, its number in num */
static int
clone(char *net, char *num, int n)
{
	char url[32];
	int fd, m;

	snprintf(url, sizeof url, "%s:/clone", net);
	if((fd = open(url, O_RDWR)) < 0)
		return -1;
	if((m = read(fd, num, n - 1)) <= 0){
		if(m == 0)
			werrstr("%s: no conversation", url);
		close(fd);
		return -1;
	}
	num[m] = 0;
	num[strcspn(num, " \n")] = 0;
	return fd;
}

static int
ctlwrite(int fd, char *fmt, char *arg)
{
	char msg[128];

	snprintf(msg, sizeof msg, fmt, arg);
	return write(fd, msg, strlen(msg)) < 0 ? -1 : 0;
}

/*
 * dial: a connection to addr; its data fd.  local is ignored (netd
 * chooses); dir (40 bytes or more) gets the conversation's directory,
 * *cfdp its ctl fd, open.
 */
int
dial(char *addr, char *local, char *dir, int *cfdp)
{
	char net[8], hp[96], num[16], url[64];
	int ctl, data;

	USED(local);
	if(parse(addr, nil, net, hp, sizeof hp) < 0)
		return -1;
	if((ctl = clone(net, num, sizeof num)) < 0)
		return -1;
	if(ctlwrite(ctl, "connect %s", hp) < 0){
		close(ctl);
		return -1;
	}
	snprintf(url, sizeof url, "%s:/%s/data", net, num);
	if((data = open(url, O_RDWR)) < 0){
		close(ctl);
		return -1;
	}
	if(dir != nil)
		snprintf(dir, 40, "%s:/%s", net, num);
	if(cfdp != nil)
		*cfdp = ctl;
	else
		close(ctl);
	return data;
}

/* announce: listen at addr (net!*!port); the ctl fd, dir set as by dial */
int
announce(char *addr, char *dir)
{
	char net[8], hp[96], num[16], *p;
	int ctl;

	if(parse(addr, nil, net, hp, sizeof hp) < 0)
		return -1;
	if((ctl = clone(net, num, sizeof num)) < 0)
		return -1;
	p = strchr(hp, '!');
	if(ctlwrite(ctl, "announce %s", p + 1) < 0){
		close(ctl);
		return -1;
	}
	snprintf(dir, 40, "%s:/%s", net, num);
	return ctl;
}

/*
 * netlisten: wait for a call to the conversation dir announced; the new
 * conversation's ctl fd, its directory in newdir.
 */
int
netlisten(char *dir, char *newdir)
{
	char url[64], num[16], *p;
	int ctl, m;

	snprintf(url, sizeof url, "%s/listen", dir);
	if((ctl = open(url, O_RDWR)) < 0)
		return -1;
	if((m = read(ctl, num, sizeof num - 1)) <= 0){
		close(ctl);
		return -1;
	}
	num[m] = 0;
	num[strcspn(num, " \n")] = 0;
	snprintf(newdir, 40, "%s", dir);
	p = strrchr(newdir, '/');
	if(p == nil){
		close(ctl);
		werrstr("%s: bad conversation directory", dir);
		return -1;
	}
	snprintf(p + 1, 40 - (p + 1 - newdir), "%s", num);
	return ctl;
}

/* netaccept: the data fd of the call netlisten gave */
int
netaccept(int ctl, char *dir)
{
	char url[64];

	USED(ctl);
	snprintf(url, sizeof url, "%s/data", dir);
	return open(url, O_RDWR);
}
