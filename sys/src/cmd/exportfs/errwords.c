/*
 * errwords.c: exportfs's errors in the words its client knows
 * (errno.h's UNIXERRORS; exportfs(4) Errors).
 */
#include <libc.h>
#include <errno.h>
#include "exportfs.h"

/*
 * unixerr: err as the client should get it: ours where Linux's v9fs
 * knows it, else Unix's words for it (errno.h's UNIXERRORS), so its
 * users see "Read-only file system" and not "Unknown error 526".  The
 * Ninefold kernel takes those words back to ours.
 */
char*
unixerr(char *err)
{
	static struct { int num; char *ours; } ours[] = {
#define OURS(name, num, str)	{ num, str },
		ERRORS(OURS)
#undef OURS
	};
	static struct { int num, out; char *unix; } ux[] = {
#define UNIX(num, out, str)	{ num, out, str },
		UNIXERRORS(UNIX)
#undef UNIX
	};
	uint i, j;

	for(i = 0; i < nelem(ours); i++)
		if(strcmp(ours[i].ours, err) == 0)
			for(j = 0; j < nelem(ux); j++)
				if(ux[j].num == ours[i].num && ux[j].out)
					return ux[j].unix;
	return err;
}
