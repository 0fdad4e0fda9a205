/*
 * strcasecmp, strncasecmp: compare strings ignoring ASCII case.
 */
#include <u.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Compare a and b as strcmp does, with upper case as lower case. */
int
strcasecmp(const char *a, const char *b)
{
	int x, y;

	do{
		x = tolower((uchar)*a++);
		y = tolower((uchar)*b++);
	}while(x == y && x != 0);
	return x - y;
}

/* strcasecmp of at most n bytes. */
int
strncasecmp(const char *a, const char *b, size_t n)
{
	int x, y;

	for(; n > 0; n--){
		x = tolower((uchar)*a++);
		y = tolower((uchar)*b++);
		if(x != y || x == 0)
			return x - y;
	}
	return 0;
}
