/*
 * lerr.c: Rlerror's Linux errno as the error string Ninefold uses for
 * it (errno.h's table, the strings the kernel maps back to errno), and
 * lcallfmt, a one-line description of a .L message for debugging.
 */
#include <u.h>
#include <string.h>
#include <stdio.h>
#include <errno.h>
#include <fcall.h>
#include <9pl.h>

static struct {
	u32int	num;
	char	*str;
} errtab[] = {
#define ERRENT(name, num, str)	{ num, str },
	ERRORS(ERRENT)
#undef ERRENT
	{ 95, "operation not supported" },	/* EOPNOTSUPP */
	{ 40, "too many levels of symbolic links" },	/* ELOOP */
	{ 27, "file too large" },	/* EFBIG */
	{ 31, "too many links" },	/* EMLINK */
	{ 122, "quota exceeded" },	/* EDQUOT */
	{ 116, "stale file handle" },	/* ESTALE */
};

/*
 * lerrstr: the string for ecode: errno.h's when it has one, otherwise
 * "host error N" written into buf (n bytes).
 */
char*
lerrstr(u32int ecode, char *buf, uint n)
{
	uint i;

	for(i = 0; i < nelem(errtab); i++)
		if(errtab[i].num == ecode)
			return errtab[i].str;
	snprintf(buf, n, "host error %u", ecode);
	return buf;
}

static char *names[] = {
	[Rlerror] = "Rlerror", [Tstatfs] = "Tstatfs", [Rstatfs] = "Rstatfs",
	[Tlopen] = "Tlopen", [Rlopen] = "Rlopen", [Tlcreate] = "Tlcreate",
	[Rlcreate] = "Rlcreate", [Trename] = "Trename", [Rrename] = "Rrename",
	[Tgetattr] = "Tgetattr", [Rgetattr] = "Rgetattr", [Tsetattr] = "Tsetattr",
	[Rsetattr] = "Rsetattr", [Treaddir] = "Treaddir", [Rreaddir] = "Rreaddir",
	[Tfsync] = "Tfsync", [Rfsync] = "Rfsync", [Tmkdir] = "Tmkdir",
	[Rmkdir] = "Rmkdir", [Trenameat] = "Trenameat", [Rrenameat] = "Rrenameat",
	[Tunlinkat] = "Tunlinkat", [Runlinkat] = "Runlinkat",
	[Tversion] = "Tversion", [Rversion] = "Rversion", [Tattach] = "Tattach",
	[Rattach] = "Rattach", [Tflush] = "Tflush", [Rflush] = "Rflush",
	[Twalk] = "Twalk", [Rwalk] = "Rwalk", [Tread] = "Tread", [Rread] = "Rread",
	[Twrite] = "Twrite", [Rwrite] = "Rwrite", [Tclunk] = "Tclunk",
	[Rclunk] = "Rclunk", [Tremove] = "Tremove", [Rremove] = "Rremove",
};

/* lcallfmt: f in one line into buf (n bytes); the line's length */
int
lcallfmt(char *buf, uint n, Lcall *f)
{
	char *t;

	t = f->type < nelem(names) && names[f->type] ? names[f->type] : "T?";
	switch(f->type){
	case Tversion:
	case Rversion:
		return snprintf(buf, n, "%s tag %u msize %u version %s", t, f->tag, f->msize, f->version);
	case Tattach:
		return snprintf(buf, n, "%s tag %u fid %u uname %s aname %s n_uname %u", t, f->tag, f->fid, f->uname, f->aname, f->nuname);
	case Rlerror:
		return snprintf(buf, n, "%s tag %u ecode %u", t, f->tag, f->ecode);
	case Twalk:
		return snprintf(buf, n, "%s tag %u fid %u newfid %u nwname %u %s", t, f->tag, f->fid, f->newfid, f->nwname, f->nwname ? f->wname[0] : "");
	case Rwalk:
		return snprintf(buf, n, "%s tag %u nwqid %u", t, f->tag, f->nwqid);
	case Tread:
	case Treaddir:
	case Twrite:
		return snprintf(buf, n, "%s tag %u fid %u offset %llu count %u", t, f->tag, f->fid, f->offset, f->count);
	case Rread:
	case Rreaddir:
	case Rwrite:
		return snprintf(buf, n, "%s tag %u count %u", t, f->tag, f->count);
	case Tlopen:
		return snprintf(buf, n, "%s tag %u fid %u flags 0%o", t, f->tag, f->fid, f->flags);
	case Tlcreate:
	case Tmkdir:
	case Tunlinkat:
		return snprintf(buf, n, "%s tag %u fid %u name %s flags 0%o mode 0%o", t, f->tag, f->fid, f->name, f->flags, f->mode);
	case Trenameat:
		return snprintf(buf, n, "%s tag %u fid %u %s -> %u %s", t, f->tag, f->fid, f->name, f->newfid, f->newname);
	case Rgetattr:
		return snprintf(buf, n, "%s tag %u mode 0%o size %llu", t, f->tag, f->attr.mode, f->attr.size);
	case Tsetattr:
		return snprintf(buf, n, "%s tag %u fid %u valid 0x%llx", t, f->tag, f->fid, f->attr.valid);
	case Tflush:
		return snprintf(buf, n, "%s tag %u oldtag %u", t, f->tag, f->oldtag);
	}
	return snprintf(buf, n, "%s(%u) tag %u fid %u", t, f->type, f->tag, f->fid);
}
