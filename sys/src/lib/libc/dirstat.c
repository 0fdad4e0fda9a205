/*
 * dirstat, dirfstat: a file's 9P stat entry as a Dir (fcall.h), as
 * Plan 9's libc gives it.
 */
#include <libc.h>
#include <fcall.h>
#include "impl.h"

enum {
	Statbuf	= 4096,		/* room for a stat entry with long strings */
};

/*
 * Decode the n-byte stat entry at buf, already checked by _rawstat,
 * into one malloc'd block: the Dir, then its four strings.
 */
static Dir*
unpack(uchar *buf, long n)
{
	Dir *d;
	char *s, **sp[4];
	const uchar *p;
	int i, len;

	if((d = malloc(sizeof *d + n)) == nil){
		_seterr(ENOMEM, nil);
		return nil;
	}
	d->type = _statget(buf+2, 2);
	d->dev = _statget(buf+4, 4);
	d->qid.type = buf[8];
	d->qid.vers = _statget(buf+9, 4);
	d->qid.path = _statget(buf+13, 8);
	d->mode = _statget(buf+21, 4);
	d->atime = _statget(buf+25, 4);
	d->mtime = _statget(buf+29, 4);
	d->length = _statget(buf+33, 8);
	sp[0] = &d->name;
	sp[1] = &d->uid;
	sp[2] = &d->gid;
	sp[3] = &d->muid;
	s = (char*)(d + 1);
	for(i = 0; i < 4; i++){
		p = _statstr(buf, i, &len);
		memmove(s, p, len);
		s[len] = 0;
		*sp[i] = s;
		s += len + 1;
	}
	return d;
}

/* The stat entry of url, malloc'd (free it with free); nil on error. */
Dir*
dirstat(char *url)
{
	uchar buf[Statbuf];
	long n;

	if((n = _rawstat(url, -1, buf, sizeof buf)) < 0)
		return nil;
	return unpack(buf, n);
}

/* The stat entry of the file open on fd, as dirstat. */
Dir*
dirfstat(int fd)
{
	uchar buf[Statbuf];
	long n;

	if((n = _rawstat(nil, fd, buf, sizeof buf)) < 0)
		return nil;
	return unpack(buf, n);
}
