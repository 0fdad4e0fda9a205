/*
 * uname: the system's name, from sys:/uname ("Ninefold 0.1 x86_64").
 *	uname [-amrs]
 * -s the name (the default), -r the release, -m the machine, -a all.
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: uname [-amrs]\n");
	exit(1);
}

int
main(int argc, char **argv)
{
	char buf[256], *f[3], *p;
	int fd, n, t, nf, want, i, first;

	want = 0;
	ARGBEGIN{
	case 's':	want |= 1; break;
	case 'r':	want |= 2; break;
	case 'm':	want |= 4; break;
	case 'a':	want |= 7; break;
	default:
		fprint(2, "uname: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 0)
		usage();
	if(want == 0)
		want = 1;
	fd = open("sys:/uname", O_RDONLY);
	if(fd < 0){
		fprint(2, "uname: sys:/uname: %r\n");
		exit(1);
	}
	t = 0;
	while(t < (int)sizeof buf - 1 && (n = read(fd, buf + t, sizeof buf - 1 - t)) > 0)
		t += n;
	close(fd);
	buf[t] = 0;
	nf = 0;
	for(p = buf; nf < 3; ){
		while(*p == ' ' || *p == '\n' || *p == '\t')
			*p++ = 0;
		if(*p == 0)
			break;
		f[nf++] = p;
		while(*p != 0 && *p != ' ' && *p != '\n' && *p != '\t')
			p++;
		if(*p != 0)
			*p++ = 0;
	}
	if(nf < 3){
		fprint(2, "uname: sys:/uname: bad format\n");
		exit(1);
	}
	first = 1;
	for(i = 0; i < 3; i++)
		if(want & (1 << i)){
			printf("%s%s", first ? "" : " ", f[i]);
			first = 0;
		}
	printf("\n");
	return 0;
}
