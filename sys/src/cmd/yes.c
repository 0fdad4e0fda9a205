/*
 * yes: print its arguments (or "y"), a line at a time, until the
 * write fails: when the reader of the pipe is gone, yes is too.
 */
#include <libc.h>

int
main(int argc, char **argv)
{
	char buf[8192], *line;
	long n, len;
	int i;

	line = "y\n";
	if(argc > 1){
		/* the words joined by blanks, as echo would print them */
		len = 0;
		for(i = 1; i < argc; i++)
			len += strlen(argv[i]) + 1;
		if((line = malloc(len + 1)) == nil){
			fprint(2, "yes: out of memory\n");
			exits("memory");
		}
		line[0] = 0;
		for(i = 1; i < argc; i++){
			strcat(line, argv[i]);
			strcat(line, i + 1 < argc ? " " : "\n");
		}
	}
	/* a buffer of whole lines, so each write is one big one */
	len = strlen(line);
	if(len > (long)sizeof buf / 2){
		while(write(1, line, len) == len)
			;
		exits("write");
	}
	for(n = 0; n + len <= (long)sizeof buf; n += len)
		memmove(buf + n, line, len);
	while(write(1, buf, n) == n)
		;
	exits("write");
}
