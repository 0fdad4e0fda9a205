/*
 * rename: rename a file within its directory (a 9P wstat of the name).
 * 9P cannot move a file between directories; that fails.
 */
#include <u.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <libc.h>
#include <sys/stat.h>
#include "impl.h"

enum {
	Exdev	= 18,		/* EXDEV: errno.h does not list it yet */
};

/*
 * Split url (copied into path, trailing slashes cut) into the URL of
 * its directory (into dir) and a pointer to its last name.  Return
 * nil if url names a root or does not fit.
 */
static char*
split(const char *url, char *path, char *dir, int n)
{
	char *s, *c;
	int len;

	if(strlcpy(path, url, n) >= (size_t)n)
		return nil;
	len = strlen(path);
	while(len > 1 && path[len-1] == '/' && path[len-2] != ':')
		path[--len] = 0;
	s = strrchr(path, '/');
	if(s != nil){
		len = s - path;
		if(len == 0 || path[len-1] == ':')
			len++;		/* the root: "/" or "scheme:/" */
		memmove(dir, path, len);
		dir[len] = 0;
		s++;
	}else if((c = strchr(path, ':')) != nil){
		len = c + 1 - path;
		memmove(dir, path, len);
		dir[len] = 0;
		s = c + 1;
	}else{
		if(getwd(dir, n) == nil)
			return nil;
		s = path;
	}
	if(*s == 0 || strcmp(s, ".") == 0 || strcmp(s, "..") == 0)
		return nil;
	return s;
}

/*
 * Rename old to new.  Both must be in the same directory (compared by
 * the server's qid, so "a/x" and "file:/a/y" match); a file already
 * called new is removed first, as Plan 9's mv does, unless either is a
 * directory.  0 or -1 (the server's error, or "cross-directory rename").
 */
int
rename(const char *old, const char *new)
{
	char opath[PATH_MAX], npath[PATH_MAX], odir[PATH_MAX], ndir[PATH_MAX];
	char *obase, *nbase;
	uchar buf[_STATMAX];
	struct stat os, ns, st;
	int n;

	obase = split(old, opath, odir, sizeof odir);
	nbase = split(new, npath, ndir, sizeof ndir);
	if(obase == nil || nbase == nil)
		return _seterr(EINVAL, "bad name for rename");
	if(stat(odir, &os) < 0 || stat(ndir, &ns) < 0)
		return -1;
	if(os.st_dev != ns.st_dev || os.st_ino != ns.st_ino)
		return _seterr(Exdev, "cross-directory rename");
	if(stat(old, &st) < 0)
		return -1;
	if(strcmp(obase, nbase) == 0)
		return 0;
	if(stat(new, &ns) == 0){
		if(S_ISDIR(ns.st_mode) || S_ISDIR(st.st_mode))
			return _seterr(EEXIST, nil);
		if(remove(new) < 0)
			return -1;
	}
	n = _wstatbuf(buf, sizeof buf, nbase, _KEEP, _KEEP, _KEEP, _KEEP64);
	if(n < 0)
		return -1;
	return _sysret(_sys_wstat((long)old, (long)buf, n));
}
