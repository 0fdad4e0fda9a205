/*
 * fgetc, getc: read a byte from a stream.
 */
#include <u.h>
#include <stdio.h>
#include "stdioimpl.h"

/* Return the next byte of f as an unsigned char, or EOF. */
int
fgetc(FILE *f)
{
	if(f->rp >= f->re && _ffill(f) < 0)
		return EOF;
	return *f->rp++;
}

/* The same as fgetc. */
int
getc(FILE *f)
{
	return fgetc(f);
}
