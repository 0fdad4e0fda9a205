/*
 * hget: fetch a URL over HTTP/1.1, as Plan 9's hget.
 *	hget [-v] [-o file] http://host[:port]/path
 * The body goes to standard output (or file); -v prints the status
 * line and headers on standard error.  Content-Length, chunked and
 * until-close bodies are read; redirects (301, 302, 303, 307, 308)
 * are followed up to five times.  host is an address (a.b.c.d) or a
 * name that dns: knows.  Exit status 1, with "hget: url: why", for
 * anything but a 2xx answer.
 */
#include <libc.h>
#include <http.h>

enum { Bufsz = 16*1024 };

static int	verbose;
static int	net;		/* the connection */
static uchar	buf[Bufsz];
static int	nbuf, pbuf;	/* bytes in buf, and where reading is */

static void
usage(void)
{
	fprint(2, "usage: hget [-v] [-o file] http://host[:port]/path\n");
	exit(1);
}

/* fill: more from the connection; 0 at its end, -1 on error */
static int
fill(void)
{
	int n;

	n = read(net, buf, sizeof buf);
	if(n <= 0)
		return n;
	nbuf = n;
	pbuf = 0;
	return n;
}

/* getline: the next line (CRLF or LF gone) into s; -1 at end or if too long */
static int
netline(char *s, int max)
{
	int n;

	n = 0;
	for(;;){
		if(pbuf == nbuf && fill() <= 0)
			return -1;
		if(buf[pbuf] == '\n'){
			pbuf++;
			if(n > 0 && s[n-1] == '\r')
				n--;
			s[n] = 0;
			return n;
		}
		if(n >= max - 1)
			return -1;
		s[n++] = buf[pbuf++];
	}
}

/* copy: n bytes (all there are, if n < 0) to fd; bytes copied, -1 if the connection failed first */
static long long
copy(int fd, long long n)
{
	long long done;
	int k;

	done = 0;
	while(n < 0 || done < n){
		if(pbuf == nbuf){
			k = fill();
			if(k < 0)
				return -1;
			if(k == 0)
				break;
		}
		k = nbuf - pbuf;
		if(n >= 0 && k > n - done)
			k = n - done;
		if(write(fd, buf + pbuf, k) != k){
			fprint(2, "hget: write: %r\n");
			exit(1);
		}
		pbuf += k;
		done += k;
	}
	return done;
}

/* hdial: connect to host!port by dial(2); the data fd or -1 */
static int
hdial(char *host, int port)
{
	char addr[320];

	snprintf(addr, sizeof addr, "tcp!%s!%d", host, port);
	return dial(addr, nil, nil, nil);
}

int
main(int argc, char **argv)
{
	char *out, *url, line[HTTPLINE], req[2048];
	Httpmsg m;
	Url u;
	int fd, hops;
	long long n;

	out = nil;
	ARGBEGIN{
	case 'v':	verbose = 1; break;
	case 'o':	out = EARGF(usage()); break;
	default:
		fprint(2, "hget: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	if(argc != 1)
		usage();
	url = strdup(argv[0]);
	for(hops = 0; ; hops++){
		if(httpurl(&u, url) < 0){
			fprint(2, "hget: %s: not an http:// URL\n", url);
			exit(1);
		}
		net = hdial(u.host, u.port);
		if(net < 0){
			fprint(2, "hget: %s: %r\n", url);
			exit(1);
		}
		snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: hget (Ninefold)\r\nConnection: close\r\n\r\n",
			u.path, u.host);
		if(write(net, req, strlen(req)) != (long)strlen(req)){
			fprint(2, "hget: %s: %r\n", url);
			exit(1);
		}
		nbuf = pbuf = 0;
		httpinit(&m);
		if(netline(line, sizeof line) < 0 || httpstatus(&m, line) < 0){
			fprint(2, "hget: %s: no HTTP answer\n", url);
			exit(1);
		}
		if(verbose)
			fprint(2, "%s\n", line);
		while(netline(line, sizeof line) > 0){
			if(verbose)
				fprint(2, "%s\n", line);
			if(httpheader(&m, line) < 0){
				fprint(2, "hget: %s: bad header: %s\n", url, line);
				exit(1);
			}
		}
		if((m.code == 301 || m.code == 302 || m.code == 303 || m.code == 307 || m.code == 308)
		&& m.location[0] && hops < 5){
			close(net);
			free(url);
			url = strdup(m.location);
			continue;
		}
		break;
	}
	if(m.code < 200 || m.code > 299){
		fprint(2, "hget: %s: %d %s\n", url, m.code, m.reason);
		exit(1);
	}
	fd = 1;
	if(out != nil && (fd = open(out, O_WRONLY|O_CREAT|O_TRUNC, 0664)) < 0){
		fprint(2, "hget: %s: %r\n", out);
		exit(1);
	}
	if(m.chunked){
		for(;;){
			if(netline(line, sizeof line) < 0 || (n = httpchunksize(line)) < 0){
				fprint(2, "hget: %s: bad chunk\n", url);
				exit(1);
			}
			if(n == 0)
				break;
			if(copy(fd, n) != n || netline(line, sizeof line) != 0){
				fprint(2, "hget: %s: short chunk\n", url);
				exit(1);
			}
		}
	}else if(m.length >= 0){
		if((n = copy(fd, m.length)) != m.length){
			/* a read that failed says why (a reset); an early end is the server's */
			if(n < 0)
				fprint(2, "hget: %s: %r\n", url);
			else
				fprint(2, "hget: %s: connection closed early\n", url);
			exit(1);
		}
	}else if(copy(fd, -1) < 0){
		fprint(2, "hget: %s: %r\n", url);
		exit(1);
	}
	return 0;
}
