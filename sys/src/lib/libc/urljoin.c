/*
 * urljoin: the URL of a name inside a directory.
 */
#include <libc.h>

/*
 * Return dir/name in a new malloc'd string, with no doubled slash
 * when dir already ends in one ("file:/" + "a" is "file:/a", "proc:"
 * + "1" is "proc:/1"); nil if out of memory.
 */
char*
urljoin(char *dir, char *name)
{
	usize n, m;
	char *s;

	n = strlen(dir);
	m = strlen(name);
	if((s = malloc(n + m + 2)) == nil)
		return nil;
	memmove(s, dir, n);
	if(n == 0 || dir[n-1] != '/')
		s[n++] = '/';
	memmove(s + n, name, m + 1);
	return s;
}
