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
#define O_NONBLOCK	0x800	/* libc's, per fd: a read or write that would wait fails EAGAIN (fcntl(2)) */
#define O_NDELAY	O_NONBLOCK

/* fcntl's commands (Linux's values) */
#define F_DUPFD		0
#define F_GETFD		1
#define F_SETFD		2
#define F_GETFL		3
#define F_SETFL		4
#define F_DUPFD_CLOEXEC	1030
#define FD_CLOEXEC	1

int	open(const char *path, int flags, ...);
int	creat(const char *path, mode_t mode);
int	fcntl(int fd, int cmd, ...);

#endif
