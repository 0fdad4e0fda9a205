/*
 * strncmp: compare at most n bytes of strings.  Shared with the kernel.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/* Compare up to n bytes as unsigned chars: <0, 0 or >0. */
int
strncmp(const char *a, const char *b, size_t n)
{
	for(; n > 0; n--, a++, b++){
		if(*a != *b)
			return (uchar)*a - (uchar)*b;
		if(*a == 0)
			break;
	}
	return 0;
}
