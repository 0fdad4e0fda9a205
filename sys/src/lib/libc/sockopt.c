/*
 * setsockopt, getsockopt: a socket's options (socket(2)).  Those netd
 * has a say in go to the conversation's ctl (SO_KEEPALIVE: keepalive,
 * once connected; SO_RCVTIMEO: readtimeout; SO_SNDTIMEO: writetimeout);
 * the rest are kept and read back.  SO_LINGER with a linger is refused
 * (ENOPROTOOPT).
 */
#include "sock.h"
#include <sys/time.h>

/* intval: the int option at val (len bytes); 0 or -1 */
static int
intval(const void *val, socklen_t len, int *v)
{
	if(val == nil)
		return _seterr(EFAULT, nil);
	if(len < sizeof(int))
		return _seterr(EINVAL, nil);
	memmove(v, val, sizeof(int));
	return 0;
}

/* setsockopt: set fd's option name of level to val (len bytes) */
int
setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	struct linger l;
	struct timeval tv;
	Sock *s;
	long ms;
	int v;

	if((s = _sockof(fd)) == nil)
		return -1;
	if(level == IPPROTO_TCP && s->type == SOCK_STREAM && name == TCP_NODELAY){
		/* netd never holds small segments back: always in effect */
		if(intval(val, len, &v) < 0)
			return -1;
		s->nodelay = v != 0;
		return 0;
	}
	if(level != SOL_SOCKET)
		return _seterr(ENOPROTOOPT, nil);
	switch(name){
	case SO_RCVTIMEO:
	case SO_SNDTIMEO:
		if(val == nil || len < sizeof tv)
			return _seterr(EINVAL, nil);
		memmove(&tv, val, sizeof tv);
		if(tv.tv_sec < 0 || tv.tv_usec < 0 || tv.tv_usec >= 1000000)
			return _seterr(EINVAL, nil);
		ms = tv.tv_sec*1000 + (tv.tv_usec + 999)/1000;
		if(_sockctl(s, name == SO_RCVTIMEO ? "readtimeout %ld" : "writetimeout %ld", ms) < 0)
			return -1;
		if(name == SO_RCVTIMEO)
			s->rcvtimeo = ms;
		else
			s->sndtimeo = ms;
		return 0;
	case SO_LINGER:
		if(val == nil || len < sizeof l)
			return _seterr(EINVAL, nil);
		memmove(&l, val, sizeof l);
		if(l.l_onoff)
			return _seterr(ENOPROTOOPT, "SO_LINGER: close never waits or resets");
		return 0;
	case SO_REUSEADDR:
	case SO_REUSEPORT:
	case SO_KEEPALIVE:
	case SO_BROADCAST:
	case SO_RCVBUF:
	case SO_SNDBUF:
		if(intval(val, len, &v) < 0)
			return -1;
		break;
	default:
		return _seterr(ENOPROTOOPT, nil);
	}
	switch(name){
	case SO_REUSEADDR:
	case SO_REUSEPORT:
		s->reuse = v != 0;
		break;
	case SO_KEEPALIVE:
		if(v && !s->keepalive && s->type == SOCK_STREAM && s->state == Sconn
		&& _sockctl(s, "keepalive") < 0)
			return -1;
		s->keepalive = v != 0;	/* off once on: netd keeps probing */
		break;
	case SO_BROADCAST:
		s->broadcast = v != 0;
		break;
	case SO_RCVBUF:
		s->rcvbuf = v;
		break;
	case SO_SNDBUF:
		s->sndbuf = v;
		break;
	}
	return 0;
}

/* getsockopt: fd's option name of level into val (*len bytes) */
int
getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	struct linger l;
	struct timeval tv;
	Sock *s;
	int v;
	long ms;

	if((s = _sockof(fd)) == nil)
		return -1;
	if(val == nil || len == nil)
		return _seterr(EFAULT, nil);
	if(level == IPPROTO_TCP && s->type == SOCK_STREAM && name == TCP_NODELAY)
		v = s->nodelay;
	else if(level != SOL_SOCKET)
		return _seterr(ENOPROTOOPT, nil);
	else switch(name){
	case SO_TYPE:		v = s->type; break;
	case SO_ERROR:		v = 0; break;
	case SO_ACCEPTCONN:	v = s->state == Slisten; break;
	case SO_REUSEADDR:
	case SO_REUSEPORT:	v = s->reuse; break;
	case SO_KEEPALIVE:	v = s->keepalive; break;
	case SO_BROADCAST:	v = s->broadcast; break;
	case SO_RCVBUF:		v = s->rcvbuf; break;
	case SO_SNDBUF:		v = s->sndbuf; break;
	case SO_RCVTIMEO:
	case SO_SNDTIMEO:
		memset(&tv, 0, sizeof tv);
		ms = name == SO_RCVTIMEO ? s->rcvtimeo : s->sndtimeo;
		tv.tv_sec = ms / 1000;
		tv.tv_usec = ms % 1000 * 1000;
		memmove(val, &tv, *len < sizeof tv ? *len : sizeof tv);
		*len = sizeof tv;
		return 0;
	case SO_LINGER:
		memset(&l, 0, sizeof l);
		memmove(val, &l, *len < sizeof l ? *len : sizeof l);
		*len = sizeof l;
		return 0;
	default:
		return _seterr(ENOPROTOOPT, nil);
	}
	memmove(val, &v, *len < sizeof v ? *len : sizeof v);
	*len = sizeof v;
	return 0;
}
