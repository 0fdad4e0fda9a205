/*
 * here.c: here documents.  When the lexer has read the text of one
 * not quoted, it gets $ substitution, as in 9base: $name is the value
 * with blanks between words, a ^ after the name is eaten, $$ is a $,
 * a $ with no name after it is dropped.  At run time the text reaches
 * the command through a pipe fed by a child process, so a document of
 * any size cannot block the shell.
 */
#include "rc.h"

/* Can c be in a name after $ in a here document?  (ASCII only, as 9base) */
static int
herenamechar(int c)
{
	return c < 0x80 && isidchar(c);
}

/* The document with $name substituted, malloc'd. */
char*
heresubst(char *doc)
{
	char *out, *p, *q, *name, *val;
	long n, cap;
	Word *w;

	cap = strlen(doc) + 64;
	out = emalloc(cap);
	n = 0;
	for(p = doc; *p; ){
		val = nil;
		if(*p != '$'){
			if(n + 2 > cap)
				out = erealloc(out, cap *= 2);
			out[n++] = *p++;
			continue;
		}
		p++;
		if(*p == '$'){
			val = estrdup("$");
			p++;
		}else{
			for(q = p; herenamechar((unsigned char)*q); q++)
				;
			if(q > p){
				name = emalloc(q-p+1);
				memmove(name, p, q-p);
				name[q-p] = 0;
				w = varval(name);
				val = joinwords(w, " ");
				free(name);
				p = q;
			}
			/* no name: the value of no variable; a ^ after is eaten */
			if(*p == '^')
				p++;
		}
		if(val != nil){
			long l = strlen(val);
			if(n + l + 2 > cap){
				cap = 2*(n + l + 2);
				out = erealloc(out, cap);
			}
			memmove(out+n, val, l);
			n += l;
			free(val);
		}
	}
	out[n] = 0;
	return out;
}

/* A descriptor reading text: a pipe, written by a child. */
int
herepipe(char *text)
{
	int fd[2], pid;
	long n, len, w;

	if(pipe(fd) < 0)
		return -1;
	pid = dofork();
	if(pid < 0){
		close(fd[0]);
		close(fd[1]);
		return -1;
	}
	if(pid == 0){
		close(fd[0]);
		len = strlen(text);
		for(n = 0; n < len; n += w){
			w = write(fd[1], text+n, len-n);
			if(w <= 0)
				break;
		}
		_exit(0);
	}
	close(fd[1]);
	/* reaped with the background processes */
	char buf[32];
	snprintf(buf, sizeof buf, "%d", pid);
	apids = newword(buf, apids);
	return fd[0];
}
