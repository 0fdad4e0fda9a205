/*
 * fcallfmt.c: an Fcall as one line of text, for debugging traces:
 *
 *	Twalk tag 3 fid 1 newfid 2 nwname 2 0:bin 1:ls
 *
 * It carries its own small formatter (strings, decimal, hex, octal),
 * so it needs no printf and builds the same in the kernel and in user
 * space.
 */
#include <u.h>
#include <string.h>
#include <fcall.h>

enum {
	DATAMAX = 32,	/* data bytes shown of a Tread or Rread */
};

/* Out: the line being written; it never writes past buf[n-1] */
typedef struct Out Out;
struct Out {
	char	*buf;
	uint	n;	/* room in buf, counting the NUL */
	uint	len;	/* characters in buf so far */
};

/* putc1: append c if there is room for it and the NUL */
static void
putc1(Out *o, int c)
{
	if(o->len + 1 < o->n)
		o->buf[o->len++] = c;
}

/* putstr: append string s ("nil" for nil) */
static void
putstr(Out *o, char *s)
{
	if(s == nil)
		s = "nil";
	while(*s)
		putc1(o, *s++);
}

/* putnum: append v in base (8, 10 or 16), at least width digits */
static void
putnum(Out *o, uvlong v, int base, int width)
{
	char d[24];
	int i;

	i = 0;
	do{
		d[i++] = "0123456789abcdef"[v % base];
		v /= base;
	}while(v != 0);
	while(i < width && i < (int)sizeof d)
		d[i++] = '0';
	while(i > 0)
		putc1(o, d[--i]);
}

/* putkv: append " key value" for a decimal value */
static void
putkv(Out *o, char *key, uvlong v)
{
	putc1(o, ' ');
	putstr(o, key);
	putc1(o, ' ');
	putnum(o, v, 10, 0);
}

/* putks: append " key 'string'" */
static void
putks(Out *o, char *key, char *s)
{
	putc1(o, ' ');
	putstr(o, key);
	putstr(o, " '");
	putstr(o, s);
	putc1(o, '\'');
}

/* putqid: append q as (path vers type-letters), path in hex */
static void
putqid(Out *o, Qid *q)
{
	putc1(o, '(');
	putnum(o, q->path, 16, 16);
	putc1(o, ' ');
	putnum(o, (u32int)q->vers, 10, 0);
	putc1(o, ' ');
	if(q->type & QTDIR)
		putc1(o, 'd');
	if(q->type & QTAPPEND)
		putc1(o, 'a');
	if(q->type & QTEXCL)
		putc1(o, 'l');
	if(q->type & QTMOUNT)
		putc1(o, 'm');
	if(q->type & QTAUTH)
		putc1(o, 'A');
	if(q->type & QTTMP)
		putc1(o, 't');
	putc1(o, ')');
}

/* putkq: append " key (qid)" */
static void
putkq(Out *o, char *key, Qid *q)
{
	putc1(o, ' ');
	putstr(o, key);
	putc1(o, ' ');
	putqid(o, q);
}

/* putdata: append up to DATAMAX bytes of d, quoted, odd bytes as \xNN */
static void
putdata(Out *o, char *d, u32int count)
{
	u32int i;
	uchar c;

	if(d == nil)
		return;
	putstr(o, " '");
	for(i = 0; i < count && i < DATAMAX; i++){
		c = d[i];
		if(c >= ' ' && c < 0x7F && c != '\'' && c != '\\')
			putc1(o, c);
		else{
			putstr(o, "\\x");
			putnum(o, c, 16, 2);
		}
	}
	putc1(o, '\'');
	if(count > DATAMAX)
		putstr(o, "...");
}

/* putsstr: append the stat string at p (n[2] then bytes), quoted */
static uchar*
putsstr(Out *o, uchar *p)
{
	uint n, i;

	n = GBIT16(p);
	p += BIT16SZ;
	putc1(o, '\'');
	for(i = 0; i < n; i++)
		putc1(o, p[i] >= ' ' && p[i] < 0x7F ? p[i] : '?');
	putc1(o, '\'');
	return p + n;
}

/* putstat: append the stat entry of f, or "(bad stat)" if malformed */
static void
putstat(Out *o, uchar *stat, uint nstat)
{
	Dir d;
	uchar *p;
	int i;

	putkv(o, "nstat", nstat);
	if(stat == nil || statcheck(stat, nstat) < 0 || convM2D(stat, nstat, &d, nil) == 0){
		putstr(o, " (bad stat)");
		return;
	}
	p = stat + STATFIXLEN - 4*BIT16SZ;
	for(i = 0; i < 4; i++){
		putc1(o, ' ');
		p = putsstr(o, p);
	}
	putstr(o, " q ");
	putqid(o, &d.qid);
	putstr(o, " m 0");
	putnum(o, (u32int)d.mode, 8, 0);
	putkv(o, "at", (u32int)d.atime);
	putkv(o, "mt", (u32int)d.mtime);
	putkv(o, "l", (uvlong)d.length);
	putkv(o, "t", d.type);
	putkv(o, "d", d.dev);
}

static char *names[] = {
	"Tversion", "Rversion", "Tauth", "Rauth",
	"Tattach", "Rattach", "Terror", "Rerror", "Tflush", "Rflush",
	"Twalk", "Rwalk", "Topen", "Ropen", "Tcreate", "Rcreate",
	"Tread", "Rread", "Twrite", "Rwrite", "Tclunk", "Rclunk",
	"Tremove", "Rremove", "Tstat", "Rstat", "Twstat", "Rwstat",
};

/*
 * fcallfmt: write f as one line into buf, at most n bytes counting the
 * terminating NUL (a longer line is cut short).  Returns the length of
 * what was written, not counting the NUL; 0 if n is 0.
 */
int
fcallfmt(char *buf, uint n, Fcall *f)
{
	Out o;
	int i;

	if(n == 0)
		return 0;
	o.buf = buf;
	o.n = n;
	o.len = 0;
	if(f->type < Tversion || f->type >= Tmax || f->type == Terror){
		putstr(&o, "unknown type ");
		putnum(&o, f->type, 10, 0);
		putkv(&o, "tag", f->tag);
		goto done;
	}
	putstr(&o, names[f->type - Tversion]);
	putkv(&o, "tag", f->tag);
	switch(f->type){
	case Tversion:
	case Rversion:
		putkv(&o, "msize", f->msize);
		putks(&o, "version", f->version);
		break;
	case Tauth:
		putkv(&o, "afid", f->afid);
		putks(&o, "uname", f->uname);
		putks(&o, "aname", f->aname);
		break;
	case Rauth:
		putkq(&o, "aqid", &f->aqid);
		break;
	case Tattach:
		putkv(&o, "fid", f->fid);
		putkv(&o, "afid", f->afid);
		putks(&o, "uname", f->uname);
		putks(&o, "aname", f->aname);
		break;
	case Rattach:
		putkq(&o, "qid", &f->qid);
		break;
	case Rerror:
		putks(&o, "ename", f->ename);
		break;
	case Tflush:
		putkv(&o, "oldtag", f->oldtag);
		break;
	case Twalk:
		putkv(&o, "fid", f->fid);
		putkv(&o, "newfid", f->newfid);
		putkv(&o, "nwname", f->nwname);
		for(i = 0; i < f->nwname && i < MAXWELEM; i++){
			putc1(&o, ' ');
			putnum(&o, i, 10, 0);
			putc1(&o, ':');
			putstr(&o, f->wname[i]);
		}
		break;
	case Rwalk:
		putkv(&o, "nwqid", f->nwqid);
		for(i = 0; i < f->nwqid && i < MAXWELEM; i++){
			putc1(&o, ' ');
			putnum(&o, i, 10, 0);
			putc1(&o, ':');
			putqid(&o, &f->wqid[i]);
		}
		break;
	case Topen:
		putkv(&o, "fid", f->fid);
		putkv(&o, "mode", f->mode);
		break;
	case Ropen:
	case Rcreate:
		putkq(&o, "qid", &f->qid);
		putkv(&o, "iounit", f->iounit);
		break;
	case Tcreate:
		putkv(&o, "fid", f->fid);
		putks(&o, "name", f->name);
		putstr(&o, " perm 0");
		putnum(&o, f->perm, 8, 0);
		putkv(&o, "mode", f->mode);
		break;
	case Tread:
		putkv(&o, "fid", f->fid);
		putkv(&o, "offset", f->offset);
		putkv(&o, "count", f->count);
		break;
	case Rread:
		putkv(&o, "count", f->count);
		putdata(&o, f->data, f->count);
		break;
	case Twrite:
		putkv(&o, "fid", f->fid);
		putkv(&o, "offset", f->offset);
		putkv(&o, "count", f->count);
		putdata(&o, f->data, f->count);
		break;
	case Rwrite:
		putkv(&o, "count", f->count);
		break;
	case Tclunk:
	case Tremove:
	case Tstat:
		putkv(&o, "fid", f->fid);
		break;
	case Rstat:
		putstat(&o, f->stat, f->nstat);
		break;
	case Twstat:
		putkv(&o, "fid", f->fid);
		putstat(&o, f->stat, f->nstat);
		break;
	}
done:
	buf[o.len] = 0;
	return o.len;
}
