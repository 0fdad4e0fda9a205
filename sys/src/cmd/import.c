/*
 * import: mount a tree another machine exports (exportfs(4)) as a
 * scheme name here.
 *	import [-abc] host [path] name
 * host is an address or name, with an optional !port (default 564,
 * 9fs) or a whole net!host!port; path is the tree below the exported
 * root (the attach name), the root if absent.  -a, -b and -c are
 * mount(1)'s.
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: import [-abc] host [path] name\n");
	exit(1);
}

int
main(int argc, char **argv)
{
	char *addr, *path, *name;
	int flags, fd;

	flags = MREPL;
	ARGBEGIN{
	case 'a':	flags |= MAFTER; break;
	case 'b':	flags |= MBEFORE; break;
	case 'c':	flags |= MCREATE; break;
	default:
		fprint(2, "import: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 2 && argc != 3)
		usage();
	if((flags & MORDER) == MORDER){
		fprint(2, "import: -a and -b together\n");
		usage();
	}
	addr = netmkaddr(argv[0], "tcp", "9fs");
	path = argc == 3 ? argv[1] : "";
	name = argv[argc-1];
	if((fd = dial(addr, nil, nil, nil)) < 0){
		fprint(2, "import: %s: %r\n", addr);
		exit(1);
	}
	if(mount(fd, name, flags, path) < 0){
		fprint(2, "import: %s: %r\n", name);
		exit(1);
	}
	return 0;
}
