/*
 * basename, dirname: the last name of a path and what comes before it
 * (POSIX's <libgen.h>; both may change their argument).  A URL's
 * "scheme:" stays with the directory: dirname("file:/a") is "file:/",
 * basename("env:") is "env:".
 */
#include <u.h>
#include <string.h>
#include <libgen.h>

/* The last element of path, trailing slashes dropped; "." for nil or "". */
char*
basename(char *path)
{
	char *s;
	size_t n;

	if(path == nil || *path == 0)
		return ".";
	n = strlen(path);
	while(n > 1 && path[n-1] == '/' && path[n-2] != ':')
		path[--n] = 0;
	if(n == 1 && path[0] == '/')
		return path;
	if(path[n-1] == ':' || (n > 1 && path[n-1] == '/' && path[n-2] == ':'))
		return path;
	s = strrchr(path, '/');
	if(s != nil)
		return s + 1;
	s = strchr(path, ':');
	if(s != nil && s[1] != 0)
		return s + 1;
	return path;
}

/* Everything before the last element of path: "." if none, "/" or "scheme:/" at a root. */
char*
dirname(char *path)
{
	char *s, *c;
	size_t n;

	if(path == nil || *path == 0)
		return ".";
	n = strlen(path);
	while(n > 1 && path[n-1] == '/' && path[n-2] != ':')
		path[--n] = 0;
	c = strchr(path, ':');
	s = strrchr(path, '/');
	if(s == nil){
		if(c != nil && c[1] != 0){
			c[1] = 0;
			return path;
		}
		return c != nil ? path : ".";
	}
	if(s[1] == 0)			/* "/" or "scheme:/" */
		return path;
	while(s > path && s[-1] == '/')
		s--;
	if(s == path || s[-1] == ':')
		s++;			/* keep the root's slash */
	*s = 0;
	return path;
}
