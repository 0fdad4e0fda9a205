/*
 * strrchr: find the last occurrence of a byte in a string.
 * Shared with the kernel.
 */
#include <u.h>
#include <stddef.h>
#include <string.h>

/* Return the last c in s (the NUL itself when c is 0), or nil. */
char*
strrchr(const char *s, int c)
{
	const char *r;

	r = nil;
	for(;; s++){
		if(*s == (char)c)
			r = s;
		if(*s == 0)
			return (char*)r;
	}
}
