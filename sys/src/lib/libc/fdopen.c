/*
 * fdopen: a stream on an open descriptor, and the helpers fopen shares.
 */
#include <u.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "stdioimpl.h"

/*
 * Parse an fopen mode ("r", "w", "a", with "+", "b", "x"): set the
 * open flags in *oflags and return the stream flags, or -1 (EINVAL).
 */
int
_fmode(const char *mode, int *oflags)
{
	int fl, o;

	switch(mode[0]){
	case 'r':
		fl = FRD;
		o = O_RDONLY;
		break;
	case 'w':
		fl = FWR;
		o = O_WRONLY|O_CREAT|O_TRUNC;
		break;
	case 'a':
		fl = FWR|FAPPEND;
		o = O_WRONLY|O_CREAT|O_APPEND;
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	for(mode++; *mode != 0; mode++)
		switch(*mode){
		case '+':
			fl |= FRD|FWR;
			o = (o & ~O_ACCMODE) | O_RDWR;
			break;
		case 'x':
			o |= O_EXCL;
			break;
		case 'e':
			o |= O_CLOEXEC;
			break;
		}
	*oflags = o;
	return fl;
}

/* A new fully buffered stream on fd, on the list of open streams; nil if out of memory. */
FILE*
_falloc(int fd, int flags)
{
	FILE *f;

	f = malloc(sizeof *f);
	if(f == nil)
		return nil;
	memset(f, 0, sizeof *f);
	f->fd = fd;
	f->flags = flags;
	f->mode = _IOFBF;
	f->next = _fhead;
	_fhead = f;
	return f;
}

/* Open a stream on descriptor fd with an fopen mode. */
FILE*
fdopen(int fd, const char *mode)
{
	int fl, o;

	fl = _fmode(mode, &o);
	if(fl < 0)
		return nil;
	return _falloc(fd, fl);
}
