/*
 * fread: read items from a stream.
 */
#include <u.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "stdioimpl.h"

/*
 * Read n items of size bytes into buf, stopping early only at end of
 * file or on error; return the number of whole items read.
 */
size_t
fread(void *buf, size_t size, size_t n, FILE *f)
{
	uchar *p;
	size_t total, done, k;
	ssize_t r;

	total = size * n;
	if(total == 0)
		return 0;
	p = buf;
	done = 0;
	while(done < total){
		if(f->rp < f->re){
			k = f->re - f->rp;
			if(k > total - done)
				k = total - done;
			memcpy(p + done, f->rp, k);
			f->rp += k;
			done += k;
			continue;
		}
		_fbuf(f);
		if(total - done >= f->size && (f->flags & FRD) && f->wn == 0){
			/* big: straight into the caller's memory */
			r = read(f->fd, p + done, total - done);
			if(r <= 0){
				f->flags |= r == 0 ? FEOF : FERR;
				break;
			}
			done += r;
			continue;
		}
		if(_ffill(f) < 0)
			break;
	}
	return done / size;
}
