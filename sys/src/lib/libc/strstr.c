/*
 * strstr: find a substring.
 */
#include <u.h>
#include <string.h>

/* Return the first place sub occurs in s, or nil; s itself if sub is empty. */
char*
strstr(const char *s, const char *sub)
{
	size_t n;

	n = strlen(sub);
	if(n == 0)
		return (char*)s;
	for(; (s = strchr(s, sub[0])) != nil; s++)
		if(strncmp(s, sub, n) == 0)
			return (char*)s;
	return nil;
}
