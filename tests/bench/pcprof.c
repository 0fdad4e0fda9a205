/*
 * pcprof: sample where a QEMU guest is, through QEMU's gdb stub
 * (-gdb tcp:127.0.0.1:PORT), for pcprof.sh.  Each sample stops the
 * guest (GDB remote protocol: ^C), reads its rip and cr3, and lets it
 * go on; samples are taken at random intervals of 0.5 to 1.5 times
 * the mean, so they fall in proportion to the host time the guest
 * spends at each place: under plain TCG, a profile of what costs.
 *
 *	pcprof [-n samples] [-i mean-µs] [-P procs] port
 *
 * Prints one line a sample, "cr3 rip" in hex.  With -P
 * addr,size,n,pid,name,pml4 (the kernel's procs array, sizeof(Proc),
 * its length, and the offsets of three fields, from the kernel's
 * debugging information), it then prints "proc pid name cr3" for each
 * process, so that a sample's cr3 says whose it is.  A host tool,
 * built and run by pcprof.sh; it is no part of the system.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { Rip = 16, Cr3 = 29 };	/* QEMU's x86_64 numbers for "p" */

static int	fd;
static char	pkt[8192];

static void
die(char *s)
{
	fprintf(stderr, "pcprof: %s\n", s);
	exit(1);
}

static int
getch(void)
{
	unsigned char c;

	if(read(fd, &c, 1) != 1)
		die("the gdb stub hung up");
	return c;
}

/* put: send the packet s, waiting for its ack */
static void
put(char *s)
{
	char buf[512];
	unsigned sum;
	int i, n;

	sum = 0;
	for(i = 0; s[i]; i++)
		sum += (unsigned char)s[i];
	n = snprintf(buf, sizeof buf, "$%s#%02x", s, sum & 0xFF);
	if(write(fd, buf, n) != n)
		die("write");
	while(getch() != '+')
		;
}

/* get: the next packet's data into pkt, acked */
static char*
get(void)
{
	int c, n;

	while(getch() != '$')
		;
	for(n = 0; (c = getch()) != '#'; )
		if(n < (int)sizeof pkt - 1)
			pkt[n++] = c;
	pkt[n] = 0;
	getch();
	getch();
	if(write(fd, "+", 1) != 1)
		die("write");
	return pkt;
}

/* drain: read and ack what the stub still says (a second stop reply) */
static void
drain(void)
{
	struct pollfd p;

	p.fd = fd;
	p.events = POLLIN;
	while(poll(&p, 1, 300) > 0)
		get();
}

/* reg: register r of the stopped guest, from its little-endian hex */
static unsigned long long
reg(int r)
{
	char q[16], *s;
	unsigned long long v;
	int i, b, n;

	snprintf(q, sizeof q, "p%x", r);
	put(q);
	s = get();
	n = strlen(s) / 2;
	if(n == 0 || s[0] == 'E')
		die("bad register reply");
	if(n > 8)
		n = 8;
	v = 0;
	for(i = n - 1; i >= 0; i--){
		sscanf(s + 2*i, "%2x", &b);
		v = v << 8 | b;
	}
	return v;
}

/* mem: n bytes (n <= 1024) of guest memory at addr, into buf */
static void
mem(unsigned long long addr, unsigned char *buf, int n)
{
	char q[64], *s;
	int i, b;

	snprintf(q, sizeof q, "m%llx,%x", addr, n);
	put(q);
	s = get();
	if((int)strlen(s) < 2*n)
		memset(buf, 0, n);
	else
		for(i = 0; i < n; i++){
			sscanf(s + 2*i, "%2x", &b);
			buf[i] = b;
		}
}

/* procs: the process table, by p (-P's argument) */
static void
procs(char *p)
{
	unsigned long long a, sz, n, opid, oname, opml4, i, pml4;
	unsigned char name[33];
	int pid;

	if(sscanf(p, "%llx,%llu,%llu,%llu,%llu,%llu", &a, &sz, &n, &opid, &oname, &opml4) != 6)
		die("bad -P");
	for(i = 0; i < n; i++){
		mem(a + i*sz + opid, (unsigned char*)&pid, sizeof pid);
		mem(a + i*sz + opml4, (unsigned char*)&pml4, sizeof pml4);
		if(pid == 0 || pml4 == 0)
			continue;
		mem(a + i*sz + oname, name, 32);
		name[32] = 0;
		printf("proc %d %s %llx\n", pid, name, pml4 - 0xFFFF800000000000ULL);
	}
}

int
main(int argc, char **argv)
{
	struct sockaddr_in a;
	struct timespec ts;
	long n, i, mean, us;
	char *p;
	int c;

	n = 5000;
	mean = 1000;
	p = NULL;
	while((c = getopt(argc, argv, "n:i:P:")) != -1)
		switch(c){
		case 'n': n = atol(optarg); break;
		case 'i': mean = atol(optarg); break;
		case 'P': p = optarg; break;
		default: goto usage;
		}
	if(optind != argc - 1 || n <= 0 || mean <= 0){
	usage:
		fprintf(stderr, "usage: pcprof [-n samples] [-i mean-µs] [-P procs] port\n");
		return 1;
	}
	fd = socket(AF_INET, SOCK_STREAM, 0);
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = htons(atoi(argv[optind]));
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if(fd < 0 || connect(fd, (struct sockaddr*)&a, sizeof a) < 0)
		die("cannot reach the gdb stub");
	c = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &c, sizeof c);	/* a packet each way at a time */
	srand(1);
	/*
	 * QEMU stops the guest when a debugger comes, and answers "p"
	 * (one register) only to one that has read the target description
	 */
	put("qSupported:xmlRegisters=i386");
	get();
	put("qXfer:features:read:target.xml:0,ffb");
	get();
	put("?");
	get();
	drain();
	for(i = 0; i < n; i++){
		printf("%llx %llx\n", reg(Cr3), reg(Rip));
		if(write(fd, "$c#63", 5) != 5)
			die("write");
		while(getch() != '+')
			;
		us = mean/2 + rand() % (mean + 1);
		ts.tv_sec = us / 1000000;
		ts.tv_nsec = us % 1000000 * 1000;
		nanosleep(&ts, NULL);
		if(write(fd, "\003", 1) != 1)
			die("write");
		get();	/* the stop reply */
	}
	if(p != NULL)
		procs(p);
	put("D");
	get();
	return 0;
}
