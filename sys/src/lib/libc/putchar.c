/*
 * putchar: write a byte to standard output.
 */
#include <stdio.h>

/* Write c to stdout; return it, or EOF. */
int
putchar(int c)
{
	return fputc(c, stdout);
}
