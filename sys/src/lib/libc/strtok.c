/*
 * strtok, strtok_r: split a string into tokens.
 */
#include <u.h>
#include <string.h>

/*
 * Return the next token of s (or, when s is nil, of the string
 * left in *save), ending it with a NUL; nil when none are left.
 */
char*
strtok_r(char *s, const char *sep, char **save)
{
	char *t;

	if(s == nil)
		s = *save;
	if(s == nil)
		return nil;
	s += strspn(s, sep);
	if(*s == 0){
		*save = nil;
		return nil;
	}
	t = s + strcspn(s, sep);
	if(*t != 0)
		*t++ = 0;
	*save = t;
	return s;
}

/* As strtok_r, keeping the place in a static. */
char*
strtok(char *s, const char *sep)
{
	static char *save;

	return strtok_r(s, sep, &save);
}
