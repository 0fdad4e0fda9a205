/*
 * mount: attach a 9P server as a scheme name.
 *	mount [-abc] url name [aname]
 * url is opened for reading and writing (a channel end served by a
 * 9P server, a pipe, a TCP connection) and mount(2) makes name: its
 * tree, attaching aname.  A network address, net!host!port (no colon,
 * two '!'), is dialled instead: mount tcp!10.0.2.2!564 r.
 * -b and -a put it before or after what name: already holds (a
 * union), -c lets files be created in it; the default replaces.
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: mount [-abc] url name [aname]\n");
	exit(1);
}

int
main(int argc, char **argv)
{
	int flags, fd;

	flags = MREPL;
	ARGBEGIN{
	case 'a':	flags |= MAFTER; break;
	case 'b':	flags |= MBEFORE; break;
	case 'c':	flags |= MCREATE; break;
	default:
		fprint(2, "mount: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 2 && argc != 3)
		usage();
	if((flags & MORDER) == MORDER){
		fprint(2, "mount: -a and -b together\n");
		usage();
	}
	if(strchr(argv[0], ':') == nil && strchr(argv[0], '!') != nil && strchr(strchr(argv[0], '!') + 1, '!') != nil)
		fd = dial(argv[0], nil, nil, nil);
	else
		fd = open(argv[0], O_RDWR);
	if(fd < 0){
		fprint(2, "mount: %s: %r\n", argv[0]);
		exit(1);
	}
	if(mount(fd, argv[1], flags, argc == 3 ? argv[2] : "") < 0){
		fprint(2, "mount: %s: %r\n", argv[1]);
		exit(1);
	}
	return 0;
}
