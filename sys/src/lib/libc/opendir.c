/*
 * opendir, fdopendir: open a directory for readdir.
 */
#include <u.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include "impl.h"

enum {
	DIRBUF	= 16*1024,	/* bytes asked of each directory read */
};

/* A DIR for the open directory fd; nil (ENOTDIR, ENOMEM) on error. */
DIR*
fdopendir(int fd)
{
	struct stat st;
	DIR *d;

	if(fstat(fd, &st) < 0)
		return nil;
	if(!S_ISDIR(st.st_mode)){
		_seterr(ENOTDIR, nil);
		return nil;
	}
	d = malloc(sizeof *d);
	if(d == nil)
		return nil;
	d->buf = malloc(DIRBUF);
	d->ent = malloc(sizeof *d->ent);
	if(d->buf == nil || d->ent == nil){
		free(d->buf);
		free(d->ent);
		free(d);
		_seterr(ENOMEM, nil);
		return nil;
	}
	d->fd = fd;
	d->n = d->off = 0;
	return d;
}

/* Open the directory url; nil on error (the server's, or ENOTDIR). */
DIR*
opendir(const char *url)
{
	DIR *d;
	int fd, e;

	fd = open(url, O_RDONLY|O_CLOEXEC);
	if(fd < 0)
		return nil;
	d = fdopendir(fd);
	if(d == nil){
		e = errno;
		close(fd);
		errno = e;
	}
	return d;
}
