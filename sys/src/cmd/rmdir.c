/*
 * rmdir: remove empty directories, as GNU's rmdir; rm removes them
 * too, but rmdir refuses anything that is not a directory.  -p also
 * removes each name's parents, last element first, as far as they are
 * empty.
 */
#include <libc.h>
#include <sys/stat.h>

static int	pflag, bad;

/* rmdir1: remove the empty directory name; 0, or -1 after an error line */
static int
rmdir1(char *name)
{
	struct stat st;

	if(stat(name, &st) < 0){
		fprint(2, "rmdir: %s: %r\n", name);
		bad = 1;
		return -1;
	}
	if(!S_ISDIR(st.st_mode)){
		fprint(2, "rmdir: %s: not a directory\n", name);
		bad = 1;
		return -1;
	}
	if(remove(name) < 0){
		fprint(2, "rmdir: %s: %r\n", name);
		bad = 1;
		return -1;
	}
	return 0;
}

/* parents: with -p, remove name's parents, a/b/c then a/b then a */
static void
parents(char *name)
{
	char *s;

	s = name + strlen(name);
	while(s > name + 1 && s[-1] == '/')
		*--s = 0;	/* a/b/ is a/b */
	while((s = strrchr(name, '/')) != nil){
		while(s > name && s[-1] == '/')
			s--;
		if(s == name)
			break;	/* the root, or a scheme's: not removed */
		*s = 0;
		if(strchr(name, '/') == nil && strchr(name, ':') != nil)
			break;
		if(rmdir1(name) < 0)
			break;
	}
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: rmdir [-p] dir ...\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int i;

	ARGBEGIN{
	case 'p':
		pflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc == 0)
		usage();
	for(i = 0; i < argc; i++)
		if(rmdir1(argv[i]) == 0 && pflag)
			parents(argv[i]);
	return bad;
}
