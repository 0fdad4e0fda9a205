/*
 * strtoull: convert a string to an unsigned long long.
 */
#include <u.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "impl.h"

/*
 * Convert the number at the start of s in base (0: by its prefix); a
 * minus sign negates it modulo 2^64.  On overflow set ERANGE and
 * return ULLONG_MAX.
 */
unsigned long long
strtoull(const char *s, char **end, int base)
{
	uvlong v;
	int neg, ovf;

	v = _strtox(s, end, base, &neg, &ovf);
	if(ovf){
		errno = ERANGE;
		return ULLONG_MAX;
	}
	return neg ? -v : v;
}
