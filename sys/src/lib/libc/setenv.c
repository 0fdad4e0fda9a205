/*
 * setenv, unsetenv: change the environment.  New strings and a new
 * environ array come from malloc; the old ones are not freed, since
 * they may be the kernel's or the caller's.
 */
#include <u.h>
#include <errno.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

/* The index of name in environ, or the count of entries when absent. */
static int
lookup(const char *name, size_t n)
{
	int i;

	for(i = 0; environ != nil && environ[i] != nil; i++)
		if(strncmp(environ[i], name, n) == 0 && environ[i][n] == '=')
			break;
	return i;
}

/* Is name usable: not empty and without '='? */
static int
badname(const char *name)
{
	if(name == nil || *name == 0 || strchr(name, '=') != nil){
		errno = EINVAL;
		return 1;
	}
	return 0;
}

/* Set name to val, replacing an old value only if overwrite; 0 or -1. */
int
setenv(const char *name, const char *val, int overwrite)
{
	static char **mine;	/* environ, when we made it */
	char *s, **e;
	size_t n;
	int i, cnt;

	if(badname(name))
		return -1;
	n = strlen(name);
	i = lookup(name, n);
	if(environ != nil && environ[i] != nil && !overwrite)
		return 0;
	s = malloc(n + strlen(val) + 2);
	if(s == nil)
		return -1;
	memcpy(s, name, n);
	s[n] = '=';
	strcpy(s + n + 1, val);
	if(environ != nil && environ[i] != nil){
		environ[i] = s;
		return 0;
	}
	cnt = i;
	if(environ == mine && mine != nil)
		e = realloc(mine, (cnt + 2) * sizeof *e);
	else{
		e = malloc((cnt + 2) * sizeof *e);
		if(e != nil && cnt > 0)
			memcpy(e, environ, cnt * sizeof *e);
	}
	if(e == nil){
		free(s);
		return -1;
	}
	e[cnt] = s;
	e[cnt+1] = nil;
	environ = mine = e;
	return 0;
}

/* Remove name from the environment; 0 or -1. */
int
unsetenv(const char *name)
{
	size_t n;
	int i;

	if(badname(name))
		return -1;
	n = strlen(name);
	i = lookup(name, n);
	if(environ == nil)
		return 0;
	for(; environ[i] != nil; i++)
		environ[i] = environ[i+1];
	return 0;
}
