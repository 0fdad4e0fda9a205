/*
 * basename: the last element of a path or URL, less a suffix;
 * with -d, everything before it.
 */
#include <libc.h>

/* lastsep: the last '/' in s, else the ':' ending a scheme, else nil */
static char*
lastsep(char *s)
{
	char *p;

	if((p = strrchr(s, '/')) != nil)
		return p;
	return strchr(s, ':');
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: basename [-d] string [suffix]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *s, *p;
	int dflag;
	usize n, m;

	dflag = 0;
	ARGBEGIN{
	case 'd':
		dflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc < 1 || argc > 2)
		usage();
	s = argv[0];
	/* "a/b/" names b, as "a/b" does */
	n = strlen(s);
	while(n > 1 && s[n-1] == '/' && s[n-2] != ':')
		s[--n] = 0;
	p = lastsep(s);
	if(dflag){
		if(p == nil)
			print(".\n");
		else if(p == s || p[0] == ':' || p[-1] == ':')
			print("%.*s\n", (int)(p - s + 1), s);
		else
			print("%.*s\n", (int)(p - s), s);
		return 0;
	}
	if(p != nil && p[1] != 0)
		s = p + 1;
	if(argc == 2){
		n = strlen(s);
		m = strlen(argv[1]);
		if(m < n && strcmp(s + n - m, argv[1]) == 0)
			s[n-m] = 0;
	}
	print("%s\n", s);
	return 0;
}
