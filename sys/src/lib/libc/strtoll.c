/*
 * strtoll: convert a string to a long long.
 */
#include <u.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "impl.h"

/*
 * Convert the number at the start of s in base (0: by its prefix);
 * on overflow set ERANGE and return LLONG_MAX or LLONG_MIN.
 */
long long
strtoll(const char *s, char **end, int base)
{
	uvlong v;
	int neg, ovf;

	v = _strtox(s, end, base, &neg, &ovf);
	if(!neg && (ovf || v > LLONG_MAX)){
		errno = ERANGE;
		return LLONG_MAX;
	}
	if(neg && (ovf || v > (uvlong)LLONG_MAX + 1)){
		errno = ERANGE;
		return LLONG_MIN;
	}
	return neg ? (long long)-v : (long long)v;
}
