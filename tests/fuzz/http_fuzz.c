/*
 * http_fuzz.c: libFuzzer target for libhttp (tests/fuzz/http.sh).  An
 * input is split at newlines and every line goes through every parser
 * (status, request, header, chunk size, URL, request path); each must answer without
 * reading or writing outside its buffers, and what it fills must be
 * terminated and in range.  Built with -DSEEDS it writes a seed corpus.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../sys/include/http.h"

static void
one(char *line, size_t n)
{
	Httpmsg m;
	Url u;
	char *b, path[64];
	int r;

	b = malloc(n + 1);
	memcpy(b, line, n);
	b[n] = 0;
	httpinit(&m);
	if(httpstatus(&m, b) == 0 && (m.code < 100 || m.code > 999 || strlen(m.reason) >= sizeof m.reason))
		abort();
	memcpy(b, line, n);
	if((r = httprequest(&m, b)) == 0 && (strlen(m.method) >= sizeof m.method || strlen(m.target) >= sizeof m.target))
		abort();
	if(r < -2 || r > 0)
		abort();
	memcpy(b, line, n);
	/* a clean path: under the root, no "..", ".", "//" or control bytes */
	if((r = httppath(path, sizeof path, b)) == 0){
		if(path[0] != '/' || strlen(path) >= sizeof path || strstr(path, "//") != NULL
		|| strstr(path, "/../") != NULL || strstr(path, "/./") != NULL)
			abort();
		if((strlen(path) >= 3 && strcmp(path + strlen(path) - 3, "/..") == 0)
		|| (strlen(path) >= 2 && strcmp(path + strlen(path) - 2, "/.") == 0))
			abort();
		for(r = 0; path[r]; r++)
			if((unsigned char)path[r] < ' ' || path[r] == 0x7F)
				abort();
	}else if(r != -1 && r != -2)
		abort();
	memcpy(b, line, n);
	if(httpheader(&m, b) == 0 && (m.length < -1 || strlen(m.location) >= sizeof m.location))
		abort();
	memcpy(b, line, n);
	if(httpchunksize(b) < -1)
		abort();
	memcpy(b, line, n);
	if(httpurl(&u, b) == 0 && (u.port < 1 || u.port > 65535 || u.path[0] != '/' || strlen(u.host) == 0))
		abort();
	free(b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *p, *e, *nl;

	if(size > 65536)
		return 0;
	p = data;
	e = data + size;
	while(p < e){
		nl = memchr(p, '\n', e - p);
		if(nl == NULL)
			nl = e;
		if(memchr(p, 0, nl - p) == NULL)
			one((char*)p, nl - p);
		p = nl + 1;
	}
	return 0;
}

#ifdef SEEDS
static char *seeds[] = {
	"HTTP/1.1 200 OK\nContent-Length: 20\nTransfer-Encoding: chunked\nConnection: close\n",
	"HTTP/1.0 404 Not Found\nLocation: http://10.0.2.2:8000/x\n1a;ext\n0\n",
	"GET /index.html HTTP/1.1\nHost: 10.0.2.15\nhttp://h:80/p?q#f\n",
	"/a/../b/%2e%2e/c\n/%2F/x\n/..\n/a/./b//c/\n",
};

int
main(int argc, char **argv)
{
	char path[512];
	FILE *f;
	int i;

	if(argc != 2)
		return 1;
	for(i = 0; i < (int)(sizeof seeds / sizeof seeds[0]); i++){
		snprintf(path, sizeof path, "%s/seed%d", argv[1], i);
		if((f = fopen(path, "w")) == NULL)
			return 1;
		fputs(seeds[i], f);
		fclose(f);
	}
	return 0;
}
#endif
