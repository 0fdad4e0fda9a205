/*
 * addr.c: a conversation's addresses: parsed from the ctl messages
 * ("a.b.c.d!port", "*!port", "port"), and the text of its local,
 * remote and status files.
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

	switch(file){
	case Qlocal:
		/* the address the pcb is bound to (127.0.0.1 for the loopback), else the card's */
		if(c->tcp != nil){
			if(c->state == Announced || ip_addr_isany(&c->tcp->local_ip))
				ip4addr_ntoa_r(ip_2_ip4(netif_ip_addr4(&ether.netif)), a, sizeof a);
			else
				ip4addr_ntoa_r(ip_2_ip4(&c->tcp->local_ip), a, sizeof a);
			snprintf(s, n, "%s!%d\n", a, c->tcp->local_port);
		}else if(c->udp != nil){
			ip4addr_ntoa_r(ip_2_ip4(netif_ip_addr4(&ether.netif)), a, sizeof a);
			snprintf(s, n, "%s!%d\n", a, c->udp->local_port);
		}else
			snprintf(s, n, "0.0.0.0!0\n");
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
