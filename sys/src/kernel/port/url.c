/*
 * url.c: cleanurl, the heart of every path system call (see url.h):
 * one pass over the current directory and the name given, no copies
 * but into the answer.
 */
#include <u.h>
#include "url.h"

/*
 * addpath: the elements of path p appended to out's path, whose root
 * slash is at root and whose end is o (each element is followed by a
 * slash there): "." and empty elements skipped, ".." the one before
 * taken off (not past the root).  Elements past end are counted in
 * *over, for a ".." to take off.  The new end.
 */
static char*
addpath(char *p, char *root, char *o, char *end, int *over)
{
	char *e;
	long len, i;

	for(; *p; p = e){
		while(*p == '/')
			p++;
		for(e = p; *e && *e != '/'; e++)
			;
		len = e - p;
		if(len == 0 || (len == 1 && p[0] == '.'))
			continue;
		if(len == 2 && p[0] == '.' && p[1] == '.'){
			if(*over > 0)
				(*over)--;
			else if(o > root + 1)
				for(o--; o[-1] != '/'; o--)
					;
			continue;
		}
		if(*over > 0 || len + 1 > end - o){	/* its slash becomes the NUL if last */
			(*over)++;
			continue;
		}
		for(i = 0; i < len; i++)
			o[i] = p[i];
		o += len;
		*o++ = '/';
	}
	return o;
}

/*
 * cleanurl: url ("scheme:path", or a path, absolute or relative to
 * dot, a clean "scheme:/path") made absolute and cleaned of ".", ".."
 * and repeated slashes, in out: "scheme:/a/b" (or "scheme:/").  A
 * scheme's path is from its root whether it starts with a slash or
 * not.  0, or -1 if it does not fit in n bytes.  out must not be url.
 */
int
cleanurl(char *url, char *dot, char *out, int n)
{
	char *scheme, *base, *root, *o;
	int k, i, over;

	for(k = 0; url[k] && url[k] != ':' && url[k] != '/'; k++)
		;
	if(url[k] == ':' && k > 0){
		scheme = url;
		base = nil;
		url += k + 1;
	}else{
		scheme = dot;
		for(k = 0; dot[k] && dot[k] != ':'; k++)
			;
		base = url[0] == '/' ? nil : dot + k + 1;
	}
	if(k + 3 > n)
		return -1;
	for(i = 0; i < k; i++)
		out[i] = scheme[i];
	o = out + k;
	*o++ = ':';
	root = o;
	*o++ = '/';
	over = 0;
	if(base != nil)
		o = addpath(base, root, o, out + n, &over);
	o = addpath(url, root, o, out + n, &over);
	if(over > 0)
		return -1;
	if(o > root + 1)
		o--;	/* the last element's slash */
	*o = 0;
	return 0;
}
