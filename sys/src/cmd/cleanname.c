/*
 * cleanname: print each name cleaned lexically, as Plan 9's
 * cleanname(2) does (Pike's "Lexical File Names in Plan 9"): doubled
 * slashes become one, "." elements go, ".." takes the element before
 * it away, and a ".." at the root is the root; an empty result is ".".
 * A name "scheme:path" keeps its scheme and its path is rooted, as
 * the kernel walks it ("proc:1/.." is "proc:/").  -d dir puts dir in
 * front of names that are neither rooted nor have a scheme.
 */
#include <libc.h>

/* schemelen: the length of name's "scheme:", or 0 */
static usize
schemelen(char *name)
{
	usize k;

	for(k = 0; name[k] && name[k] != ':' && name[k] != '/'; k++)
		;
	return name[k] == ':' && k > 0 ? k + 1 : 0;
}

/* clean: the path p cleaned into out (room for strlen(p)+2 bytes);
 * rooted says it starts at a root, whether or not p has the slash */
static void
clean(char *out, char *p, int rooted)
{
	char *r, *w, *e, *s, *start;
	usize n;

	w = out;
	if(rooted)
		*w++ = '/';
	start = w;		/* ".." may not remove anything before this */
	for(r = p; *r; r = e){
		while(*r == '/')
			r++;
		if(*r == 0)
			break;
		for(e = r; *e && *e != '/'; e++)
			;
		n = e - r;
		if(n == 1 && r[0] == '.')
			continue;
		if(n == 2 && r[0] == '.' && r[1] == '.'){
			if(w == start && rooted)
				continue;	/* the root's parent is the root */
			for(s = w; s > start && s[-1] != '/'; s--)
				;
			if(w > start && !(w - s == 2 && s[0] == '.' && s[1] == '.')){
				/* take the last element (and its slash) away */
				w = s > start ? s - 1 : s;
				continue;
			}
			/* else keep the "..": nothing before it to take away */
		}
		if(w > start)
			*w++ = '/';
		memmove(w, r, n);
		w += n;
	}
	if(w == out)
		*w++ = '.';
	*w = 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: cleanname [-d dir] name ...\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *dir, *s, *t;
	usize k;
	int i;

	dir = nil;
	ARGBEGIN{
	case 'd':
		dir = EARGF(usage());
		break;
	default:
		usage();
	}ARGEND
	if(argc == 0)
		usage();
	for(i = 0; i < argc; i++){
		if(dir != nil && argv[i][0] != '/' && schemelen(argv[i]) == 0)
			s = urljoin(dir, argv[i]);
		else
			s = strdup(argv[i]);
		if(s == nil || (t = malloc(strlen(s) + 2)) == nil){
			fprint(2, "cleanname: out of memory\n");
			exits("memory");
		}
		k = schemelen(s);
		memmove(t, s, k);
		clean(t + k, s + k, k > 0 || s[0] == '/');
		free(s);
		s = t;
		print("%s\n", s);
		free(s);
	}
	return 0;
}
