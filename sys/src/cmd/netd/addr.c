/*
 * addr.c: a conversation's addresses: those ctl messages and
 * tcp:host!port name (parseaddr), and the text of its local, remote
 * and status files.  local is the address the pcb is bound to; when
 * that is any, the interface's (or 127.0.0.1 for a conversation with
 * the loopback), as a peer sees it.
 */
#include "netd.h"

/*
 * parseaddr: "a.b.c.d!port", "*!port" or "port" into ip and port;
 * *any says whether the address was * (or missing).  0 or -1.
 */
int
parseaddr(char *s, ip_addr_t *ip, u16_t *port, int *any)
{
	char buf[64], *p, *e;
	long n;

	strlcpy(buf, s, sizeof buf);
	p = strrchr(buf, '!');
	*any = 0;
	if(p == nil){
		p = buf;
		*any = 1;
		ip_addr_set_zero(ip);
	}else{
		*p++ = 0;
		if(strcmp(buf, "*") == 0){
			*any = 1;
			ip_addr_set_zero(ip);
		}else if(!ipaddr_aton(buf, ip))
			return -1;
	}
	n = strtol(p, &e, 10);
	if(e == p || *e != 0 || n < 0 || n > 65535)
		return -1;
	*port = n;
	return 0;
}

/* convtext: the text of c's local, remote or status file */
void
convtext(Conv *c, int file, char *s, int n)
{
	static char *states[] = { "Closed", "Dialing", "Listen", "Established", "Hungup" };
	char a[IP4ADDR_STRLEN_MAX];
	ip_addr_t ip;
	int port;

	switch(file){
	case Qlocal:
		if(c->tcp != nil){
			ip = c->tcp->local_ip;
			port = c->tcp->local_port;
		}else if(c->udp != nil){
			ip = c->udp->local_ip;
			port = c->udp->local_port;
		}else if(c->lport != 0){
			ip = c->laddr;	/* the pcb went (a shutdown's end) */
			port = c->lport;
		}else{
			snprintf(s, n, "0.0.0.0!0\n");
			break;
		}
		/* bound to any: the address a datagram or call goes out from */
		if(ip_addr_isany(&ip)){
			if(ip4_addr_isloopback(ip_2_ip4(&c->raddr)))
				IP_ADDR4(&ip, 127, 0, 0, 1);
			else
				ip = *netif_ip_addr4(&ether.netif);
		}
		ip4addr_ntoa_r(ip_2_ip4(&ip), a, sizeof a);
		snprintf(s, n, "%s!%d\n", a, port);
		break;
	case Qremote:
		ip4addr_ntoa_r(ip_2_ip4(&c->raddr), a, sizeof a);
		snprintf(s, n, "%s!%d\n", a, c->rport);
		break;
	default:
		snprintf(s, n, "%s %s\n", c->proto == Ptcp ? "tcp" : "udp", states[c->state]);
		break;
	}
}
