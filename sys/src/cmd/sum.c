/*
 * sum: a 16-bit checksum and the size in blocks of each file
 * (standard input for none, or for "-"), as GNU's sum: by default
 * BSD's (a rotating sum, 1024-byte blocks, "%05d %5d"), with -s
 * System V's (the bytes added, folded to 16 bits, 512-byte blocks).
 * The name follows when files are named.
 */
#include <libc.h>

static int	sysv;
static int	named;	/* files were named: print their names */

/* sum: print fd's checksum and blocks; 0, or -1 after an error line */
static int
sum(int fd, char *name)
{
	uchar buf[8192];
	uvlong len, s;
	long r, i;

	s = 0;
	len = 0;
	while((r = read(fd, buf, sizeof buf)) > 0){
		if(sysv)
			for(i = 0; i < r; i++)
				s += buf[i];
		else
			for(i = 0; i < r; i++)
				s = ((s >> 1) + ((s & 1) << 15) + buf[i]) & 0xFFFF;
		len += r;
	}
	if(r < 0){
		fflush(stdout);
		fprint(2, "sum: %s: %r\n", name);
		return -1;
	}
	if(sysv){
		/* as GNU's: the sum taken mod 2^32, then folded twice */
		s = (s & 0xFFFF) + ((s & 0xFFFFFFFF) >> 16);
		s = (s & 0xFFFF) + (s >> 16);
		print("%llu %llu", s, (len + 511) / 512);
	}else
		print("%05llu %5llu", s, (len + 1023) / 1024);
	if(named)
		print(" %s", fd == 0 ? "-" : name);
	print("\n");
	return 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: sum [-rs] [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int bad;

	ARGBEGIN{
	case 'r':
		sysv = 0;
		break;
	case 's':
		sysv = 1;
		break;
	default:
		usage();
	}ARGEND
	named = argc > 0;
	bad = eachfile(argc, argv, sum);
	if(fflush(stdout) == EOF){
		fprint(2, "sum: write error: %r\n");
		exits("write");
	}
	return bad;
}
