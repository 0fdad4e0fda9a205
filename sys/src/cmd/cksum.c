/*
 * cksum: the POSIX CRC and the length of each file (standard input
 * for none, or for "-"), as GNU's cksum prints them with no flags:
 * "crc length name", the name left out when no file is named.
 */
#include <libc.h>

static ulong	table[256];
static int	named;	/* files were named: print their names */

/* mktable: the CRC of each byte, polynomial 0x04C11DB7, high bit first */
static void
mktable(void)
{
	ulong c;
	int i, k;

	for(i = 0; i < 256; i++){
		c = (ulong)i << 24;
		for(k = 0; k < 8; k++)
			c = c & 0x80000000 ? (c << 1 ^ 0x04C11DB7) & 0xFFFFFFFF : c << 1 & 0xFFFFFFFF;
		table[i] = c;
	}
}

/* cksum: print fd's CRC and length; 0, or -1 after an error line */
static int
cksum(int fd, char *name)
{
	uchar buf[8192];
	ulong crc;
	uvlong len, n;
	long r, i;

	crc = 0;
	len = 0;
	while((r = read(fd, buf, sizeof buf)) > 0){
		for(i = 0; i < r; i++)
			crc = (crc << 8 & 0xFFFFFFFF) ^ table[(crc >> 24 ^ buf[i]) & 0xFF];
		len += r;
	}
	if(r < 0){
		fflush(stdout);
		fprint(2, "cksum: %s: %r\n", name);
		return -1;
	}
	/* then the length, low byte first, as few bytes as it takes */
	for(n = len; n != 0; n >>= 8)
		crc = (crc << 8 & 0xFFFFFFFF) ^ table[(crc >> 24 ^ n) & 0xFF];
	crc = ~crc & 0xFFFFFFFF;
	if(named)
		print("%lu %llu %s\n", crc, len, fd == 0 ? "-" : name);
	else
		print("%lu %llu\n", crc, len);
	return 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: cksum [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int bad;

	ARGBEGIN{
	default:
		usage();
	}ARGEND
	mktable();
	named = argc > 0;
	bad = eachfile(argc, argv, cksum);
	if(fflush(stdout) == EOF){
		fprint(2, "cksum: write error: %r\n");
		exits("write");
	}
	return bad;
}
