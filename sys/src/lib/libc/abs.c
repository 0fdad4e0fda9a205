/*
 * abs, labs, llabs: absolute values.
 */
#include <stdlib.h>

/* |x| for an int. */
int
abs(int x)
{
	return x < 0 ? -x : x;
}

/* |x| for a long. */
long
labs(long x)
{
	return x < 0 ? -x : x;
}

/* |x| for a long long. */
long long
llabs(long long x)
{
	return x < 0 ? -x : x;
}
