/*
 * strsep: split a string at any of a set of bytes.
 */
#include <u.h>
#include <string.h>

/*
 * Return *sp and cut it at the first byte in sep (which becomes NUL);
 * *sp moves past it, or to nil when there was none.  Nil if *sp is nil.
 * Unlike strtok, empty fields are returned.
 */
char*
strsep(char **sp, const char *sep)
{
	char *s, *e;

	s = *sp;
	if(s == nil)
		return nil;
	e = s + strcspn(s, sep);
	if(*e != 0){
		*e = 0;
		*sp = e + 1;
	}else
		*sp = nil;
	return s;
}
