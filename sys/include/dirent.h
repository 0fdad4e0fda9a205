/*
 * dirent.h: reading directories.  A read of an open directory returns
 * whole 9P2000 stat entries; readdir decodes them one at a time.
 * Besides d_name and d_type, a struct dirent carries the rest of the
 * entry (Ninefold's extension), so ls -l needs no stat per file.
 */
#ifndef DIRENT_H
#define DIRENT_H

#include <sys/types.h>
#include <limits.h>

#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8
#define DT_LNK		10
#define DT_SOCK		12

struct dirent {
	ino_t	d_ino;		/* qid.path */
	unsigned char	d_type;	/* DT_DIR or DT_REG, from the qid type */
	char	d_name[NAME_MAX+1];
	/* Ninefold: the rest of the 9P stat entry */
	unsigned char	d_qtype;	/* qid.type */
	unsigned long	d_qvers;	/* qid.vers */
	unsigned long	d_9pmode;	/* the 9P mode, DMDIR and all */
	mode_t	d_mode;		/* as st_mode in struct stat */
	off_t	d_size;
	time_t	d_atime;
	time_t	d_mtime;
	dev_t	d_dev;		/* type<<32 | dev, as st_dev */
	char	d_uid[32];	/* owner, group, last modifier (cut to 31 bytes) */
	char	d_gid[32];
	char	d_muid[32];
};

typedef struct DIR DIR;

DIR	*opendir(const char *url);
DIR	*fdopendir(int fd);
struct dirent	*readdir(DIR *d);
int	closedir(DIR *d);
void	rewinddir(DIR *d);
int	dirfd(DIR *d);

#endif
