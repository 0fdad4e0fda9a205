/*
 * error.c: errors are strings (as 9P's Rerror); the current process
 * keeps its last one for errstr(), and system calls return the errno
 * number that the string maps to.
 */
#include "all.h"

static struct {
	char	*msg;
	int	num;
} errtab[] = {
#define ERRENT(name, num, str)	{ str, num },
	ERRORS(ERRENT)
#undef ERRENT
	/* the kernel's own words for some of them */
	{ "too many processes",		EAGAIN },
	{ "address already mapped",	EINVAL },
	{ "too many mappings",		ENOMEM },
	{ "not a static executable",	ENOEXEC },
	{ "not a 64-bit little-endian ELF file", ENOEXEC },
	{ "not an x86_64 executable",	ENOEXEC },
	{ "unknown scheme",		ENOENT },
	{ "read-only file",		EROFS },
	{ "file not open for reading",	EBADF },
	{ "file not open for writing",	EBADF },
};

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
