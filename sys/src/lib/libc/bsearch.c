/*
 * bsearch: binary search of a sorted array.
 */
#include <u.h>
#include <stdlib.h>

/* Return an element of base[0..n-1] that cmp finds equal to key, or nil. */
void*
bsearch(const void *key, const void *base, size_t n, size_t size,
	int (*cmp)(const void*, const void*))
{
	const char *p;
	int r;

	while(n > 0){
		p = (const char*)base + (n/2)*size;
		r = cmp(key, p);
		if(r == 0)
			return (void*)p;
		if(r > 0){
			base = p + size;
			n -= n/2 + 1;
		}else
			n /= 2;
	}
	return nil;
}
