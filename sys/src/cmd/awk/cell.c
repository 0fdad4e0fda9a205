/*
 * cell.c: values (Cells) and their conversions between numbers and
 * strings, the variables' symbol table, and associative arrays.
 */
#include "awk.h"

enum { Nhash = 128 };

static Var	*symtab[Nhash];

Var	*vnr, *vnf, *vfnr, *vfs, *vofs, *vors, *vrs, *vfilename, *vsubsep,
	*vrstart, *vrlength, *vconvfmt, *vofmt, *venviron, *vargc, *vargv;

/* emalloc: malloc, or end awk */
void*
emalloc(usize n)
{
	void *p;

	p = malloc(n ? n : 1);
	if(p == nil)
		nomem();
	return p;
}

/* erealloc: realloc, or end awk */
void*
erealloc(void *p, usize n)
{
	p = realloc(p, n ? n : 1);
	if(p == nil)
		nomem();
	return p;
}

/* estrdup: a malloc'd copy of s */
char*
estrdup(char *s)
{
	return strcpy(emalloc(strlen(s) + 1), s);
}

/* hash: a string's hash, for the symbol table and arrays */
static uint
hash(char *s)
{
	uint h;

	for(h = 0; *s != 0; s++)
		h = h * 31 + (uchar)*s;
	return h;
}

/* lookup: the global variable name, made (uninitialised) if new */
Var*
lookup(char *name)
{
	Var *v;
	uint h;

	h = hash(name) % Nhash;
	for(v = symtab[h]; v != nil; v = v->next)
		if(strcmp(v->name, name) == 0)
			return v;
	v = emalloc(sizeof *v);
	memset(v, 0, sizeof *v);
	v->name = estrdup(name);
	v->c.flags = Fnum|Fstr|Fcmpnum;
	v->next = symtab[h];
	symtab[h] = v;
	return v;
}

/* strvar: a special variable with a string value */
static Var*
strvar(char *name, char *val)
{
	Var *v;

	v = lookup(name);
	setvarstr(v, val);
	return v;
}

/* numvar: a special variable with a number value */
static Var*
numvar(char *name, double d)
{
	Var *v;

	v = lookup(name);
	setvarnum(v, d);
	return v;
}

/* cellinit: the special variables, and ENVIRON from the environment */
void
cellinit(void)
{
	char **e, *eq, *name;
	Cell *c;

	vnr = numvar("NR", 0);
	vnf = numvar("NF", 0);
	vfnr = numvar("FNR", 0);
	vfs = strvar("FS", " ");
	vofs = strvar("OFS", " ");
	vors = strvar("ORS", "\n");
	vrs = strvar("RS", "\n");
	vfilename = strvar("FILENAME", "");
	vsubsep = strvar("SUBSEP", "\034");
	vrstart = numvar("RSTART", 0);
	vrlength = numvar("RLENGTH", -1);
	vconvfmt = strvar("CONVFMT", "%.6g");
	vofmt = strvar("OFMT", "%.6g");
	venviron = lookup("ENVIRON");
	vararray(venviron);
	for(e = environ; e != nil && *e != nil; e++){
		eq = strchr(*e, '=');
		if(eq == nil)
			continue;
		name = emalloc(eq - *e + 1);
		memmove(name, *e, eq - *e);
		name[eq - *e] = 0;
		c = arrayget(venviron->a, name, 1);
		cellset(c, mkstrnum(eq + 1));
		free(name);
	}
	vargc = lookup("ARGC");
	vargv = lookup("ARGV");
}

/* mknum: a number value */
Cell
mknum(double d)
{
	Cell c;

	c.flags = Fnum|Fcmpnum;
	c.num = d;
	c.str = nil;
	return c;
}

/* mkstr: a string value, a copy of s */
Cell
mkstr(char *s)
{
	return mkstrown(estrdup(s));
}

/* mkstrown: a string value that takes s (malloc'd) */
Cell
mkstrown(char *s)
{
	Cell c;

	c.flags = Fstr;
	c.num = 0;
	c.str = s;
	return c;
}

/* mkstrnum: a string from input: a number too if it looks like one */
Cell
mkstrnum(char *s)
{
	Cell c;

	c = mkstr(s);
	if(looksnum(s)){
		c.flags |= Fnum|Fcmpnum;
		c.num = atof(s);
	}
	return c;
}

/* cellcopy: a copy of c with its own string */
Cell
cellcopy(Cell *c)
{
	Cell r;

	r = *c;
	if(r.str != nil)
		r.str = estrdup(r.str);
	return r;
}

/* cellfree: free c's string */
void
cellfree(Cell *c)
{
	free(c->str);
	c->str = nil;
}

/* cellset: *dst becomes v (which it takes) */
void
cellset(Cell *dst, Cell v)
{
	free(dst->str);
	*dst = v;
}

/* numprefix: the length of the number at the start of s, after blanks */
static int
numprefix(char *s, int *blank)
{
	char *p, *q, *e;
	int digits;

	p = s;
	while(*p == ' ' || *p == '\t' || *p == '\n' || *p == '\f' || *p == '\r' || *p == '\v')
		p++;
	*blank = p - s;
	q = p;
	if(*q == '+' || *q == '-')
		q++;
	digits = 0;
	while(isdigit((uchar)*q)){
		q++;
		digits++;
	}
	if(*q == '.'){
		q++;
		while(isdigit((uchar)*q)){
			q++;
			digits++;
		}
	}
	if(digits == 0)
		return 0;
	if(*q == 'e' || *q == 'E'){
		e = q + 1;
		if(*e == '+' || *e == '-')
			e++;
		if(isdigit((uchar)*e)){
			while(isdigit((uchar)*e))
				e++;
			q = e;
		}
	}
	return q - p;
}

/* looksnum: is s, blanks aside, wholly a decimal number? */
int
looksnum(char *s)
{
	int n, blank;
	char *p;

	n = numprefix(s, &blank);
	if(n == 0)
		return 0;
	for(p = s + blank + n; *p != 0; p++)
		if(!isspace((uchar)*p))
			return 0;
	return 1;
}

/* hexnum: the value of 0x and hex digits at s (as glibc's strtod, which Plan 9's awk uses) */
static double
hexnum(char *s)
{
	double d;
	int neg;

	neg = *s == '-';
	if(*s == '-' || *s == '+')
		s++;
	for(d = 0, s += 2; isxdigit((uchar)*s); s++)
		d = d * 16 + (isdigit((uchar)*s) ? *s - '0' : tolower((uchar)*s) - 'a' + 10);
	return neg ? -d : d;
}

/* strtonum: the value of the number at the start of s (0 if none) */
static double
strtonum(char *s)
{
	char buf[64], *t;
	int n, blank;
	double d;

	while(isspace((uchar)*s))
		s++;
	t = s + (*s == '-' || *s == '+');
	if(t[0] == '0' && (t[1] == 'x' || t[1] == 'X') && isxdigit((uchar)t[2]))
		return hexnum(s);
	n = numprefix(s, &blank);
	if(n == 0)
		return 0;
	t = n < (int)sizeof buf ? buf : emalloc(n + 1);
	memmove(t, s + blank, n);
	t[n] = 0;
	d = strtod(t, nil);
	if(t != buf)
		free(t);
	return d;
}

/* numstr: d as a string: an integer as one, else by fmt (malloc'd) */
char*
numstr(double d, char *fmt)
{
	char buf[512];

	if(d > -9.2e18 && d < 9.2e18 && d == (double)(vlong)d)
		snprintf(buf, sizeof buf, "%lld", (vlong)d);
	else
		snprintf(buf, sizeof buf, fmt, d);
	return estrdup(buf);
}

/* getnum: c as a number, kept in c */
double
getnum(Cell *c)
{
	if(c->flags & Fnum)
		return c->num;
	c->num = c->str ? strtonum(c->str) : 0;
	c->flags |= Fnum;
	return c->num;
}

/* getstr: c as a string (a number by CONVFMT), kept in c */
char*
getstr(Cell *c)
{
	if(!(c->flags & Fstr)){
		c->str = numstr(c->num, getstr(&vconvfmt->c));
		c->flags |= Fstr;
	}
	return c->str ? c->str : "";
}

/* getostr: c as print shows it (a number by OFMT); lasts until the next call */
char*
getostr(Cell *c)
{
	static char *buf;

	if(c->flags & Fstr)
		return c->str ? c->str : "";
	free(buf);
	buf = numstr(c->num, getstr(&vofmt->c));
	return buf;
}

/* istrue: a number is true if not 0, a string if not empty */
int
istrue(Cell *c)
{
	if(c->flags & Fcmpnum)
		return getnum(c) != 0;
	return getstr(c)[0] != 0;
}

/* arraynew: an empty array */
Array*
arraynew(void)
{
	Array *a;

	a = emalloc(sizeof *a);
	a->ntab = 16;
	a->n = 0;
	a->tab = emalloc(a->ntab * sizeof a->tab[0]);
	memset(a->tab, 0, a->ntab * sizeof a->tab[0]);
	return a;
}

/* grow: rehash a into four times the buckets */
static void
grow(Array *a)
{
	Elem **tab, *e, *next;
	int i, n;

	n = a->ntab * 4;
	tab = emalloc(n * sizeof tab[0]);
	memset(tab, 0, n * sizeof tab[0]);
	for(i = 0; i < a->ntab; i++)
		for(e = a->tab[i]; e != nil; e = next){
			next = e->next;
			e->next = tab[hash(e->key) % n];
			tab[hash(e->key) % n] = e;
		}
	free(a->tab);
	a->tab = tab;
	a->ntab = n;
}

/* arrayget: a[key]; made (uninitialised) if create, else nil if absent */
Cell*
arrayget(Array *a, char *key, int create)
{
	Elem *e;
	uint h;

	h = hash(key) % a->ntab;
	for(e = a->tab[h]; e != nil; e = e->next)
		if(strcmp(e->key, key) == 0)
			return &e->val;
	if(!create)
		return nil;
	if(a->n >= 2 * a->ntab){
		grow(a);
		h = hash(key) % a->ntab;
	}
	e = emalloc(sizeof *e);
	e->key = estrdup(key);
	e->val.flags = Fnum|Fstr|Fcmpnum;
	e->val.num = 0;
	e->val.str = nil;
	e->next = a->tab[h];
	a->tab[h] = e;
	a->n++;
	return &e->val;
}

/* arraydel: delete a[key], if there */
void
arraydel(Array *a, char *key)
{
	Elem **ep, *e;

	for(ep = &a->tab[hash(key) % a->ntab]; (e = *ep) != nil; ep = &e->next)
		if(strcmp(e->key, key) == 0){
			*ep = e->next;
			free(e->key);
			cellfree(&e->val);
			free(e);
			a->n--;
			return;
		}
}

/* arrayclear: delete every element of a */
void
arrayclear(Array *a)
{
	Elem *e, *next;
	int i;

	for(i = 0; i < a->ntab; i++){
		for(e = a->tab[i]; e != nil; e = next){
			next = e->next;
			free(e->key);
			cellfree(&e->val);
			free(e);
		}
		a->tab[i] = nil;
	}
	a->n = 0;
}

/* arraykeys: a copy of a's keys (so the loop may delete), n of them */
char**
arraykeys(Array *a, int *n)
{
	char **k;
	Elem *e;
	int i, j;

	k = emalloc((a->n + 1) * sizeof k[0]);
	j = 0;
	for(i = 0; i < a->ntab; i++)
		for(e = a->tab[i]; e != nil; e = e->next)
			k[j++] = estrdup(e->key);
	*n = j;
	return k;
}

/* vararray: v's array (a parameter's: the caller's); v must not be a scalar */
Array*
vararray(Var *v)
{
	if(v->ref != nil)
		v = v->ref;
	if(v->type == Vscalar)
		fatal("can't use scalar %s as array", v->name);
	if(v->type == Vnone){
		v->type = Varray;
		v->a = arraynew();
	}
	return v->a;
}

/* varcell: v's value; v must not be an array */
Cell*
varcell(Var *v)
{
	if(v->type == Varray)
		fatal("can't read value of %s; it's an array name.", v->name);
	v->type = Vscalar;
	return &v->c;
}

/* setvarnum: the scalar v = d */
void
setvarnum(Var *v, double d)
{
	cellset(varcell(v), mknum(d));
}

/* setvarstr: the scalar v = a copy of s */
void
setvarstr(Var *v, char *s)
{
	cellset(varcell(v), mkstr(s));
}
