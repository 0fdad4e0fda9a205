/*
 * fs.c: netd's file trees, one per attach name: tcp, udp and icmp
 * (Plan 9's /net/tcp: clone, N/{ctl,data,listen,local,remote,status},
 * and tcp:host!port to dial at open), ip (ifc, ctl, routes, stats, and
 * ether and tick, where netd's own helpers feed it frames and the
 * clock), dns.
 */
#include "netd.h"

#define PATH(p, n, f)	((uvlong)(p)<<28 | (uvlong)((n)+1)<<8 | (f))
#define PROTO(q)	((int)((q) >> 28))
#define CONVN(q)	((int)(((q) >> 8) & 0xFFFFF) - 1)
#define FILE(q)		((int)((q) & 0xFF))

typedef struct Faux Faux;
struct Faux {
	Conv	*c;
	char	*dial;		/* Qdial: the address walked to */
	int	held;		/* holds one of c's uses */
	char	answer[320];	/* dns: the last lookup's answer */
};

/* a lookup lwIP is working on: its write waits */
typedef struct Lookup Lookup;
struct Lookup {
	Req	*r;		/* nil once flushed or its fid is gone */
	u32_t	start;		/* sys_now() when asked */
	char	name[256];
	Lookup	*next;
};
static Lookup	*lookups;

static void	dnswrite(Req *r);

static char *convfiles[] = { "ctl", "data", "listen", "local", "remote", "status" };
static char *ipfiles[] = { "ifc", "ctl", "ether", "tick", "routes", "stats" };
static char *protos[] = { "", "tcp", "udp", "ip", "dns", "icmp" };

static Faux*
faux(Fid *f)
{
	if(f->aux == nil)
		f->aux = calloc(1, sizeof(Faux));
	return f->aux;
}

static Qid
mkqid(uvlong path, int dir)
{
	Qid q;

	q.path = path;
	q.vers = 0;
	q.type = dir ? QTDIR : QTFILE;
	if(FILE(path) == Qdata)
		q.type = QTAPPEND;	/* a stream: what mount(2) takes as a 9P connection */
	return q;
}

static void
fsattach(Req *r)
{
	int p;

	for(p = Ptcp; p <= Picmp; p++)
		if(strcmp(r->ifcall.aname, protos[p]) == 0)
			break;
	if(p > Picmp){
		respond(r, "no such tree: attach tcp, udp, icmp, ip or dns");
		return;
	}
	r->ofcall.qid = mkqid(PATH(p, -1, p == Pdns ? Qdns : Qroot), p != Pdns);
	r->fid->qid = r->ofcall.qid;
	respond(r, nil);
}

/* convat: conversation n of tree p (tcp, udp or icmp), or nil */
static Conv*
convat(int p, int n)
{
	if(p == Picmp)
		return icmpconvs[n];
	return convs[p-Ptcp][n];
}

static Conv*
convof(uvlong path)
{
	int n, p;

	n = CONVN(path);
	p = PROTO(path);
	if(n < 0 || n >= Nconv || (p != Ptcp && p != Pudp && p != Picmp))
		return nil;
	return convat(p, n);
}

static char*
fswalk1(Fid *fid, char *name, Qid *qid)
{
	uvlong q;
	int p, f, i, n;
	char *e;
	Conv *c;

	q = fid->qid.path;
	p = PROTO(q);
	f = FILE(q);
	if(f == Qroot && CONVN(q) < 0){
		if(strcmp(name, "..") == 0){
			*qid = fid->qid;
			return nil;
		}
		if(p == Pip){
			for(i = 0; i < (int)nelem(ipfiles); i++)
				if(strcmp(name, ipfiles[i]) == 0){
					*qid = mkqid(PATH(p, -1, Qifc + i), 0);
					return nil;
				}
			return Enofile;
		}
		if(strcmp(name, "clone") == 0){
			*qid = mkqid(PATH(p, -1, Qclone), 0);
			return nil;
		}
		if(strchr(name, '!') != nil && p != Picmp){
			/* tcp:host!port: dialled (or announced, for *!port) when opened */
			free(faux(fid)->dial);
			faux(fid)->dial = strdup(name);
			*qid = mkqid(PATH(p, -1, Qdial), 0);
			return nil;
		}
		n = strtol(name, &e, 10);
		if(e == name || *e != 0 || n < 0 || n >= Nconv)
			return Enofile;
		c = convat(p, n);
		if(c == nil || (c->inuse == 0 && c->state == Closed))
			return Enofile;
		*qid = mkqid(PATH(p, n, Qconvdir), 1);
		return nil;
	}
	if(f == Qconvdir){
		if(strcmp(name, "..") == 0){
			*qid = mkqid(PATH(p, -1, Qroot), 1);
			return nil;
		}
		for(i = 0; i < (int)nelem(convfiles); i++)
			if(strcmp(name, convfiles[i]) == 0){
				*qid = mkqid(PATH(p, CONVN(q), Qctl + i), 0);
				return nil;
			}
		return Enofile;
	}
	return Enotdir;
}

static char*
fsclone(Fid *old, Fid *new)
{
	Faux *a;

	a = old->aux;
	if(a != nil && a->dial != nil)
		faux(new)->dial = strdup(a->dial);
	return nil;
}

/* letgo: the fid's use of its conversation ends */
static void
letgo(Faux *a)
{
	if(!a->held || a->c == nil)
		return;
	a->held = 0;
	a->c->inuse--;
	if(a->c->proto == Picmp)
		icmpclose(a->c);
	else
		closeconv(a->c);
	a->c = nil;
}

/*
 * hold: this fid uses c until it is clunked.  A fid may be opened
 * again after an open that failed (a dial refused): the conversation
 * that open took goes first.
 */
static void
use(Fid *fid, Conv *c)
{
	Faux *a;

	a = faux(fid);
	if(a->held && a->c != c)
		letgo(a);
	a->c = c;
	if(!a->held){
		a->held = 1;
		c->inuse++;
	}
}

/* fidconv: the open r (of listen) answers with call k: its fid is now k's ctl */
void
fidconv(Req *r, Conv *k)
{
	Faux *a;

	a = faux(r->fid);
	a->c = k;
	a->held = 1;	/* k's use (inuse 1) is this fid's */
	r->ofcall.qid = mkqid(PATH(Ptcp, k->id, Qctl), 0);
}

static void
fsopen(Req *r)
{
	uvlong q;
	int p, f, any;
	Conv *c;
	char msg[96], *e;
	ip_addr_t ip;
	u16_t port;

	q = r->fid->qid.path;
	p = PROTO(q);
	f = FILE(q);
	switch(f){
	case Qroot:
	case Qconvdir:
		if((r->ifcall.mode & 3) != OREAD){
			respond(r, Eisdir);
			return;
		}
		respond(r, nil);
		return;
	case Qclone:
		if((c = p == Picmp ? icmpnew() : newconv(p)) == nil){
			respond(r, "no free conversations");
			return;
		}
		c->inuse = 0;
		use(r->fid, c);
		r->ofcall.qid = mkqid(PATH(p, c->id, Qctl), 0);
		respond(r, nil);
		return;
	case Qdial:
		if(parseaddr(faux(r->fid)->dial, &ip, &port, &any) < 0){
			respond(r, "bad address: want host!port or *!port");
			return;
		}
		if((c = newconv(p)) == nil){
			respond(r, "no free conversations");
			return;
		}
		c->inuse = 0;
		use(r->fid, c);
		snprintf(msg, sizeof msg, "%s %s", any ? "announce" : "connect", faux(r->fid)->dial);
		r->ofcall.qid = mkqid(PATH(p, c->id, any || p == Pudp ? Qctl : Qdata), 0);
		if(any || p == Pudp){
			e = convctl(c, msg, nil);
			if(p == Pudp && !any)
				r->ofcall.qid = mkqid(PATH(p, c->id, Qdata), 0);
			respond(r, e);
			return;
		}
		e = convctl(c, msg, r);	/* answered when connected */
		if(e != nil)
			respond(r, e);
		return;
	case Qlisten:
		if((c = convof(q)) == nil){
			respond(r, Enofile);
			return;
		}
		e = convlisten(c, r);	/* answered now or when a call comes */
		if(e != nil)
			respond(r, e);
		return;
	case Qctl: case Qdata: case Qlocal: case Qremote: case Qstatus:
		if((c = convof(q)) == nil){
			respond(r, Enofile);
			return;
		}
		use(r->fid, c);
		respond(r, nil);
		return;
	}
	respond(r, nil);
}

/* the directory entries of a root or a conversation */
static int
fsgen(int i, Dir *d, void *aux)
{
	Fid *fid;
	uvlong q;
	int p, k;
	static char name[16];
	Conv *c;

	fid = aux;
	q = fid->qid.path;
	p = PROTO(q);
	memset(d, 0, sizeof *d);
	d->uid = d->gid = d->muid = "network";
	d->mode = 0666;
	if(FILE(q) == Qconvdir){
		if(i >= (int)nelem(convfiles))
			return -1;
		d->qid = mkqid(PATH(p, CONVN(q), Qctl + i), 0);
		d->name = convfiles[i];
		return 0;
	}
	if(p == Pip){
		if(i >= (int)nelem(ipfiles))
			return -1;
		d->qid = mkqid(PATH(p, -1, Qifc + i), 0);
		d->name = ipfiles[i];
		d->mode = i == 1 || i == 2 || i == 3 ? 0220 : i == 4 ? 0664 : 0444;
		return 0;
	}
	if(i == 0){
		d->qid = mkqid(PATH(p, -1, Qclone), 0);
		d->name = "clone";
		return 0;
	}
	for(k = 0; k < Nconv; k++){
		c = convat(p, k);
		if(c == nil || (c->inuse == 0 && c->state == Closed))
			continue;
		if(--i == 0){
			snprintf(name, sizeof name, "%d", k);
			d->qid = mkqid(PATH(p, k, Qconvdir), 1);
			d->name = name;
			d->mode = DMDIR|0555;
			return 0;
		}
	}
	return -1;
}

static void
fsread(Req *r)
{
	uvlong q;
	int f;
	Conv *c;
	char s[512];
	char *e;

	q = r->fid->qid.path;
	f = FILE(q);
	switch(f){
	case Qroot:
	case Qconvdir:
		e = dirread9p(r, fsgen, r->fid);
		respond(r, e);
		return;
	case Qifc:
	case Qroutes:
	case Qstats:
		if(f == Qifc)
			ifctext(s, sizeof s);
		else if(f == Qroutes)
			routestext(s, sizeof s);
		else
			statstext(s, sizeof s);
		readstr(r, s);
		respond(r, nil);
		return;
	case Qdns:
		readstr(r, faux(r->fid)->answer);
		respond(r, nil);
		return;
	case Qctl:
	case Qlocal:
	case Qremote:
	case Qstatus:
		c = faux(r->fid)->c;
		if(c == nil){
			respond(r, Enofile);
			return;
		}
		if(f == Qctl)
			snprintf(s, sizeof s, "%d", c->id);
		else if(c->proto == Picmp)
			icmptext(c, f, s, sizeof s);
		else
			convtext(c, f, s, sizeof s);
		readstr(r, s);
		respond(r, nil);
		return;
	case Qdata:
		c = faux(r->fid)->c;
		if(c == nil){
			respond(r, Enofile);
			return;
		}
		if(c->proto == Picmp)
			icmpread(c, r);
		else
			convread(c, r);
		return;
	}
	respond(r, Eperm);
}

static void
fswrite(Req *r)
{
	uvlong q;
	char msg[128], *e;
	Conv *c;
	long n;

	q = r->fid->qid.path;
	n = r->ifcall.count;
	switch(FILE(q)){
	case Qether:
		if(n == 4 && memcmp(r->ifcall.data, "gone", 4) == 0){
			/* the reader's word that the card's driver is gone */
			convdown("network card gone");
			r->ofcall.count = n;
			respond(r, nil);
			return;
		}
		ringinput((uchar*)r->ifcall.data, n);
		sys_check_timeouts();
		r->ofcall.count = n;
		respond(r, nil);
		return;
	case Qtick:
		sys_check_timeouts();
		convtimeouts();
		r->ofcall.count = n;
		respond(r, nil);
		return;
	case Qipctl:
	case Qroutes:
	case Qctl:
		if(n >= (long)sizeof msg){
			respond(r, "control message too long");
			return;
		}
		memmove(msg, r->ifcall.data, n);
		msg[n] = 0;
		r->ofcall.count = n;
		if(FILE(q) == Qipctl){
			respond(r, ipctl(msg));
			return;
		}
		if(FILE(q) == Qroutes){
			respond(r, routectl(msg));
			return;
		}
		c = faux(r->fid)->c;
		if(c == nil){
			respond(r, Enofile);
			return;
		}
		if(c->proto == Picmp){
			respond(r, icmpctl(c, msg));
			return;
		}
		e = convctl(c, msg, r);
		if(e != nil || c->dial == nil || c->dial->r != r)
			respond(r, e);
		return;
	case Qdata:
		c = faux(r->fid)->c;
		if(c == nil){
			respond(r, Enofile);
			return;
		}
		if(c->proto == Picmp)
			icmpwrite(c, r);
		else
			convwrite(c, r);
		return;
	case Qdns:
		dnswrite(r);
		return;
	}
	respond(r, Eperm);
}

static void
fsstat(Req *r)
{
	uvlong q;
	int f;

	q = r->fid->qid.path;
	f = FILE(q);
	memset(&r->d, 0, sizeof r->d);
	r->d.qid = r->fid->qid;
	r->d.mode = (r->fid->qid.type & QTDIR) ? DMDIR|0555 : 0666;
	if(f == Qroot)
		r->d.name = protos[PROTO(q)];
	else if(f == Qconvdir){
		char n[16];
		snprintf(n, sizeof n, "%d", CONVN(q));
		r->d.name = n;
		r->d.uid = r->d.gid = r->d.muid = "network";
		respond(r, dirdup9p(&r->d) < 0 ? Enomem : nil);
		return;
	}else if(f >= Qctl && f <= Qstatus)
		r->d.name = convfiles[f - Qctl];
	else if(f >= Qifc && f <= Qstats)
		r->d.name = ipfiles[f - Qifc];
	else if(f == Qclone)
		r->d.name = "clone";
	else
		r->d.name = "dns";
	r->d.uid = r->d.gid = r->d.muid = "network";
	respond(r, dirdup9p(&r->d) < 0 ? Enomem : nil);
}

/*
 * lwIP gives up on a server that does not answer after DNS_MAX_RETRIES
 * sends, 1+1+2+3 s apart; a server's "no such name" comes in one round
 * trip.  lwIP tells both as no address, so the time taken tells them
 * apart.
 */
enum { Dnsgaveup = 5000 };

/* found: lwIP's answer to a lookup: the write that asked it is answered */
static void
found(const char *name, const ip_addr_t *ip, void *arg)
{
	Lookup *l, **ll;
	Req *r;
	char a[IP4ADDR_STRLEN_MAX];

	USED(name);
	l = arg;
	for(ll = &lookups; *ll; ll = &(*ll)->next)
		if(*ll == l){
			*ll = l->next;
			break;
		}
	r = l->r;
	if(r != nil){
		if(ip == nil && sys_now() - l->start >= Dnsgaveup){
			static char e[64];
			ip4addr_ntoa_r(ip_2_ip4(dns_getserver(0)), a, sizeof a);
			snprintf(e, sizeof e, "dns: no answer from %s", a);
			respond(r, e);
		}else if(ip == nil){
			respond(r, "dns: name not found");
		}else{
			ip4addr_ntoa_r(ip_2_ip4(ip), a, sizeof a);
			snprintf(((Faux*)r->fid->aux)->answer, sizeof ((Faux*)r->fid->aux)->answer, "%s ip %s\n", l->name, a);
			r->ofcall.count = r->ifcall.count;
			respond(r, nil);
		}
	}
	free(l);
}

/* dnswrite: "name [ip]": look name up; the answer is read back */
static void
dnswrite(Req *r)
{
	char q[300], *f[3];
	int n;
	ip_addr_t ip;
	Lookup *l;
	err_t e;
	char a[IP4ADDR_STRLEN_MAX];

	if(r->ifcall.count >= sizeof q){
		respond(r, "dns: query too long");
		return;
	}
	memmove(q, r->ifcall.data, r->ifcall.count);
	q[r->ifcall.count] = 0;
	n = ctlfields(q, f, nelem(f));
	if(n < 1 || n > 2 || (n == 2 && strcmp(f[1], "ip") != 0)){
		respond(r, "dns: want: name ip");
		return;
	}
	faux(r->fid)->answer[0] = 0;
	l = calloc(1, sizeof *l);
	if(l == nil){
		respond(r, Enomem);
		return;
	}
	l->r = r;
	l->start = sys_now();
	snprintf(l->name, sizeof l->name, "%s", f[0]);
	e = dns_gethostbyname(f[0], &ip, found, l);
	if(e == ERR_OK){
		ip4addr_ntoa_r(ip_2_ip4(&ip), a, sizeof a);
		snprintf(faux(r->fid)->answer, sizeof faux(r->fid)->answer, "%s ip %s\n", f[0], a);
		free(l);
		r->ofcall.count = r->ifcall.count;
		respond(r, nil);
		return;
	}
	if(e == ERR_INPROGRESS){
		l->next = lookups;
		lookups = l;
		return;	/* found() answers */
	}
	free(l);
	respond(r, ip_addr_isany_val(*dns_getserver(0)) ? "dns: no name server" : "dns: lookup failed");
}

static void
fsflush(Req *r)
{
	Lookup *l;

	for(l = lookups; l; l = l->next)
		if(l->r == r->oldreq){
			l->r = nil;	/* lwIP still answers found(), which forgets it */
			respond(r->oldreq, "interrupted");
			return;
		}
	if(!icmpflush(r->oldreq))
		convflush(r->oldreq);
}

static void
fsdestroyfid(Fid *fid)
{
	Faux *a;
	Lookup *l;

	a = fid->aux;
	if(a == nil)
		return;
	for(l = lookups; l; l = l->next)
		if(l->r != nil && l->r->fid == fid)
			l->r = nil;
	letgo(a);
	free(a->dial);
	free(a);
	fid->aux = nil;
}

/*
 * Packets to ourselves (127.0.0.1, our own address) wait on lwIP's
 * loopback queue until looppoll delivers them.  It is called here,
 * after a request's handler, never from inside lwIP: a callback of
 * tcp_input must not run tcp_input again.  The frames a request sends
 * to the card go in one write of the ring's records, at the end
 * (ringhold, ringflush).
 *
 * lwIP's netif_poll_all delivers until the queue is empty, packets
 * queued meanwhile too: two connections over the loopback sending
 * both ways (an echo of a megabyte) kept it answering each other
 * within that one call for ever, and netd served nobody.  looppoll
 * delivers what is queued in rounds, at most Looprounds of them; the
 * rest waits for the next request or tick, with time gone by.
 * (LWIP_LOOPBACK_MAX_PBUFS is 0: there is no count of the queue to
 * keep.)
 */
enum { Looprounds = 64 };

static void
looppoll(void)
{
	struct netif *n;
	struct pbuf *q, *end, *next;
	int round, busy;

	for(round = 0; round < Looprounds; round++){
		busy = 0;
		NETIF_FOREACH(n){
			q = n->loop_first;
			n->loop_first = n->loop_last = nil;
			for(; q != nil; q = next){
				/* a packet is a chain of pbufs, up to the one whose len is its tot_len */
				for(end = q; end->len != end->tot_len; end = end->next)
					;
				next = end->next;
				end->next = nil;
				q->if_idx = netif_get_index(n);
				if(ip_input(q, n) != ERR_OK)
					pbuf_free(q);
				busy = 1;
			}
		}
		if(!busy)
			return;
	}
}

static void fsopenp(Req *r) { ringhold(); fsopen(r); looppoll(); ringflush(); }
static void fsreadp(Req *r) { ringhold(); fsread(r); looppoll(); ringflush(); }
static void fswritep(Req *r) { ringhold(); fswrite(r); looppoll(); ringflush(); }
static void fsdestroyfidp(Fid *f) { ringhold(); fsdestroyfid(f); looppoll(); ringflush(); }

Srv netsrv = {
	.attach = fsattach,
	.walk1 = fswalk1,
	.clone = fsclone,
	.open = fsopenp,
	.read = fsreadp,
	.write = fswritep,
	.stat = fsstat,
	.flush = fsflush,
	.destroyfid = fsdestroyfidp,
};
