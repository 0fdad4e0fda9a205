/*
 * impl.h: lib9p's internal declarations, shared by its files.
 */
#ifndef NINEP_IMPL_H
#define NINEP_IMPL_H

/* fid.c: the fid and tag tables */
Fid	*allocfid(Srv *s, u32int fid);
Fid	*getfid(Srv *s, u32int fid);
Fid	*removefid(Srv *s, u32int fid);
Fid	*newfidstruct(Srv *s, u32int fid);
void	incfid(Fid *f);
void	putfid(Fid *f);
void	setfiduid(Fid *f, char *u);
Req	*allocreq(Srv *s, ushort tag);
void	removereq(Srv *s, Req *r);
void	freereq(Req *r);
void	resetsrv(Srv *s);

/* read9pmsg.c */
long	readmsg9p(int fd, void *buf, uint n, int *chan);

/* srv.c */
void	sendreply(Srv *s, Fcall *f);

/* buf.c */
void*	bufalloc(long n);
void	buffree(void *p, long n);
enum {
	Bufmedium = 1024,	/* bigger: a kept buffer of Bufsize */
	Bufsize = MSIZE + 16,	/* srv's buffer for incoming messages is one */
};

#endif
