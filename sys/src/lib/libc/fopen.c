/*
 * fopen: open a file as a stream.
 */
#include <u.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "stdioimpl.h"

/* Open path with mode "r", "w", "a" (and "+", "b", "x"); nil on error. */
FILE*
fopen(const char *path, const char *mode)
{
	FILE *f;
	int fl, o, fd;

	fl = _fmode(mode, &o);
	if(fl < 0)
		return nil;
	fd = open(path, o, 0666);
	if(fd < 0)
		return nil;
	f = _falloc(fd, fl);
	if(f == nil)
		close(fd);
	return f;
}
