/*
 * conv.c: conversations, Plan 9's /net/tcp and /net/udp over lwIP's
 * raw API.  A read waits (its Req held) until data, end of file or an
 * error comes; a write waits while lwIP's send buffer is full; a dial
 * waits for the connection; an open of listen waits for a call.
 * lwIP's callbacks answer the held requests.
 */
#include "netd.h"

Conv	*convs[2][Nconv];

static void	tcperr(void *arg, err_t err);
static void	sendfin(Conv *c);

/* newconv: a free conversation of proto, or nil */
Conv*
newconv(int proto)
{
	Conv *c;
	int i;

	for(i = 0; i < Nconv; i++){
		c = convs[proto-Ptcp][i];
		if(c == nil){
			c = calloc(1, sizeof *c);
			if(c == nil)
				return nil;
			c->id = i;
			c->proto = proto;
			convs[proto-Ptcp][i] = c;
		}
		if(c->inuse == 0 && c->state == Closed && c->tcp == nil && c->udp == nil){
			c->inuse = 1;
			c->err[0] = 0;
			c->eof = 0;
			c->shutwr = 0;
			c->readtimeout = 0;
			c->writetimeout = 0;
			c->lport = 0;
			ip_addr_set_zero(&c->laddr);
			c->queued = 0;
			c->headers = 0;
			c->nrq = 0;
			c->rport = 0;
			ip_addr_set_zero(&c->raddr);
			return c;
		}
	}
	return nil;
}

/* fail: c broke (err): every held request hears it */
static void
fail(Conv *c, char *err)
{
	if(c->err[0] == 0)
		strlcpy(c->err, err, sizeof c->err);
	answer(&c->dial, c->err);
	answer(&c->writes, c->err);
	answer(&c->listens, c->err);
	/* reads get what was received first, then the error */
	convkick(c);
}

/* convfail: fail for the other files of netd */
void
convfail(Conv *c, char *err)
{
	fail(c, err);
}

/* dropcalls: a listener's calls nobody took */
static void
dropcalls(Conv *c)
{
	Conv *k;

	while((k = c->calls) != nil){
		c->calls = k->nextcall;
		k->inuse = 0;
		k->queued = 0;
		closeconv(k);
	}
}

/* tcpdrop: c lets go of its pcb: a listener's goes, a connection's closes (or is reset) */
static void
tcpdrop(Conv *c)
{
	struct tcp_pcb *pcb;

	pcb = c->tcp;
	c->tcp = nil;
	tcp_arg(pcb, nil);
	if(c->state == Announced){
		tcp_accept(pcb, nil);
		tcp_close(pcb);	/* a listening pcb always closes */
		return;
	}
	tcp_recv(pcb, nil);
	tcp_sent(pcb, nil);
	tcp_err(pcb, nil);
	tcp_poll(pcb, nil, 0);
	if(tcp_close(pcb) != ERR_OK)
		tcp_abort(pcb);
}

/*
 * closeconv: the last fid of c went: hang up and free its pcb.  A call
 * waiting on its listener's list is nobody's yet: a look at its status
 * (netstat) must not hang it up.
 */
void
closeconv(Conv *c)
{
	if(c->inuse > 0 || c->queued)
		return;
	answer(&c->reads, "hungup");
	answer(&c->writes, "hungup");
	answer(&c->dial, "hungup");
	answer(&c->listens, "hungup");
	dropcalls(c);
	if(c->tcp != nil)
		tcpdrop(c);
	if(c->udp != nil){
		udp_remove(c->udp);
		c->udp = nil;
	}
	if(c->rq != nil){
		pbuf_free(c->rq);
		c->rq = nil;
	}
	while(c->ndgram > 0){
		pbuf_free(c->dgram[c->dhead]);
		c->dgram[c->dhead] = nil;
		c->dhead = (c->dhead + 1) % Ndgram;
		c->ndgram--;
	}
	c->nrq = 0;
	c->state = Closed;
}

/* convkick: answer what the held reads can have now */
void
convkick(Conv *c)
{
	Pending *p;
	Req *r;
	struct pbuf *q;
	long n;
	uchar *b;

	if(c->proto == Ptcp && c->state == Announced && !c->err[0]){
		/* a listener's data: a read waits for a call, and says one is here (for poll) */
		while(c->calls != nil && (p = c->reads) != nil){
			r = p->r;
			c->reads = p->next;
			free(p);
			n = r->ifcall.count < 5 ? r->ifcall.count : 5;
			memmove(r->ofcall.data, "call\n", n);
			r->ofcall.count = n;
			respond(r, nil);
		}
		return;
	}
	while((p = c->reads) != nil && (c->rq != nil || c->ndgram > 0 || c->eof || c->err[0])){
		r = p->r;
		c->reads = p->next;
		free(p);
		if(c->rq == nil && c->ndgram == 0){
			/* end of file (a peer's close), or the error */
			r->ofcall.count = 0;
			respond(r, c->eof ? nil : c->err);
			continue;
		}
		b = (uchar*)r->ofcall.data;
		if(c->proto == Pudp){
			/* one datagram a read */
			q = c->dgram[c->dhead];
			c->dgram[c->dhead] = nil;
			c->dhead = (c->dhead + 1) % Ndgram;
			c->ndgram--;
			n = q->tot_len;
			if(n > (long)r->ifcall.count)
				n = r->ifcall.count;
			pbuf_copy_partial(q, b, n, 0);
			c->nrq -= q->tot_len;
			pbuf_free(q);
		}else{
			n = c->rq->tot_len;
			if(n > (long)r->ifcall.count)
				n = r->ifcall.count;
			pbuf_copy_partial(c->rq, b, n, 0);
			c->rq = pbuf_free_header(c->rq, n);
			c->nrq -= n;
			if(c->tcp != nil)
				tcp_recved(c->tcp, n);
		}
		r->ofcall.count = n;
		respond(r, nil);
	}
}

/* savelocal: keep c's local address and port, for local once the pcb goes */
static void
savelocal(Conv *c)
{
	c->laddr = c->tcp->local_ip;
	c->lport = c->tcp->local_port;
}

/*
 * tcpdetach: after shutdown, the peer's FIN too: lwIP keeps the pcb
 * (TIME_WAIT, or CLOSING until our FIN's ACK) and frees it later
 * without a callback, so c lets go of it now.  What was received
 * stays readable.
 */
static void
tcpdetach(Conv *c)
{
	struct tcp_pcb *pcb;

	pcb = c->tcp;
	c->tcp = nil;
	tcp_arg(pcb, nil);
	tcp_recv(pcb, nil);
	tcp_sent(pcb, nil);
	tcp_err(pcb, nil);
	tcp_poll(pcb, nil, 0);
}

/* tcp's callbacks */
static err_t
tcprecv(void *arg, struct tcp_pcb *pcb, struct pbuf *p, err_t err)
{
	Conv *c;

	USED(pcb);
	c = arg;
	if(c == nil){
		if(p != nil)
			pbuf_free(p);
		return ERR_OK;
	}
	if(err != ERR_OK){
		if(p != nil)
			pbuf_free(p);
		fail(c, "connection error");
		return ERR_OK;
	}
	if(p == nil){
		c->eof = 1;	/* the peer said FIN */
		if(c->shutwr == 2){
			tcpdetach(c);	/* both ends done: TIME_WAIT or CLOSING */
			c->state = Hungup;
		}
		convkick(c);
		return ERR_OK;
	}
	if(c->rq == nil)
		c->rq = p;
	else
		pbuf_cat(c->rq, p);
	c->nrq += p->tot_len;
	convkick(c);
	return ERR_OK;
}

/* pushwrites: queue as much of the held writes as lwIP takes */
static void
pushwrites(Conv *c)
{
	Pending *p;
	Req *r;
	long n;
	err_t e;

	while((p = c->writes) != nil && c->tcp != nil){
		r = p->r;
		n = r->ifcall.count - p->done;
		if(n > tcp_sndbuf(c->tcp))
			n = tcp_sndbuf(c->tcp);
		if(n > 0xFFFF)
			n = 0xFFFF;
		if(n == 0 && r->ifcall.count > 0)
			break;	/* full: the sent callback comes back here */
		if(n > 0){
			e = tcp_write(c->tcp, r->ifcall.data + p->done, n, TCP_WRITE_FLAG_COPY);
			if(e == ERR_MEM)
				break;
			if(e != ERR_OK){
				fail(c, "write error");
				return;
			}
			p->done += n;
		}
		if(p->done < (long)r->ifcall.count)
			break;
		c->writes = p->next;
		r->ofcall.count = r->ifcall.count;
		respond(r, nil);
		free(p);
	}
	sendfin(c);
	if(c->tcp != nil)
		tcp_output(c->tcp);
}

/*
 * sendfin: a shutdown was asked (shutwr 1) and every held write is
 * with lwIP: our FIN goes after them (shutwr 2).  If the peer's came
 * already (LAST_ACK), lwIP finishes alone.
 */
static void
sendfin(Conv *c)
{
	if(c->shutwr != 1 || c->writes != nil || c->tcp == nil)
		return;
	c->shutwr = 2;
	if(tcp_shutdown(c->tcp, 0, 1) != ERR_OK){
		fail(c, "shutdown failed");
		return;
	}
	if(c->eof)
		tcpdetach(c);
}

static err_t
tcpsent(void *arg, struct tcp_pcb *pcb, u16_t len)
{
	USED(pcb); USED(len);
	if(arg != nil)
		pushwrites(arg);
	return ERR_OK;
}

/*
 * tcppoll: lwIP's slow timer (every half second): held writes that
 * lwIP's memory refused (ERR_MEM, with nothing in flight whose sent
 * callback would bring them back) try again.
 */
static err_t
tcppoll(void *arg, struct tcp_pcb *pcb)
{
	Conv *c;

	USED(pcb);
	c = arg;
	if(c != nil && c->writes != nil)
		pushwrites(c);
	return ERR_OK;
}

static void
tcperr(void *arg, err_t err)
{
	Conv *c;

	c = arg;
	if(c == nil)
		return;
	c->tcp = nil;	/* lwIP has freed it */
	if(err == ERR_CLSD){
		/* after shutdown, the peer's ACK of our FIN: closed in good order */
		c->eof = 1;
		c->state = Hungup;
		convkick(c);
		return;
	}
	/* a dial that fails was refused (a reset) or never answered (given up) */
	if(c->state == Dialing)
		fail(c, err == ERR_ABRT ? "connection timed out" : "connection refused");
	else
		fail(c, err == ERR_RST ? "connection reset" : err == ERR_ABRT ? "connection aborted" : "connection refused");
	c->state = Hungup;
}

/*
 * tcpsetup: c owns pcb now.  Nagle's algorithm is off: each write is a
 * whole message (a 9P reply, a line), to go at once; with it, a message
 * longer than a segment kept its last part back until the peer's
 * delayed ACK (40 ms from Linux) for every 9P read of 8 KiB or more.
 */
static void
tcpsetup(Conv *c, struct tcp_pcb *pcb)
{
	c->tcp = pcb;
	tcp_nagle_disable(pcb);
	tcp_arg(pcb, c);
	tcp_recv(pcb, tcprecv);
	tcp_sent(pcb, tcpsent);
	tcp_err(pcb, tcperr);
	tcp_poll(pcb, tcppoll, 1);
}

static err_t
tcpconnected(void *arg, struct tcp_pcb *pcb, err_t err)
{
	Conv *c;

	USED(pcb);
	c = arg;
	if(err != ERR_OK){
		fail(c, "connection refused");
		return ERR_OK;
	}
	c->state = Established;
	savelocal(c);
	answer(&c->dial, nil);
	return ERR_OK;
}

/* the listening pcb got a call: a new conversation for it */
static err_t
tcpaccept(void *arg, struct tcp_pcb *pcb, err_t err)
{
	Conv *c, *k, **l;
	Pending *p;
	Req *r;

	c = arg;
	if(err != ERR_OK || pcb == nil)
		return ERR_VAL;
	k = newconv(Ptcp);
	if(k == nil){
		tcp_abort(pcb);
		return ERR_ABRT;
	}
	tcpsetup(k, pcb);
	k->state = Established;
	savelocal(k);
	k->raddr = pcb->remote_ip;
	k->rport = pcb->remote_port;
	if((p = c->listens) != nil){
		/* an open of listen waits: it becomes the call's ctl */
		c->listens = p->next;
		r = p->r;
		free(p);
		fidconv(r, k);	/* its inuse 1 is r's fid's */
		respond(r, nil);
		return ERR_OK;
	}
	/* nobody listens yet: keep it, unopened */
	k->inuse = 0;
	k->queued = 1;
	for(l = &c->calls; *l; l = &(*l)->nextcall)
		;
	k->nextcall = nil;
	*l = k;
	convkick(c);	/* a read of c's data waiting for a call */
	return ERR_OK;
}

/* convlisten: an open of c's listen file: a call waiting, or hold r; nil or an error */
char*
convlisten(Conv *c, Req *r)
{
	Conv *k;

	if(c->proto != Ptcp || c->state != Announced)
		return "not announced";
	if((k = c->calls) != nil){
		c->calls = k->nextcall;
		k->inuse = 1;
		k->queued = 0;
		fidconv(r, k);
		respond(r, nil);
		return nil;
	}
	holdfor(&c->listens, r, c->readtimeout);
	return nil;
}

/* ctlfields: msg split at blanks into at most max fields in f; how many */
int
ctlfields(char *msg, char **f, int max)
{
	char *p;
	int n;

	n = 0;
	for(p = strtok(msg, " \t\n"); p && n < max; p = strtok(nil, " \t\n"))
		f[n++] = p;
	return n;
}

/*
 * convctl: a control message written to c's ctl: connect, announce,
 * hangup, keepalive, headers.  nil when done (or held: r is answered
 * later), or an error.
 */
char*
convctl(Conv *c, char *msg, Req *r)
{
	char *f[4], *p;
	int n, any;
	long lport;
	ip_addr_t ip;
	u16_t port;
	struct tcp_pcb *pcb, *lp;

	if((n = ctlfields(msg, f, nelem(f))) == 0)
		return "empty control message";
	if(strcmp(f[0], "hangup") == 0){
		if(c->tcp != nil)
			tcpdrop(c);
		c->state = Hungup;
		fail(c, "hungup");
		return nil;
	}
	if(strcmp(f[0], "shutdown") == 0){
		/* our FIN: no more writes; reads go on to the peer's end */
		if(c->proto != Ptcp || c->state != Established)
			return "not connected";
		if(c->shutwr == 0){
			c->shutwr = 1;
			sendfin(c);	/* now, or once the held writes are out */
		}
		return nil;
	}
	if(strcmp(f[0], "readtimeout") == 0){
		/* reads (and waits for a call) fail after this many ms; 0: never */
		if(n < 2 || (c->readtimeout = strtol(f[1], &p, 10)) < 0 || *p != 0){
			c->readtimeout = 0;
			return "bad readtimeout";
		}
		return nil;
	}
	if(strcmp(f[0], "writetimeout") == 0){
		/* a write that waits this many ms for room gives what went, or fails; 0: never */
		if(n < 2 || (c->writetimeout = strtol(f[1], &p, 10)) < 0 || *p != 0){
			c->writetimeout = 0;
			return "bad writetimeout";
		}
		return nil;
	}
	if(strcmp(f[0], "keepalive") == 0){
		if(c->tcp == nil)
			return "not connected";
		ip_set_option(c->tcp, SOF_KEEPALIVE);
		if(n > 1)
			c->tcp->keep_idle = strtol(f[1], nil, 10);
		return nil;
	}
	if(strcmp(f[0], "headers") == 0){
		if(c->proto != Pudp)
			return "headers is for udp";
		c->headers = 1;
		return nil;
	}
	if(n < 2 || (strcmp(f[0], "connect") != 0 && strcmp(f[0], "announce") != 0))
		return "bad control message";
	if(c->state != Closed)
		return "already in use";
	if(parseaddr(f[1], &ip, &port, &any) < 0)
		return "bad address";
	if(strcmp(f[0], "connect") == 0){
		if(any || port == 0)
			return "bad address";
		lport = 0;
		if(n > 2){
			/* a local port: a number, all of it */
			lport = strtol(f[2], &p, 10);
			if(p == f[2] || *p != 0 || lport < 0 || lport > 65535)
				return "bad address";
		}
		if((p = unroutable(&ip)) != nil)
			return p;
		c->raddr = ip;
		c->rport = port;
		if(c->proto == Pudp){
			if((p = udpsetup(c, lport)) != nil)
				return p;
			if(udp_connect(c->udp, &ip, port) != ERR_OK)
				return "cannot connect";
			c->state = Established;
			return nil;
		}
		pcb = tcp_new();
		if(pcb == nil)
			return Enomem;
		tcpsetup(c, pcb);
		c->state = Dialing;
		if(tcp_connect(pcb, &ip, port, tcpconnected) != ERR_OK){
			c->state = Closed;
			tcp_arg(pcb, nil);
			tcp_abort(pcb);
			c->tcp = nil;
			return "cannot connect";
		}
		if(r != nil)
			hold(&c->dial, r);
		return nil;
	}
	/* announce */
	if(c->proto == Pudp){
		if((p = udpsetup(c, port)) != nil)
			return p;
		c->state = Announced;
		return nil;
	}
	pcb = tcp_new();
	if(pcb == nil)
		return Enomem;
	if(tcp_bind(pcb, IP_ADDR_ANY, port) != ERR_OK){
		tcp_close(pcb);
		return "address in use";
	}
	lp = tcp_listen(pcb);
	if(lp == nil){
		tcp_close(pcb);
		return Enomem;
	}
	c->lport = lp->local_port;
	c->tcp = lp;
	tcp_arg(lp, c);
	tcp_accept(lp, tcpaccept);
	c->state = Announced;
	return nil;
}

/* convread: a read of c's data: now, or held */
void
convread(Conv *c, Req *r)
{
	if(r->ifcall.count == 0){
		r->ofcall.count = 0;
		respond(r, nil);
		return;
	}
	if(c->state == Closed && c->rq == nil && c->ndgram == 0){
		respond(r, "not connected");
		return;
	}
	holdfor(&c->reads, r, c->readtimeout);
	convkick(c);
}

/* convwrite: a write of c's data: queued to lwIP, held while its buffer is full */
void
convwrite(Conv *c, Req *r)
{
	struct pbuf *p;
	err_t e;
	ip_addr_t ip;
	u16_t port;
	uchar *b;
	long n;

	if(c->err[0]){
		respond(r, c->err);
		return;
	}
	if(c->proto == Pudp){
		if(c->udp == nil){
			respond(r, "not connected");
			return;
		}
		b = (uchar*)r->ifcall.data;
		n = r->ifcall.count;
		if(c->headers){
			if(n < 52){
				respond(r, "short udp header");
				return;
			}
			IP4_ADDR(ip_2_ip4(&ip), b[12], b[13], b[14], b[15]);
			IP_SET_TYPE_VAL(ip, IPADDR_TYPE_V4);
			port = b[48]<<8 | b[49];
			b += 52;
			n -= 52;
		}else{
			ip = c->raddr;
			port = c->rport;
		}
		/* pbuf_alloc's length is 16 bits: a bigger one was cut, then overrun */
		if(n > 65535 - 8 - 20){
			respond(r, "datagram too big");
			return;
		}
		p = pbuf_alloc(PBUF_TRANSPORT, n, PBUF_RAM);
		if(p == nil){
			respond(r, Enomem);
			return;
		}
		memmove(p->payload, b, n);
		e = udp_sendto(c->udp, p, &ip, port);
		pbuf_free(p);
		if(e != ERR_OK){
			respond(r, "udp send failed");
			return;
		}
		r->ofcall.count = r->ifcall.count;
		respond(r, nil);
		return;
	}
	if(c->shutwr){
		respond(r, "connection shut down");
		return;
	}
	if(c->tcp == nil || c->state != Established){
		respond(r, "not connected");
		return;
	}
	holdfor(&c->writes, r, c->writetimeout);
	pushwrites(c);
}
