/*
 * feof, ferror, clearerr: a stream's end-of-file and error flags.
 */
#include <stdio.h>
#include "stdioimpl.h"

/* Has f seen end of file? */
int
feof(FILE *f)
{
	return (f->flags & FEOF) != 0;
}

/* Has an error happened on f? */
int
ferror(FILE *f)
{
	return (f->flags & FERR) != 0;
}

/* Clear both flags. */
void
clearerr(FILE *f)
{
	f->flags &= ~(FEOF|FERR);
}
