/*
 * error.c: errors are strings (as 9P's Rerror); the current process
 * keeps its last one for errstr(), and system calls return the errno
 * number that the string maps to.
 */
#include "all.h"

#define KERRDEF(name, num, str)	char name[] = str;
KERRORS(KERRDEF)
#undef KERRDEF

static struct {
	char	*msg;
	int	num;
} errtab[] = {
#define KERRENT(name, num, str)	{ name, num },
	KERRORS(KERRENT)
#undef KERRENT
	/* what servers say, as errno.h lists it */
#define ERRENT(name, num, str)	{ str, num },
	ERRORS(ERRENT)
#undef ERRENT
	{ "not a static executable",	ENOEXEC },
	{ "not a 64-bit little-endian ELF file", ENOEXEC },
	{ "not an x86_64 executable",	ENOEXEC },
	{ "read-only file",		EROFS },
};

static struct {
	int	num;
	char	*msg;
} unixtab[] = {
#define UNIXENT(num, out, str)	{ num, str },
	UNIXERRORS(UNIXENT)
#undef UNIXENT
};

/*
 * ourerr: a server's error string in our words: Unix's words for an
 * error errno.h lists (UNIXERRORS) become ours, so every mount reads
 * the same whoever serves it; anything else is msg itself.
 */
char*
ourerr(char *msg)
{
	static char *ours[] = {
#define OURENT(name, num, str)	[num] = str,
		ERRORS(OURENT)
#undef OURENT
	};
	uint i;

	for(i = 0; i < nelem(unixtab); i++)
		if(strcmp(unixtab[i].msg, msg) == 0 && unixtab[i].num < (int)nelem(ours) && ours[unixtab[i].num] != nil)
			return ours[unixtab[i].num];
	return msg;
}

/* error: set the current process's error string; returns -1 */
int
error(char *msg)
{
	if(up != nil)
		strlcpy(up->err, msg, sizeof up->err);
	return -1;
}

/* errno4: the errno for an error string (EIO for one nobody knows) */
long
errno4(char *msg)
{
	uint i;

	for(i = 0; i < nelem(errtab); i++)
		if(strcmp(errtab[i].msg, msg) == 0)
			return errtab[i].num;
	if(strncmp(msg, "protocol botch", 14) == 0)
		return EPROTO;
	if(strncmp(msg, "segment", 7) == 0 || strncmp(msg, "bad program", 11) == 0
	|| strncmp(msg, "program headers", 15) == 0 || strncmp(msg, "no loadable", 11) == 0
	|| strncmp(msg, "entry point", 11) == 0 || strncmp(msg, "overlapping", 11) == 0
	|| strncmp(msg, "too many segments", 17) == 0)
		return ENOEXEC;
	return EIO;
}
