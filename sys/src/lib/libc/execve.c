/*
 * execve: run a program in place of this one.  A file the kernel
 * will not run for being no program (ENOEXEC: it may be executed but
 * is not ELF) that starts "#!interpreter [arg]" runs as the
 * interpreter (with arg), the file's name and argv[1] on, as in Plan
 * 9 and Unix: so a script made executable (chmod +x) is a command.
 */
#include <libc.h>
#include "impl.h"

enum {
	Linemax	= 256,	/* the #! line, at most */
	Argmax	= 1024,	/* the arguments a script may pass on */
};

/*
 * script: if path starts with #!, exec its interpreter; returns only
 * if it does not, or that exec fails.
 */
static void
script(const char *path, char *const argv[], char *const envp[])
{
	char line[Linemax], *p, *interp, *arg, *nargv[Argmax+3];
	int fd, n, i, k;

	if((fd = open(path, O_RDONLY)) < 0)
		return;
	n = read(fd, line, sizeof line - 1);
	close(fd);
	if(n < 3 || line[0] != '#' || line[1] != '!')
		return;
	line[n] = 0;
	if((p = strchr(line, '\n')) != nil)
		*p = 0;
	for(p = line + 2; *p == ' ' || *p == '\t'; p++)
		;
	interp = p;
	while(*p != 0 && *p != ' ' && *p != '\t')
		p++;
	arg = nil;
	if(*p != 0){
		*p++ = 0;
		while(*p == ' ' || *p == '\t')
			p++;
		if(*p != 0)
			arg = p;
	}
	if(*interp == 0)
		return;
	k = 0;
	nargv[k++] = interp;
	if(arg != nil)
		nargv[k++] = arg;
	nargv[k++] = (char*)path;
	for(i = 1; argv[0] != nil && argv[i] != nil && i <= Argmax; i++)
		nargv[k++] = argv[i];
	nargv[k] = nil;
	_sysret(_sys_exec((long)interp, (long)nargv, (long)envp));
}

/* Replace the process with path, given argv and envp; returns only on error. */
int
execve(const char *path, char *const argv[], char *const envp[])
{
	char err[128];
	int e;

	if(_sysret(_sys_exec((long)path, (long)argv, (long)envp)) >= 0)
		return 0;
	if(errno != ENOEXEC)
		return -1;
	/* not a program the kernel runs: a script?  If not, the first error */
	e = errno;
	rerrstr(err, sizeof err);
	script(path, argv, envp);
	errno = e;
	werrstr("%s", err);
	return -1;
}
