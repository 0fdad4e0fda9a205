/*
 * strdup: a copy of a string in memory from malloc.
 */
#include <u.h>
#include <string.h>
#include <stdlib.h>

/* Return a malloced copy of s, or nil when out of memory. */
char*
strdup(const char *s)
{
	return strndup(s, strlen(s));
}
