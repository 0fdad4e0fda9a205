/*
 * getdelim, getline: read a whole line of any length from a stream.
 */
#include <u.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include "impl.h"

/*
 * Read up to and including the byte delim into *line (grown with
 * realloc as needed; *n is its size), NUL-terminated.  Return the
 * bytes read, or -1 at end of file with nothing read, or on error.
 */
ssize_t
getdelim(char **line, size_t *n, int delim, FILE *f)
{
	size_t len, nn;
	char *p;
	int c;

	if(line == nil || n == nil){
		_seterr(EINVAL, nil);
		return -1;
	}
	if(*line == nil)
		*n = 0;
	len = 0;
	for(;;){
		c = fgetc(f);
		if(c == EOF){
			if(len == 0 || ferror(f))
				return -1;
			break;
		}
		if(len + 2 > *n){
			nn = *n < 64 ? 128 : *n * 2;
			p = realloc(*line, nn);
			if(p == nil){
				_seterr(ENOMEM, nil);
				return -1;
			}
			*line = p;
			*n = nn;
		}
		(*line)[len++] = c;
		if(c == delim)
			break;
	}
	(*line)[len] = 0;
	return len;
}

/* getdelim up to a newline. */
ssize_t
getline(char **line, size_t *n, FILE *f)
{
	return getdelim(line, n, '\n', f);
}
