/*
 * strpbrk: find any of a set of bytes.
 */
#include <u.h>
#include <string.h>

/* Return the first byte of s that is in set, or nil. */
char*
strpbrk(const char *s, const char *set)
{
	s += strcspn(s, set);
	return *s != 0 ? (char*)s : nil;
}
