/*
 * fwrite: write items to a stream.
 */
#include <u.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "stdioimpl.h"

/*
 * Write n items of size bytes from buf; return the number of whole
 * items written.  Pending output goes out when the buffer fills, at
 * a newline on a line-buffered stream, and at once when unbuffered.
 */
size_t
fwrite(const void *buf, size_t size, size_t n, FILE *f)
{
	const uchar *p;
	size_t total, done, k;
	ssize_t w;

	total = size * n;
	if(total == 0)
		return 0;
	if((f->flags & FWR) == 0){
		f->flags |= FERR;
		return 0;
	}
	_fbuf(f);
	if(f->rp < f->re)
		_fsync(f);
	p = buf;
	done = 0;
	while(done < total){
		if(f->wn == 0 && total - done >= f->size){
			/* big or unbuffered: straight from the caller's memory */
			w = write(f->fd, p + done, total - done);
			if(w <= 0){
				f->flags |= FERR;
				break;
			}
			done += w;
			continue;
		}
		k = f->size - f->wn;
		if(k > total - done)
			k = total - done;
		memcpy(f->buf + f->wn, p + done, k);
		f->wn += k;
		done += k;
		if(f->wn == f->size && _fflushw(f) < 0)
			break;
	}
	if(f->mode == _IOLBF && f->wn > 0 && memchr(p, '\n', done) != nil)
		_fflushw(f);
	return done / size;
}
