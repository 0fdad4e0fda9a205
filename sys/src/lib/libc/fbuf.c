/*
 * fbuf: stdio's buffer management, used by every stream function.
 */
#include <u.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stdioimpl.h"

/* Give f a buffer if it has none (one byte if unbuffered or out of memory). */
int
_fbuf(FILE *f)
{
	if(f->buf != nil)
		return 0;
	if(f->mode != _IONBF){
		f->buf = malloc(BUFSIZ);
		if(f->buf != nil){
			f->size = BUFSIZ;
			f->flags |= FMALLOC;
		}
	}
	if(f->buf == nil){
		f->mode = _IONBF;
		f->buf = &f->one;
		f->size = 1;
	}
	f->rp = f->re = f->buf;
	f->wn = 0;
	return 0;
}

/* Write out the pending bytes; 0, or EOF with the error flag set. */
int
_fflushw(FILE *f)
{
	size_t done;
	ssize_t n;

	for(done = 0; done < f->wn; done += n){
		n = write(f->fd, f->buf + done, f->wn - done);
		if(n <= 0){
			f->flags |= FERR;
			memmove(f->buf, f->buf + done, f->wn - done);
			f->wn -= done;
			return EOF;
		}
	}
	f->wn = 0;
	return 0;
}

/* Leave reading: give unread bytes back to the descriptor's offset. */
void
_fsync(FILE *f)
{
	if(f->rp < f->re)
		lseek(f->fd, -(off_t)(f->re - f->rp), SEEK_CUR);
	f->rp = f->re = f->buf;
}

/*
 * Refill the read buffer (flushing our own output first, and stdout
 * before reading an interactive stream); 0, or EOF at end or error.
 */
int
_ffill(FILE *f)
{
	ssize_t n;

	if((f->flags & FRD) == 0){
		f->flags |= FERR;
		return EOF;
	}
	_fbuf(f);
	if(f->wn > 0 && _fflushw(f) < 0)
		return EOF;
	if(f->mode != _IOFBF && f != stdout)
		fflush(stdout);
	n = read(f->fd, f->buf, f->size);
	if(n <= 0){
		f->flags |= n == 0 ? FEOF : FERR;
		f->rp = f->re = f->buf;
		return EOF;
	}
	f->rp = f->buf;
	f->re = f->buf + n;
	return 0;
}
