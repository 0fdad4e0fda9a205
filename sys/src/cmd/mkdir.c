/*
 * mkdir: make directories (mode 0777, or -m mode, by a 9P create with
 * DMDIR); -p makes missing parents too and accepts ones that exist.
 */
#include <libc.h>
#include <sys/stat.h>

static int	pflag;
static ulong	mode = 0777;

/* makedir: create directory url (libc's mkdir: a create with DMDIR); 0 or -1 */
static int
makedir(char *url)
{
	return mkdir(url, mode);
}

/* isdir: whether url names an existing directory */
static int
isdir(char *url)
{
	struct stat st;

	return stat(url, &st) == 0 && S_ISDIR(st.st_mode);
}

/* mkparents: make url and every missing directory above it; 0 or -1 */
static int
mkparents(char *url)
{
	char *p, *start, c;
	struct stat st;

	if(isdir(url))
		return 0;
	/* walk past the scheme and leading slashes */
	start = url;
	if((p = strchr(url, ':')) != nil && (strchr(url, '/') == nil || p < strchr(url, '/')))
		start = p + 1;
	while(*start == '/')
		start++;
	for(p = start; ; p++){
		if(*p != '/' && *p != 0)
			continue;
		c = *p;
		*p = 0;
		if(!isdir(url) && makedir(url) < 0 && !isdir(url)){
			/* a file in the way says "already exists": say why it matters */
			if(stat(url, &st) == 0)
				fprint(2, "mkdir: %s: not a directory\n", url);
			else
				fprint(2, "mkdir: %s: %r\n", url);
			*p = c;
			return -1;
		}
		*p = c;
		if(c == 0)
			break;
		while(p[1] == '/')
			p++;
		if(p[1] == 0)
			break;
	}
	return 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: mkdir [-p] [-m mode] dir ...\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int i, bad;
	char *s, *e;

	ARGBEGIN{
	case 'p':
		pflag = 1;
		break;
	case 'm':
		s = EARGF(usage());
		mode = strtoul(s, &e, 8);
		if(*s == 0 || *e != 0 || mode > 0777){
			fprint(2, "mkdir: bad mode: %s\n", s);
			exits("mode");
		}
		break;
	default:
		usage();
	}ARGEND
	if(argc == 0)
		usage();
	bad = 0;
	for(i = 0; i < argc; i++){
		if(pflag){
			if(mkparents(argv[i]) < 0)
				bad = 1;
		}else if(makedir(argv[i]) < 0){
			fprint(2, "mkdir: %s: %r\n", argv[i]);
			bad = 1;
		}
	}
	return bad;
}
