/*
 * strerror: the string for an error number, from errno.h's lists.
 */
#include <u.h>
#include <errno.h>
#include <string.h>

/* Return the string for err, or "unknown error". */
char*
strerror(int err)
{
	switch(err){
	case 0:
		return "no error";
#define ERRCASE(name, num, str)	case num: return str;
	ERRORS(ERRCASE)
	NETERRORS(ERRCASE)
#undef ERRCASE
	}
	return "unknown error";
}
