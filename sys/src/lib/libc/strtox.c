/*
 * _strtox: the scanner under strtol, strtoul, strtoll and strtoull.
 */
#include <u.h>
#include <ctype.h>
#include <errno.h>
#include "impl.h"

/* The value of digit c in bases up to 36, or 99. */
static int
digit(int c)
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if(c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

/*
 * Scan blanks, a sign, a 0x or 0 prefix as the base allows, then
 * digits; return the magnitude, with *neg set for a minus sign and
 * *ovf when it passed 2^64-1.  *end (if end is not nil) gets the first
 * byte not used, or s itself when there were no digits.
 */
uvlong
_strtox(const char *s, char **end, int base, int *neg, int *ovf)
{
	const char *p, *start;
	uvlong v;
	int d;

	*neg = 0;
	*ovf = 0;
	if(end != nil)
		*end = (char*)s;
	if(base < 0 || base == 1 || base > 36){
		errno = EINVAL;
		return 0;
	}
	p = s;
	while(isspace((uchar)*p))
		p++;
	if(*p == '+' || *p == '-')
		*neg = *p++ == '-';
	if((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')
	&& digit((uchar)p[2]) < 16){
		p += 2;
		base = 16;
	}else if(base == 0)
		base = p[0] == '0' ? 8 : 10;
	v = 0;
	for(start = p; (d = digit((uchar)*p)) < base; p++){
		if(v > (~0ULL - d) / base)
			*ovf = 1;
		v = v * base + d;
	}
	if(p == start)
		return 0;
	if(end != nil)
		*end = (char*)p;
	return v;
}
