/*
 * http_test.c: host tests of libhttp's parsers (sys/src/lib/http),
 * each answer compared exactly.  One line per check: PASS or FAIL.
 */
#include <stdio.h>
#include <string.h>
#include "../../sys/include/http.h"

static int failures;

static void
check(int ok, char *name)
{
	printf("%s %s\n", ok ? "PASS" : "FAIL", name);
	if(!ok)
		failures++;
}

/* st: httpstatus on a copy of s */
static int
st(Httpmsg *m, char *s)
{
	char b[256];

	httpinit(m);
	snprintf(b, sizeof b, "%s", s);
	return httpstatus(m, b);
}

static int
hd(Httpmsg *m, char *s)
{
	char b[256];

	snprintf(b, sizeof b, "%s", s);
	return httpheader(m, b);
}

static int
rq(Httpmsg *m, char *s)
{
	char b[256];

	httpinit(m);
	snprintf(b, sizeof b, "%s", s);
	return httprequest(m, b);
}

static long long
ck(char *s)
{
	char b[64];

	snprintf(b, sizeof b, "%s", s);
	return httpchunksize(b);
}

int
main(void)
{
	Httpmsg m;
	Url u;

	check(st(&m, "HTTP/1.1 200 OK") == 0 && m.code == 200 && strcmp(m.reason, "OK") == 0 && m.minor == 1 && !m.close, "http-status-200");
	check(st(&m, "HTTP/1.0 404 Not Found") == 0 && m.code == 404 && strcmp(m.reason, "Not Found") == 0 && m.close, "http-status-10-close");
	check(st(&m, "HTTP/1.1 204") == 0 && m.code == 204 && m.reason[0] == 0, "http-status-noreason");
	check(st(&m, "HTTP/2 200 OK") < 0, "http-status-v2");
	check(st(&m, "HTTP/1.1 20 OK") < 0, "http-status-2digit");
	check(st(&m, "HTTP/1.1 2000 OK") < 0, "http-status-4digit");
	check(st(&m, "HTTP/1.1 099 x") < 0, "http-status-low");
	check(st(&m, "") < 0 && st(&m, "HTTP/1.") < 0 && st(&m, "HTTP/1.1") < 0, "http-status-short");
	check(rq(&m, "GET /a/b?c=d HTTP/1.1") == 0 && strcmp(m.method, "GET") == 0 && strcmp(m.target, "/a/b?c=d") == 0, "http-request");
	check(rq(&m, "get / HTTP/1.1") < 0 && rq(&m, "GET  HTTP/1.1") < 0 && rq(&m, "GET / HTTP/1.1 x") < 0, "http-request-bad");
	httpinit(&m);
	check(hd(&m, "Content-Length: 1234") == 0 && m.length == 1234, "http-header-length");
	check(hd(&m, "content-length:1234 ") == 0 && m.length == 1234, "http-header-length-again");
	check(hd(&m, "Content-Length: 99") < 0, "http-header-length-conflict");
	httpinit(&m);
	check(hd(&m, "Content-Length: 12a") < 0 && hd(&m, "Content-Length: -1") < 0 && hd(&m, "Content-Length: ") < 0, "http-header-length-bad");
	check(hd(&m, "Content-Length: 1234567890123456789") < 0, "http-header-length-huge");
	check(hd(&m, "Transfer-Encoding: chunked") == 0 && m.chunked, "http-header-chunked");
	check(hd(&m, "Transfer-Encoding: gzip") < 0, "http-header-coding");
	check(hd(&m, "Connection: close") == 0 && m.close, "http-header-close");
	check(hd(&m, "Location:  http://10.0.2.2/x  ") == 0 && strcmp(m.location, "http://10.0.2.2/x") == 0, "http-header-location");
	check(hd(&m, "No colon") < 0 && hd(&m, ": empty") < 0 && hd(&m, "Bad Name: x") < 0, "http-header-bad");
	check(hd(&m, "X-Other: anything at all") == 0, "http-header-other");
	check(ck("1a") == 26 && ck("0") == 0 && ck("A;ext=1") == 10 && ck("ff  ") == 255, "http-chunk-size");
	check(ck("") < 0 && ck("x") < 0 && ck("12 x") < 0 && ck("1234567890abcdef0") < 0, "http-chunk-bad");
	check(httpurl(&u, "http://10.0.2.2:8000/a/b.txt") == 0 && strcmp(u.host, "10.0.2.2") == 0 && u.port == 8000 && strcmp(u.path, "/a/b.txt") == 0, "http-url");
	check(httpurl(&u, "http://example") == 0 && u.port == 80 && strcmp(u.path, "/") == 0, "http-url-bare");
	check(httpurl(&u, "http://h?q=1#frag") == 0 && strcmp(u.path, "/?q=1") == 0, "http-url-query");
	check(httpurl(&u, "ftp://h/") < 0 && httpurl(&u, "http://") < 0 && httpurl(&u, "http://h:0/") < 0
		&& httpurl(&u, "http://h:65536/") < 0 && httpurl(&u, "http://h:/") < 0 && httpurl(&u, "http://h/a b") < 0, "http-url-bad");
	return failures != 0;
}
