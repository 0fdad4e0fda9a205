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

/* rqlong: a request line whose target is n bytes */
static int
rqlong(Httpmsg *m, int n)
{
	static char b[8192];

	httpinit(m);
	snprintf(b, sizeof b, "GET /");
	memset(b + 5, 'a', n - 1);
	snprintf(b + 4 + n, sizeof b - 4 - n, " HTTP/1.1");
	return httprequest(m, b);
}

/* pt: httppath of target gives want */
static int
pt(char *target, char *want)
{
	char p[256];

	if(httppath(p, sizeof p, target) != 0){
		printf("	httppath(%s) failed\n", target);
		return 0;
	}
	if(strcmp(p, want) != 0)
		printf("	httppath(%s) = %s, want %s\n", target, p, want);
	return strcmp(p, want) == 0;
}

/* ptbad: httppath's answer for a target it should refuse */
static int
ptbad(char *target)
{
	char p[256];

	return httppath(p, sizeof p, target);
}

/* ptsmall: a result longer than the buffer is refused, never cut */
static int
ptsmall(void)
{
	char p[8];

	return httppath(p, sizeof p, "/abcde") == 0 && strcmp(p, "/abcde") == 0
		&& httppath(p, sizeof p, "/abcdefg") == -1 && httppath(p, sizeof p, "/abc/../defghij") == -1;
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
	check(rq(&m, "GET /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1") == 0, "http-request-long-fits");
	check(rqlong(&m, 1023) == 0 && rqlong(&m, 1024) == -2 && rqlong(&m, 5000) == -2, "http-request-toolong");
	check(pt("/a/b/c.txt", "/a/b/c.txt") && pt("/", "/") && pt("/a/b/", "/a/b/"), "http-path");
	check(pt("/a//b/./c", "/a/b/c") && pt("/a/b/../c", "/a/c") && pt("/a/..", "/") && pt("/a/../", "/"), "http-path-clean");
	check(pt("/a%20b/%41", "/a b/A") && pt("/x?q=/../..#f", "/x") && pt("http://h:80/d/f", "/d/f") && pt("http://h", "/"), "http-path-decode");
	check(pt("/a/%2e%2e/b", "/b") && pt("/%2E/x", "/x") && pt("/a/.%2e", "/"), "http-path-encoded-dots");
	check(ptbad("/..") == -2 && ptbad("/../x") == -2 && ptbad("/a/../..") == -2 && ptbad("/%2e%2e/x") == -2
		&& ptbad("/a/%2E%2e/../b") == -2 && ptbad("/.%2e") == -2, "http-path-above-root");
	check(ptbad("a") == -1 && ptbad("") == -1 && ptbad("*") == -1 && ptbad("/a%2fb") == -1 && ptbad("/a%2F..%2F..") == -1
		&& ptbad("/%00") == -1 && ptbad("/%zz") == -1 && ptbad("/%4") == -1 && ptbad("/a%0ab") == -1 && ptbad("/a\tb") == -1, "http-path-bad");
	check(ptsmall(), "http-path-fits");
	return failures != 0;
}
