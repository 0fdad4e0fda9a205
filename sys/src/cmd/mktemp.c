/*
 * mktemp: make a file (or with -d a directory) of a new name and print
 * the name, as GNU's mktemp: the last run of X's in the template
 * (at least 3, in its last element) becomes letters and digits drawn
 * from rand:, and the name is created only if nothing has it (mode
 * 0600, or 0700 for a directory).  With no template the name is
 * tmp.XXXXXXXXXX in $TMPDIR, or in /tmp.
 */
#include <libc.h>
#include <sys/stat.h>

enum {
	Tries	= 1000,	/* names to try before giving up */
};

static char	chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
static int	qflag;

/* fail: unless -q, "mktemp: what: reason"; then a failing exit */
static void
fail(char *what)
{
	if(!qflag)
		fprint(2, "mktemp: %s: %r\n", what);
	exits("fail");
}

/* fill: the n bytes at p from rand:, each a letter or digit */
static void
fill(char *p, usize n)
{
	uchar buf[64];
	usize i, k;
	long r;
	int fd;

	if((fd = open("rand:", O_RDONLY)) < 0)
		fail("rand:");
	for(i = 0; i < n; ){
		k = n - i < sizeof buf ? n - i : sizeof buf;
		if((r = read(fd, buf, k)) <= 0)
			fail("rand:");
		/* 62 letters and digits: drop bytes past 247 (4 x 62 - 1), so each is as likely */
		for(k = 0; k < (usize)r && i < n; k++)
			if(buf[k] < 248)
				p[i++] = chars[buf[k] % 62];
	}
	close(fd);
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: mktemp [-dq] [-p dir] [template]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *tmpl, *dir, *name, *what, *x, *e;
	usize n, len;
	int dflag, i, fd;

	dflag = 0;
	dir = nil;
	ARGBEGIN{
	case 'd':
		dflag = 1;
		break;
	case 'q':
		qflag = 1;
		break;
	case 'p':
		dir = EARGF(usage());
		break;
	default:
		usage();
	}ARGEND
	if(argc > 1)
		usage();
	tmpl = argc == 1 ? argv[0] : "tmp.XXXXXXXXXX";
	if(argc == 0 && dir == nil && ((dir = getenv("TMPDIR")) == nil || *dir == 0))
		dir = "/tmp";
	len = (dir != nil ? strlen(dir) + 1 : 0) + strlen(tmpl) + 1;
	if((name = malloc(len)) == nil || (what = malloc(len)) == nil){
		fprint(2, "mktemp: out of memory\n");
		exits("memory");
	}
	if(dir != nil)
		snprintf(name, len, "%s/%s", dir, tmpl);
	else
		snprintf(name, len, "%s", tmpl);
	memmove(what, name, len);	/* errors name the template, X's and all */
	/* the last run of X's, with no slash after it */
	for(e = name + strlen(name); e > name && e[-1] != 'X'; e--)
		;
	for(x = e; x > name && x[-1] == 'X'; x--)
		;
	n = e - x;
	if(n < 3 || strchr(e, '/') != nil){
		if(!qflag)
			fprint(2, "mktemp: too few X's in template: %s\n", tmpl);
		exits("template");
	}
	for(i = 0; ; i++){
		fill(x, n);
		if(dflag)
			fd = mkdir(name, 0700);
		else if((fd = open(name, O_RDWR|O_CREAT|O_EXCL, 0600)) >= 0)
			close(fd);
		if(fd >= 0)
			break;
		if(errno != EEXIST || i == Tries)
			fail(what);
	}
	print("%s\n", name);
	return 0;
}
