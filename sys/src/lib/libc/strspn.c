/*
 * strspn: the length of a prefix made of a set of bytes.
 */
#include <u.h>
#include <string.h>

/* Return the length of the longest prefix of s whose bytes are all in set. */
size_t
strspn(const char *s, const char *set)
{
	size_t n;

	for(n = 0; s[n] != 0 && strchr(set, s[n]) != nil; n++)
		;
	return n;
}
