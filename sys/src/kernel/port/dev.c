/*
 * dev.c: generic parts of kernel-resident schemes.  A simple scheme
 * describes its files in a Dirtab; devdirread packs stat entries for
 * directory reads, which return whole entries only.
 */
#include "all.h"
#include "dev.h"

/*
 * devdirread: fill buf (n bytes) with the stat entries that start at
 * byte offset off of the directory's entry stream; gen(i, &d, aux)
 * gives entry i (-1 when there is none).
 */
long
devdirread(Chan *c, uchar *buf, long n, vlong off, Dirgen *gen, void *aux)
{
	Dir d;
	vlong pos;
	long m, sz;
	int i;
	uchar tmp[STATFIXLEN + 4*NAMEMAX*2];

	pos = 0;
	m = 0;
	USED(c);
	for(i = 0; gen(i, &d, aux) >= 0; i++){
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
	if(m == 0 && gen(i, &d, aux) >= 0 && pos >= off)
		return error(Edirshort);
	return m;
}

/* devtabgen: entry i of a Dirtab as a directory entry: 0, or -1 past the end */
int
devtabgen(Dirtab *tab, int ntab, int i, Dir *d, char *uid)
{
	if(i < 0 || i >= ntab)
		return -1;
	memset(d, 0, sizeof *d);
	d->qid.path = tab[i].path;
	d->qid.type = tab[i].perm & DMDIR ? QTDIR : QTFILE;
	d->mode = tab[i].perm;
	d->name = tab[i].name;
	d->uid = d->gid = d->muid = uid;
	return 0;
}

/*
 * devwalktab: walk c, the root (qid.path 0) of a one-level scheme
 * whose files are tab, to elem; 0 or -1.
 */
int
devwalktab(Chan *c, char *elem, Dirtab *tab, int ntab)
{
	int i;

	if(c->qid.path != 0)
		return error(Enotdir);
	if(strcmp(elem, "..") == 0)
		return 0;
	for(i = 0; i < ntab; i++)
		if(strcmp(tab[i].name, elem) == 0){
			c->qid.path = tab[i].path;
			c->qid.type = tab[i].perm & DMDIR ? QTDIR : QTFILE;
			return 0;
		}
	return error(Enonexist);
}

/* devtablook: c's entry in tab, nil for the root */
Dirtab*
devtablook(Chan *c, Dirtab *tab, int ntab)
{
	int i;

	for(i = 0; i < ntab; i++)
		if(tab[i].path == c->qid.path)
			return &tab[i];
	return nil;
}

/* devstattab: the stat entry of c, the root or a file of tab */
int
devstattab(Chan *c, uchar *buf, int n, Dirtab *tab, int ntab, char *uid)
{
	Dir d;
	int i;

	if(c->qid.path == 0){
		memset(&d, 0, sizeof d);
		d.qid.type = QTDIR;
		d.mode = DMDIR|0555;
		d.name = "/";
		d.uid = d.gid = d.muid = uid;
		return devstatout(&d, buf, n);
	}
	for(i = 0; i < ntab; i++)
		if(tab[i].path == c->qid.path){
			devtabgen(tab, ntab, i, &d, uid);
			return devstatout(&d, buf, n);
		}
	return error(Enonexist);
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
