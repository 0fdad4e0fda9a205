/*
 * netd.h: netd's shared declarations (see netd(8)).  One process, one
 * thread: every lwIP call comes from lib9p's callbacks, in one loop.
 */
#include <u.h>
#include <libc.h>
#include <fcall.h>
#include <9p.h>
#include <lwip.h>
#include "lwip/tcp.h"
#include "lwip/udp.h"
#include "lwip/dhcp.h"
#include "lwip/dns.h"
#include "lwip/etharp.h"
#include <ether.h>

enum {
	/* what a tree is (the attach's aname) */
	Ptcp = 1,
	Pudp,
	Pip,
	Pdns,
	Picmp,

	/* files: qid.path = proto<<28 | (conv+1)<<8 | file */
	Qroot = 0,
	Qclone,
	Qconvdir,
	Qctl,
	Qdata,
	Qlisten,
	Qlocal,
	Qremote,
	Qstatus,
	Qdial,		/* tcp:host!port: dial (or announce) at open */
	Qifc,		/* ip: */
	Qipctl,
	Qether,		/* ip:/ether: the ring's records of frames from the driver (netd's reader) */
	Qtick,		/* ip:/tick: the clock (netd's ticker) */
	Qroutes,	/* ip:/routes */
	Qstats,		/* ip:/stats */
	Qdns,		/* dns: itself */

	Nconv = 64,
	Ndgram = 32,
	Maxq = 256*1024,	/* bytes of a conversation's unread data */
};

typedef struct Conv Conv;
typedef struct Pending Pending;

/* a held request and what it waits for */
struct Pending {
	Req	*r;
	long	done;		/* bytes of a write queued so far */
	int	timed;		/* fails with "read timed out" at deadline (sys_now) */
	u32_t	deadline;
	Pending	*next;
};

struct Conv {
	int	id;
	int	proto;		/* Ptcp, Pudp, Picmp */
	int	inuse;		/* open fids */
	int	state;		/* Closed, Dialing, Announced, Established, Hungup */
	char	err[128];	/* why it failed, for reads and writes */
	struct tcp_pcb	*tcp;
	struct udp_pcb	*udp;
	struct pbuf	*rq;		/* tcp: received, not yet read */
	long	nrq;		/* bytes waiting (tcp and udp) */
	struct pbuf	*dgram[32];	/* udp: datagrams not yet read, a ring */
	int	dhead, ndgram;
	int	eof;		/* the peer closed */
	int	shutwr;		/* tcp: shutdown asked (1), our FIN sent (2): no more writes */
	long	readtimeout;	/* ms a read or a wait for a call may take; 0: for ever */
	long	writetimeout;	/* ms a tcp write may wait for room; 0: for ever */
	ip_addr_t	laddr;		/* tcp: the local address and port, kept */
	u16_t	lport;		/*   for local when the pcb has gone */
	int	queued;		/* tcp: a call on its listener's list, not yet taken */
	int	headers;	/* udp: each datagram with Plan 9's 52-byte header */
	ip_addr_t	raddr;
	u16_t	rport;		/* icmp: the echo identifier */
	Pending	*reads;		/* held data reads */
	Pending	*writes;	/* held data writes */
	Pending	*dial;		/* the ctl write or open waiting for the connection */
	Pending	*listens;	/* opens of listen waiting for a call */
	Conv	*calls;		/* a listener's accepted conversations, not yet taken */
	Conv	*nextcall;
};

enum { Closed, Dialing, Announced, Established, Hungup };

extern Conv	*convs[2][Nconv];
void	udpunreach(int code, ip4_addr_t *dst, u16_t dport, u16_t lport);
int	icmpinit(void);
extern Etherif	ether;

/* held.c */
void	answer(Pending **list, char *err);
void	hold(Pending **list, Req *r);
void	holdfor(Pending **list, Req *r, long ms);
int	unhold(Pending **list, Req *r);
void	convflush(Req *old);
void	convtimeouts(void);

/* conv.c */
Conv*	newconv(int proto);
void	closeconv(Conv *c);
char*	convctl(Conv *c, char *msg, Req *r);
int	ctlfields(char *msg, char **f, int max);
void	convread(Conv *c, Req *r);
void	convwrite(Conv *c, Req *r);
char*	convlisten(Conv *c, Req *r);
void	convtext(Conv *c, int file, char *s, int n);	/* addr.c */
int	parseaddr(char *s, ip_addr_t *ip, u16_t *port, int *any);	/* addr.c */
void	convkick(Conv *c);
char*	udpsetup(Conv *c, u16_t port);	/* udp.c */
void	convfail(Conv *c, char *err);

/* reach.c */
char*	unroutable(ip_addr_t *ip);
void	convdown(char *err);

/* icmp.c */
extern Conv	*icmpconvs[Nconv];
Conv*	icmpnew(void);
void	icmpclose(Conv *c);
char*	icmpctl(Conv *c, char *msg);
void	icmpread(Conv *c, Req *r);
void	icmpwrite(Conv *c, Req *r);
int	icmpflush(Req *old);
void	icmptext(Conv *c, int file, char *s, int n);

/* ip.c */
int	isdotted(char *s);
void	ifctext(char *s, int n);
void	routestext(char *s, int n);
void	statstext(char *s, int n);
char*	ipctl(char *msg);
char*	routectl(char *msg);

/* ring.c */
extern int	ringfd;
extern unsigned long	ringerrs;
void	ringmap(char *dev);
void	ringinput(uchar *p, long n);
long	ringtransmit(const void *frame, long n);
void	ringhold(void);
void	ringflush(void);

/* fs.c */
extern Srv	netsrv;
void	fidconv(Req *r, Conv *k);
