/*
 * strnlen: the length of a string, at most max.
 */
#include <u.h>
#include <string.h>

/* Return the number of bytes before the NUL, looking at no more than max. */
size_t
strnlen(const char *s, size_t max)
{
	size_t n;

	for(n = 0; n < max && s[n] != 0; n++)
		;
	return n;
}
