/*
 * eval.c: words into lists: ^ joins, $x and its forms, subscripts,
 * `{...} and the <{...} >{...} pipes named as files, each of a word
 * tree's words evaluated last to first as 9base does (see run() in
 * exec.c, which calls them).
 */
#include "rc.h"

/* Join lists a and b as ^ does: pairwise, or one word with each. */
static Word*
concat(Word *a, Word *b)
{
	Word *h, **l, *x, *y;
	int na, nb;
	char *s;

	na = count(a);
	nb = count(b);
	if(na == 0 && nb == 0)
		return nil;	/* () ^ () is (), as in 9base */
	if(na == 0 || nb == 0){
		freewords(a);
		freewords(b);
		rcerr("null list in concatenation");
		return nil;
	}
	if(na != 1 && nb != 1 && na != nb){
		freewords(a);
		freewords(b);
		rcerr("mismatched list lengths in concatenation");
		return nil;
	}
	h = nil;
	l = &h;
	x = a;
	y = b;
	while(x != nil && y != nil){
		s = emalloc(strlen(x->s) + strlen(y->s) + 1);
		strcpy(s, x->s);
		strcat(s, y->s);
		*l = emalloc(sizeof(Word));
		(*l)->s = s;
		(*l)->next = nil;
		l = &(*l)->next;
		if(na != 1)
			x = x->next;
		if(nb != 1)
			y = y->next;
		if(na == 1 && nb == 1)
			break;
	}
	freewords(a);
	freewords(b);
	return h;
}

/* The single name a $ word gives, or nil after an error. */
char*
varname(Tree *t)
{
	Word *w;
	char *s;

	w = evalword(t);
	if(rcerror)
		return nil;
	if(count(w) != 1){
		freewords(w);
		rcerr("variable name not singleton!");
		return nil;
	}
	s = unglob(w->s);
	freewords(w);
	return s;
}

/* Elements of val chosen by the subscripts in sub: n, n-m, n-. */
static Word*
subscript(Word *val, Word *sub)
{
	Word *h, **l, *w;
	long n, m, i, len;
	char *p, *e;

	h = nil;
	l = &h;
	len = count(val);
	for(; sub != nil; sub = sub->next){
		p = unglob(sub->s);
		n = strtol(p, &e, 10);
		if(e == p){
			free(p);
			continue;
		}
		if(n < 1){
			/* $x(0-2) is nothing, as in 9base */
			free(p);
			continue;
		}
		m = n;
		if(*e == '-'){
			if(e[1] == 0)
				m = len;
			else
				m = strtol(e+1, nil, 10);
		}
		free(p);
		for(i = 1, w = val; w != nil; w = w->next, i++)
			if(i >= n && i <= m){
				*l = newword(w->s, nil);
				l = &(*l)->next;
			}
	}
	return h;
}

/* the names <{} and >{} gave the command being run, to take away after it */
Word	*pipenames;

/*
 * <{cmd} or >{cmd}: run cmd in the background with its standard
 * output (or input) a pipe, and name the other end as a file (os9.c:
 * a post in srv:).  The name goes when the command using it ends.
 */
static Word*
pipefd(Tree *t)
{
	int fd[2], pid, mine, theirs;
	char *name, buf[32];

	if(pipe(fd) < 0){
		rcerr("can't make pipe: %s", oserr());
		return nil;
	}
	/* fd[0] reads, fd[1] writes; <{cmd} writes what the command reads */
	mine = t->rtype == RREAD ? fd[0] : fd[1];
	theirs = t->rtype == RREAD ? fd[1] : fd[0];
	pid = dofork();
	if(pid < 0){
		close(fd[0]);
		close(fd[1]);
		rcerr("can't fork: %s", oserr());
		return nil;
	}
	if(pid == 0){
		close(mine);
		dup2(theirs, t->rtype == RREAD ? 1 : 0);
		if(theirs > 1)
			close(theirs);
		run(t->c[0], 1);
		rcexit(getstatus());
	}
	close(theirs);
	/* reaped as background commands are */
	snprintf(buf, sizeof buf, "%d", pid);
	apids = newword(buf, apids);
	name = osnamefd(mine);
	if(name == nil){
		rcerr("can't name a pipe: %s", oserr());
		return nil;
	}
	pipenames = newword(name, pipenames);
	return newword(estrdup(name), nil);
}

/*
 * unnamepipes: take away the names <{} and >{} made (the commands at
 * their ends see the pipes close); in a new child, only forget them,
 * for they are the parent's to take away.
 */
void
unnamepipes(int child)
{
	Word *w;

	for(w = pipenames; w != nil; w = w->next)
		osunnamefd(w->s, child);
	freewords(pipenames);
	pipenames = nil;
}

/* Run brace command t with its output into a pipe; split what it prints. */
static Word*
backquote(Tree *t)
{
	int fd[2], pid, n, i;
	char *buf, *ifs, *s, st[NSTATUS];
	long len, cap;
	Word *h, **l, *w;

	if(pipe(fd) < 0){
		rcerr("can't make pipe: %s", oserr());
		return nil;
	}
	pid = dofork();
	if(pid < 0){
		close(fd[0]);
		close(fd[1]);
		rcerr("can't fork: %s", oserr());
		return nil;
	}
	if(pid == 0){
		close(fd[0]);
		if(fd[1] != 1){
			dup2(fd[1], 1);
			close(fd[1]);
		}
		run(t, 1);
		rcexit(getstatus());
	}
	close(fd[1]);
	cap = 1024;
	buf = emalloc(cap);
	len = 0;
	for(;;){
		if(len + 512 > cap){
			cap *= 2;
			buf = erealloc(buf, cap);
		}
		n = read(fd[0], buf+len, cap-len-1);
		if(n < 0 && intr)
			break;
		if(n <= 0)
			break;
		len += n;
	}
	buf[len] = 0;
	close(fd[0]);
	oswait(pid, st, sizeof st);
	setstatus(st);
	/* with ifs=() the output is one word, as in Plan 9 */
	w = varval("ifs");
	ifs = joinwords(w, "");
	h = nil;
	l = &h;
	s = buf;
	for(i = 0; i <= len; i++){
		if(i == len || (buf[i] != 0 && strchr(ifs, buf[i]) != nil) || buf[i] == 0){
			if(buf+i > s){
				char c = buf[i];
				buf[i] = 0;
				*l = newword(s, nil);
				l = &(*l)->next;
				buf[i] = c;
			}
			s = buf+i+1;
		}
	}
	free(ifs);
	free(buf);
	return h;
}

/* The list a word tree stands for (GLOB marks kept). */
Word*
evalword(Tree *t)
{
	Word *w, *x;
	char *name, buf[32];

	if(t == nil || rcerror)
		return nil;
	switch(t->type){
	case WORD:
		return newword(t->str, nil);
	case VAR:
	case SUB:
	case COUNT:
	case DQ:
		name = varname(t->c[0]);
		if(name == nil)
			return nil;
		w = varval(name);
		free(name);
		switch(t->type){
		case VAR:
			return copywords(w);
		case SUB:
			x = evalwords(t->c[1], 0);
			w = subscript(w, x);
			freewords(x);
			return w;
		case COUNT:
			snprintf(buf, sizeof buf, "%d", count(w));
			return newword(buf, nil);
		case DQ:
			name = joinwords(w, " ");
			x = newword(name, nil);
			free(name);
			return x;
		}
		return nil;
	case BQ:
		return backquote(t->c[0]);
	case PIPEFD:
		return pipefd(t);
	case PAREN:
		return evalwords(t->c[0], 0);
	case CONCAT:
		/* the right side first, as 9base evaluates */
		x = evalword(t->c[1]);
		if(rcerror){
			freewords(x);
			return nil;
		}
		w = evalword(t->c[0]);
		if(rcerror){
			freewords(w);
			freewords(x);
			return nil;
		}
		return concat(w, x);
	}
	return nil;
}

/*
 * The list of a WORDS chain; with glob, file names expanded and marks
 * gone.  The words are evaluated last to first, as 9base does (the
 * commands of `{} run in that order; the first error met stops it).
 */
Word*
evalwords(Tree *t, int glob)
{
	Word *h, *w;
	Tree *u, *small[16], **ts;
	int n, i;

	n = 0;
	for(u = t; u != nil; u = u->c[1])
		n++;
	ts = n <= (int)nelem(small) ? small : emalloc(n * sizeof ts[0]);
	for(i = 0, u = t; u != nil; u = u->c[1])
		ts[i++] = u->c[0];
	h = nil;
	for(i = n-1; i >= 0 && !rcerror; i--){
		w = evalword(ts[i]);
		h = append(w, h);
	}
	if(ts != small)
		free(ts);
	if(rcerror){
		freewords(h);
		return nil;
	}
	if(glob)
		h = globlist(h);
	return h;
}

