/*
 * fgets: read a line from a stream.
 */
#include <u.h>
#include <stdio.h>
#include <string.h>
#include "stdioimpl.h"

/*
 * Read up to n-1 bytes into s, stopping after a newline; terminate
 * it.  Return s, or nil if nothing was read before end of file or error.
 */
char*
fgets(char *s, int n, FILE *f)
{
	uchar *nl;
	size_t k;
	int i;

	if(n <= 0)
		return nil;
	for(i = 0; i < n - 1;){
		if(f->rp >= f->re && _ffill(f) < 0)
			break;
		k = f->re - f->rp;
		if(k > (size_t)(n - 1 - i))
			k = n - 1 - i;
		nl = memchr(f->rp, '\n', k);
		if(nl != nil)
			k = nl - f->rp + 1;
		memcpy(s + i, f->rp, k);
		f->rp += k;
		i += k;
		if(nl != nil)
			break;
	}
	if(i == 0 && n > 1)
		return nil;
	s[i] = 0;
	return s;
}
