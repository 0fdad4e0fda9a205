/*
 * fseek, ftell, rewind: a stream's position.
 */
#include <u.h>
#include <stdio.h>
#include <unistd.h>
#include "stdioimpl.h"

/* Flush f and move its descriptor's offset; 0 or -1. */
int
fseek(FILE *f, long off, int whence)
{
	if(f->wn > 0 && _fflushw(f) < 0)
		return -1;
	if(whence == SEEK_CUR)
		off -= f->re - f->rp;
	f->rp = f->re = f->buf;
	if(lseek(f->fd, off, whence) < 0)
		return -1;
	f->flags &= ~FEOF;
	return 0;
}

/* The position of the next byte read or written, or -1. */
long
ftell(FILE *f)
{
	off_t o;

	o = lseek(f->fd, 0, SEEK_CUR);
	if(o < 0)
		return -1;
	return o - (f->re - f->rp) + f->wn;
}

/* Back to the start, clearing the error flag. */
void
rewind(FILE *f)
{
	fseek(f, 0, SEEK_SET);
	f->flags &= ~FERR;
}
