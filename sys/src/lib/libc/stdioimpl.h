/*
 * stdioimpl.h: the inside of a FILE, and stdio's internal helpers
 * (fbuf.c).  A stream is at rest, reading (unread bytes at rp..re)
 * or writing (wn bytes pending at buf), never both at once.
 */
#ifndef STDIOIMPL_H
#define STDIOIMPL_H

#include <u.h>
#include <stddef.h>

enum {
	FRD	= 1<<0,		/* opened for reading */
	FWR	= 1<<1,		/* opened for writing */
	FEOF	= 1<<2,		/* end of file seen */
	FERR	= 1<<3,		/* an error happened */
	FMALLOC	= 1<<4,		/* buf came from malloc */
	FSTATIC	= 1<<5,		/* the FILE itself is static */
	FAPPEND	= 1<<6,
};

struct FILE {
	int	fd;
	int	flags;
	int	mode;		/* _IOFBF, _IOLBF or _IONBF */
	uchar	*buf;		/* nil until first use */
	size_t	size;
	uchar	*rp;		/* reading: next unread byte */
	uchar	*re;		/* reading: end of the data read */
	size_t	wn;		/* writing: bytes pending at buf */
	uchar	one;		/* the buffer of an unbuffered stream */
	FILE	*next;		/* every open stream, for fflush(nil) */
};

extern FILE	*_fhead;

int	_fbuf(FILE *f);
int	_fflushw(FILE *f);
void	_fsync(FILE *f);
int	_ffill(FILE *f);
int	_fmode(const char *mode, int *oflags);
FILE	*_falloc(int fd, int flags);

/* the input of the scanf family: a stream, or a string when f is nil */
typedef struct Scan Scan;
struct Scan {
	FILE	*f;
	const char	*s;
	long	n;		/* bytes consumed, for %n */
};
int	_doscan(Scan *sc, const char *fmt, __builtin_va_list ap);

#endif
