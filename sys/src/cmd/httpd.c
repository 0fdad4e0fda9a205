/*
 * httpd: a small HTTP/1.1 file server (see httpd(8)).
 *	httpd [-v] [-p port] [-r root] [-t idle]
 * It announces tcp!*!port (80) and serves each call in a process of
 * its own: GET and HEAD of the files under root (file:/lib by
 * default) with their length, a directory as an HTML listing (or its
 * index.html), the errors 400, 403, 404, 405 and 414 as status lines
 * with a short text body.  Requests on one connection are answered in
 * turn until the client closes, says "Connection: close", or speaks
 * HTTP/1.0, or sends no whole request for idle seconds (60).  A path never leaves root: httppath(2) resolves "..",
 * plain or encoded, and refuses encoded slashes.  A client that goes
 * away mid-transfer ends its own process only.
 */
#include <libc.h>
#include <strings.h>
#include <fcall.h>
#include <dirent.h>
#include <signal.h>
#include <sys/wait.h>
#include <http.h>

enum {
	Bufsz = 16*1024,	/* reads of the connection and of files */
	Maxheaders = 100,	/* header lines a request may have */
	Maxbody = 64*1024,	/* a request body drained to keep the connection */
};

typedef struct Conn Conn;
struct Conn {
	int	fd;
	char	remote[64];
	uchar	buf[Bufsz];
	int	nbuf, pbuf;	/* bytes in buf, and where reading is */
};

static int	verbose;
static char	*root = "file:/lib";
static int	idle = 60;	/* seconds a connection may take to send a request */
static char	copybuf[Bufsz];

static void
usage(void)
{
	fprint(2, "usage: httpd [-v] [-p port] [-r root] [-t idle]\n");
	exit(1);
}

/* writeall: all n bytes of p to fd; -1 if the connection failed */
static int
writeall(int fd, void *p, long n)
{
	long k, m;

	for(k = 0; k < n; k += m)
		if((m = write(fd, (char*)p + k, n - k)) <= 0)
			return -1;
	return 0;
}

/*
 * netline: the next line of c (CRLF or LF gone) into s; its length,
 * -1 at the end of the connection (or an error), -2 if it is longer
 * than max-1 (the rest of it is not read).
 */
static int
netline(Conn *c, char *s, int max)
{
	int n, k;

	n = 0;
	for(;;){
		if(c->pbuf == c->nbuf){
			if((k = read(c->fd, c->buf, sizeof c->buf)) <= 0)
				return -1;
			c->nbuf = k;
			c->pbuf = 0;
		}
		if(c->buf[c->pbuf] == '\n'){
			c->pbuf++;
			if(n > 0 && s[n-1] == '\r')
				n--;
			s[n] = 0;
			return n;
		}
		if(n >= max - 1)
			return -2;
		s[n++] = c->buf[c->pbuf++];
	}
}

/* drain: read and drop n bytes of a request's body; -1 if the connection ends first */
static int
drain(Conn *c, long long n)
{
	int k;

	while(n > 0){
		if(c->pbuf == c->nbuf){
			if((k = read(c->fd, c->buf, sizeof c->buf)) <= 0)
				return -1;
			c->nbuf = k;
			c->pbuf = 0;
		}
		k = c->nbuf - c->pbuf;
		if(k > n)
			k = n;
		c->pbuf += k;
		n -= k;
	}
	return 0;
}

/* reason: the reason phrase of a status code */
static char*
reason(int code)
{
	switch(code){
	case 200:	return "OK";
	case 301:	return "Moved Permanently";
	case 400:	return "Bad Request";
	case 403:	return "Forbidden";
	case 404:	return "Not Found";
	case 405:	return "Method Not Allowed";
	case 414:	return "URI Too Long";
	case 500:	return "Internal Server Error";
	}
	return "Unknown";
}

/* ctype: the Content-Type of a file, by its name's extension */
static char*
ctype(char *name)
{
	static struct { char *ext, *type; } types[] = {
		{ "html", "text/html; charset=utf-8" }, { "htm", "text/html; charset=utf-8" },
		{ "txt", "text/plain; charset=utf-8" }, { "c", "text/plain; charset=utf-8" },
		{ "h", "text/plain; charset=utf-8" }, { "md", "text/plain; charset=utf-8" },
		{ "css", "text/css" }, { "js", "text/javascript" }, { "json", "application/json" },
		{ "png", "image/png" }, { "jpg", "image/jpeg" }, { "jpeg", "image/jpeg" },
		{ "gif", "image/gif" }, { "svg", "image/svg+xml" }, { "pdf", "application/pdf" },
	};
	char *base, *dot;
	int i;

	base = strrchr(name, '/');
	base = base ? base + 1 : name;
	dot = strrchr(base, '.');
	if(dot == nil)
		return "text/plain; charset=utf-8";	/* motd, README: text, as Plan 9's files are */
	for(i = 0; i < (int)nelem(types); i++)
		if(strcasecmp(dot + 1, types[i].ext) == 0)
			return types[i].type;
	return "application/octet-stream";
}

/*
 * header: send the status line and headers of an answer of len bytes
 * (with extra, whole "Name: value\r\n" lines, if not nil); -1 if the
 * connection failed.
 */
static int
header(Conn *c, int code, char *type, long long len, int cl, char *extra)
{
	static char *days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static char *months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	char h[1536];
	time_t now;
	struct tm *tm;
	int n;

	now = time(nil);
	tm = gmtime(&now);
	n = snprintf(h, sizeof h,
		"HTTP/1.1 %d %s\r\nServer: httpd (Ninefold)\r\nDate: %s, %02d %s %d %02d:%02d:%02d GMT\r\n"
		"Content-Type: %s\r\nContent-Length: %lld\r\n%s%s\r\n",
		code, reason(code), days[tm->tm_wday % 7], tm->tm_mday, months[tm->tm_mon % 12],
		tm->tm_year + 1900, tm->tm_hour, tm->tm_min, tm->tm_sec,
		type, len, cl ? "Connection: close\r\n" : "", extra ? extra : "");
	if(n >= (int)sizeof h)
		n = sizeof h - 1;
	return writeall(c->fd, h, n);
}

/* errorpage: answer with code and a one-line text body ("404 Not Found") */
static int
errorpage(Conn *c, int code, int head, int cl, char *extra)
{
	char body[64];
	int n;

	n = snprintf(body, sizeof body, "%d %s\n", code, reason(code));
	if(header(c, code, "text/plain; charset=utf-8", n, cl, extra) < 0)
		return -1;
	return head ? 0 : writeall(c->fd, body, n);
}

/* Buf: text growing in memory, for a directory's listing */
typedef struct Buf Buf;
struct Buf {
	char	*p;
	long	n, cap;
	int	err;
};

static void
bput(Buf *b, char *s, long n)
{
	char *q;

	if(b->err)
		return;
	if(b->n + n + 1 > b->cap){
		b->cap = (b->n + n + 1) * 2;
		if((q = realloc(b->p, b->cap)) == nil){
			b->err = 1;
			return;
		}
		b->p = q;
	}
	memmove(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = 0;
}

static void
bputs(Buf *b, char *s)
{
	bput(b, s, strlen(s));
}

/* bputhtml: s with &, <, >, " and ' escaped */
static void
bputhtml(Buf *b, char *s)
{
	for(; *s; s++)
		switch(*s){
		case '&':	bputs(b, "&amp;"); break;
		case '<':	bputs(b, "&lt;"); break;
		case '>':	bputs(b, "&gt;"); break;
		case '"':	bputs(b, "&quot;"); break;
		case '\'':	bputs(b, "&#39;"); break;
		default:	bput(b, s, 1);
		}
}

/* bputurl: s percent-encoded, all but letters, digits, "-._~" (and "/" if slash) */
static void
bputurl(Buf *b, char *s, int slash)
{
	char e[4];

	for(; *s; s++)
		if(isalnum((uchar)*s) || strchr("-._~", *s) || (slash && *s == '/'))
			bput(b, s, 1);
		else{
			snprintf(e, sizeof e, "%%%02X", (uchar)*s);
			bput(b, e, 3);
		}
}

static int
namecmp(const void *a, const void *b)
{
	return strcmp(*(char**)a, *(char**)b);
}

/* listing: an HTML page of the directory url (shown as path) into b; 0 or -1 */
static int
listing(Buf *b, char *url, char *path)
{
	DIR *d;
	struct dirent *e;
	char **names, **nn, *s;
	int n, cap, i;

	if((d = opendir(url)) == nil)
		return -1;
	names = nil;
	n = cap = 0;
	while((e = readdir(d)) != nil){
		if(n == cap){
			cap = cap ? 2*cap : 64;
			if((nn = realloc(names, cap * sizeof names[0])) == nil)
				break;
			names = nn;
		}
		/* a directory's name gets its "/" */
		if((s = malloc(strlen(e->d_name) + 2)) == nil)
			break;
		strcpy(s, e->d_name);
		if(e->d_type == DT_DIR)
			strcat(s, "/");
		names[n++] = s;
	}
	closedir(d);
	qsort(names, n, sizeof names[0], namecmp);
	bputs(b, "<!DOCTYPE html>\n<html><head><title>Index of ");
	bputhtml(b, path);
	bputs(b, "</title></head>\n<body><h1>Index of ");
	bputhtml(b, path);
	bputs(b, "</h1>\n<ul>\n");
	if(strcmp(path, "/") != 0)
		bputs(b, "<li><a href=\"../\">../</a></li>\n");
	for(i = 0; i < n; i++){
		bputs(b, "<li><a href=\"");
		bputurl(b, names[i], 1);
		bputs(b, "\">");
		bputhtml(b, names[i]);
		bputs(b, "</a></li>\n");
		free(names[i]);
	}
	free(names);
	bputs(b, "</ul></body></html>\n");
	return b->err ? -1 : 0;
}

/* openerr: the status for the error of an open or stat that failed */
static int
openerr(void)
{
	char e[128];

	rerrstr(e, sizeof e);
	if(strstr(e, "permission") != nil)
		return 403;
	return 404;
}

/* sendfile: the file url (d its stat) as the answer; -1 if the connection failed */
static int
sendfile(Conn *c, char *url, Dir *d, int head, int cl)
{
	long long left;
	long n;
	int fd;

	if((fd = open(url, O_RDONLY)) < 0)
		return errorpage(c, openerr(), head, cl, nil);
	if(header(c, 200, ctype(url), d->length, cl, nil) < 0 || head){
		close(fd);
		return head ? 0 : -1;
	}
	for(left = d->length; left > 0; left -= n){
		n = left < Bufsz ? left : Bufsz;
		if((n = read(fd, copybuf, n)) <= 0){
			/* the file shrank: the length sent is a lie now; end the connection */
			close(fd);
			return -1;
		}
		if(writeall(c->fd, copybuf, n) < 0){
			close(fd);
			return -1;
		}
	}
	close(fd);
	return 0;
}

/*
 * answer: the answer to a GET or HEAD of the clean path; -1 if the
 * connection failed.
 */
static int
answer(Conn *c, char *path, int head, int cl, int *code)
{
	char *url, *loc, *idx;
	Dir *d, *di;
	Buf b, l;
	int r;

	if((url = malloc(strlen(root) + strlen(path) + 16)) == nil)
		return errorpage(c, *code = 500, head, cl, nil);
	snprintf(url, strlen(root) + strlen(path) + 16, "%s%s", root, path);
	if((d = dirstat(url)) == nil){
		free(url);
		return errorpage(c, *code = openerr(), head, cl, nil);
	}
	*code = 200;
	if(!(d->mode & DMDIR)){
		r = sendfile(c, url, d, head, cl);
		free(d);
		free(url);
		return r;
	}
	free(d);
	if(path[strlen(path) - 1] != '/'){
		/* a directory is named with its "/", so that its links are right */
		memset(&l, 0, sizeof l);
		bputs(&l, "Location: ");
		bputurl(&l, path, 1);
		bputs(&l, "/\r\n");
		*code = 301;
		loc = l.err ? nil : l.p;
		r = errorpage(c, 301, head, cl, loc);
		free(l.p);
		free(url);
		return r;
	}
	idx = malloc(strlen(url) + 16);
	if(idx != nil){
		snprintf(idx, strlen(url) + 16, "%sindex.html", url);
		if((di = dirstat(idx)) != nil && !(di->mode & DMDIR)){
			r = sendfile(c, idx, di, head, cl);
			free(di);
			free(idx);
			free(url);
			return r;
		}
		free(di);
		free(idx);
	}
	memset(&b, 0, sizeof b);
	if(listing(&b, url, path) < 0){
		free(b.p);
		free(url);
		return errorpage(c, *code = openerr(), head, cl, nil);
	}
	free(url);
	r = header(c, 200, "text/html; charset=utf-8", b.n, cl, nil);
	if(r == 0 && !head)
		r = writeall(c->fd, b.p, b.n);
	free(b.p);
	return r;
}

/*
 * arm: a process that kills this one if it is not itself killed (by
 * disarm) within idle seconds: a client that sends no request, or
 * half of one, does not hold its process and conversation for ever.
 * Its pid, or 0.
 */
static int
arm(Conn *c)
{
	int me, pid;

	if(idle <= 0)
		return 0;
	me = getpid();
	switch(pid = fork()){
	case -1:
		return 0;
	case 0:
		close(c->fd);
		sleep(idle);
		kill(me, SIGKILL);
		_exit(0);
	}
	return pid;
}

static void
disarm(int pid)
{
	if(pid > 0){
		kill(pid, SIGKILL);
		waitpid(pid, nil, 0);
	}
}

/* serve: answer the requests of one connection until it ends */
static void
serve(Conn *c)
{
	static char line[HTTPLINE];
	char path[1024];
	Httpmsg m;
	int n, r, nh, host, head, code, timer;

	r = 0;

	for(;;){
		/* empty lines before a request are allowed (RFC 9112 2.2) */
		timer = arm(c);
		while((n = netline(c, line, sizeof line)) == 0)
			;
		if(n == -1){
			disarm(timer);
			return;
		}
		httpinit(&m);
		if(n == -2 || (r = httprequest(&m, line)) == -2){
			disarm(timer);
			errorpage(c, 414, 0, 1, nil);
			return;
		}
		if(r < 0){
			disarm(timer);
			errorpage(c, 400, 0, 1, nil);
			return;
		}
		host = 0;
		for(nh = 0; ; nh++){
			if((n = netline(c, line, sizeof line)) == 0)
				break;
			if(n == -1){
				disarm(timer);
				return;
			}
			if(n == -2 || nh >= Maxheaders || httpheader(&m, line) < 0){
				disarm(timer);
				errorpage(c, 400, 0, 1, nil);
				return;
			}
			if(strcasecmp(line, "Host") == 0)	/* httpheader cut the line at its colon */
				host++;
		}
		head = strcmp(m.method, "HEAD") == 0;
		/* a body (which GET and HEAD never need) is dropped, or ends the connection */
		if(m.chunked || m.length > Maxbody)
			m.close = 1;
		else if(m.length > 0 && drain(c, m.length) < 0){
			disarm(timer);
			return;
		}
		disarm(timer);	/* the request is all here: the answer takes as long as it takes */
		code = 0;
		if(m.minor == 1 && host != 1)
			r = errorpage(c, code = 400, head, m.close = 1, nil);	/* RFC 9112 3.2 */
		else if(strcmp(m.method, "GET") != 0 && !head)
			r = errorpage(c, code = 405, 0, m.close, "Allow: GET, HEAD\r\n");
		else if((r = httppath(path, sizeof path, m.target)) == -1)
			r = errorpage(c, code = 400, head, m.close = 1, nil);
		else if(r == -2)
			r = errorpage(c, code = 403, head, m.close, nil);
		else
			r = answer(c, path, head, m.close, &code);
		if(verbose)
			fprint(2, "httpd: %s %s %s %d\n", c->remote, m.method, m.target, code);
		if(r < 0 || m.close)
			return;
	}
}

/* remote: the caller's address, from dir/remote */
static void
remote(char *dir, char *s, int n)
{
	char url[64];
	int fd, k;

	snprintf(s, n, "?");
	snprintf(url, sizeof url, "%s/remote", dir);
	if((fd = open(url, O_RDONLY)) < 0)
		return;
	if((k = read(fd, s, n - 1)) > 0){
		s[k] = 0;
		s[strcspn(s, "\n")] = 0;
	}
	close(fd);
}

int
main(int argc, char **argv)
{
	char addr[64], adir[40], ldir[40];
	static Conn conn;
	int port, actl, lctl, n;

	port = 80;
	ARGBEGIN{
	case 'v':	verbose = 1; break;
	case 'p':	port = atoi(EARGF(usage())); break;
	case 'r':	root = EARGF(usage()); break;
	case 't':	idle = atoi(EARGF(usage())); break;
	default:
		fprint(2, "httpd: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 0 || port <= 0 || port > 65535)
		usage();
	/* root + "/path": no "/" of its own at the end */
	root = strdup(root);
	n = strlen(root);
	while(n > 0 && root[n-1] == '/')
		root[--n] = 0;
	snprintf(addr, sizeof addr, "tcp!*!%d", port);
	if((actl = announce(addr, adir)) < 0){
		fprint(2, "httpd: announce %s: %r\n", addr);
		exit(1);
	}
	for(;;){
		if((lctl = netlisten(adir, ldir)) < 0){
			fprint(2, "httpd: listen %s: %r\n", adir);
			exit(1);
		}
		/* each call in a process of its own, which nobody waits for */
		switch(rfork(RFPROC|RFFDG|RFNOWAIT)){
		case -1:
			fprint(2, "httpd: fork: %r\n");
			break;
		case 0:
			close(actl);
			if((conn.fd = netaccept(lctl, ldir)) < 0){
				fprint(2, "httpd: accept %s: %r\n", ldir);
				_exit(1);
			}
			close(lctl);	/* the call lives while its data is open */
			if(verbose)
				remote(ldir, conn.remote, sizeof conn.remote);
			serve(&conn);
			_exit(0);
		}
		close(lctl);
	}
}
