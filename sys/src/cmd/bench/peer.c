/*
 * peer.c: the benchmarks that need a machine at the other end, run only
 * when named (tests/bench/run.sh sets up the other end):
 *
 *	tcpsend tcprecv tcpconn: TCP to tests/bench/netpeer.c on the host
 *		(-a host!port, reached through QEMU's guestfwd)
 *	fwrite fread files: files in -d dir, which is a remote tree (an
 *		import, a v9fs mount, a virtio-9p share)
 *
 * Each moves a fixed amount (-s MiB, -n operations) prounds times (-r)
 * and reports the best round.  Unlike bench.c's, these figures depend
 * on the other end's speed, and under -icount they are not pure guest
 * time: while the guest idles waiting for the other end, QEMU (sleep=on,
 * its default) moves the guest's clock on at the host's pace, so the
 * other end's wall time counts.
 *
 * TCP is dial(2) on Ninefold (it has no BSD sockets yet) and a socket
 * on Linux, behind netdial and netclose below.
 */
#include "bench.h"

#ifdef __ninefold__
#include <libc.h>
#else
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/socket.h>
#endif

/*
 * netdial: a TCP connection to peeraddr (a.b.c.d!port); its fd, or -1
 * with the failure reported.
 */
static int
netdial(void)
{
	int f;

#ifdef __ninefold__
	char err[128];

	f = dial(netmkaddr(peeraddr, "tcp", nil), nil, nil, nil);
	if(f < 0){
		rerrstr(err, sizeof err);
		fail(peeraddr, err);
		return -1;
	}
#else
	char host[64], *p;
	struct sockaddr_in sa;

	snprintf(host, sizeof host, "%s", peeraddr);
	p = strchr(host, '!');
	if(p == NULL){
		fail(peeraddr, "want host!port");
		return -1;
	}
	*p++ = 0;
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_port = htons(atoi(p));
	if(inet_pton(AF_INET, host, &sa.sin_addr) != 1){
		fail(peeraddr, "want a dotted address");
		return -1;
	}
	f = socket(AF_INET, SOCK_STREAM, 0);
	if(f < 0){
		syserr("socket");
		return -1;
	}
	if(connect(f, (struct sockaddr*)&sa, sizeof sa) < 0){
		syserr(peeraddr);
		close(f);
		return -1;
	}
#endif
	return f;
}

/* writeall: n bytes of p to f; 0, or -1 with the failure reported */
static int
writeall(int f, char *p, long n, char *what)
{
	long m;

	while(n > 0){
		m = write(f, p, n);
		if(m <= 0){
			if(m == 0)
				errno = EIO;
			syserr(what);
			return -1;
		}
		p += m;
		n -= m;
	}
	return 0;
}

/*
 * sendmib: tell the peer "sink BYTES", send it that many bytes and
 * wait for its "ok", so that the time includes every byte arriving.
 */
static int
sendmib(long mib)
{
	char hdr[64];
	long n, m;
	int f;

	if((f = netdial()) < 0)
		return -1;
	snprintf(hdr, sizeof hdr, "sink %ld\n", mib*MIB);
	if(writeall(f, hdr, strlen(hdr), "tcpsend") < 0)
		goto bad;
	memset(buf, 'x', sizeof buf);
	for(n = 0; n < mib*MIB; n += m){
		m = mib*MIB - n;
		if(m > CHUNK)
			m = CHUNK;
		if(writeall(f, buf, m, "tcpsend") < 0)
			goto bad;
	}
	for(n = 0; n < 3; n += m)
		if((m = read(f, hdr + n, 3 - n)) <= 0){
			fail("tcpsend", "no ok from the peer");
			goto bad;
		}
	if(memcmp(hdr, "ok\n", 3) != 0){
		fail("tcpsend", "the peer did not say ok");
		goto bad;
	}
	close(f);
	return 0;
bad:
	close(f);
	return -1;
}

/* recvmib: tell the peer "source BYTES" and read them to its close */
static int
recvmib(long mib)
{
	char hdr[64];
	long n, m;
	int f;

	if((f = netdial()) < 0)
		return -1;
	snprintf(hdr, sizeof hdr, "source %ld\n", mib*MIB);
	if(writeall(f, hdr, strlen(hdr), "tcprecv") < 0){
		close(f);
		return -1;
	}
	n = 0;
	while((m = read(f, buf, sizeof buf)) > 0)
		n += m;
	close(f);
	if(m < 0){
		syserr("tcprecv");
		return -1;
	}
	if(n != mib*MIB){
		fail("tcprecv", "short transfer");
		return -1;
	}
	return 0;
}

/* conns: n connections made and closed at once (the peer sees EOF) */
static int
conns(long n)
{
	long i;
	int f;

	for(i = 0; i < n; i++){
		if((f = netdial()) < 0)
			return -1;
		close(f);
	}
	return 0;
}

/*
 * warm: one connection made and closed, untimed, before the first
 * measured one, so that neither guest's figure carries a first
 * contact's delays (ARP; Linux's first SYN after the link comes up
 * waits out a 1 s retransmission); 0 or -1
 */
static int
warm(void)
{
	static int done;

	if(done)
		return 0;
	done = 1;
	return conns(1);
}

/*
 * best: run fn(arg) prounds times; the least ns taken, or -1 if a
 * round failed.
 */
static long
best(int (*fn)(long), long arg)
{
	long t, b;
	int i;

	b = -1;
	for(i = 0; i < prounds; i++){
		t = now();
		if(fn(arg) < 0)
			return -1;
		t = now() - t;
		if(b < 0 || t < b)
			b = t;
	}
	return b;
}

/* tcpsend: MiB/s from guest to host, -s MiB in one connection. */
int
tcpsend(void)
{
	long t;

	if(warm() < 0 || (t = best(sendmib, bigmib)) < 0)
		return -1;
	report("tcpsend", bigmib, t, MIBS);
	return 0;
}

/* tcprecv: MiB/s from host to guest. */
int
tcprecv(void)
{
	long t;

	if(warm() < 0 || (t = best(recvmib, bigmib)) < 0)
		return -1;
	report("tcprecv", bigmib, t, MIBS);
	return 0;
}

/* tcpconn: connections per second, -n of them made and closed. */
int
tcpconn(void)
{
	long t;

	if(warm() < 0 || (t = best(conns, nsmall)) < 0)
		return -1;
	report("tcpconn", nsmall, t, OPSS);
	return 0;
}

static char bigpath[256];

/* writebig: write the big file, mib MiB in CHUNK writes, and close it */
static int
writebig(long mib)
{
	long n;
	int f;

	f = open(bigpath, O_WRONLY|O_CREAT|O_TRUNC, 0644);
	if(f < 0){
		syserr(bigpath);
		return -1;
	}
	memset(buf, 'x', sizeof buf);
	for(n = 0; n < mib*MIB; n += CHUNK)
		if(writeall(f, buf, CHUNK, bigpath) < 0){
			close(f);
			return -1;
		}
	if(close(f) < 0){
		syserr(bigpath);
		return -1;
	}
	return 0;
}

/* readbig: read the whole big file in CHUNK reads */
static int
readbig(long mib)
{
	long n, m;
	int f;

	f = open(bigpath, O_RDONLY);
	if(f < 0){
		syserr(bigpath);
		return -1;
	}
	n = 0;
	while((m = read(f, buf, sizeof buf)) > 0)
		n += m;
	close(f);
	if(m < 0 || n != mib*MIB){
		fail(bigpath, m < 0 ? strerror(errno) : "short read");
		return -1;
	}
	return 0;
}

/* fwrite: MiB/s writing a new file of -s MiB in dir (bench.big). */
int
fwrite20(void)
{
	long t;

	snprintf(bigpath, sizeof bigpath, "%s/bench.big", dir);
	if((t = best(writebig, bigmib)) < 0)
		return -1;
	report("fwrite", bigmib, t, MIBS);
	return 0;
}

/*
 * fread: MiB/s reading it; made first unless it is there with the
 * right size (as fwrite or the host left it).
 */
int
fread20(void)
{
	struct stat st;
	long t;

	snprintf(bigpath, sizeof bigpath, "%s/bench.big", dir);
	if((stat(bigpath, &st) < 0 || st.st_size != bigmib*MIB) && writebig(bigmib) < 0)
		return -1;
	if((t = best(readbig, bigmib)) < 0)
		return -1;
	report("fread", bigmib, t, MIBS);
	return 0;
}

/* smallpath: the name of small file i */
static char*
smallpath(long i)
{
	static char p[256];

	snprintf(p, sizeof p, "%s/bench.f%ld", dir, i);
	return p;
}

/* smallmake: create, write (SMALL bytes) and close n small files */
static int
smallmake(long n)
{
	long i;
	int f;

	memset(buf, 'x', SMALL);
	for(i = 0; i < n; i++){
		f = open(smallpath(i), O_WRONLY|O_CREAT|O_TRUNC, 0644);
		if(f < 0){
			syserr(smallpath(i));
			return -1;
		}
		if(writeall(f, buf, SMALL, smallpath(i)) < 0){
			close(f);
			return -1;
		}
		close(f);
	}
	return 0;
}

/* smallstat: stat each of them */
static int
smallstat(long n)
{
	struct stat st;
	long i;

	for(i = 0; i < n; i++)
		if(stat(smallpath(i), &st) < 0 || st.st_size != SMALL){
			fail(smallpath(i), "stat failed or wrong size");
			return -1;
		}
	return 0;
}

/* smallrm: remove each of them */
static int
smallrm(long n)
{
	long i;

	for(i = 0; i < n; i++)
		if(unlink(smallpath(i)) < 0){
			syserr(smallpath(i));
			return -1;
		}
	return 0;
}

/*
 * files: -n small files in dir, each created, written and closed
 * (fcreate), then each stat'd (fstat), then each removed (fremove);
 * three figures in operations per second, each the best of its rounds.
 */
int
smallfiles(void)
{
	static int (*fn[3])(long) = {smallmake, smallstat, smallrm};
	static char *name[3] = {"fcreate", "fstat", "fremove"};
	long t, b[3];
	int i, j;

	for(j = 0; j < 3; j++)
		b[j] = -1;
	for(i = 0; i < prounds; i++)
		for(j = 0; j < 3; j++){
			t = now();
			if(fn[j](nsmall) < 0){
				if(j == 1)
					smallrm(nsmall);
				return -1;
			}
			t = now() - t;
			if(b[j] < 0 || t < b[j])
				b[j] = t;
		}
	for(j = 0; j < 3; j++)
		report(name[j], nsmall, b[j], OPSS);
	return 0;
}
