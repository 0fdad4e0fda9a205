/*
 * dirdup.c: the helper for a stat callback's strings.
 */
#include <u.h>
#include <libc.h>
#include <9p.h>

/*
 * dirdup9p: replace the strings of d (a stat reply's r->d) by malloc'd
 * copies, which the library frees after the reply.  Returns 0, or -1
 * when memory is out (a string that could not be copied is nil then,
 * so the reply is an Rerror and nothing of the caller's is freed).
 */
int
dirdup9p(Dir *d)
{
	char **s[4];
	int i, bad;

	s[0] = &d->name;
	s[1] = &d->uid;
	s[2] = &d->gid;
	s[3] = &d->muid;
	bad = 0;
	for(i = 0; i < nelem(s); i++)
		if(*s[i] != nil && (*s[i] = strdup(*s[i])) == nil)
			bad = 1;
	return bad ? -1 : 0;
}
