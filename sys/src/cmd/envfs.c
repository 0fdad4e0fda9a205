/*
 * envfs: environment variables as files in one flat directory (see
 * envfs(4)): create sets a variable, write sets its value, read gets
 * it, remove unsets it.  Values are bytes and may hold NULs.  One
 * envfs process serves one environment group; `envfs -c env: env`
 * starts a new group as a copy of the current one (libc's rfork does
 * that for RFENVG).
 *
 * A Var counts references: one while it is in the list, one for each
 * fid on it, so a removed variable stays readable through open fids.
 */
#include <u.h>
#include <libc.h>
#include <fcall.h>
#include <9p.h>
#include <dirent.h>

typedef struct Var Var;
struct Var {
	char	*name;
	uchar	*val;
	long	len;
	long	cap;
	Qid	qid;
	ulong	mtime;
	int	ref;
	Var	*next;
};

enum {
	MAXVAL = 1<<24,	/* the longest value */
};

static Var	*vars;
static Qid	rootqid = {0, 0, QTDIR};
static uvlong	qidpath = 1;

static void
incref(Var *v)
{
	if(v != nil)
		v->ref++;
}

static void
decref(Var *v)
{
	if(v == nil || --v->ref > 0)
		return;
	free(v->name);
	free(v->val);
	free(v);
}

/* lookup: the variable called name, or nil */
static Var*
lookup(char *name)
{
	Var *v;

	for(v = vars; v != nil; v = v->next)
		if(strcmp(v->name, name) == 0)
			return v;
	return nil;
}

/* setlen: make v's value len bytes long (zero-filled); nil or an error */
static char*
setlen(Var *v, vlong len)
{
	uchar *p;
	long c;

	if(len < 0 || len > MAXVAL)
		return "value too long";
	if(len > v->cap){
		c = v->cap ? v->cap : 64;
		while(c < len)
			c *= 2;
		if((p = realloc(v->val, c)) == nil)
			return Enomem;
		v->val = p;
		v->cap = c;
	}
	if(len > v->len)
		memset(v->val + v->len, 0, len - v->len);
	v->len = len;
	return nil;
}

static void
changed(Var *v)
{
	v->qid.vers++;
	v->mtime = time(nil);
}

static void
fsattach(Req *r)
{
	r->fid->aux = nil;
	r->ofcall.qid = rootqid;
	respond(r, nil);
}

static char*
fsclone(Fid *old, Fid *new)
{
	new->aux = old->aux;
	incref(new->aux);
	return nil;
}

static char*
fswalk1(Fid *f, char *name, Qid *qid)
{
	Var *v;

	if(strcmp(name, "..") == 0){
		*qid = rootqid;
		return nil;
	}
	if((v = lookup(name)) == nil)
		return Enofile;
	incref(v);
	f->aux = v;
	*qid = v->qid;
	return nil;
}

static void
fsopen(Req *r)
{
	Var *v;

	v = r->fid->aux;
	if(v != nil && (r->ifcall.mode & OTRUNC)){
		setlen(v, 0);
		changed(v);
	}
	respond(r, nil);
}

static void
fscreate(Req *r)
{
	Var *v;

	if(r->ifcall.perm & DMDIR){
		respond(r, Eperm);
		return;
	}
	if(lookup(r->ifcall.name) != nil){
		respond(r, Eexist);
		return;
	}
	if((v = calloc(1, sizeof *v)) == nil || (v->name = strdup(r->ifcall.name)) == nil){
		free(v);
		respond(r, Enomem);
		return;
	}
	v->qid = (Qid){qidpath++, 0, QTFILE};
	v->mtime = time(nil);
	v->ref = 2;	/* the list, the fid */
	v->next = vars;
	vars = v;
	rootqid.vers++;
	r->fid->aux = v;
	r->ofcall.qid = v->qid;
	respond(r, nil);
}

/* copyenv: start with the variables of the directory at url; 0 or -1 */
static int
copyenv(char *url)
{
	char *path;
	DIR *d;
	struct dirent *e;
	Var *v;
	int fd;
	long n;

	d = opendir(url);
	if(d == nil)
		return -1;
	while((e = readdir(d)) != nil){
		if(lookup(e->d_name) != nil)
			continue;
		v = nil;
		if((path = urljoin(url, e->d_name)) == nil || (v = calloc(1, sizeof *v)) == nil
		|| (v->name = strdup(e->d_name)) == nil){
			free(path);
			free(v);
			closedir(d);
			werrstr("out of memory");
			return -1;
		}
		fd = open(path, O_RDONLY);
		free(path);
		if(fd >= 0){
			for(;;){
				if(setlen(v, v->len + 8192) != nil)
					break;
				v->len -= 8192;
				n = read(fd, v->val + v->len, 8192);
				if(n <= 0)
					break;
				v->len += n;
			}
			close(fd);
		}
		v->qid = (Qid){qidpath++, 0, QTFILE};
		v->mtime = time(nil);
		v->ref = 1;	/* the list */
		v->next = vars;
		vars = v;
	}
	closedir(d);
	return 0;
}

/* fill: the stat entry of v (nil: the directory) */
static void
fill(Dir *d, Var *v)
{
	d->uid = d->gid = d->muid = "none";
	if(v == nil){
		d->qid = rootqid;
		d->mode = DMDIR|0777;
		d->name = "/";
		return;
	}
	d->qid = v->qid;
	d->mode = 0666;
	d->name = v->name;
	d->length = v->len;
	d->atime = d->mtime = v->mtime;
}

static int
dirgen(int i, Dir *d, void *aux)
{
	Var *v;

	USED(aux);
	for(v = vars; v != nil && i > 0; v = v->next)
		i--;
	if(v == nil)
		return -1;
	fill(d, v);
	return 0;
}

static void
fsread(Req *r)
{
	Var *v;

	if((v = r->fid->aux) == nil){
		respond(r, dirread9p(r, dirgen, nil));
		return;
	}
	readbuf(r, v->val, v->len);
	respond(r, nil);
}

static void
fswrite(Req *r)
{
	Var *v;
	uvlong end;
	char *e;

	v = r->fid->aux;
	end = r->ifcall.offset + r->ifcall.count;
	if(r->ifcall.offset > MAXVAL || end > MAXVAL){
		respond(r, "value too long");
		return;
	}
	if(end > v->len && (e = setlen(v, end)) != nil){
		respond(r, e);
		return;
	}
	memmove(v->val + r->ifcall.offset, r->ifcall.data, r->ifcall.count);
	changed(v);
	r->ofcall.count = r->ifcall.count;
	respond(r, nil);
}

static void
fsremove(Req *r)
{
	Var **l, *v;

	if((v = r->fid->aux) == nil){
		respond(r, Eperm);
		return;
	}
	for(l = &vars; *l != nil; l = &(*l)->next)
		if(*l == v){
			*l = v->next;
			rootqid.vers++;
			decref(v);
			break;
		}
	respond(r, nil);
}

static void
fsstat(Req *r)
{
	fill(&r->d, r->fid->aux);
	respond(r, dirdup9p(&r->d) < 0 ? Enomem : nil);
}

/* fswstat: rename and truncate; other changes are refused, don't-touch values ignored */
static void
fswstat(Req *r)
{
	Var *v, *o;
	Dir *d;
	char *e, *nm;

	v = r->fid->aux;
	d = &r->d;
	if(v == nil){
		respond(r, Eperm);
		return;
	}
	if(d->mode != (ulong)0xFFFFFFFF && (d->mode & 0777) != 0666){
		respond(r, Eperm);
		return;
	}
	nm = nil;
	if(d->name[0] != 0 && strcmp(d->name, v->name) != 0){
		if(strcmp(d->name, ".") == 0 || strcmp(d->name, "..") == 0 || strchr(d->name, '/') != nil){
			respond(r, Ebadarg);
			return;
		}
		if((o = lookup(d->name)) != nil && o != v){
			respond(r, Eexist);
			return;
		}
		if((nm = strdup(d->name)) == nil){
			respond(r, Enomem);
			return;
		}
	}
	if(d->length != (vlong)~0ULL && d->length != v->len){
		if((e = setlen(v, d->length)) != nil){
			free(nm);
			respond(r, e);
			return;
		}
		changed(v);
	}
	if(nm != nil){
		free(v->name);
		v->name = nm;
	}
	if(d->mtime != (ulong)0xFFFFFFFF)
		v->mtime = d->mtime;
	respond(r, nil);
}

static void
fsdestroyfid(Fid *f)
{
	decref(f->aux);
}

static Srv fs = {
	.attach = fsattach,
	.clone = fsclone,
	.walk1 = fswalk1,
	.open = fsopen,
	.create = fscreate,
	.read = fsread,
	.write = fswrite,
	.remove = fsremove,
	.stat = fsstat,
	.wstat = fswstat,
	.destroyfid = fsdestroyfid,
};

static void
usage(void)
{
	fprint(2, "usage: envfs [-Ds] [-c url] [name]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int stdio;
	char *from;

	stdio = 0;
	from = nil;
	ARGBEGIN{
	case 'D':
		fs.chatty = 1;
		break;
	case 'c':
		from = EARGF(usage());
		break;
	case 's':
		stdio = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc != (stdio ? 0 : 1))
		usage();
	if(from != nil && copyenv(from) < 0)
		sysfatal("%s: %r", from);
	if(stdio){
		fs.infd = 0;
		fs.outfd = 1;
		srv(&fs);
		exits(nil);
	}
	if(mountsrv(&fs, argv[0], MREPL) < 0)
		sysfatal("mount %s: %r", argv[0]);
	exits(nil);
}
