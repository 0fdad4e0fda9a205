/*
 * puts: write a line to standard output.
 */
#include <stdio.h>

/* Write s and a newline to stdout; a non-negative number or EOF. */
int
puts(const char *s)
{
	if(fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF)
		return EOF;
	return 0;
}
