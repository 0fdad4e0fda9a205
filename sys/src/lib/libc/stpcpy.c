/*
 * stpcpy, strchrnul, memrchr, memccpy: small string helpers.
 */
#include <u.h>
#include <string.h>

/* Copy src to dst; return the address of dst's NUL. */
char*
stpcpy(char *dst, const char *src)
{
	while((*dst = *src++) != 0)
		dst++;
	return dst;
}

/* The first c in s, or the address of s's NUL. */
char*
strchrnul(const char *s, int c)
{
	while(*s != 0 && *s != (char)c)
		s++;
	return (char*)s;
}

/* The last byte c in the n bytes at p, or nil. */
void*
memrchr(const void *p, int c, size_t n)
{
	const uchar *s;

	s = p;
	while(n-- > 0)
		if(s[n] == (uchar)c)
			return (void*)(s + n);
	return nil;
}

/* Copy from src to dst up to and including the first c (at most n bytes); the byte after c in dst, or nil. */
void*
memccpy(void *dst, const void *src, int c, size_t n)
{
	uchar *d;
	const uchar *s;

	d = dst;
	s = src;
	while(n-- > 0)
		if((*d++ = *s++) == (uchar)c)
			return d;
	return nil;
}
