/*
 * strcspn: the length of a prefix free of a set of bytes.
 */
#include <u.h>
#include <string.h>

/* Return the length of the longest prefix of s with no byte in set. */
size_t
strcspn(const char *s, const char *set)
{
	size_t n;

	for(n = 0; s[n] != 0 && strchr(set, s[n]) == nil; n++)
		;
	return n;
}
