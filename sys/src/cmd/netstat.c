/*
 * netstat: the network's conversations, as Plan 9's netstat (see
 * netstat(8)).
 *	netstat [-n] [-p proto]
 * For each conversation N of tcp:, udp: and icmp: (netd(8)), a line
 * from N/status, N/local and N/remote: protocol, number, state, local
 * address!port and remote address!port.  Well-known ports are named
 * unless -n.
 */
#include <libc.h>
#include <dirent.h>

static int	nflag;
static int	status;

static struct {
	int	port;
	char	*name;
} services[] = {
	{ 7, "echo" }, { 9, "discard" }, { 21, "ftp" }, { 22, "ssh" },
	{ 23, "telnet" }, { 25, "smtp" }, { 53, "domain" }, { 80, "http" },
	{ 443, "https" }, { 564, "9fs" }, { 17019, "rcpu" },
};

/* readtext: the first line of url into s (n bytes); -1 on error */
static int
readtext(char *url, char *s, int n)
{
	int fd, m;

	if((fd = open(url, O_RDONLY)) < 0)
		return -1;
	m = read(fd, s, n - 1);
	close(fd);
	if(m < 0)
		return -1;
	s[m] = 0;
	s[strcspn(s, "\n")] = 0;
	return 0;
}

/* named: a!port with the port's name, unless -n or it has none (in place, s is n bytes) */
static void
named(char *s, int n, char *proto)
{
	char *p, *e;
	long port;
	int i;

	if(nflag || strcmp(proto, "icmp") == 0 || (p = strrchr(s, '!')) == nil)
		return;
	port = strtol(p + 1, &e, 10);
	if(*e != 0)
		return;
	for(i = 0; i < (int)nelem(services); i++)
		if(services[i].port == port){
			snprintf(p + 1, n - (p + 1 - s), "%s", services[i].name);
			return;
		}
}

/* conv: the line of conversation num of proto */
static void
conv(char *proto, char *num)
{
	char url[64], st[64], loc[64], rem[64], *state;

	snprintf(url, sizeof url, "%s:/%s/status", proto, num);
	if(readtext(url, st, sizeof st) < 0)
		return;	/* gone since the directory was read */
	snprintf(url, sizeof url, "%s:/%s/local", proto, num);
	if(readtext(url, loc, sizeof loc) < 0)
		strcpy(loc, "?");
	snprintf(url, sizeof url, "%s:/%s/remote", proto, num);
	if(readtext(url, rem, sizeof rem) < 0)
		strcpy(rem, "?");
	/* status is "proto State ..." */
	state = strchr(st, ' ');
	state = state ? state + 1 : st;
	state[strcspn(state, " ")] = 0;
	named(loc, sizeof loc, proto);
	named(rem, sizeof rem, proto);
	print("%-5s%-4s%-12s%-22s%s\n", proto, num, state, loc, rem);
}

/* list: every conversation of proto, in order */
static void
list(char *proto)
{
	char url[16], *e;
	DIR *d;
	struct dirent *de;

	snprintf(url, sizeof url, "%s:", proto);
	if((d = opendir(url)) == nil){
		fprint(2, "netstat: %s: %r\n", url);
		status = 1;
		return;
	}
	while((de = readdir(d)) != nil){
		strtol(de->d_name, &e, 10);
		if(e != de->d_name && *e == 0)
			conv(proto, de->d_name);
	}
	closedir(d);
}

static void
usage(void)
{
	fprint(2, "usage: netstat [-n] [-p tcp|udp|icmp]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *proto;

	proto = nil;
	ARGBEGIN{
	case 'n':
		nflag = 1;
		break;
	case 'p':
		proto = EARGF(usage());
		if(strcmp(proto, "tcp") != 0 && strcmp(proto, "udp") != 0 && strcmp(proto, "icmp") != 0)
			usage();
		break;
	default:
		usage();
	}ARGEND
	if(argc != 0)
		usage();
	if(proto != nil)
		list(proto);
	else{
		list("tcp");
		list("udp");
		list("icmp");
	}
	return status;
}
