/*
 * dirname: each name less its last element, as GNU's dirname: "a/b/c"
 * gives "a/b", a name without a slash ".", and "/" (or "//") "/".
 * Trailing slashes are not an element: "a/b/" gives "a".
 */
#include <libc.h>

/* dirname: the directory part of s, written over s */
static char*
dirname(char *s)
{
	usize n;

	n = strlen(s);
	/* trailing slashes, then the last element, then the slashes before it */
	while(n > 1 && s[n-1] == '/')
		n--;
	while(n > 0 && s[n-1] != '/')
		n--;
	if(n == 0)
		return ".";
	while(n > 1 && s[n-1] == '/')
		n--;
	s[n] = 0;
	return s;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: dirname [-z] name ...\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int i, end;

	end = '\n';
	ARGBEGIN{
	case 'z':
		end = 0;
		break;
	default:
		usage();
	}ARGEND
	if(argc < 1)
		usage();
	for(i = 0; i < argc; i++){
		fputs(dirname(argv[i]), stdout);
		putchar(end);
	}
	if(fflush(stdout) == EOF){
		fprint(2, "dirname: write error: %r\n");
		exits("write");
	}
	return 0;
}
