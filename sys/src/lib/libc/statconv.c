/*
 * _statconv: decode a 9P2000 stat entry into a struct stat.
 *
 *	size[2] type[2] dev[4] qid.type[1] qid.vers[4] qid.path[8]
 *	mode[4] atime[4] mtime[4] length[8] name[s] uid[s] gid[s] muid[s]
 */
#include <u.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "impl.h"

enum {
	STATFIXED	= 41,		/* bytes before name */
	DMDIR		= 0x80000000,
};

/* Little-endian integer of n bytes at p. */
static uvlong
get(const uchar *p, int n)
{
	uvlong v;

	v = 0;
	while(n-- > 0)
		v = v<<8 | p[n];
	return v;
}

/* Fill *st from the n bytes of stat at buf; 0, or -1 (EPROTO) if short. */
int
_statconv(const uchar *buf, long n, struct stat *st)
{
	ulong mode;

	if(n < STATFIXED + 8 || (long)get(buf, 2) + 2 > n){
		errno = EPROTO;
		return -1;
	}
	memset(st, 0, sizeof *st);
	st->st_dev = get(buf+2, 2)<<32 | get(buf+4, 4);
	st->st_ino = get(buf+13, 8);
	mode = get(buf+21, 4);
	st->st_mode = (mode & 0777) | ((mode & DMDIR) ? S_IFDIR : S_IFREG);
	st->st_nlink = 1;
	st->st_atime = get(buf+25, 4);
	st->st_mtime = get(buf+29, 4);
	st->st_ctime = st->st_mtime;
	st->st_size = get(buf+33, 8);
	st->st_blksize = 8192;
	st->st_blocks = (st->st_size + 511) / 512;
	return 0;
}
