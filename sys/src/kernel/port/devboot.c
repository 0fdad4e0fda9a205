/*
 * devboot.c: boot:, the boot archive GRUB loaded as a module, read-only.
 * The archive is Plan 9 mkfs's (see mkfs(8)): for each file a header
 * line "name mode uid gid mtime length", then length bytes, and a last
 * line "end of archive".  archinit indexes it once at boot.
 */
#include "all.h"
#include "dev.h"

typedef struct Bentry Bentry;
struct Bentry {
	char	*path;		/* "/bin/init" */
	char	*name;		/* "init" */
	int	parent;		/* index, -1 for the root */
	ulong	mode;
	char	*uid, *gid;
	ulong	mtime;
	uvlong	length;
	uchar	*data;
};

extern Dev bootdev;

static Bentry	*ents;
static int	nents;

static int
field(char **p, char *end, char **f)
{
	char *s;

	s = *p;
	while(*p < end && **p != ' ' && **p != '\n')
		(*p)++;
	if(*p == s || *p >= end)
		return -1;
	*f = s;
	return 0;
}

static int
number(char *s, char *e, int base, uvlong *v)
{
	*v = 0;
	if(s == e)
		return -1;
	for(; s < e; s++){
		if(*s < '0' || *s > '0' + base - 1)
			return -1;
		*v = *v * base + (*s - '0');
	}
	return 0;
}

static char*
dupfield(char *s, char *e)
{
	char *d;

	d = kmalloc(e - s + 1);
	if(d){
		memmove(d, s, e - s);
		d[e - s] = 0;
	}
	return d;
}

/*
 * parse one header at *pp; fill b; -1 if malformed, 1 at the end mark.
 * f[0..5] are the field starts, each ended by a blank or newline.
 */
static int
parsehdr(char **pp, char *end, Bentry *b)
{
	char *p, *f[6], *fe[6];
	uvlong v;
	int i;

	p = *pp;
	if(end - p >= 15 && memcmp(p, "end of archive\n", 15) == 0)
		return 1;
	for(i = 0; i < 6; i++){
		if(field(&p, end, &f[i]) < 0)
			return -1;
		fe[i] = p;
		if(*p != (i == 5 ? '\n' : ' '))
			return -1;
		p++;
	}
	if(f[0][0] != '/' || fe[0] - f[0] < 2)
		return -1;
	if(number(f[1], fe[1], 8, &v) < 0)
		return -1;
	b->mode = v;
	if(number(f[4], fe[4], 10, &v) < 0)
		return -1;
	b->mtime = v;
	if(number(f[5], fe[5], 10, &b->length) < 0)
		return -1;
	if(b->length > (uvlong)(end - p))
		return -1;
	b->path = dupfield(f[0], fe[0]);
	b->uid = dupfield(f[2], fe[2]);
	b->gid = dupfield(f[3], fe[3]);
	if(b->path == nil || b->uid == nil || b->gid == nil)
		return -1;
	b->name = strrchr(b->path, '/') + 1;
	b->data = (uchar*)p;
	*pp = p + b->length;
	return 0;
}

/* the index of the directory holding path (-1: the root), -2 if none */
static int
parentof(char *path)
{
	char *s;
	int i, n;

	s = strrchr(path, '/');
	n = s - path;
	if(n == 0)
		return -1;
	for(i = 0; i < nents; i++)
		if((ents[i].mode & DMDIR) && (int)strlen(ents[i].path) == n && memcmp(ents[i].path, path, n) == 0)
			return i;
	return -2;
}

/* archinit: index the archive at base; -1 if it is malformed */
int
archinit(uchar *base, uvlong len)
{
	char *p, *end;
	int r, max;
	Bentry b;

	max = 0;
	p = (char*)base;
	end = p + len;
	for(; p < end; p++)
		if(*p == '\n')
			max++;
	ents = kmalloc((max+1) * sizeof *ents);
	if(ents == nil)
		return -1;
	p = (char*)base;
	for(;;){
		memset(&b, 0, sizeof b);
		r = parsehdr(&p, end, &b);
		if(r == 1)
			break;
		if(r < 0 || nents >= max){
			print("boot: archive entry %d malformed\n", nents);
			return -1;
		}
		b.parent = parentof(b.path);
		if(b.parent == -2){
			print("boot: %s: no parent directory in archive\n", b.path);
			return -1;
		}
		ents[nents++] = b;
	}
	return nents;
}

/* aux is the entry's index + 1: 0, the root */
static Chan* bootattach(char *spec) { USED(spec); return devattach(&bootdev, QTDIR); }

static int
bootwalk(Chan *c, char *elem)
{
	int i, dir;

	dir = (int)c->aux - 1;
	if(dir >= 0 && !(ents[dir].mode & DMDIR))
		return error(Enotdir);
	if(strcmp(elem, "..") == 0){
		if(dir >= 0)
			c->aux = ents[dir].parent + 1;
	}else{
		for(i = 0; i < nents; i++)
			if(ents[i].parent == dir && strcmp(ents[i].name, elem) == 0)
				break;
		if(i == nents)
			return error(Enonexist);
		c->aux = i + 1;
	}
	c->qid.path = c->aux;
	c->qid.type = c->aux && !(ents[c->aux-1].mode & DMDIR) ? QTFILE : QTDIR;
	return 0;
}

static void
fillstat(int i, Dir *d)
{
	memset(d, 0, sizeof *d);
	d->qid.path = i + 1;
	if(i < 0){
		d->qid.type = QTDIR;
		d->mode = DMDIR|0555;
		d->name = "/";
		d->uid = d->gid = d->muid = "sys";
		return;
	}
	d->qid.type = ents[i].mode & DMDIR ? QTDIR : QTFILE;
	d->mode = ents[i].mode;
	d->mtime = d->atime = ents[i].mtime;
	d->length = ents[i].mode & DMDIR ? 0 : ents[i].length;
	d->name = ents[i].name;
	d->uid = ents[i].uid;
	d->gid = ents[i].gid;
	d->muid = ents[i].uid;
}

static int
bootopen(Chan *c, int omode)
{
	if((omode & 3) != OREAD && (omode & 3) != OEXEC)
		return error(Erdonly);
	if(omode & (OTRUNC|OCREATE))
		return error(Erdonly);
	return 0;
}

/* the i'th entry of the directory aux (a Chan), for devdirread */
static int
bootgen(int i, Dir *d, void *aux)
{
	int j, dir;

	dir = (int)((Chan*)aux)->aux - 1;
	for(j = 0; j < nents; j++)
		if(ents[j].parent == dir && i-- == 0){
			fillstat(j, d);
			return 0;
		}
	return -1;
}

static long
bootread(Chan *c, void *buf, long n, vlong off)
{
	Bentry *b;

	if(c->aux == 0 || (ents[c->aux-1].mode & DMDIR))
		return devdirread(c, buf, n, off, bootgen, c);
	b = &ents[c->aux-1];
	if(off < 0 || (uvlong)off >= b->length)
		return 0;
	if((uvlong)n > b->length - off)
		n = b->length - off;
	memmove(buf, b->data + off, n);
	return n;
}

static long
bootwrite(Chan *c, void *buf, long n, vlong off)
{
	USED(c); USED(buf); USED(n); USED(off);
	return error(Erdonly);
}

static int
bootstat(Chan *c, uchar *buf, int n)
{
	Dir d;

	fillstat((int)c->aux - 1, &d);
	return devstatout(&d, buf, n);
}

Dev bootdev = {
	.name = "boot",
	.attach = bootattach,
	.walk1 = bootwalk,
	.open = bootopen,
	.read = bootread,
	.write = bootwrite,
	.stat = bootstat,
};
