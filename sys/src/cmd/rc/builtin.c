/*
 * builtin.c: rc's builtin commands: cd, exit, shift, ., eval, exec,
 * wait, whatis, rfork, flag, builtin.  Each takes its argument list (the
 * first word is its name) and sets $status.
 */
#include "rc.h"

static int	flags[128];	/* flag's letters; i, x, e mirror the globals */

/* cd [dir]: change directory; no dir means $home. */
static int
bcd(Word *a)
{
	char *dir;
	Word *h;

	a = a->next;
	if(a != nil && a->next != nil){
		pfmt(errfd, "Usage: cd [directory]\n");
		setstatus("can't cd");
		return 0;
	}
	if(a != nil)
		dir = a->s;
	else{
		h = varval("home");
		if(h == nil){
			pfmt(errfd, "Can't cd -- $home empty\n");
			setstatus("can't cd");
			return 0;
		}
		dir = h->s;
	}
	if(oschdir(dir) < 0){
		pfmt(errfd, "Can't cd %s: %s\n", dir, oserr());
		setstatus("can't cd");
		return 0;
	}
	setstatus("");
	return 0;
}

/* exit [status] */
static int
bexit(Word *a)
{
	if(a->next != nil && a->next->next != nil)
		pfmt(errfd, "Usage: exit [status]\nExiting anyway\n");
	rcexit(a->next != nil ? a->next->s : getstatus());
}

/* shift [n]: drop the first n (1) words of $*. */
static int
bshift(Word *a)
{
	Word *w, *n;
	int k;

	if(a->next != nil && a->next->next != nil){
		pfmt(errfd, "Usage: shift [n]\n");
		setstatus("shift usage");
		return 0;
	}
	k = a->next != nil ? atoi(a->next->s) : 1;
	w = copywords(varval("*"));
	if(k < 0)
		k = count(w);	/* shift -1 empties $*, as 9base */
	while(k-- > 0 && w != nil){
		n = w->next;
		free(w->s);
		free(w);
		w = n;
	}
	setvar("*", w);
	setstatus("");
	return 0;
}

/* The full name under which file would be found on $path, or nil. */
static char*
searchpath(char *file)
{
	Word *p;
	char *path;
	long n;

	if(strchr(file, '/') != nil || strchr(file, ':') != nil)
		return osexists(file) ? estrdup(file) : nil;
	for(p = varval("path"); p != nil; p = p->next){
		n = strlen(p->s) + strlen(file) + 2;
		path = emalloc(n);
		if(strcmp(p->s, "") == 0 || strcmp(p->s, ".") == 0)
			snprintf(path, n, "%s%s", strcmp(p->s, ".") == 0 ? "./" : "", file);
		else
			snprintf(path, n, "%s/%s", p->s, file);
		if(osexists(path) && !osisdir(path))
			return path;
		free(path);
	}
	return nil;
}

/* Run the commands of file in this shell with $* = args; name is for messages. */
int
execfile(char *file, char *name, Word *args)
{
	int fd;
	Input *in;

	fd = osopen(file, RREAD);
	if(fd < 0){
		oscantopen(".: ", name);
		setstatus("error");
		rcerror = 1;
		return -1;
	}
	in = newinput(fd, nil, file);
	pushlocal("*", copywords(args));
	pushlocal("0", newword(file, nil));	/* $0 is the file, as 9base */
	runinput(in, 0);
	poplocal();
	poplocal();
	freeinput(in);
	close(fd);
	return 0;
}

/* . [-i] file [args] */
static int
bdot(Word *a)
{
	char *path;
	Word *p;

	a = a->next;
	if(a != nil && strcmp(a->s, "-i") == 0)
		a = a->next;
	if(a == nil){
		rcerr("Usage: . [-i] file [arg ...]");
		return 0;
	}
	path = searchpath(a->s);
	if(path == nil && strchr(a->s, '/') == nil && strchr(a->s, ':') == nil
	&& (p = varval("path")) != nil){
		/*
		 * a name with no / is looked for on $path only, as 9base:
		 * fail as opening it in the last directory does
		 */
		while(p->next != nil)
			p = p->next;
		path = emalloc(strlen(p->s) + strlen(a->s) + 2);
		sprintf(path, "%s/%s", p->s, a->s);
	}
	execfile(path ? path : a->s, a->s, a->next);
	free(path);
	return 0;
}

/* eval args: run the words joined by blanks as a command line. */
static int
beval(Word *a)
{
	char *s, *w;
	Input *in;

	if(a->next == nil){
		rcerr("Usage: eval cmd ...");
		return 0;
	}
	w = joinwords(a->next, " ");
	/* the words and a newline, as 9base reads them */
	s = emalloc(strlen(w) + 2);
	strcpy(s, w);
	strcat(s, "\n");
	free(w);
	/* line by line, as a . file: a syntax error ends the rest (9base) */
	in = newinput(-1, s, nil);
	free(s);
	runinput(in, 0);
	freeinput(in);
	return 0;
}

/* exec cmd args: replace rc with cmd. */
static int
bexec(Word *a)
{
	char **argv, **env, *path, *err;

	a = a->next;
	if(a == nil){
		/* 9base: exec with no command (exec >f too) is an error */
		rcerr("empty argument list");
		return 0;
	}
	exportall();
	flushall();
	argv = mkargv(a);
	env = mkenv();
	path = searchpath(a->s);
	osexec(path ? path : a->s, argv, env);
	err = oserr();
	pfmt(2, "%s: %s\n", a->s, err);
	free(argv);
	free(path);
	setstatus("exec failed");
	return 0;
}

/* wait [pid]: wait for background processes. */
static int
bwait(Word *a)
{
	char st[NSTATUS];
	Word **l, *w;
	int pid;

	if(a->next == nil){
		waitbg(1);
		return 0;
	}
	pid = atoi(a->next->s);
	for(l = &apids; (w = *l) != nil; l = &w->next)
		if(atoi(w->s) == pid){
			*l = w->next;
			free(w->s);
			free(w);
			if(oswait(pid, st, sizeof st) >= 0)
				setstatus(st);
			return 0;
		}
	setstatus("");
	return 0;
}

/*
 * Does s need quotes, as 9base quotes (whatis, -x, messages)?  Only
 * for blanks and the characters of rc's syntax: not for * ? [ ] \.
 */
static int
needquote(char *s)
{
	if(*s == 0)
		return 1;
	for(; *s; s++)
		if(strchr("`^#=|${}()'<>&;\n\t ", *s) != nil)
			return 1;
	return 0;
}

/* s quoted for rc if need be, malloc'd. */
char*
quote(char *s)
{
	char *q, *p;

	if(!needquote(s))
		return estrdup(s);
	q = emalloc(2*strlen(s) + 3);
	p = q;
	*p++ = '\'';
	for(; *s; s++){
		if(*s == '\'')
			*p++ = '\'';
		*p++ = *s;
	}
	*p++ = '\'';
	*p = 0;
	return q;
}

/* whatis name...: say what each name is, in a form rc reads back. */
static int
bwhatis(Word *a)
{
	Var *v;
	Word *w;
	char *q, *path;
	int found, bad;

	if(a->next == nil){
		rcerr("Usage: whatis name ...");
		return 0;
	}
	/* $status is '' while it runs: whatis status says so (9base) */
	setstatus("");
	bad = 0;
	for(a = a->next; a != nil; a = a->next){
		found = 0;
		v = lookvar(a->s);
		if(v != nil && v->val != nil){
			pfmt(1, "%s=", a->s);
			if(v->val->next != nil)
				pfmt(1, "(");
			for(w = v->val; w != nil; w = w->next){
				q = quote(w->s);
				pfmt(1, "%s%s", q, w->next ? " " : "");
				free(q);
			}
			if(v->val->next != nil)
				pfmt(1, ")");
			pfmt(1, "\n");
			found = 1;
		}
		if(v != nil && v->fn != nil){
			pfmt(1, "fn %s %s\n", a->s, v->fnsrc);
			found = 1;
		}
		/* builtin is not one to 9base's whatis */
		if(findbuiltin(a->s) != nil && strcmp(a->s, "builtin") != 0){
			pfmt(1, "builtin %s\n", a->s);
			found = 1;
		}else if(!found){
			path = searchpath(a->s);
			if(path != nil){
				pfmt(1, "%s\n", path);
				free(path);
				found = 1;
			}
		}
		if(!found){
			pfmt(errfd, "%s: not found\n", a->s);
			bad = 1;
		}
	}
	if(bad)
		setstatus("not found");
	return 0;
}

/* rfork [nNeEsfFm]: change what this rc shares. */
static int
brfork(Word *a)
{
	if(a->next != nil && (a->next->next != nil
	|| a->next->s[strspn(a->next->s, "nNeEsfFm")] != 0)){
		/* 9base's words (Ninefold takes m too) */
		pfmt(errfd, "Usage: rfork [nNeEsfF]\n");
		setstatus("rfork usage");
		return 0;
	}
	if(osrfork(a->next != nil ? a->next->s : "ens") < 0){
		pfmt(errfd, "rfork: %s\n", oserr());
		setstatus("rfork failed");
		return 0;
	}
	setstatus("");
	return 0;
}

/*
 * flag f [+-]: test, set or clear one of rc's flags.  As in 9base, a
 * test looks at the first letter of f; a wrong use is an error.
 */
static int
bflag(Word *a)
{
	int c;

	if(a->next == nil || a->next->s[0] == 0
	|| (a->next->next != nil && strlen(a->next->s) != 1)){
		rcerr("Usage: flag [letter] [+-]");
		return 0;
	}
	c = (unsigned char)a->next->s[0] & 127;
	flags[c] = c == 'x' ? xflag : c == 'e' ? eflag : c == 'i' ? interactive : flags[c];
	if(a->next->next != nil){
		if(strcmp(a->next->next->s, "+") == 0)
			flags[c] = 1;
		else if(strcmp(a->next->next->s, "-") == 0)
			flags[c] = 0;
		else{
			rcerr("Usage: flag [letter] [+-]");
			return 0;
		}
		if(c == 'x')
			xflag = flags[c];
		if(c == 'e')
			eflag = flags[c];
		setstatus("");
		return 0;
	}
	setstatus(flags[c] ? "" : "flag not set");
	return 0;
}
/* builtin with no command (simple in exec.c runs builtin cmd args) */
static int
bbuiltin(Word *a)
{
	(void)a;
	pfmt(errfd, "builtin: empty argument list\n");
	setstatus("empty arg list");
	return 0;
}

static struct {
	char	*name;
	Builtin	*f;
} builtins[] = {
	{"cd", bcd}, {"exit", bexit}, {"shift", bshift}, {".", bdot},
	{"eval", beval}, {"exec", bexec}, {"wait", bwait}, {"whatis", bwhatis},
	{"rfork", brfork}, {"flag", bflag}, {"builtin", bbuiltin},
};

/* The builtin called name, or nil. */
Builtin*
findbuiltin(char *name)
{
	int i;

	for(i = 0; i < (int)nelem(builtins); i++)
		if(strcmp(builtins[i].name, name) == 0)
			return builtins[i].f;
	return nil;
}
