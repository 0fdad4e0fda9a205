/*
 * dat.h: what libether's server (ether.c) and its buffers (buf.c)
 * share: the files of the tree, the requests held, the card.
 */
enum {
	Nheld	= 64,		/* reads (and writes) waiting at once */

	Qroot	= 0,
	Qaddr,
	Qstats,
	Qdata,
	Qring,
	Qintr,
	Nq,
};

extern Ether	*ether;		/* the one card this process serves */
extern Req	*rheld[Nheld];	/* reads of data and ring waiting for a frame */
extern int	nrheld;
extern Req	*wheld[Nheld];	/* writes of data waiting for a buffer */
extern int	nwheld;
extern Req	*waits[Nheld];	/* writes of ring waiting for a transmit buffer */
extern int	nwaits;
extern int	memfd;		/* the buffers' phys:/dma, until posted */

/* buf.c */
void	unheld(Req **q, int *n, int i);
int	ringcurrent(Req *r);
void	ringopen(Req *r);
void	ringclose(Fid *f);
void	ringread(Req *r);
void	ringwrite(Req *r);
void	bufreceive(void);
int	bufdatawrite(Req *r);
void	buftxanswer(void);
