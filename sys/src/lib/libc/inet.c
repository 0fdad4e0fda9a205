/*
 * inet_aton, inet_addr, inet_ntoa, inet_pton, inet_ntop: IPv4
 * addresses as text and back.  inet_pton takes only the four dotted
 * decimals (no leading zeros); inet_aton also the older forms: a, a.b,
 * a.b.c, each part decimal, octal (0...) or hex (0x...).
 */
#include <u.h>
#include <errno.h>
#include <string.h>
#include <stdio.h>
#include <arpa/inet.h>
#include "impl.h"

/* part: one number of inet_aton's at *sp (0x.. hex, 0.. octal); -1 if none */
static long long
part(const char **sp)
{
	const char *s;
	long long v;
	int base, d, n;

	s = *sp;
	base = 10;
	if(s[0] == '0' && (s[1] == 'x' || s[1] == 'X')){
		base = 16;
		s += 2;
	}else if(s[0] == '0')
		base = 8;
	v = 0;
	for(n = 0; ; n++, s++){
		if(*s >= '0' && *s <= '9')
			d = *s - '0';
		else if(base == 16 && *s >= 'a' && *s <= 'f')
			d = *s - 'a' + 10;
		else if(base == 16 && *s >= 'A' && *s <= 'F')
			d = *s - 'A' + 10;
		else
			break;
		if(d >= base)
			return -1;
		v = v*base + d;
		if(v > 0xffffffffLL)
			return -1;
	}
	if(n == 0 && base != 8)
		return -1;	/* "0x" alone, or nothing */
	*sp = s;
	return v;
}

/* inet_aton: s (a.b.c.d, a.b.c, a.b or a) into *a; 1, or 0 if it is no address */
int
inet_aton(const char *s, struct in_addr *a)
{
	long long v[4];
	uint32_t x;
	int n;

	for(n = 0; n < 4; n++){
		if((v[n] = part(&s)) < 0)
			return 0;
		if(*s != '.')
			break;
		s++;
	}
	if(*s != 0 || n == 4)
		return 0;
	switch(n){
	case 0:
		x = v[0];
		break;
	case 1:
		if(v[0] > 255 || v[1] > 0xffffff)
			return 0;
		x = v[0]<<24 | v[1];
		break;
	case 2:
		if(v[0] > 255 || v[1] > 255 || v[2] > 0xffff)
			return 0;
		x = v[0]<<24 | v[1]<<16 | v[2];
		break;
	default:
		if(v[0] > 255 || v[1] > 255 || v[2] > 255 || v[3] > 255)
			return 0;
		x = v[0]<<24 | v[1]<<16 | v[2]<<8 | v[3];
		break;
	}
	if(a != nil)
		a->s_addr = htonl(x);
	return 1;
}

/* inet_addr: s's address, or INADDR_NONE */
in_addr_t
inet_addr(const char *s)
{
	struct in_addr a;

	if(!inet_aton(s, &a))
		return INADDR_NONE;
	return a.s_addr;
}

/* inet_ntoa: a as a.b.c.d, in a static buffer */
char*
inet_ntoa(struct in_addr a)
{
	static char buf[INET_ADDRSTRLEN];

	inet_ntop(AF_INET, &a, buf, sizeof buf);
	return buf;
}

/* inet_pton: dotted-decimal src into dst (4 bytes); 1, 0 if not one, -1 for another family */
int
inet_pton(int af, const char *src, void *dst)
{
	uchar b[4];
	int n, v, digits;

	if(af != AF_INET){
		errno = EAFNOSUPPORT;
		return -1;
	}
	for(n = 0; n < 4; n++){
		v = 0;
		for(digits = 0; *src >= '0' && *src <= '9'; digits++, src++){
			if(digits > 0 && v == 0)
				return 0;	/* a leading zero */
			v = v*10 + *src - '0';
			if(v > 255)
				return 0;
		}
		if(digits == 0)
			return 0;
		b[n] = v;
		if(n < 3 && *src++ != '.')
			return 0;
	}
	if(*src != 0)
		return 0;
	memmove(dst, b, 4);
	return 1;
}

/* inet_ntop: src (4 bytes) as a.b.c.d in dst (size bytes); dst, or nil (ENOSPC, EAFNOSUPPORT) */
const char*
inet_ntop(int af, const void *src, char *dst, socklen_t size)
{
	char buf[INET_ADDRSTRLEN];
	const uchar *b;

	if(af != AF_INET){
		errno = EAFNOSUPPORT;
		return nil;
	}
	b = src;
	snprintf(buf, sizeof buf, "%d.%d.%d.%d", b[0], b[1], b[2], b[3]);
	if(strlen(buf) >= size){
		errno = ENOSPC;
		return nil;
	}
	strcpy(dst, buf);
	return dst;
}
