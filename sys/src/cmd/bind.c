/*
 * bind: give a scheme name to a tree already in the namespace.
 *	bind [-abc] url name
 * name: now names url (a scheme, or a directory inside one).  -b and
 * -a put url before or after what name: already holds (a union), -c
 * lets files be created in it; the default replaces.
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: bind [-abc] url name\n");
	exit(1);
}

int
main(int argc, char **argv)
{
	int flags;

	flags = MREPL;
	ARGBEGIN{
	case 'a':	flags |= MAFTER; break;
	case 'b':	flags |= MBEFORE; break;
	case 'c':	flags |= MCREATE; break;
	default:
		fprint(2, "bind: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 2)
		usage();
	if((flags & MORDER) == MORDER){
		fprint(2, "bind: -a and -b together\n");
		usage();
	}
	if(bind(argv[0], argv[1], flags) < 0){
		fprint(2, "bind: %s %s: %r\n", argv[0], argv[1]);
		exit(1);
	}
	return 0;
}
