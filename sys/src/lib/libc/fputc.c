/*
 * fputc, putc: write a byte to a stream.
 */
#include <u.h>
#include <stdio.h>
#include "stdioimpl.h"

/* Write c (as an unsigned char) to f; return it, or EOF on error. */
int
fputc(int c, FILE *f)
{
	uchar b;

	b = c;
	if(f->buf != nil && f->rp == f->re && f->wn + 1 < f->size && (f->flags & FWR)
	&& (b != '\n' || f->mode == _IOFBF)){
		f->buf[f->wn++] = b;
		return b;
	}
	if(fwrite(&b, 1, 1, f) != 1)
		return EOF;
	return b;
}

/* The same as fputc. */
int
putc(int c, FILE *f)
{
	return fputc(c, f);
}
