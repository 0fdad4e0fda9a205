/*
 * getenv: look up an environment variable.
 */
#include <u.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

/* Return the value of name in environ, or nil. */
char*
getenv(const char *name)
{
	char **e;
	size_t n;

	n = strlen(name);
	if(environ == nil)
		return nil;
	for(e = environ; *e != nil; e++)
		if(strncmp(*e, name, n) == 0 && (*e)[n] == '=')
			return *e + n + 1;
	return nil;
}
