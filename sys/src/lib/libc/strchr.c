/*
 * strchr: find a byte in a string.  Shared with the kernel.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/* Return the first c in s (the NUL itself when c is 0), or nil. */
char*
strchr(const char *s, int c)
{
	for(;; s++){
		if(*s == (char)c)
			return (char*)s;
		if(*s == 0)
			return nil;
	}
}
