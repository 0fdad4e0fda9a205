/*
 * perror: print the error for errno.
 */
#include <u.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Print "s: error string" (or just the string) on stderr. */
void
perror(const char *s)
{
	char *e;

	e = strerror(errno);
	if(s != nil && *s != 0)
		fprintf(stderr, "%s: %s\n", s, e);
	else
		fprintf(stderr, "%s\n", e);
}
