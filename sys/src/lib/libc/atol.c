/*
 * atol, atoll: a decimal string to a long or long long.
 */
#include <stdlib.h>

/* Convert the decimal number at the start of s to a long. */
long
atol(const char *s)
{
	return strtol(s, 0, 10);
}

/* Convert the decimal number at the start of s to a long long. */
long long
atoll(const char *s)
{
	return strtoll(s, 0, 10);
}
