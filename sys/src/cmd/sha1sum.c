/*
 * sha1sum, md5sum: print the SHA-1 (or MD5) digest of each file (or
 * standard input) as coreutils does, "HEX  NAME" with "-" for standard
 * input; -c reads such lines back and checks each file against its
 * digest.  One program: md5sum is a copy of it (the Makefile's), and
 * the name it is run by picks the digest, libsec's (sec(2)).
 */
#include <libc.h>
#include <sys/stat.h>
#include <sec.h>

enum {
	Bufsize	= 16*1024,
};

static char	buf[Bufsize];

/* the digests, by the name of the program */
typedef struct Hash Hash;
struct Hash {
	char	*name;
	int	dlen;
	void	(*init)(void*);
	void	(*update)(void*, void*, usize);
	void	(*final)(void*, uchar*);
};
static Hash hashes[] = {
	{ "sha1sum", SHA1dlen, (void(*)(void*))sha1init, (void(*)(void*, void*, usize))sha1update, (void(*)(void*, uchar*))sha1final },
	{ "md5sum", MD5dlen, (void(*)(void*))md5init, (void(*)(void*, void*, usize))md5update, (void(*)(void*, uchar*))md5final },
};
static Hash	*h = &hashes[0];
enum { Maxhex = 2*SHA1dlen+1 };	/* the longest digest, in hex */

/* digest: the hex digest of fd into hex; -1 (reported) on error */
static int
digest(int fd, char *name, char hex[Maxhex])
{
	union { Sha1 sha1; Md5 md5; } s;
	uchar d[SHA1dlen];
	struct stat st;
	long n;
	int i;

	if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
		fprint(2, "%s: %s: is a directory\n", h->name, name);
		return -1;
	}
	h->init(&s);
	while((n = read(fd, buf, sizeof buf)) > 0)
		h->update(&s, buf, n);
	if(n < 0){
		fprint(2, "%s: %s: %r\n", h->name, name);
		return -1;
	}
	h->final(&s, d);
	for(i = 0; i < h->dlen; i++)
		snprintf(hex + 2*i, 3, "%02x", d[i]);
	return 0;
}

/* sumfile: the digest of the file name ("-": standard input) into hex */
static int
sumfile(char *name, char hex[Maxhex])
{
	int fd, r;

	if(strcmp(name, "-") == 0)
		return digest(0, "-", hex);
	if((fd = open(name, O_RDONLY)) < 0){
		fprint(2, "%s: %s: %r\n", h->name, name);
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
	char hex[Maxhex], *l, *f;
	usize len;
	int fd, bad;

	fd = 0;
	if(strcmp(name, "-") != 0 && (fd = open(name, O_RDONLY)) < 0){
		fprint(2, "%s: %s: %r\n", h->name, name);
		return 1;
	}
	rdinit(&rd, fd, name);
	bad = 0;
	while((l = rdline(&rd, &len)) != nil){
		if(len > 0 && l[len-1] == '\n')
			l[--len] = 0;
		/* HEX, two spaces (or space and * for binary mode), NAME */
		if(len < 2*h->dlen+3 || l[2*h->dlen] != ' '
		|| (l[2*h->dlen+1] != ' ' && l[2*h->dlen+1] != '*')){
			fprint(2, "%s: %s: bad line: %s\n", h->name, name, l);
			bad = 1;
			continue;
		}
		f = l + 2*h->dlen + 2;
		if(sumfile(f, hex) < 0){
			print("%s: FAILED open or read\n", f);
			bad = 1;
		}else if(strncasecmp(hex, l, 2*h->dlen) != 0){
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
	fprint(2, "usage: %s [-c] [file ...]\n", h->name);
	exits("usage");
}

int
main(int argc, char **argv)
{
	char hex[Maxhex], *p;
	int i, bad, cflag;

	/* the digest is the one the program is called by */
	h = &hashes[0];
	if(argc > 0){
		p = strrchr(argv[0], '/');
		p = p != nil ? p+1 : argv[0];
		for(i = 0; i < (int)nelem(hashes); i++)
			if(strcmp(p, hashes[i].name) == 0)
				h = &hashes[i];
	}
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
