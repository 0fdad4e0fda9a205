/*
 * setvbuf: choose a stream's buffering, before its first use.
 */
#include <u.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include "stdioimpl.h"

/* Make f fully, line or not buffered, in buf (size bytes) if given; 0 or -1. */
int
setvbuf(FILE *f, char *buf, int mode, size_t size)
{
	if(mode != _IOFBF && mode != _IOLBF && mode != _IONBF){
		errno = EINVAL;
		return -1;
	}
	fflush(f);
	if(f->flags & FMALLOC)
		free(f->buf);
	f->flags &= ~FMALLOC;
	f->mode = mode;
	f->buf = nil;
	if(mode == _IONBF || (buf != nil && size > 0)){
		f->buf = mode == _IONBF ? &f->one : (uchar*)buf;
		f->size = mode == _IONBF ? 1 : size;
		f->rp = f->re = f->buf;
		f->wn = 0;
	}
	return 0;
}
