/*
 * ungetc: push a byte back onto a stream.
 */
#include <u.h>
#include <stdio.h>
#include "stdioimpl.h"

/* Make c the next byte read from f; return c, or EOF if there is no room. */
int
ungetc(int c, FILE *f)
{
	if(c == EOF || f->wn > 0)
		return EOF;
	_fbuf(f);
	if(f->rp == f->re)
		f->rp = f->re = f->buf + f->size;
	if(f->rp == f->buf)
		return EOF;
	*--f->rp = c;
	f->flags &= ~FEOF;
	return (uchar)c;
}
