/*
 * strlen: the length of a string.  Shared with the kernel.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/* Return the number of bytes before the NUL. */
size_t
strlen(const char *s)
{
	const char *p;

	for(p = s; *p != 0; p++)
		;
	return p - s;
}
