/*
 * atoi: a decimal string to an int.
 */
#include <stdlib.h>

/* Convert the decimal number at the start of s, without error checks. */
int
atoi(const char *s)
{
	return strtol(s, 0, 10);
}
