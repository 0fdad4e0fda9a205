/*
 * _statconv and friends: decode 9P2000 stat entries (for stat, fstat
 * and readdir) without libfcall.
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
};

/* Little-endian integer of n bytes at p. */
uvlong
_statget(const uchar *p, int n)
{
	uvlong v;

	v = 0;
	while(n-- > 0)
		v = v<<8 | p[n];
	return v;
}

/*
 * Check the stat entry at the start of the n bytes at buf: its size
 * field fits, and so do its four strings.  Return the entry's length
 * with the size field (2 + size), or -1 (EPROTO).
 */
long
_statlen(const uchar *buf, long n)
{
	long len, off;
	int i;

	if(n < 2)
		goto bad;
	len = _statget(buf, 2) + 2;
	if(len > n || len < STATFIXED + 8)
		goto bad;
	off = STATFIXED;
	for(i = 0; i < 4; i++){
		if(off + 2 > len)
			goto bad;
		off += 2 + _statget(buf + off, 2);
	}
	if(off > len)
		goto bad;
	return len;
bad:
	errno = EPROTO;
	return -1;
}

/*
 * The i-th string of a checked stat entry (0 name, 1 uid, 2 gid,
 * 3 muid): a pointer to its bytes (not NUL-terminated), length in *len.
 */
const uchar*
_statstr(const uchar *buf, int i, int *len)
{
	const uchar *p;

	p = buf + STATFIXED;
	while(i-- > 0)
		p += 2 + _statget(p, 2);
	*len = _statget(p, 2);
	return p + 2;
}

/* Fill *st from the n bytes of stat at buf; 0, or -1 (EPROTO) if short. */
int
_statconv(const uchar *buf, long n, struct stat *st)
{
	ulong mode;

	if(n < STATFIXED + 8 || (long)_statget(buf, 2) + 2 > n){
		errno = EPROTO;
		return -1;
	}
	memset(st, 0, sizeof *st);
	st->st_dev = _statget(buf+2, 2)<<32 | _statget(buf+4, 4);
	st->st_ino = _statget(buf+13, 8);
	mode = _statget(buf+21, 4);
	st->st_mode = (mode & 0777) | ((mode & _DMDIR) ? S_IFDIR : S_IFREG);
	st->st_nlink = 1;
	st->st_atime = _statget(buf+25, 4);
	st->st_mtime = _statget(buf+29, 4);
	st->st_ctime = st->st_mtime;
	st->st_size = _statget(buf+33, 8);
	st->st_blksize = 8192;
	st->st_blocks = (st->st_size + 511) / 512;
	return 0;
}
