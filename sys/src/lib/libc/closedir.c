/*
 * closedir, rewinddir, dirfd: the rest of the directory stream calls.
 */
#include <u.h>
#include <dirent.h>
#include <stdlib.h>
#include <unistd.h>
#include "impl.h"

/* Close the directory and free d; 0 or -1. */
int
closedir(DIR *d)
{
	int r;

	r = close(d->fd);
	free(d->buf);
	free(d->ent);
	free(d);
	return r;
}

/* Start reading d again from its first entry. */
void
rewinddir(DIR *d)
{
	lseek(d->fd, 0, SEEK_SET);
	d->n = d->off = 0;
}

/* The descriptor under d. */
int
dirfd(DIR *d)
{
	return d->fd;
}
