/*
 * tee: copy standard input to standard output and to each file,
 * truncating them (appending with -a).
 */
#include <libc.h>

enum {
	Bufsize	= 16*1024,
	Maxfiles	= 64,
};

static char	buf[Bufsize];

/* writeall: write n bytes of p to fd, retrying short writes; 0 or -1 */
static int
writeall(int fd, char *p, long n)
{
	long w;

	while(n > 0){
		w = write(fd, p, n);
		if(w <= 0)
			return -1;
		p += w;
		n -= w;
	}
	return 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: tee [-a] [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int fd[Maxfiles+1], i, nfd, aflag, bad, flags;
	char *name[Maxfiles+1];
	long n;

	aflag = 0;
	ARGBEGIN{
	case 'a':
		aflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc > Maxfiles){
		fprint(2, "tee: more than %d files\n", Maxfiles);
		exits("files");
	}
	bad = 0;
	nfd = 0;
	fd[nfd] = 1;
	name[nfd++] = "<stdout>";
	flags = O_WRONLY|O_CREAT|(aflag ? O_APPEND : O_TRUNC);
	for(i = 0; i < argc; i++){
		if((fd[nfd] = open(argv[i], flags, 0666)) < 0){
			fprint(2, "tee: %s: %r\n", argv[i]);
			bad = 1;
			continue;
		}
		if(aflag)
			lseek(fd[nfd], 0, SEEK_END);
		name[nfd++] = argv[i];
	}
	while((n = read(0, buf, sizeof buf)) > 0){
		for(i = 0; i < nfd; i++){
			if(fd[i] < 0)
				continue;
			if(writeall(fd[i], buf, n) < 0){
				fprint(2, "tee: %s: %r\n", name[i]);
				fd[i] = -1;
				bad = 1;
			}
		}
	}
	if(n < 0){
		fprint(2, "tee: <stdin>: %r\n");
		bad = 1;
	}
	return bad;
}
