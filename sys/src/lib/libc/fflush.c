/*
 * fflush: write out a stream's pending output.
 */
#include <u.h>
#include <stdio.h>
#include "stdioimpl.h"

/*
 * Write f's pending output, or drop its unread input; with f nil,
 * flush every open stream.  0 or EOF.
 */
int
fflush(FILE *f)
{
	int r;

	if(f == nil){
		r = 0;
		for(f = _fhead; f != nil; f = f->next)
			if(f->wn > 0 && _fflushw(f) < 0)
				r = EOF;
		return r;
	}
	if(f->wn > 0)
		return _fflushw(f);
	if(f->rp < f->re)
		_fsync(f);
	return 0;
}
