/*
 * fclose: flush and close a stream.
 */
#include <u.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "stdioimpl.h"

/* Flush f, close its descriptor and free it; 0 or EOF. */
int
fclose(FILE *f)
{
	FILE **l;
	int r;

	r = fflush(f);
	if(close(f->fd) < 0)
		r = EOF;
	for(l = &_fhead; *l != nil; l = &(*l)->next)
		if(*l == f){
			*l = f->next;
			break;
		}
	if(f->flags & FMALLOC)
		free(f->buf);
	if(f->flags & FSTATIC)
		f->flags = 0;
	else
		free(f);
	return r;
}
