/*
 * cp: copy files, on any scheme and across schemes.
 *	cp [-r] from to
 *	cp [-r] from ... dir
 * A directory is copied only with -r, with everything under it.
 */
#include <libc.h>
#include <sys/stat.h>
#include <fcall.h>

enum {
	Bufsize	= 16*1024,
	Dirbuf	= 16*1024,
	Maxdepth	= 64,
};

static int	rflag, bad;
static int	havetop;	/* the first directory cp made, not to copy into itself */
static dev_t	topdev;
static ino_t	topino;
static char	buf[Bufsize];

/* nomem: report running out of memory and exit */
static void
nomem(void)
{
	fprint(2, "cp: out of memory\n");
	exits("memory");
}

/* base: the last element of url */
static char*
base(char *url)
{
	char *p;
	usize n;

	n = strlen(url);
	while(n > 1 && url[n-1] == '/')
		url[--n] = 0;
	if((p = strrchr(url, '/')) != nil && p[1] != 0)
		return p + 1;
	if((p = strchr(url, ':')) != nil && p[1] != 0)
		return p + 1;
	return url;
}

/* complain: "cp: name: the last error" and note the failure */
static void
complain(char *name)
{
	fprint(2, "cp: %s: %r\n", name);
	bad = 1;
}

/* copyfile: copy the plain file from (status st) to to */
static void
copyfile(char *from, struct stat *st, char *to)
{
	struct stat tst;
	int in, out;
	long n, w, o;

	if(stat(to, &tst) == 0){
		if(tst.st_dev == st->st_dev && tst.st_ino == st->st_ino){
			fprint(2, "cp: %s and %s are the same file\n", from, to);
			bad = 1;
			return;
		}
		if(S_ISDIR(tst.st_mode)){
			fprint(2, "cp: %s: is a directory\n", to);
			bad = 1;
			return;
		}
	}
	if((in = open(from, O_RDONLY)) < 0){
		complain(from);
		return;
	}
	if((out = open(to, O_WRONLY|O_CREAT|O_TRUNC, st->st_mode & 0777)) < 0){
		complain(to);
		close(in);
		return;
	}
	while((n = read(in, buf, sizeof buf)) > 0){
		for(o = 0; o < n; o += w)
			if((w = write(out, buf + o, n - o)) <= 0){
				complain(to);
				goto Out;
			}
	}
	if(n < 0)
		complain(from);
Out:
	close(in);
	close(out);
}

static void	copy(char*, char*, int);

/* copydir: copy directory from (status st) and all it holds to to */
static void
copydir(char *from, struct stat *st, char *to, int depth)
{
	static uchar dbuf[Dirbuf];
	struct stat tst;
	char *list, *nl, *p, *f, *t;
	usize len, cap, k;
	long n, i, m;
	int fd;
	Dir d;

	if(stat(to, &tst) < 0){
		if(mkdir(to, st->st_mode & 0777) < 0 || stat(to, &tst) < 0){
			complain(to);
			return;
		}
		if(!havetop){
			havetop = 1;
			topdev = tst.st_dev;
			topino = tst.st_ino;
		}
	}else if(!S_ISDIR(tst.st_mode)){
		fprint(2, "cp: %s: not a directory\n", to);
		bad = 1;
		return;
	}
	/* read every name first: creating files as we go would disturb the reads */
	if((fd = open(from, O_RDONLY)) < 0){
		complain(from);
		return;
	}
	list = nil;
	len = cap = 0;
	while((n = read(fd, dbuf, sizeof dbuf)) > 0){
		for(i = 0; i < n; i += m){
			if((m = convM2D(dbuf + i, n - i, &d, nil)) == 0){
				fprint(2, "cp: %s: bad directory entry\n", from);
				bad = 1;
				goto Out;
			}
			k = GBIT16(dbuf + i + 41);
			if(len + k + 2 > cap){
				cap = (len + k + 2) * 2;
				if((nl = realloc(list, cap)) == nil)
					nomem();
				list = nl;
			}
			memmove(list + len, dbuf + i + 43, k);
			list[len + k] = 0;
			len += k + 1;
		}
	}
	if(n < 0){
		complain(from);
		goto Out;
	}
	for(p = list; p != nil && p < list + len; p += strlen(p) + 1){
		if((f = urljoin(from, p)) == nil || (t = urljoin(to, p)) == nil)
			nomem();
		copy(f, t, depth + 1);
		free(f);
		free(t);
	}
Out:
	close(fd);
	free(list);
}

/* copy: copy from to to, a directory only with -r */
static void
copy(char *from, char *to, int depth)
{
	struct stat st;

	if(stat(from, &st) < 0){
		complain(from);
		return;
	}
	if(!S_ISDIR(st.st_mode)){
		copyfile(from, &st, to);
		return;
	}
	if(!rflag){
		fprint(2, "cp: %s: is a directory\n", from);
		bad = 1;
		return;
	}
	/* the copy made inside the original is not copied again */
	if(havetop && st.st_dev == topdev && st.st_ino == topino)
		return;
	if(depth > Maxdepth){
		fprint(2, "cp: %s: too deep\n", from);
		bad = 1;
		return;
	}
	copydir(from, &st, to, depth);
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: cp [-r] from to | cp [-r] from ... dir\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	struct stat st;
	char *to, *t;
	int i, todir;

	ARGBEGIN{
	case 'r':
		rflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc < 2)
		usage();
	to = argv[argc-1];
	todir = stat(to, &st) == 0 && S_ISDIR(st.st_mode);
	if(argc > 2 && !todir){
		fprint(2, "cp: %s: not a directory\n", to);
		exits("usage");
	}
	for(i = 0; i < argc - 1; i++){
		if(todir){
			if((t = urljoin(to, base(argv[i]))) == nil)
				nomem();
			copy(argv[i], t, 0);
			free(t);
		}else
			copy(argv[i], to, 0);
	}
	return bad;
}
