/*
 * dirread.c: helpers for Tread: a string, a buffer, or a directory as
 * whole stat entries.  They fill r->ofcall; the caller responds.
 */
#include <u.h>
#include <libc.h>
#include <9p.h>

/* readbuf: serve the read from the n bytes at buf, as from a file holding them */
void
readbuf(Req *r, void *buf, long n)
{
	uvlong off;
	long m;

	off = r->ifcall.offset;
	if(n < 0 || off >= (uvlong)n){
		r->ofcall.count = 0;
		return;
	}
	m = n - off;
	if(m > r->ifcall.count)
		m = r->ifcall.count;
	memmove(r->ofcall.data, (char*)buf + off, m);
	r->ofcall.count = m;
}

/* readstr: readbuf of the string s, without its NUL */
void
readstr(Req *r, char *s)
{
	readbuf(r, s, strlen(s));
}

/*
 * dirread9p: serve a directory read with whole stat entries from gen,
 * which fills d with entry n (its strings need last only until the
 * next call) and returns 0, or -1 past the last.  The read must start
 * at offset 0 or where the fid's previous read ended.  Returns nil, or
 * an error for the caller to respond with.
 */
char*
dirread9p(Req *r, Dirgen *gen, void *aux)
{
	Fid *f;
	Dir d;
	uchar *p, *e;
	uint n;
	long i;

	f = r->fid;
	if(r->ifcall.offset == 0){
		f->diroffset = 0;
		f->dirindex = 0;
	}else if(r->ifcall.offset != f->diroffset)
		return "bad offset in directory read";
	p = (uchar*)r->ofcall.data;
	e = p + r->ifcall.count;
	for(i = f->dirindex; ; i++){
		memset(&d, 0, sizeof d);
		if(gen(i, &d, aux) < 0)
			break;
		n = convD2M(&d, p, e - p);
		if(n == 0){
			if(p == (uchar*)r->ofcall.data)
				return "read count too small for a directory entry";
			break;
		}
		p += n;
	}
	r->ofcall.count = p - (uchar*)r->ofcall.data;
	f->dirindex = i;
	f->diroffset += r->ofcall.count;
	return nil;
}
