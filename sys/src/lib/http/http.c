/*
 * http.c: HTTP/1.1 line parsing (see http.h).  Nothing here trusts its
 * input: every number is bounded, every copy fits its field.
 */
#include <u.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <http.h>

/* copy: s into d of n bytes, cut to fit (the host's libc has no strlcpy, and this is built there too) */
static void
copy(char *d, char *s, long n)
{
	long k;

	k = strlen(s);
	if(k > n - 1)
		k = n - 1;
	memmove(d, s, k);
	d[k] = 0;
}

/* httpinit: an empty message: no length known, keep-alive by default */
void
httpinit(Httpmsg *m)
{
	memset(m, 0, sizeof *m);
	m->length = -1;
}

/* version: "HTTP/1.x" at s: its minor number (0-9), or -1 */
static int
version(char *s)
{
	if(strncmp(s, "HTTP/1.", 7) != 0 || !isdigit((uchar)s[7]))
		return -1;
	if(s[8] != 0 && s[8] != ' ')
		return -1;
	return s[7] - '0';
}

/* httpstatus: a status line, "HTTP/1.1 200 OK"; 0 or -1 */
int
httpstatus(Httpmsg *m, char *line)
{
	char *p;
	int i;

	if((m->minor = version(line)) < 0 || line[8] != ' ')
		return -1;
	p = line + 9;
	for(i = 0; i < 3; i++)
		if(!isdigit((uchar)p[i]))
			return -1;
	if(p[3] != 0 && p[3] != ' ')
		return -1;
	m->code = (p[0]-'0')*100 + (p[1]-'0')*10 + (p[2]-'0');
	if(m->code < 100)
		return -1;
	copy(m->reason, p[3] ? p + 4 : "", sizeof m->reason);
	if(m->minor == 0)
		m->close = 1;
	return 0;
}

/*
 * httprequest: a request line, "GET /path HTTP/1.1"; 0, -1 if
 * malformed, -2 if well formed but its target does not fit m->target.
 */
int
httprequest(Httpmsg *m, char *line)
{
	char *sp1, *sp2;
	int n;

	sp1 = strchr(line, ' ');
	if(sp1 == NULL || sp1 == line || sp1 - line >= (long)sizeof m->method)
		return -1;
	sp2 = strchr(sp1 + 1, ' ');
	if(sp2 == NULL || sp2 == sp1 + 1)
		return -1;
	for(n = 0; line + n < sp1; n++)
		if(!isupper((uchar)line[n]))
			return -1;
	if((m->minor = version(sp2 + 1)) < 0 || sp2[9] != 0)
		return -1;
	if(sp2 - sp1 - 1 >= (long)sizeof m->target)
		return -2;	/* well formed, but the target is too long (414) */
	memmove(m->method, line, sp1 - line);
	m->method[sp1 - line] = 0;
	memmove(m->target, sp1 + 1, sp2 - sp1 - 1);
	m->target[sp2 - sp1 - 1] = 0;
	if(m->minor == 0)
		m->close = 1;
	return 0;
}

/* number: a decimal count of at most 18 digits, all the string; -1 if not */
static long long
number(char *s)
{
	long long v;
	int n;

	v = 0;
	for(n = 0; isdigit((uchar)s[n]); n++){
		if(n >= 18)
			return -1;
		v = v*10 + s[n] - '0';
	}
	if(n == 0 || s[n] != 0)
		return -1;
	return v;
}

/* trim: s without the spaces and tabs around it (in place) */
static char*
trim(char *s)
{
	char *e;

	while(*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while(e > s && (e[-1] == ' ' || e[-1] == '\t'))
		*--e = 0;
	return s;
}

/*
 * httpheader: one header line, "Name: value"; the fields m keeps
 * (Content-Length, Transfer-Encoding, Connection, Location) are set.
 * 0, or -1 for a malformed line or a contradiction (two lengths that
 * differ, a length that is not a number).
 */
int
httpheader(Httpmsg *m, char *line)
{
	char *c, *v;
	long long n;
	int i;

	c = strchr(line, ':');
	if(c == NULL || c == line)
		return -1;
	for(i = 0; line + i < c; i++)
		if(!isgraph((uchar)line[i]))
			return -1;	/* no space before the colon (RFC 9112 5.1) */
	*c = 0;
	v = trim(c + 1);
	if(strcasecmp(line, "Content-Length") == 0){
		if((n = number(v)) < 0 || (m->length >= 0 && m->length != n))
			return -1;
		m->length = n;
	}else if(strcasecmp(line, "Transfer-Encoding") == 0){
		if(strcasecmp(v, "chunked") == 0)
			m->chunked = 1;
		else if(strcasecmp(v, "identity") != 0)
			return -1;	/* codings we cannot undo */
	}else if(strcasecmp(line, "Connection") == 0){
		if(strcasecmp(v, "close") == 0)
			m->close = 1;
	}else if(strcasecmp(line, "Location") == 0)
		copy(m->location, v, sizeof m->location);
	return 0;
}

/* httpchunksize: a chunk's size line, hex digits then maybe ";ext"; the size or -1 */
long long
httpchunksize(char *line)
{
	long long v;
	int n, d;

	v = 0;
	for(n = 0; isxdigit((uchar)line[n]); n++){
		if(n >= 15)
			return -1;
		d = isdigit((uchar)line[n]) ? line[n] - '0' : tolower((uchar)line[n]) - 'a' + 10;
		v = v*16 + d;
	}
	if(n == 0)
		return -1;
	line += n;
	while(*line == ' ' || *line == '\t')
		line++;
	if(*line != 0 && *line != ';')
		return -1;
	return v;
}

/* httpurl: "http://host[:port][/path]" into u; 0 or -1 */
int
httpurl(Url *u, char *s)
{
	char *h, *e, *c;
	long long port;
	long n;

	if(strncmp(s, "http://", 7) != 0)
		return -1;
	h = s + 7;
	e = h + strcspn(h, "/?#");
	c = memchr(h, ':', e - h);
	n = (c ? c : e) - h;
	if(n == 0 || n >= (long)sizeof u->host)
		return -1;
	memmove(u->host, h, n);
	u->host[n] = 0;
	u->port = 80;
	if(c != NULL){
		char num[8];
		if(e - c - 1 <= 0 || e - c - 1 >= (long)sizeof num)
			return -1;
		memmove(num, c + 1, e - c - 1);
		num[e - c - 1] = 0;
		if((port = number(num)) <= 0 || port > 65535)
			return -1;
		u->port = port;
	}
	if(*e == 0)
		copy(u->path, "/", sizeof u->path);
	else if(*e == '/'){
		if(strlen(e) >= sizeof u->path)
			return -1;
		copy(u->path, e, sizeof u->path);
	}else{
		if(strlen(e) + 1 >= sizeof u->path)
			return -1;
		u->path[0] = '/';
		copy(u->path + 1, e, sizeof u->path - 1);
	}
	for(n = 0; u->path[n]; n++)
		if((uchar)u->path[n] <= ' ' || u->path[n] == '#'){
			if(u->path[n] == '#'){
				u->path[n] = 0;
				break;
			}
			return -1;
		}
	return 0;
}

/* hexval: a hex digit's value, or -1 */
static int
hexval(int c)
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if(c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * httppath: a request's target as a clean path into p (n bytes): the
 * scheme and host of an absolute URL, the query and fragment gone,
 * %XX decoded, empty and "." segments dropped, ".." taking the one
 * before it.  The result starts with "/", ends with "/" if the target
 * did, and never holds "..", "//", NUL or a control character.  0;
 * -1 for a malformed target (no leading "/", a bad escape, an encoded
 * "/" or NUL, a control character, too long); -2 if ".." would climb
 * above the root.
 */
int
httppath(char *p, int n, char *target)
{
	char *s, *seg;
	int k, c, h1, h2;

	if(n < 2)
		return -1;
	if(strncasecmp(target, "http://", 7) == 0){
		target += 7;
		target += strcspn(target, "/?#");
		if(*target != '/')
			target = "/";	/* http://host or http://host?q: the root */
	}
	if(target[0] != '/')
		return -1;
	k = 0;
	p[k++] = '/';
	seg = p + k;
	for(s = target; *s && *s != '?' && *s != '#'; s++){
		c = (uchar)*s;
		if(c == '%'){
			if((h1 = hexval((uchar)s[1])) < 0 || (h2 = hexval((uchar)s[2])) < 0)
				return -1;
			c = h1*16 + h2;
			s += 2;
			if(c == '/' || c == 0)
				return -1;	/* an encoded slash or NUL */
		}else if(c == '/'){
			/* a segment ends: "", "." and ".." are not kept */
			p[k] = 0;
			if(strcmp(seg, "..") == 0){
				k = seg - p - 1;	/* back over the "/" before it */
				if(k == 0)
					return -2;
				while(k > 0 && p[k-1] != '/')
					k--;
			}else if(seg[0] == 0 || strcmp(seg, ".") == 0)
				k = seg - p;
			else
				p[k++] = '/';
			seg = p + k;
			continue;
		}
		if(c < ' ' || c == 0x7F)
			return -1;
		if(k >= n - 2)
			return -1;
		p[k++] = c;
	}
	/* the last segment, not followed by "/" */
	p[k] = 0;
	if(strcmp(seg, "..") == 0){
		k = seg - p - 1;
		if(k == 0)
			return -2;
		while(k > 0 && p[k-1] != '/')
			k--;
	}else if(strcmp(seg, ".") == 0)
		k = seg - p;
	p[k] = 0;
	return 0;
}
