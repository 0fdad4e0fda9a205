/*
 * glob.c: rc's patterns.  A word from the lexer carries GLOB before
 * each unquoted *, ? and [; match() treats only those as special.
 * globword() expands a pattern into the sorted names it matches,
 * reading directories on any scheme (file:/bin/ and a pattern, scratch:/ and one), and
 * gives the word back unchanged (marks removed) when nothing matches.
 */
#include "rc.h"

/* Does s contain a GLOB mark? */
int
hasglob(char *s)
{
	return strchr(s, GLOB) != nil;
}

/* A copy of s without GLOB marks. */
char*
unglob(char *s)
{
	char *t, *p;

	t = emalloc(strlen(s) + 1);
	for(p = t; *s; s++)
		if(*s != GLOB)
			*p++ = *s;
	*p = 0;
	return t;
}

/*
 * The character (a UTF-8 rune) at s in *r; returns its length in
 * bytes (a byte that starts no rune is one of its own).
 */
static int
rune(char *s, int *r)
{
	unsigned char *u;
	int n, i, c;

	u = (unsigned char*)s;
	c = u[0];
	n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 1;
	if(n == 1){
		*r = c;
		return 1;
	}
	c &= 0x3F >> (n-1);
	for(i = 1; i < n; i++){
		if((u[i] & 0xC0) != 0x80){
			*r = u[0];
			return 1;
		}
		c = c<<6 | (u[i] & 0x3F);
	}
	*r = c;
	return n;
}

/*
 * Match a character class at p (just after the [); *np gets the
 * first byte after the ]; returns 1 if c is in it, -1 if the class
 * has no ] (then it matches nothing, as in 9base).  The end of a
 * range may be ], as 9base reads [a-].
 */
static int
matchclass(int c, char *p, char **np)
{
	int neg, ok, lo, hi;

	neg = 0;
	ok = 0;
	if(*p == '~'){
		neg = 1;
		p++;
	}
	while(*p != ']'){
		if(*p == 0)
			return -1;
		if(*p == GLOB){
			p++;
			continue;
		}
		p += rune(p, &lo);
		hi = lo;
		if(*p == '-'){
			p++;
			if(*p == GLOB)
				p++;
			if(*p == 0)
				return -1;
			p += rune(p, &hi);
		}
		if(lo <= c && c <= hi)
			ok = 1;
	}
	*np = p+1;
	return ok ^ neg;
}

/* Does string s match pattern p (GLOB marks meaning *, ? and [...])? */
int
match(char *s, char *p)
{
	char *np;
	int r, c, n;

	for(;;){
		if(*p == GLOB){
			p++;
			switch(*p){
			case '*':
				p++;
				while(*p == GLOB && p[1] == '*')
					p += 2;
				if(*p == 0)
					return 1;
				for(; *s; s++)
					if(match(s, p))
						return 1;
				return match(s, p);
			case '?':
				/* one character, not one byte */
				if(*s == 0)
					return 0;
				s += rune(s, &c);
				p++;
				continue;
			case '[':
				if(*s == 0)
					return 0;
				n = rune(s, &c);
				r = matchclass(c, p+1, &np);
				if(r <= 0)
					return 0;
				s += n;
				p = np;
				continue;
			}
			continue;
		}
		if(*p != *s)
			return 0;
		if(*p == 0)
			return 1;
		p++;
		s++;
	}
}

/* names found so far */
typedef struct Found Found;
struct Found {
	char	**v;
	int	n, cap;
};

static void
addfound(Found *f, char *s)
{
	if(f->n + 1 >= f->cap){
		f->cap = 2*f->cap + 16;
		f->v = erealloc(f->v, f->cap * sizeof(char*));
	}
	f->v[f->n++] = s;
}

/* one directory being read */
typedef struct Dirscan Dirscan;
struct Dirscan {
	char	*dir;		/* what precedes the names, e.g. "file:/bin/" */
	char	*comp;		/* the pattern of this component */
	char	*rest;		/* the pattern after it ("/..." or "") */
	Found	*out;
	Found	names;
};

static void globin(char *dir, char *pat, Found *out);

static void
dirent1(char *name, void *a)
{
	Dirscan *d;

	d = a;
	if(strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		return;
	if(name[0] == '.' && d->comp[0] != '.')
		;	/* rc's * matches dot files too */
	if(match(name, d->comp))
		addfound(&d->names, estrdup(name));
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char**)a, *(char**)b);
}

/*
 * Expand pat, whose components before the first one with a mark are
 * in dir (unmarked), adding the names found to out.
 */
static void
globin(char *dir, char *pat, Found *out)
{
	char *slash, *comp, *rest, *p, *q, *path, *u;
	Dirscan d;
	int i;
	long n;

	/* copy the components without marks onto dir */
	p = pat;
	for(;;){
		slash = strchr(p, '/');
		comp = slash ? slash : p + strlen(p);
		for(q = p; q < comp; q++)
			if(*q == GLOB)
				break;
		if(q < comp)
			break;	/* this component has a pattern */
		if(slash == nil){
			/* no more patterns: the name must exist */
			n = strlen(dir) + strlen(p) + 1;
			path = emalloc(n);
			snprintf(path, n, "%s%s", dir, p);
			if(osexists(path))
				addfound(out, path);
			else
				free(path);
			return;
		}
		p = slash + 1;
	}
	/* dir + pat[0..p) is the directory; the component runs to slash */
	n = strlen(dir) + (p - pat) + 1;
	path = emalloc(n);
	memmove(path, dir, strlen(dir));
	memmove(path + strlen(dir), pat, p - pat);
	path[n-1] = 0;
	u = unglob(path);
	free(path);
	comp = emalloc((slash ? slash - p : (long)strlen(p)) + 1);
	memmove(comp, p, slash ? slash - p : (long)strlen(p));
	comp[slash ? slash - p : (long)strlen(p)] = 0;
	rest = slash ? slash : "";
	memset(&d, 0, sizeof d);
	d.dir = u;
	d.comp = comp;
	d.rest = rest;
	d.out = out;
	osreaddir(*u ? u : ".", dirent1, &d);
	if(d.names.n > 1)
		qsort(d.names.v, d.names.n, sizeof(char*), cmpstr);
	for(i = 0; i < d.names.n; i++){
		n = strlen(u) + strlen(d.names.v[i]) + 2;
		path = emalloc(n);
		snprintf(path, n, "%s%s", u, d.names.v[i]);
		if(*rest == 0)
			addfound(out, path);
		else{
			/* path + "/" and the rest of the pattern */
			char *np = emalloc(strlen(path) + 2);
			snprintf(np, strlen(path) + 2, "%s/", path);
			globin(np, rest+1, out);
			free(np);
			free(path);
		}
		free(d.names.v[i]);
	}
	free(d.names.v);
	free(comp);
	free(u);
}

/* The names pattern s matches (sorted), or s itself without marks. */
Word*
globword(char *s)
{
	Found f;
	Word *h, **l;
	int i;

	if(!hasglob(s))
		return newword(s, nil);
	memset(&f, 0, sizeof f);
	globin("", s, &f);
	if(f.n == 0){
		h = emalloc(sizeof *h);
		h->s = unglob(s);
		h->next = nil;
		free(f.v);
		return h;
	}
	h = nil;
	l = &h;
	for(i = 0; i < f.n; i++){
		*l = emalloc(sizeof(Word));
		(*l)->s = f.v[i];
		(*l)->next = nil;
		l = &(*l)->next;
	}
	free(f.v);
	return h;
}

/* Expand every word of w (consumed). */
Word*
globlist(Word *w)
{
	Word *h, *n;

	h = nil;
	for(; w != nil; w = n){
		n = w->next;
		if(hasglob(w->s))
			h = append(h, globword(w->s));
		else{
			w->next = nil;
			h = append(h, w);
			continue;
		}
		free(w->s);
		free(w);
	}
	return h;
}
