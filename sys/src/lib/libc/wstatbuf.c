/*
 * _wstatbuf: build the 9P stat bytes for a wstat that changes only
 * some fields; every other field holds the "don't touch" value
 * (all ones for numbers, the empty string for strings).
 */
#include <u.h>
#include <errno.h>
#include <string.h>
#include "impl.h"

/* Put v little-endian in n bytes at p; return p+n. */
static uchar*
put(uchar *p, uvlong v, int n)
{
	for(; n > 0; n--, v >>= 8)
		*p++ = v;
	return p;
}

/*
 * Into buf (n bytes) put a stat entry changing the name (nil or ""
 * keeps it), the mode, the times (32 bits; ~0 keeps them) and the
 * length (~0 keeps it).
 * Return its length, or -1 (ENAMETOOLONG) if it does not fit.
 */
int
_wstatbuf(uchar *buf, int n, const char *name, ulong mode, ulong atime, ulong mtime,
	uvlong length)
{
	uchar *p;
	size_t len;
	int i;

	len = name != nil ? strlen(name) : 0;
	if(len > 0xffff || (long)len + 49 > n)
		return _seterr(ENAMETOOLONG, nil);
	p = buf + 2;
	p = put(p, ~0ULL, 2);		/* type */
	p = put(p, ~0ULL, 4);		/* dev */
	p = put(p, ~0ULL, 1);		/* qid.type */
	p = put(p, ~0ULL, 4);		/* qid.vers */
	p = put(p, ~0ULL, 8);		/* qid.path */
	p = put(p, mode, 4);
	p = put(p, atime, 4);
	p = put(p, mtime, 4);
	p = put(p, length, 8);
	p = put(p, len, 2);
	if(len > 0)
		memmove(p, name, len);
	p += len;
	for(i = 0; i < 3; i++)		/* uid gid muid */
		p = put(p, 0, 2);
	put(buf, p - buf - 2, 2);
	return p - buf;
}
