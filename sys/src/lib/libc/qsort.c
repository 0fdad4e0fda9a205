/*
 * qsort: sort an array (quicksort on the median of three, insertion
 * sort for short runs, recursing on the smaller part so the stack
 * stays O(log n)).
 */
#include <u.h>
#include <stdlib.h>

typedef int (*Cmp)(const void*, const void*);

/* Swap two elements of size bytes. */
static void
swap(char *a, char *b, size_t size)
{
	char t;

	if(a == b)
		return;
	for(; size > 0; size--, a++, b++){
		t = *a;
		*a = *b;
		*b = t;
	}
}

/* Insertion sort of n elements. */
static void
isort(char *base, size_t n, size_t size, Cmp cmp)
{
	char *p, *q;

	for(p = base + size; p < base + n*size; p += size)
		for(q = p; q > base && cmp(q - size, q) > 0; q -= size)
			swap(q - size, q, size);
}

/* Sort n elements of size bytes at base into the order cmp gives. */
void
qsort(void *base, size_t n, size_t size, Cmp cmp)
{
	char *b, *lo, *mid, *hi, *i, *j;
	size_t nl, nr;

	b = base;
	while(n > 8){
		lo = b;
		mid = b + (n/2)*size;
		hi = b + (n-1)*size;
		/* order lo, mid, hi; the pivot goes to lo */
		if(cmp(mid, lo) < 0)
			swap(mid, lo, size);
		if(cmp(hi, mid) < 0){
			swap(hi, mid, size);
			if(cmp(mid, lo) < 0)
				swap(mid, lo, size);
		}
		swap(lo, mid, size);
		/* Hoare partition around *lo */
		i = lo;
		j = hi + size;
		for(;;){
			do
				i += size;
			while(i < hi && cmp(i, lo) < 0);
			do
				j -= size;
			while(cmp(j, lo) > 0);
			if(i >= j)
				break;
			swap(i, j, size);
		}
		swap(lo, j, size);
		nl = (j - b) / size;
		nr = n - nl - 1;
		if(nl < nr){
			qsort(b, nl, size, cmp);
			b = j + size;
			n = nr;
		}else{
			qsort(j + size, nr, size, cmp);
			n = nl;
		}
	}
	isort(b, n, size, cmp);
}
