/*
 * strndup: a copy of at most n bytes of a string, from malloc.
 */
#include <u.h>
#include <string.h>
#include <stdlib.h>

/* Return a malloced, terminated copy of at most n bytes of s, or nil. */
char*
strndup(const char *s, size_t n)
{
	char *p;

	n = strnlen(s, n);
	p = malloc(n + 1);
	if(p == nil)
		return nil;
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}
