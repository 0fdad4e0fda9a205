/*
 * netd: the network: lwIP (raw API, NO_SYS) in one process serving
 * tcp:, udp:, icmp:, ip:, dns: (see netd(8)) over the first network card, ether0:
 * (see ether(4)).
 *	netd [-D] [ether]
 * One lib9p server process makes every lwIP call.  Frames move through
 * the card's ring (ring.c): buffers shared with the driver, named by
 * small records on etherN:/ring.  Two helpers feed the server, as
 * cons's listener feeds cons: the reader reads the records of received
 * frames from the ring and writes them to ip:/ether (and "gone" there
 * if the card's driver dies, so that netd fails what waits on it); the
 * ticker writes ip:/tick ten times a second for lwIP's timers.  netd
 * asks DHCP for an address, mounts its trees, and returns once it has
 * the lease (or after Leasewait seconds without one).
 */
#include "netd.h"

Etherif	ether;

enum {
	Leasewait	= 5,	/* seconds netd waits for DHCP before it returns */
};

/* transmit: lwIP's frame out to the card */
static long
transmit(Etherif *e, const void *frame, long n)
{
	USED(e);
	return ringtransmit(frame, n);
}

/* readfile: the first n-1 bytes of url as a string; -1 on error */
static int
readfile(char *url, char *buf, int n)
{
	int fd, m;

	if((fd = open(url, OREAD)) < 0)
		return -1;
	m = read(fd, buf, n-1);
	close(fd);
	if(m < 0)
		return -1;
	buf[m] = 0;
	return m;
}

/* reader: pass the ring's records of received frames to netd, for ever */
static void
reader(void)
{
	static uchar buf[ETHERRINGQ*ETHERRINGREC];
	int out;
	long n;

	out = open("ip:/ether", OWRITE);
	if(out < 0){
		fprint(2, "netd: reader: %r\n");
		exits("reader");
	}
	while((n = read(ringfd, buf, sizeof buf)) >= 0)
		if(n > 0 && write(out, buf, n) < 0)
			exits(nil);	/* netd is gone */
	/* the card's driver is gone: netd fails the connections waiting on it */
	write(out, "gone", 4);
	exits(nil);
}

static void
ticker(void)
{
	int out;

	out = open("ip:/tick", OWRITE);
	if(out < 0)
		exits("ticker");
	for(;;){
		usleep(100000);
		if(write(out, "t", 1) < 0)
			break;
	}
	exits(nil);
}

/*
 * waitlease: return once DHCP has given an address, or after secs
 * seconds, as Plan 9's ipconfig holds the boot until it has its lease:
 * so that the first command typed at the console finds the network up.
 */
static void
waitlease(int secs)
{
	char s[512], *nl;
	vlong end;

	end = nsec() + secs*1000000000LL;
	do{
		if(readfile("ip:/ifc", s, sizeof s) > 0){
			if((nl = strchr(s, '\n')) != nil)
				*nl = 0;
			/* "ether0 MAC mtu N addr A mask M gw G dhcp" */
			if(strstr(s, " addr 0.0.0.0 ") == nil && nl - s > 5 && strcmp(nl - 5, " dhcp") == 0)
				return;
		}
		usleep(50000);
	}while(nsec() < end);
	fprint(2, "netd: no DHCP lease after %d s; still asking\n", secs);
}

static void
usage(void)
{
	fprint(2, "usage: netd [-D] [ether]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *dev, url[64], buf[64], seed[8];
	static char *names[] = { "tcp", "udp", "ip", "dns", "icmp" };
	int p[2], i, fd;
	ip4_addr_t zero;

	ARGBEGIN{
	case 'D':
		netsrv.chatty = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc > 1)
		usage();
	dev = argc == 1 ? argv[0] : "ether0";
	snprintf(url, sizeof url, "%s:/addr", dev);
	if(readfile(url, buf, sizeof buf) < 12)
		sysfatal("%s: %r", url);
	for(i = 0; i < 6; i++){
		char h[3] = { buf[2*i], buf[2*i+1], 0 };
		ether.ea[i] = strtol(h, nil, 16);
	}
	ringmap(dev);
	if((fd = open("rand:", OREAD)) >= 0 && read(fd, seed, sizeof seed) == sizeof seed)
		lwipseed(*(unsigned long long*)seed);
	if(fd >= 0)
		close(fd);
	lwip_init();
	if(icmpinit() < 0)
		sysfatal("lwip: no raw pcb for icmp");
	ether.transmit = transmit;
	ip4_addr_set_zero(&zero);
	if(etheradd(&ether, "en", &zero, &zero, &zero) != ERR_OK)
		sysfatal("lwip: cannot add %s", dev);
	netif_set_default(&ether.netif);
	dhcp_start(&ether.netif);

	if(chan(p) < 0)
		sysfatal("chan: %r");
	switch(rfork(RFPROC|RFFDG|RFNAMEG)){
	case -1:
		sysfatal("fork: %r");
	case 0:
		close(p[1]);
		netsrv.infd = netsrv.outfd = p[0];
		srv(&netsrv);
		exits(nil);
	}
	close(p[0]);
	/* one 9P session, attached five times: tcp:, udp:, ip:, dns:, icmp: */
	for(i = 0; i < (int)nelem(names); i++)
		if(mount(p[1], names[i], MREPL, names[i]) < 0)
			sysfatal("mount %s: %r", names[i]);
	close(p[1]);
	if(rfork(RFPROC|RFFDG|RFNOWAIT) == 0)
		reader();
	close(ringfd);
	if(rfork(RFPROC|RFFDG|RFNOWAIT) == 0)
		ticker();
	waitlease(Leasewait);
	exits(nil);
}
