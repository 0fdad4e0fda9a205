/*
 * rm: remove files and empty directories; -r removes a directory and
 * everything under it, -f says nothing about what cannot be removed.
 */
#include <libc.h>
#include <sys/stat.h>
#include <fcall.h>

enum {
	Dirbuf	= 16*1024,
};

static int	rflag, fflag, bad;

static void	rmfile(char*);

/* failed: report that name could not be removed, unless -f */
static void
failed(char *name)
{
	if(fflag)
		return;
	fprint(2, "rm: %s: %r\n", name);
	bad = 1;
}

/*
 * names: every name in directory url, as one block of NUL-separated
 * strings ending in an empty one; nil after an error line.
 */
static char*
names(char *url)
{
	static uchar buf[Dirbuf];
	char *list, *nl;
	usize len, cap, k;
	long n, i, m;
	int fd;
	Dir d;

	if((fd = open(url, O_RDONLY)) < 0){
		failed(url);
		return nil;
	}
	list = nil;
	len = cap = 0;
	while((n = read(fd, buf, sizeof buf)) > 0){
		for(i = 0; i < n; i += m){
			m = convM2D(buf + i, n - i, &d, nil);
			if(m == 0){
				fprint(2, "rm: %s: bad directory entry\n", url);
				bad = 1;
				goto Err;
			}
			/* the name is the first string: size[2] at offset 41 */
			k = GBIT16(buf + i + 41);
			if(len + k + 2 > cap){
				cap = (len + k + 2) * 2;
				if((nl = realloc(list, cap)) == nil){
					fprint(2, "rm: out of memory\n");
					exits("memory");
				}
				list = nl;
			}
			memmove(list + len, buf + i + 43, k);
			list[len + k] = 0;
			len += k + 1;
		}
	}
	if(n < 0){
		failed(url);
		goto Err;
	}
	close(fd);
	if(list == nil && (list = malloc(1)) == nil){
		fprint(2, "rm: out of memory\n");
		exits("memory");
	}
	list[len] = 0;
	return list;
Err:
	close(fd);
	free(list);
	return nil;
}

/* rmtree: remove everything under directory url, then url itself */
static void
rmtree(char *url)
{
	char *list, *p, *path;

	if((list = names(url)) != nil){
		for(p = list; *p != 0; p += strlen(p) + 1){
			if((path = urljoin(url, p)) == nil){
				fprint(2, "rm: out of memory\n");
				exits("memory");
			}
			rmfile(path);
			free(path);
		}
		free(list);
	}
	if(remove(url) < 0)
		failed(url);
}

/* rmfile: remove url; a directory with -r, with all it holds */
static void
rmfile(char *url)
{
	struct stat st;

	if(remove(url) == 0)
		return;
	if(rflag && stat(url, &st) == 0 && S_ISDIR(st.st_mode)){
		rmtree(url);
		return;
	}
	failed(url);
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: rm [-fr] file ...\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int i;

	ARGBEGIN{
	case 'r':
		rflag = 1;
		break;
	case 'f':
		fflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc == 0)
		usage();
	for(i = 0; i < argc; i++)
		rmfile(argv[i]);
	return bad;
}
