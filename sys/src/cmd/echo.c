/*
 * echo: print the arguments, separated by blanks, and a newline
 * (none with -n).
 */
#include <libc.h>

int
main(int argc, char **argv)
{
	int nflag, i;
	char *buf, *p;
	usize len;

	nflag = 0;
	if(argc > 1 && strcmp(argv[1], "-n") == 0){
		nflag = 1;
		argc--;
		argv++;
	}
	len = 1;
	for(i = 1; i < argc; i++)
		len += strlen(argv[i]) + 1;
	buf = malloc(len);
	if(buf == nil)
		sysfatal("out of memory");
	p = buf;
	for(i = 1; i < argc; i++){
		if(i > 1)
			*p++ = ' ';
		strcpy(p, argv[i]);
		p += strlen(p);
	}
	if(!nflag)
		*p++ = '\n';
	if(write(1, buf, p - buf) != p - buf)
		sysfatal("write: %r");
	return 0;
}
