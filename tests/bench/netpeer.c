/*
 * netpeer: the host's end of bench's TCP benchmarks (bench(1): tcpsend,
 * tcprecv, tcpconn).  QEMU's user network runs it once per connection
 * the guest makes to 10.0.2.100:9000 (run.sh's
 * guestfwd=tcp:10.0.2.100:9000-cmd:netpeer), with the connection as
 * standard input and output.  It reads one line and does what it says:
 *
 *	sink N		read N bytes, then answer "ok\n"
 *	source N	write N bytes, then close
 *
 * and end of file before any line (tcpconn's connections) is no error.
 * Built by run.sh with the host's gcc; it writes nothing else (standard
 * error is the connection too).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char buf[256*1024];

/* writeall: n bytes of p to fd 1; 0 or -1 */
static int
writeall(char *p, long n)
{
	long m;

	while(n > 0){
		if((m = write(1, p, n)) <= 0)
			return -1;
		p += m;
		n -= m;
	}
	return 0;
}

int
main(void)
{
	char line[64];
	long n, m, want;
	int i;

	/* the line, a byte at a time: nothing after it may be consumed */
	for(i = 0; i < (int)sizeof line - 1; i++){
		if(read(0, line + i, 1) != 1)
			return i == 0 ? 0 : 1;
		if(line[i] == '\n')
			break;
	}
	line[i] = 0;
	if(strncmp(line, "sink ", 5) == 0){
		want = atol(line + 5);
		for(n = 0; n < want; n += m){
			m = want - n;
			if(m > (long)sizeof buf)
				m = sizeof buf;
			if((m = read(0, buf, m)) <= 0)
				return 1;
		}
		return writeall("ok\n", 3) < 0;
	}
	if(strncmp(line, "source ", 7) == 0){
		want = atol(line + 7);
		memset(buf, 'y', sizeof buf);
		for(n = 0; n < want; n += m){
			m = want - n;
			if(m > (long)sizeof buf)
				m = sizeof buf;
			if(writeall(buf, m) < 0)
				return 1;
		}
		return 0;
	}
	return 1;
}
