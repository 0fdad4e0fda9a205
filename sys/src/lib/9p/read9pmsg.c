/*
 * read9pmsg.c: reading one whole 9P message from a stream (a pipe, a
 * TCP connection: size[4] first, then the rest, over short reads) or
 * from a kernel channel (one read, one whole message).
 */
#include <u.h>
#include <libc.h>
#include <9p.h>
#include "impl.h"

static char Ebadhdr[] = "bad length in 9P2000 message header";

/* readn: read exactly n bytes unless end of file comes first; the count, or -1 */
static long
readn(int fd, uchar *buf, long n)
{
	long m, k;

	for(m = 0; m < n; m += k){
		k = read(fd, buf+m, n-m);
		if(k < 0)
			return -1;
		if(k == 0)
			break;
	}
	return m;
}

/* toosmall: whether the last error is a channel's refusal of a short read */
static int
toosmall(void)
{
	char err[128];

	rerrstr(err, sizeof err);
	return strstr(err, "too small") != nil;
}

/*
 * readmsg9p: read9pmsg, also saying in *chan whether fd proved to be a
 * channel (set) or a stream (cleared); *chan already set skips the
 * probe and reads one message in one read.
 */
long
readmsg9p(int fd, void *abuf, uint n, int *chan)
{
	uchar *buf;
	long m;
	uint len;

	buf = abuf;
	if(n < BIT32SZ){
		werrstr("buffer too small for a 9P message");
		return -1;
	}
	if(!*chan){
		m = readn(fd, buf, BIT32SZ);
		if(m >= 0 || !toosmall()){
			if(m < 0)
				return -1;
			if(m < BIT32SZ)
				return 0;	/* end of file, maybe inside the size */
			len = GBIT32(buf);
			if(len <= BIT32SZ || len > n){
				werrstr(Ebadhdr);
				return -1;
			}
			m = readn(fd, buf+BIT32SZ, len-BIT32SZ);
			if(m < 0)
				return -1;
			if(m < len-BIT32SZ)
				return 0;	/* end of file inside a message */
			return len;
		}
		*chan = 1;
	}
	/*
	 * a channel: the whole message in one read; the boundary is the
	 * channel's, so a size field that disagrees is left for the
	 * unpacking to refuse (the next message is not lost)
	 */
	return read(fd, buf, n);
}

/*
 * read9pmsg: read one 9P message of at most n bytes into buf from fd,
 * a stream or a channel.  Returns its length, 0 at end of file (also
 * inside a message), or -1 on an error or (on a stream, where the
 * boundaries would be lost) a bad size field.
 */
int
read9pmsg(int fd, void *buf, uint n)
{
	int chan;

	chan = 0;
	return readmsg9p(fd, buf, n, &chan);
}
