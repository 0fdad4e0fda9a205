/*
 * strtoul: convert a string to an unsigned long.
 */
#include <u.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "impl.h"

/*
 * Convert the number at the start of s in base (0: by its prefix); a
 * minus sign negates it modulo 2^64.  On overflow set ERANGE and
 * return ULONG_MAX.
 */
unsigned long
strtoul(const char *s, char **end, int base)
{
	uvlong v;
	int neg, ovf;

	v = _strtox(s, end, base, &neg, &ovf);
	if(ovf || v > ULONG_MAX){
		errno = ERANGE;
		return ULONG_MAX;
	}
	return neg ? -v : v;
}
