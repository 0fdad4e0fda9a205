/*
 * readdir: the next entry of a directory.
 */
#include <u.h>
#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "impl.h"

enum {
	DIRBUF	= 16*1024,	/* as opendir.c */
};

/* Copy string i of stat entry p into dst (n bytes), cut if longer. */
static void
getstr(const uchar *p, int i, char *dst, int n)
{
	const uchar *s;
	int len;

	s = _statstr(p, i, &len);
	if(len >= n)
		len = n - 1;
	memmove(dst, s, len);
	dst[len] = 0;
}

/*
 * Return the next entry, nil at the end (errno unchanged) or on an
 * error (errno set; EPROTO for a malformed entry).  The entry is
 * overwritten by the next call.
 */
struct dirent*
readdir(DIR *d)
{
	struct dirent *e;
	const uchar *p;
	ulong mode;
	long len;

	if(d->off >= d->n){
		d->n = read(d->fd, d->buf, DIRBUF);
		d->off = 0;
		if(d->n <= 0){
			d->n = 0;
			return nil;
		}
	}
	p = d->buf + d->off;
	len = _statlen(p, d->n - d->off);
	if(len < 0){
		d->off = d->n;
		_seterr(EPROTO, "malformed directory entry");
		return nil;
	}
	d->off += len;
	e = d->ent;
	memset(e, 0, sizeof *e);
	e->d_dev = _statget(p+2, 2)<<32 | _statget(p+4, 4);
	e->d_qtype = p[8];
	e->d_qvers = _statget(p+9, 4);
	e->d_ino = _statget(p+13, 8);
	mode = _statget(p+21, 4);
	e->d_9pmode = mode;
	e->d_type = (e->d_qtype & _QTDIR) || (mode & _DMDIR) ? DT_DIR : DT_REG;
	e->d_mode = (mode & 0777) | (e->d_type == DT_DIR ? S_IFDIR : S_IFREG);
	e->d_atime = _statget(p+25, 4);
	e->d_mtime = _statget(p+29, 4);
	e->d_size = _statget(p+33, 8);
	getstr(p, 0, e->d_name, sizeof e->d_name);
	getstr(p, 1, e->d_uid, sizeof e->d_uid);
	getstr(p, 2, e->d_gid, sizeof e->d_gid);
	getstr(p, 3, e->d_muid, sizeof e->d_muid);
	return e;
}
