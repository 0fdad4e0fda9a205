/*
 * sys/types.h: the POSIX system data types.
 */
#ifndef SYS_TYPES_H
#define SYS_TYPES_H

#include <stddef.h>

typedef long		ssize_t;
typedef long long	off_t;
typedef int		pid_t;
typedef unsigned int	mode_t;
typedef unsigned int	uid_t;
typedef unsigned int	gid_t;
typedef unsigned long	dev_t;
typedef unsigned long	ino_t;
typedef unsigned long	nlink_t;
typedef long		blksize_t;
typedef long		blkcnt_t;
typedef long		time_t;
typedef int		clockid_t;
typedef unsigned int	useconds_t;

#endif
