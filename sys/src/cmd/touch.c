/*
 * touch: set the modification time of each file to now (or -t
 * seconds since 1970) by wstat, creating a missing file unless -c.
 */
#include <libc.h>
#include <fcall.h>

static int	cflag;
static ulong	when;

/* settime: wstat the mtime of url, every other field left alone */
static int
settime(char *url)
{
	uchar buf[STATFIXLEN];
	Dir d;

	memset(&d, 0xFF, sizeof d);
	d.name = d.uid = d.gid = d.muid = "";
	d.mtime = when;
	if(convD2M(&d, buf, sizeof buf) == 0)
		return -1;
	return wstat(url, buf, sizeof buf);
}

/* touch: touch url; 0 or -1 after an error line */
static int
touch(char *url)
{
	int fd;

	if(settime(url) == 0)
		return 0;
	if(errno != ENOENT || cflag){
		if(errno == ENOENT)
			return 0;
		fprint(2, "touch: %s: %r\n", url);
		return -1;
	}
	if((fd = open(url, O_WRONLY|O_CREAT|O_EXCL, 0666)) < 0){
		fprint(2, "touch: %s: %r\n", url);
		return -1;
	}
	close(fd);
	/* a new file already has the time now; -t asks for another */
	if(settime(url) < 0){
		fprint(2, "touch: %s: %r\n", url);
		return -1;
	}
	return 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: touch [-c] [-t time] file ...\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int i, bad;
	char *s, *e;

	when = time(nil);
	ARGBEGIN{
	case 'c':
		cflag = 1;
		break;
	case 't':
		s = EARGF(usage());
		when = strtoul(s, &e, 10);
		if(*s == 0 || *e != 0){
			fprint(2, "touch: bad time: %s\n", s);
			exits("time");
		}
		break;
	default:
		usage();
	}ARGEND
	if(argc == 0)
		usage();
	bad = 0;
	for(i = 0; i < argc; i++)
		if(touch(argv[i]) < 0)
			bad = 1;
	return bad;
}
