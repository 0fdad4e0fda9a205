/*
 * sys/stat.h: file status, decoded by libc from the 9P2000 stat
 * that the kernel returns.
 */
#ifndef SYS_STAT_H
#define SYS_STAT_H

#include <sys/types.h>

struct stat {
	dev_t	st_dev;		/* 9P type<<32 | dev */
	ino_t	st_ino;		/* qid.path */
	mode_t	st_mode;
	nlink_t	st_nlink;
	uid_t	st_uid;
	gid_t	st_gid;
	dev_t	st_rdev;
	off_t	st_size;
	blksize_t	st_blksize;
	blkcnt_t	st_blocks;
	time_t	st_atime;
	time_t	st_mtime;
	time_t	st_ctime;
};

#define S_IFMT		0170000
#define S_IFDIR		0040000
#define S_IFCHR		0020000
#define S_IFREG		0100000
#define S_IFIFO		0010000
#define S_ISDIR(m)	(((m) & S_IFMT) == S_IFDIR)
#define S_ISREG(m)	(((m) & S_IFMT) == S_IFREG)
#define S_ISCHR(m)	(((m) & S_IFMT) == S_IFCHR)
#define S_ISFIFO(m)	(((m) & S_IFMT) == S_IFIFO)

#define S_IRWXU		0700
#define S_IRUSR		0400
#define S_IWUSR		0200
#define S_IXUSR		0100
#define S_IRWXG		0070
#define S_IRGRP		0040
#define S_IWGRP		0020
#define S_IXGRP		0010
#define S_IRWXO		0007
#define S_IROTH		0004
#define S_IWOTH		0002
#define S_IXOTH		0001

int	stat(const char *path, struct stat *st);
int	fstat(int fd, struct stat *st);
int	mkdir(const char *url, mode_t mode);
int	chmod(const char *url, mode_t mode);
int	fchmod(int fd, mode_t mode);

#endif
