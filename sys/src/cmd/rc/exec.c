/*
 * exec.c: rc runs its syntax tree directly.  run() walks a command
 * (eval.c turns its words into lists); redirections are applied
 * in the shell itself around the command (saving and restoring the
 * descriptors), so builtins and functions see them and children
 * inherit them.  A child that will exit right after a simple
 * command execs it in place instead of forking again.
 */
#include "rc.h"

Word	*apids;			/* background processes not yet waited for */
static int	ifnotok;	/* the last if's condition was false */
static int	depth;		/* function nesting */
static int	incond;		/* in a condition, where -e does not end rc */

/* descriptors holding saved copies, to close before exec */
static int	saved[64];
static int	nsaved;


/*
 * A runtime error: message to fd 2, command abandoned, $status
 * "error" (as Plan 9's and 9base's rc; the message says what).
 */
void
rcerr(char *fmt, ...)
{
	va_list arg;
	char buf[512], pre[256];

	va_start(arg, fmt);
	vsnprintf(buf, sizeof buf, fmt, arg);
	va_end(arg);
	oserrprefix(pre, sizeof pre);
	pfmt(errfd, "%s%s\n", pre, buf);
	setstatus("error");
	rcerror = 1;
}

/* Should the command in progress stop? */
static int
stopping(void)
{
	return rcerror || intr;
}

/*
 * With -e, a command that failed with status st ends rc, unless it is
 * (in) the condition of if, while, && or || (as Plan 9's Xeflag).
 */
static void
eflagexit(char *st)
{
	if(eflag && !incond && !interactive && !stopping() && st[0] != 0)
		rcexit(st);
}

/* An argv array of w (pointers into w). */
char**
mkargv(Word *w)
{
	char **argv;
	int i;

	argv = emalloc((count(w)+1) * sizeof(char*));
	for(i = 0; w != nil; w = w->next)
		argv[i++] = w->s;
	argv[i] = nil;
	return argv;
}

/* fork, with output flushed; the child knows it is one. */
int
dofork(void)
{
	int pid;

	flushall();
	pid = osfork(0);
	if(pid == 0){
		inchild = 1;
		interactive = 0;
		nsaved = 0;
		unnamepipes(1);
		forgetkept();
	}
	return pid;
}

/* Wait for child pid and set $status from how it ended. */
int
waitfor(int pid)
{
	char st[NSTATUS];

	if(oswait(pid, st, sizeof st) < 0)
		return -1;
	setstatus(st);
	return 0;
}

/* Close the saved descriptors (in a child about to exec). */
static void
closesaved(void)
{
	int i;

	for(i = 0; i < nsaved; i++)
		if(saved[i] >= 0)
			close(saved[i]);
	nsaved = 0;
}

/* Replace this process with the command args; on failure print why and exit. */
static void
doexec(Word *args)
{
	char **argv, **env, *name, *path, *err;
	Word *p;
	long n;

	closesaved();
	argv = mkargv(args);
	env = mkenv();
	name = args->s;
	err = nil;
	if(strchr(name, '/') != nil || strchr(name, ':') != nil || name[0] == '#'){
		osexec(name, argv, env);
		err = estrdup(oserr());
	}else{
		for(p = varval("path"); p != nil; p = p->next){
			if(strcmp(p->s, "") == 0 || strcmp(p->s, ".") == 0)
				path = estrdup(name);
			else{
				n = strlen(p->s) + strlen(name) + 2;
				path = emalloc(n);
				snprintf(path, n, "%s/%s", p->s, name);
			}
			osexec(path, argv, env);
			free(path);
			free(err);
			err = estrdup(oserr());
		}
		if(err == nil)
			err = estrdup("not found");
	}
	if(intr){
		/* ^C came while the program was being read in: end as the
		 * program would have, quietly (not "echo: interrupted") */
		rcexit("interrupt");
	}
	pfmt(2, "%s: %s\n", name, err);
	rcexit("exec failed");
}

/* A command that is not a builtin or function: fork and exec it. */
static void
external(Word *args, int exitafter)
{
	int pid;

	exportall();
	if(exitafter)
		doexec(args);
	pid = dofork();
	if(pid < 0){
		rcerr("can't fork: %s", oserr());
		return;
	}
	if(pid == 0)
		doexec(args);
	waitfor(pid);
}

/* Run function v with arguments args (consumed; args->s is its name). */
int
runfn(Var *v, Word *args)
{
	Tree *body;
	int cond;

	if(depth > 200){
		freewords(args);
		rcerr("function nesting too deep");
		return -1;
	}
	/* the body stays while it runs, even if it redefines itself: fn h {fn h {...}} */
	body = v->fn;
	body->busy++;
	pushlocal("*", copywords(args->next));
	freewords(args);
	depth++;
	/* -e holds in a function's body even when it is called as a condition (9base) */
	cond = incond;
	incond = 0;
	run(body, 0);
	incond = cond;
	depth--;
	poplocal();
	if(--body->busy == 0 && body->dead)
		freetree(body);
	return 0;
}

static void	simple1(Word *args, int exitafter);

/* A simple command: a function, a builtin or a program. */
static void
simple(Tree *t, int exitafter)
{
	Word *args;

	args = evalwords(t->c[0], 1);
	if(pipenames != nil){
		/* rc must outlive the command, to take the names away */
		exitafter = 0;
		simple1(args, exitafter);
		unnamepipes(0);
		return;
	}
	simple1(args, exitafter);
}

/* simple1: run the words args of a simple command (consumed) */
static void
simple1(Word *args, int exitafter)
{
	Var *v;
	Word *w;
	Builtin *b;
	char *s;

	if(rcerror){
		freewords(args);
		return;
	}
	if(args == nil){
		/* its words came to nothing: x=(); $x (as 9base) */
		rcerr("empty argument list");
		return;
	}
	if(xflag){
		/* each word as rc would read it, as 9base shows them */
		for(w = args; w != nil; w = w->next){
			s = quote(w->s);
			pfmt(errfd, "%s%s", s, w->next != nil ? " " : "\n");
			free(s);
		}
	}
	v = lookvar(args->s);
	if(strcmp(args->s, "builtin") == 0 && args->next != nil){
		/* builtin cmd args: cmd as if there were no function cmd */
		w = args;
		args = args->next;
		w->next = nil;
		freewords(w);
		v = nil;
	}
	if(v != nil && v->fn != nil){
		runfn(v, args);
		return;
	}
	b = findbuiltin(args->s);
	if(b != nil){
		b(args);
		freewords(args);
		return;
	}
	external(args, exitafter);
	freewords(args);
}

/* Note a descriptor holding a saved copy. */
static void
addsaved(int fd)
{
	if(nsaved < (int)nelem(saved))
		saved[nsaved++] = fd;
}

static void
dropsaved(int fd)
{
	int i;

	for(i = nsaved-1; i >= 0; i--)
		if(saved[i] == fd){
			saved[i] = saved[--nsaved];
			return;
		}
}

/* Apply redirection t around its command t->c[1]. */
static void
redirect(Tree *t, int exitafter)
{
	Word *w;
	int fd, save;
	char *name;
	Tree tmp;

	fd = -1;
	switch(t->rtype){
	case RHERE:
		/* substituted when it was read (lex.c) */
		fd = herepipe(t->str ? t->str : "");
		if(fd < 0){
			rcerr("can't make pipe: %s", oserr());
			return;
		}
		break;
	case RDUP:
	case RCLOSE:
		break;
	default:
		memset(&tmp, 0, sizeof tmp);
		tmp.type = WORDS;
		tmp.c[0] = t->c[0];
		w = evalwords(&tmp, 1);
		if(rcerror)
			return;
		if(count(w) != 1){
			/* 9base's words, and its blank line after them (not for >>) */
			static char *op[] = {[RREAD] "<", [RWRITE] ">", [RAPPEND] ">>", [RRDWR] "<>"};
			rcerr("%s requires %s%s", op[t->rtype], w == nil ? "file" : "singleton",
				t->rtype == RAPPEND ? "" : "\n");
			freewords(w);
			return;
		}
		name = w->s;
		fd = osopen(name, t->rtype);
		if(fd < 0){
			oscantopen("", name);
			setstatus("error");
			rcerror = 1;
			freewords(w);
			return;
		}
		freewords(w);
	}
	flushall();
	save = dup(t->fd0);
	if(save >= 0)
		addsaved(save);
	if(t->rtype == RDUP){
		/* >[1=9] with 9 not open leaves 1 as it was (9base says nothing) */
		dup2(t->fd1, t->fd0);
	}else if(t->rtype == RCLOSE)
		close(t->fd0);
	else if(fd != t->fd0){
		dup2(fd, t->fd0);
		close(fd);
	}
	run(t->c[1], exitafter);
	flushall();
	if(save >= 0){
		dup2(save, t->fd0);
		dropsaved(save);
		close(save);
	}else
		close(t->fd0);
}

/* Flatten a left-nested chain of pipes into its commands and links. */
static int
flattenpipe(Tree *t, Tree **cmds, Tree **links, int max)
{
	int n;

	if(t->type != PIPE)
		return 0;
	if(t->c[0] != nil && t->c[0]->type == PIPE){
		n = flattenpipe(t->c[0], cmds, links, max);
		if(n == 0 || n >= max-1)
			return 0;
	}else{
		cmds[0] = t->c[0];
		n = 1;
	}
	links[n-1] = t;
	cmds[n] = t->c[1];
	return n+1;
}

/*
 * Run a pipeline: each command but the last in a child, joined by
 * pipes; the last in this rc with its input from the pipe, as 9base
 * (true | x=1 sets x here; true | exit 3 ends rc).  $status joins
 * theirs.
 */
static void
runpipe(Tree *t, int exitafter)
{
	Tree *cmds[64], *links[64];
	int pids[64], n, i, prev, fd[2], pid, last, save, code;
	char st[NSTATUS], lastst[NSTATUS], all[NSTATUS];

	(void)exitafter;
	n = flattenpipe(t, cmds, links, nelem(cmds));
	if(n == 0){
		rcerr("pipeline too long");
		return;
	}
	prev = -1;
	for(i = 0; i < n-1; i++){
		if(pipe(fd) < 0){
			rcerr("can't make pipe: %s", oserr());
			break;
		}
		pid = dofork();
		if(pid < 0){
			rcerr("can't fork: %s", oserr());
			close(fd[0]);
			close(fd[1]);
			break;
		}
		if(pid == 0){
			if(prev >= 0){
				dup2(prev, links[i-1]->fd1);
				close(prev);
			}
			close(fd[0]);
			dup2(fd[1], links[i]->fd0);
			close(fd[1]);
			run(cmds[i], 1);
			rcexit(getstatus());
		}
		pids[i] = pid;
		if(prev >= 0)
			close(prev);
		close(fd[1]);
		prev = fd[0];
	}
	if(i < n-1){
		/* could not start them all: reap those that were */
		if(prev >= 0)
			close(prev);
		while(--i >= 0)
			oswait(pids[i], st, sizeof st);
		return;
	}

	/* the last command, here, reading the pipe */
	last = links[n-2]->fd1;
	flushall();
	save = dup(last);
	if(save >= 0)
		addsaved(save);
	dup2(prev, last);
	close(prev);
	run(cmds[n-1], 0);
	flushall();
	if(save >= 0){
		dup2(save, last);
		dropsaved(save);
		close(save);
	}else
		close(last);
	snprintf(lastst, sizeof lastst, "%s", getstatus());

	/*
	 * 9base runs a|b|c as (a|b)|c, a|b in an rc of its own: the
	 * status of all but the last command is that rc's exit code
	 * (true|false|true gives 1|)
	 */
	all[0] = 0;
	for(i = 0; i < n; i++){
		if(i < n-1)
			oswait(pids[i], st, sizeof st);
		else
			snprintf(st, sizeof st, "%s", lastst);
		if(i > 1){
			code = statuscode(all);
			if(code == 0)
				all[0] = 0;
			else
				snprintf(all, sizeof all, "%d", code);
		}
		if(i > 0)
			strncat(all, "|", sizeof all - strlen(all) - 1);
		strncat(all, st, sizeof all - strlen(all) - 1);
	}
	if(stopping())
		return;	/* an error in the last command: its status stays */
	setstatus(all);
	eflagexit(lastst);	/* the last command's, as in 9base */
}

/* Flatten the commands of a switch body into an array. */
static int
flatten(Tree *t, Tree **v, int n, int max)
{
	if(t == nil)
		return n;
	if(t->type == SEQ){
		n = flatten(t->c[0], v, n, max);
		return flatten(t->c[1], v, n, max);
	}
	if(n < max)
		v[n++] = t;
	return n;
}

/* Is t a `case' command?  Then its patterns. */
static Tree*
iscase(Tree *t)
{
	Tree *w;

	if(t == nil || t->type != SIMPLE)
		return nil;
	w = t->c[0]->c[0];
	if(w->type != WORD || w->quoted || strcmp(w->str, "case") != 0)
		return nil;
	return t->c[0];
}

/*
 * Does the subject match any pattern of pats?  As in Plan 9's rc, the
 * subject is its whole list joined by spaces, so an empty list is ''
 * (`~ $x ''` is true for an unset x) and (a b) is 'a b'.
 */
static int
matchany(Word *subj, Word *pats)
{
	Word *p;
	char *s;
	int ok;

	/* an unquoted * in the subject keeps its mark, a character of its own (9base) */
	s = joinwords(subj, " ");
	ok = 0;
	for(p = pats; p != nil && !ok; p = p->next)
		ok = match(s, p->s);
	free(s);
	return ok;
}

static void
runswitch(Tree *t, int exitafter)
{
	Tree *cmds[1024], *c;
	Word *subj, *pats;
	int n, i, on;

	subj = evalword(t->c[0]);
	if(rcerror)
		return;
	n = flatten(t->c[1]->c[0], cmds, 0, nelem(cmds));
	on = 0;
	for(i = 0; i < n && !stopping(); i++){
		c = iscase(cmds[i]);
		if(c != nil){
			if(on)
				break;
			pats = evalwords(c->c[1], 0);
			on = matchany(subj, pats);
			freewords(pats);
			continue;
		}
		if(on)
			run(cmds[i], exitafter && i == n-1);
	}
	freewords(subj);
}

/* Run a background command; $apid is its pid. */
static void
runasync(Tree *t)
{
	int pid, fd;
	char buf[32];

	pid = dofork();
	if(pid < 0){
		rcerr("can't fork: %s", oserr());
		return;
	}
	if(pid == 0){
		ospgrp();
		fd = osopen(osnull(), RREAD);
		if(fd >= 0 && fd != 0){
			dup2(fd, 0);
			close(fd);
		}
		run(t->c[0], 1);
		rcexit(getstatus());
	}
	snprintf(buf, sizeof buf, "%d", pid);
	setvar1("apid", buf);
	apids = newword(buf, apids);
}

/* Is t nothing, or assignments with no command after them? */
static int
onlyassigns(Tree *t)
{
	while(t != nil && t->type == ASSIGN)
		t = t->c[2];
	return t == nil;
}

/* Run command t; with exitafter the process ends after it (a child). */
void
run(Tree *t, int exitafter)
{
	Word *w, *v;
	char *name, *src;
	int pid, cond;
	Tree tmp;

	if(t == nil || stopping())
		return;
	switch(t->type){
	case SEQ:
		run(t->c[0], exitafter && t->c[1] == nil);
		if(t->c[1] != nil)
			run(t->c[1], exitafter);
		break;
	case ASYNC:
		runasync(t);
		break;
	case BRACE:
		run(t->c[0], exitafter);
		break;
	case PIPE:
		runpipe(t, exitafter);
		break;
	case REDIR:
		redirect(t, exitafter);
		break;
	case ANDAND:
		incond++;
		run(t->c[0], 0);
		incond--;
		if(truestatus())
			run(t->c[1], exitafter);
		break;
	case OROR:
		incond++;
		run(t->c[0], 0);
		incond--;
		if(!truestatus())
			run(t->c[1], exitafter);
		break;
	case BANG:
		run(t->c[0], 0);
		if(!stopping())
			setstatus(truestatus() ? "false" : "");
		break;
	case SUBSHELL:
		pid = dofork();
		if(pid < 0){
			rcerr("can't fork: %s", oserr());
			break;
		}
		if(pid == 0){
			run(t->c[0], 1);
			rcexit(getstatus());
		}
		waitfor(pid);
		eflagexit(getstatus());
		break;
	case IF:
		incond++;
		run(t->c[0], 0);
		incond--;
		if(stopping())
			break;
		cond = truestatus();
		ifnotok = !cond;
		if(cond){
			run(t->c[1], exitafter);
			ifnotok = 0;	/* even if an if in the body failed (9base) */
		}
		break;
	case IFNOT:
		if(ifnotok)
			run(t->c[0], exitafter);
		break;
	case FOR:
	case FORIN:
		name = varname(t->c[0]);
		if(name == nil)
			break;
		if(t->type == FORIN)
			w = evalwords(t->c[1], 1);
		else
			w = copywords(varval("*"));
		/* the variable is the loop's own: after it, what it was (as 9base) */
		pushlocal(name, nil);
		for(v = w; v != nil && !stopping(); v = v->next){
			setvar1(name, v->s);
			run(t->c[2], 0);
		}
		poplocal();
		freewords(w);
		free(name);
		break;
	case WHILE:
		for(;;){
			incond++;
			if(t->c[0] != nil)
				run(t->c[0], 0);
			incond--;
			if(stopping() || !truestatus())
				break;
			run(t->c[1], 0);
			if(stopping())
				break;
		}
		break;
	case SWITCH:
		runswitch(t, exitafter);
		break;
	case TWIDDLE:
		/* the first word (a whole list) is the subject, every other a pattern */
		/* the patterns first, then the subject (9base's order) */
		v = evalwords(t->c[1], 0);
		w = rcerror ? nil : evalword(t->c[0]);
		if(!rcerror)
			setstatus(matchany(w, v) ? "" : "no match");
		freewords(v);
		freewords(w);
		eflagexit(getstatus());
		break;
	case FN:
		w = evalwords(t->c[0], 0);
		if(rcerror)
			break;
		src = t->c[1] ? deparse(t->c[1]) : nil;
		for(v = w; v != nil; v = v->next){
			name = unglob(v->s);
			if(src != nil)
				deffn(name, src);
			else
				delfn(name);
			free(name);
		}
		free(src);
		freewords(w);
		break;
	case ASSIGN:
		name = varname(t->c[0]);
		if(name == nil)
			break;
		memset(&tmp, 0, sizeof tmp);
		tmp.type = WORDS;
		tmp.c[0] = t->c[1];
		w = evalwords(&tmp, 1);
		if(rcerror){
			free(name);
			break;
		}
		if(onlyassigns(t->c[2])){
			/* a=1 b=2 with no command: every one is global, as in 9base */
			setvar(name, w);
			free(name);
			run(t->c[2], exitafter);
			break;
		}
		pushlocal(name, w);
		run(t->c[2], exitafter);
		poplocal();
		free(name);
		break;
	case SIMPLE:
		simple(t, exitafter);
		eflagexit(getstatus());
		break;
	default:
		rcerr("unknown command type %d", t->type);
	}
}

/* Run command tree t at the top level. */
int
execute(Tree *t)
{
	run(t, 0);
	return 0;
}

/*
 * Reap background processes: all of them if block, else those that
 * ended.  $status stays as it was (wait with no pid, as in Plan 9).
 */
void
waitbg(int block)
{
	char st[NSTATUS];
	int pid;

	while(apids != nil && oswaitany(&pid, st, sizeof st, block) > 0)
		;
}
