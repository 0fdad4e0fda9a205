/*
 * strtol: convert a string to a long.
 */
#include <u.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "impl.h"

/*
 * Convert the number at the start of s in base (0: by its prefix);
 * on overflow set ERANGE and return LONG_MAX or LONG_MIN.
 */
long
strtol(const char *s, char **end, int base)
{
	uvlong v;
	int neg, ovf;

	v = _strtox(s, end, base, &neg, &ovf);
	if(!neg && (ovf || v > LONG_MAX)){
		errno = ERANGE;
		return LONG_MAX;
	}
	if(neg && (ovf || v > (uvlong)LONG_MAX + 1)){
		errno = ERANGE;
		return LONG_MIN;
	}
	return neg ? (long)-v : (long)v;
}
