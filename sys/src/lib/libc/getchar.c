/*
 * getchar: read a byte from standard input.
 */
#include <stdio.h>

/* Return the next byte of stdin, or EOF. */
int
getchar(void)
{
	return fgetc(stdin);
}
