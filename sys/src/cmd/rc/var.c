/*
 * var.c: rc's variables and functions: a hash table of Var, the
 * stack of local values (x=1 cmd, function arguments), the
 * word-list helpers, and the environment: which variables changed
 * and must be written out for children, and importing at start.
 */
#include "rc.h"

static Var	*vars[NVARHASH];

/* one saved value of a variable during a local assignment */
typedef struct Local Local;
struct Local {
	Var	*v;
	Word	*old;
	Local	*next;
};
static Local	*locals;

/* Make a word list node holding a copy of s. */
Word*
newword(char *s, Word *next)
{
	Word *w;

	w = emalloc(sizeof *w);
	w->s = estrdup(s);
	w->next = next;
	return w;
}

Word*
copywords(Word *w)
{
	Word *h, **l;

	h = nil;
	l = &h;
	for(; w != nil; w = w->next){
		*l = newword(w->s, nil);
		l = &(*l)->next;
	}
	return h;
}

void
freewords(Word *w)
{
	Word *n;

	for(; w != nil; w = n){
		n = w->next;
		free(w->s);
		free(w);
	}
}

int
count(Word *w)
{
	int n;

	for(n = 0; w != nil; w = w->next)
		n++;
	return n;
}

/* a followed by b (both consumed) */
Word*
append(Word *a, Word *b)
{
	Word *w;

	if(a == nil)
		return b;
	for(w = a; w->next != nil; w = w->next)
		;
	w->next = b;
	return a;
}

/* The words of w joined by sep, malloc'd. */
char*
joinwords(Word *w, char *sep)
{
	long n;
	Word *x;
	char *s;

	n = 1;
	for(x = w; x != nil; x = x->next)
		n += strlen(x->s) + strlen(sep);
	s = emalloc(n);
	s[0] = 0;
	n = 0;
	for(x = w; x != nil; x = x->next){
		strcpy(s+n, x->s);
		n += strlen(x->s);
		if(x->next != nil){
			strcpy(s+n, sep);
			n += strlen(sep);
		}
	}
	return s;
}

static unsigned
hash(char *s)
{
	unsigned h;

	for(h = 0; *s; s++)
		h = h*31 + (unsigned char)*s;
	return h % NVARHASH;
}

/* The variable called name, or nil. */
Var*
lookvar(char *name)
{
	Var *v;

	for(v = vars[hash(name)]; v != nil; v = v->next)
		if(strcmp(v->name, name) == 0)
			return v;
	return nil;
}

/* The variable called name, made if new. */
Var*
getvar(char *name)
{
	Var *v;
	unsigned h;

	v = lookvar(name);
	if(v != nil)
		return v;
	v = emalloc(sizeof *v);
	memset(v, 0, sizeof *v);
	v->name = estrdup(name);
	h = hash(name);
	v->next = vars[h];
	vars[h] = v;
	return v;
}

/* Is s all digits (a positional parameter)? */
static int
isnumber(char *s)
{
	if(*s == 0)
		return 0;
	for(; *s; s++)
		if(*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* Set name to val (consumed). */
void
setvar(char *name, Word *val)
{
	Var *v;

	v = getvar(name);
	freewords(v->val);
	v->val = val;
	v->changed = 1;
}

void
setvar1(char *name, char *s)
{
	setvar(name, newword(s, nil));
}

/* Mark name to be written to the environment again. */
void
markchanged(char *name)
{
	Var *v;

	v = lookvar(name);
	if(v != nil)
		v->changed = 1;
}

/* The value of name (not a copy; nil if unset).  $1... are elements of $*. */
Word*
varval(char *name)
{
	Var *v;
	Word *w;
	long n;

	if(isnumber(name) && strcmp(name, "0") != 0){
		n = atol(name);
		if(strlen(name) > 9)
			return nil;
		v = lookvar("*");
		for(w = v ? v->val : nil; w != nil && --n > 0; w = w->next)
			;
		if(w == nil || n != 0)
			return nil;
		/* a one-word view of the element */
		static Word one;
		one.s = w->s;
		one.next = nil;
		return &one;
	}
	v = lookvar(name);
	return v ? v->val : nil;
}

/* Give name the value val (consumed) until the matching poplocal. */
void
pushlocal(char *name, Word *val)
{
	Local *l;
	Var *v;

	v = getvar(name);
	l = emalloc(sizeof *l);
	l->v = v;
	l->old = v->val;
	l->next = locals;
	locals = l;
	v->val = val;
	v->changed = 1;
}

/* Restore the value saved by the last pushlocal. */
void
poplocal(void)
{
	Local *l;

	l = locals;
	if(l == nil)
		return;
	locals = l->next;
	freewords(l->v->val);
	l->v->val = l->old;
	l->v->changed = 1;
	free(l);
}

/* Define function name with body text src ("{...}"). */
void
deffn(char *name, char *src)
{
	Var *v;
	Tree *t;

	t = parsestring(src, nil);
	if(t == nil)
		return;
	v = getvar(name);
	dropfn(v->fn);
	free(v->fnsrc);
	v->fn = t;
	v->fnsrc = estrdup(src);
	v->fnchanged = 1;
	v->fnimported = 0;
}

void
delfn(char *name)
{
	Var *v;

	v = lookvar(name);
	if(v == nil || v->fn == nil)
		return;
	dropfn(v->fn);
	free(v->fnsrc);
	v->fn = nil;
	v->fnsrc = nil;
	v->fnchanged = 1;
}

/* Call f on every variable. */
void
allvars(void (*f)(Var*, void*), void *a)
{
	Var *v;
	int i;

	for(i = 0; i < NVARHASH; i++)
		for(v = vars[i]; v != nil; v = v->next)
			f(v, a);
}

/* Is s usable as a variable name in the environment? */
int
validname(char *s)
{
	if(*s == 0)
		return 0;
	for(; *s; s++)
		if(!isidchar((unsigned char)*s))
			return 0;
	return 1;
}

static void
export1(Var *v, void *a)
{
	(void)a;
	/*
	 * $status changes with every command and each rc sets its own:
	 * written to env: it cost every exec a file made or removed there
	 */
	if(strcmp(v->name, "status") == 0)
		v->changed = 0;
	if(!v->changed && !v->fnchanged)
		return;
	if(validname(v->name) && !isnumber(v->name))
		osexport(v);
	v->changed = 0;
	v->fnchanged = 0;
}

/* Write every changed variable and function to the environment. */
void
exportall(void)
{
	allvars(export1, nil);
}

typedef struct Env Env;
struct Env {
	char	**e;
	int	n, cap;
	char	*sep;
	long	left;	/* bytes that may still go in; -1 for no bound */
};

/* Add s to e's array, or drop it if it would not fit in e->left. */
static void
envadd(Env *e, char *s)
{
	long n;

	n = strlen(s) + 1;
	if(e->left >= 0){
		if(n > e->left){
			free(s);
			return;
		}
		e->left -= n;
	}
	e->e[e->n++] = s;
}

static void
env1(Var *v, void *a)
{
	Env *e;
	char *s, *val;
	long n;

	e = a;
	if(!validname(v->name) || isnumber(v->name))
		return;
	if(e->n + 3 > e->cap){
		e->cap = 2*e->cap + 16;
		e->e = erealloc(e->e, e->cap * sizeof(char*));
	}
	if(v->val != nil){
		val = joinwords(v->val, e->sep);
		n = strlen(v->name) + strlen(val) + 2;
		s = emalloc(n);
		snprintf(s, n, "%s=%s", v->name, val);
		free(val);
		envadd(e, s);
	}
	if(v->fn != nil){
		n = strlen(v->name) + strlen(v->fnsrc) + 8;
		s = emalloc(n);
		snprintf(s, n, "fn#%s=%s", v->name, v->fnsrc);
		envadd(e, s);
	}
}

/*
 * An environ array for exec: name=value, lists joined by \001 (as
 * 9base's rc), within osenvmax's bytes: a variable too big for what is
 * left is not in it (on Ninefold it is still in env:).
 */
char**
mkenv(void)
{
	Env e;

	memset(&e, 0, sizeof e);
	e.sep = "\001";
	e.left = osenvmax() > 0 ? osenvmax() : -1;
	allvars(env1, &e);
	if(e.e == nil)
		e.e = emalloc(sizeof(char*));
	e.e[e.n] = nil;
	return e.e;
}

/*
 * Import one environment entry: name and its value of len bytes,
 * elements separated by NUL or \001.  fn#name defines a function.
 */
void
importvar(char *name, char *val, int len)
{
	Word *h, **l;
	char *p, *e, *s;
	Var *v;

	if(strncmp(name, "fn#", 3) == 0){
		if(!validname(name+3))
			return;
		s = emalloc(len+1);
		memmove(s, val, len);
		s[len] = 0;
		/* Plan 9 keeps "fn name {...}", 9base "{...}" */
		p = s;
		if(strncmp(p, "fn ", 3) == 0){
			p = strchr(p, '{');
			if(p == nil){
				free(s);
				return;
			}
		}
		deffn(name+3, p);
		v = lookvar(name+3);
		if(v != nil){
			v->fnchanged = 0;
			v->fnimported = 1;
		}
		free(s);
		return;
	}
	if(!validname(name))
		return;
	h = nil;
	l = &h;
	p = val;
	e = val + len;
	for(;;){
		char *q;
		for(q = p; q < e && *q != 0 && *q != '\001'; q++)
			;
		s = emalloc(q-p+1);
		memmove(s, p, q-p);
		s[q-p] = 0;
		*l = emalloc(sizeof(Word));
		(*l)->s = s;
		(*l)->next = nil;
		l = &(*l)->next;
		if(q >= e)
			break;
		p = q+1;
	}
	setvar(name, h);
	lookvar(name)->changed = 0;
}

/* The variables every rc starts with. */
void
initvars(void)
{
	char buf[32];

	setvar("prompt", newword("% ", newword("\t", nil)));
	setvar1("ifs", " \t\n");
	osimport();
	if(varval("path") == nil)
		setvar("path", globlist(newword(".", newword(osdefpath(), nil))));
	if(varval("home") == nil)
		setvar1("home", oshome());
	snprintf(buf, sizeof buf, "%d", mypid);
	setvar1("pid", buf);
	setvar1("status", "");	/* one empty word, as 9base */
}
