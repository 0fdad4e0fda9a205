/*
 * execvp: run a program, looking for a bare name in /bin.
 */
#include <u.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

/*
 * A file with a slash or a scheme (':') is run as it is; otherwise
 * it is /bin/file.
 */
int
execvp(const char *file, char *const argv[])
{
	char path[256];

	if(strchr(file, '/') != nil || strchr(file, ':') != nil)
		return execv(file, argv);
	if(strlcpy(path, "/bin/", sizeof path) + strlen(file) >= sizeof path){
		errno = ENAMETOOLONG;
		return -1;
	}
	strlcat(path, file, sizeof path);
	return execv(path, argv);
}
