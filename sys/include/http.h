/*
 * http.h: libhttp, HTTP/1.1 message parsing (RFC 9112) for hget and
 * httpd: a response's status line and headers, a request line, chunk
 * sizes, URLs, and a request target's path.  Pure functions over text that comes from outside:
 * each takes one line (CRLF or LF already gone) and says -1 for
 * anything malformed.  See http(2).
 */
#ifndef HTTP_H
#define HTTP_H

enum {
	HTTPLINE = 8192,	/* the longest line taken */
};

typedef struct Httpmsg Httpmsg;
struct Httpmsg {
	int	code;		/* a response's status: 100..999 */
	char	reason[64];
	char	method[16];	/* a request's method and target */
	char	target[1024];
	int	minor;		/* HTTP/1.minor */
	long long	length;	/* Content-Length, or -1 */
	int	chunked;	/* Transfer-Encoding: chunked */
	int	close;		/* Connection: close (or HTTP/1.0) */
	char	location[1024];	/* Location, for redirects */
};

typedef struct Url Url;
struct Url {
	char	host[256];
	int	port;
	char	path[1024];	/* with its query, "/" at least */
};

void	httpinit(Httpmsg *m);
int	httpstatus(Httpmsg *m, char *line);
int	httprequest(Httpmsg *m, char *line);
int	httpheader(Httpmsg *m, char *line);
long long	httpchunksize(char *line);
int	httpurl(Url *u, char *s);
int	httppath(char *p, int n, char *target);

#endif
