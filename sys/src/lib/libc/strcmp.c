/*
 * strcmp: compare strings.  Shared with the kernel.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/* Compare as unsigned chars: <0, 0 or >0. */
int
strcmp(const char *a, const char *b)
{
	for(; *a == *b; a++, b++)
		if(*a == 0)
			return 0;
	return (uchar)*a - (uchar)*b;
}
