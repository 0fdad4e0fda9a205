/*
 * fputs: write a string to a stream.
 */
#include <stdio.h>
#include <string.h>

/* Write s, without its NUL, to f; a non-negative number or EOF. */
int
fputs(const char *s, FILE *f)
{
	size_t n;

	n = strlen(s);
	if(fwrite(s, 1, n, f) != n)
		return EOF;
	return 0;
}
