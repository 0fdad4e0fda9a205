/*
 * sha1sum: print the SHA-1 digest of each file (or standard input)
 * as coreutils does, "HEX  NAME" with "-" for standard input; -c
 * reads such lines back and checks each file against its digest.
 * The digest is libsec's (sec(2)).
 */
#include <libc.h>
#include <sys/stat.h>
#include <sec.h>

enum {
	Bufsize	= 16*1024,
};

static char	buf[Bufsize];

/* digest: the hex digest of fd into hex; -1 (reported) on error */
static int
digest(int fd, char *name, char hex[2*SHA1dlen+1])
{
	Sha1 s;
	uchar d[SHA1dlen];
	struct stat st;
	long n;
	int i;

	if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
		fprint(2, "sha1sum: %s: is a directory\n", name);
		return -1;
	}
	sha1init(&s);
	while((n = read(fd, buf, sizeof buf)) > 0)
		sha1update(&s, buf, n);
	if(n < 0){
		fprint(2, "sha1sum: %s: %r\n", name);
		return -1;
	}
	sha1final(&s, d);
	for(i = 0; i < SHA1dlen; i++)
		snprintf(hex + 2*i, 3, "%02x", d[i]);
	return 0;
}

/* sumfile: the digest of the file name ("-": standard input) into hex */
static int
sumfile(char *name, char hex[2*SHA1dlen+1])
{
	int fd, r;

	if(strcmp(name, "-") == 0)
		return digest(0, "-", hex);
	if((fd = open(name, O_RDONLY)) < 0){
		fprint(2, "sha1sum: %s: %r\n", name);
		return -1;
	}
	r = digest(fd, name, hex);
	close(fd);
	return r;
}

/* check: read "HEX  NAME" lines from name and check each; 0 if all match */
static int
check(char *name)
{
	static Rdline rd;	/* static: rdinit leaves line and cap as they are */
	char hex[2*SHA1dlen+1], *l, *f;
	usize len;
	int fd, bad;

	fd = 0;
	if(strcmp(name, "-") != 0 && (fd = open(name, O_RDONLY)) < 0){
		fprint(2, "sha1sum: %s: %r\n", name);
		return 1;
	}
	rdinit(&rd, fd, name);
	bad = 0;
	while((l = rdline(&rd, &len)) != nil){
		if(len > 0 && l[len-1] == '\n')
			l[--len] = 0;
		/* HEX, two spaces (or space and * for binary mode), NAME */
		if(len < 2*SHA1dlen+3 || l[2*SHA1dlen] != ' '
		|| (l[2*SHA1dlen+1] != ' ' && l[2*SHA1dlen+1] != '*')){
			fprint(2, "sha1sum: %s: bad line: %s\n", name, l);
			bad = 1;
			continue;
		}
		f = l + 2*SHA1dlen + 2;
		if(sumfile(f, hex) < 0){
			print("%s: FAILED open or read\n", f);
			bad = 1;
		}else if(strncasecmp(hex, l, 2*SHA1dlen) != 0){
			print("%s: FAILED\n", f);
			bad = 1;
		}else
			print("%s: OK\n", f);
	}
	if(fd != 0)
		close(fd);
	return bad | rd.err;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: sha1sum [-c] [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char hex[2*SHA1dlen+1];
	int i, bad, cflag;

	cflag = 0;
	ARGBEGIN{
	case 'c':
		cflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(cflag){
		if(argc > 1)
			usage();
		return check(argc == 1 ? argv[0] : "-");
	}
	if(argc == 0){
		if(sumfile("-", hex) < 0)
			return 1;
		print("%s  -\n", hex);
		return 0;
	}
	bad = 0;
	for(i = 0; i < argc; i++){
		if(sumfile(argv[i], hex) < 0){
			bad = 1;
			continue;
		}
		print("%s  %s\n", hex, argv[i]);
	}
	return bad;
}
