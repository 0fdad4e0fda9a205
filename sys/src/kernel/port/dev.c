/*
 * dev.c: generic parts of kernel-resident schemes.  A simple scheme
 * describes its files in a Dirtab; devdirread packs stat entries for
 * directory reads, which return whole entries only.
 */
#include "all.h"
#include "dev.h"

/*
 * devdirread: fill buf (n bytes) with the stat entries that start at
 * byte offset off of the directory's entry stream; gen(c, i, &d) gives
 * entry i (0 when there is none).
 */
long
devdirread(Chan *c, uchar *buf, long n, vlong off, int (*gen)(Chan*, int, Dir*))
{
	Dir d;
	vlong pos;
	long m, sz;
	int i;
	uchar tmp[STATFIXLEN + 4*NAMEMAX*2];

	pos = 0;
	m = 0;
	for(i = 0; gen(c, i, &d); i++){
		sz = sizeD2M(&d);
		if(pos < off){
			pos += sz;
			continue;
		}
		if(m + sz > n)
			break;
		if(sz > (long)sizeof tmp)
			continue;
		convD2M(&d, tmp, sizeof tmp);
		memmove(buf + m, tmp, sz);
		m += sz;
		pos += sz;
	}
	if(m == 0 && gen(c, i, &d) && pos >= off)
		return error(Edirshort);
	return m;
}

/* devtabgen: a Dirtab as a directory's entries */
int
devtabgen(Dirtab *tab, int ntab, int i, Dir *d, char *uid)
{
	if(i < 0 || i >= ntab)
		return 0;
	memset(d, 0, sizeof *d);
	d->qid.path = tab[i].path;
	d->qid.type = tab[i].perm & DMDIR ? QTDIR : QTFILE;
	d->mode = tab[i].perm;
	d->name = tab[i].name;
	d->uid = d->gid = d->muid = uid;
	return 1;
}

/* procuser: the user the current process acts for: the host owner "sys", or "none" */
char*
procuser(void)
{
	return up->none ? "none" : "sys";
}

/*
 * devpermit: may a file of uid with perm be opened with omode by the
 * current process?  Its owner's bits if it is the owner, else the
 * others' (there are no groups yet).
 */
int
devpermit(char *uid, ulong perm, int omode)
{
	static int need[] = { 4, 2, 6, 1 };
	ulong bits;

	bits = strcmp(uid, procuser()) == 0 ? perm >> 6 : perm;
	if((bits & need[omode & 3]) != need[omode & 3])
		return error(Eperm);
	if((perm & DMDIR) && (omode & 3) != OREAD)
		return error(Eisdir);
	return 0;
}

/* devstatout: pack d as the stat bytes a Dev's stat returns; the size or -1 */
int
devstatout(Dir *d, uchar *buf, int n)
{
	uint m;

	m = convD2M(d, buf, n);
	if(m == 0)
		return error(Eshort);
	return m;
}

/* devreadstr: read the text s as a file: n bytes at off */
long
devreadstr(char *s, void *buf, long n, vlong off)
{
	long len;

	len = strlen(s);
	if(off < 0 || off >= len)
		return 0;
	if(n > len - off)
		n = len - off;
	memmove(buf, s + off, n);
	return n;
}
