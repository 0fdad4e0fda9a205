/*
 * lxside.c: a side door into a translator's server (9pl(2)).  A
 * helper process (lmount's relay of the peer's replies, virtio9p's
 * interrupt listener) mounts the server's own channel again with an
 * aname of its own and writes to it; the server hands each request to
 * lxside first, which answers those of the helper's fids itself.
 */
#include <u.h>
#include <string.h>
#include <stdlib.h>
#include <fcall.h>
#include <9pl.h>

static void
answer(Lx *lx, Fcall *r, ushort tag)
{
	uchar buf[256];
	uint n;

	r->tag = tag;
	n = convS2M(r, buf, sizeof buf);
	lx->reply(lx, buf, n);
}

static int
sidefid(Lxside *s, u32int fid)
{
	int i;

	for(i = 0; i < s->nfid; i++)
		if(s->fid[i] == fid)
			return i;
	return -1;
}

/*
 * lxside: if the 9P2000 request msg (n bytes) is the helper's (an
 * attach with s->aname, or a walk, open, write or clunk of a fid from
 * one), answer it and return 1: a write's data goes to s->write, a
 * clunk of the open fid (the helper has gone) to s->gone.  Otherwise 0:
 * the request is the translator's.
 */
int
lxside(Lx *lx, Lxside *s, uchar *msg, uint n)
{
	Fcall t, r;
	uchar *copy;
	int i, gone;

	if(n < 11 || (msg[4] != Tattach && sidefid(s, GBIT32(msg+7)) < 0))
		return 0;
	copy = malloc(n);
	if(copy == nil)
		return 0;
	memmove(copy, msg, n);
	if(convM2S(copy, n, &t) != n || (t.type == Tattach && strcmp(t.aname, s->aname) != 0)
	|| t.type == Tversion || t.type == Tflush || t.type == Tauth){
		free(copy);
		return 0;
	}
	memset(&r, 0, sizeof r);
	r.type = t.type + 1;
	gone = 0;
	i = sidefid(s, t.fid);
	switch(t.type){
	case Tattach:
		if(s->nfid == (int)nelem(s->fid)){
			r.type = Rerror;
			r.ename = "too many fids";
		}else
			s->fid[s->nfid++] = t.fid;
		break;
	case Twalk:
		if(t.nwname != 0 || s->nfid == (int)nelem(s->fid)){
			r.type = Rerror;
			r.ename = "bad argument";
		}else if(t.newfid != t.fid)
			s->fid[s->nfid++] = t.newfid;
		break;
	case Topen:
		s->open = t.fid;
		s->opened = 1;
		break;
	case Twrite:
		r.count = t.count;
		break;
	case Tclunk:
		s->fid[i] = s->fid[--s->nfid];
		gone = s->opened && t.fid == s->open;
		break;
	default:
		r.type = Rerror;
		r.ename = "bad argument";
		break;
	}
	answer(lx, &r, t.tag);
	if(t.type == Twrite)
		s->write(s, (uchar*)t.data, t.count);
	if(gone && s->gone != nil)
		s->gone(s);
	free(copy);
	return 1;
}
