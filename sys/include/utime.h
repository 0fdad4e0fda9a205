/*
 * utime.h: setting a file's times (a 9P wstat of atime and mtime).
 */
#ifndef UTIME_H
#define UTIME_H

#include <sys/types.h>

struct utimbuf {
	time_t	actime;
	time_t	modtime;
};

int	utime(const char *url, const struct utimbuf *times);

#endif
