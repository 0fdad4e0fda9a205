/*
 * fileno: a stream's descriptor.
 */
#include <stdio.h>
#include "stdioimpl.h"

/* Return the descriptor under f. */
int
fileno(FILE *f)
{
	return f->fd;
}
