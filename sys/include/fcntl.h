/*
 * fcntl.h: open and its flags.  The values are Ninefold's own
 * (OREAD, OTRUNC, OCREATE ... in syscall.h), so open passes them through.
 */
#ifndef FCNTL_H
#define FCNTL_H

#include <sys/types.h>

#define O_RDONLY	0
#define O_WRONLY	1
#define O_RDWR		2
#define O_ACCMODE	3
#define O_TRUNC		0x10
#define O_CLOEXEC	0x20
#define O_CREAT		0x100
#define O_EXCL		0x200
#define O_APPEND	0x400
#define O_NOCTTY	0
#define O_NONBLOCK	0

int	open(const char *path, int flags, ...);
int	creat(const char *path, mode_t mode);

#endif
