/*
 * osunix.c: rc's operating system layer on a Unix host (Linux,
 * glibc), used to compare rc with 9base's rc: fork and exec, wait
 * statuses as 9base shows them, directories, the environment as
 * 9base keeps it (lists joined by \001, functions as fn#name).
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include "rc.h"

extern char **environ;

int
osfork(int bg)
{
	(void)bg;
	return fork();
}

void
osexec(char *path, char **argv, char **env)
{
	execve(path, argv, env);
}

/* The status string for a wait status, as 9base makes it. */
void
osstatus(int pid, int s, char *st, int n, int say)
{
	char *name;

	if(WIFEXITED(s)){
		if(WEXITSTATUS(s) == 0)
			st[0] = 0;
		else
			snprintf(st, n, "%d", WEXITSTATUS(s));
		return;
	}
	switch(WTERMSIG(s)){
	case SIGINT:	name = "interrupt"; break;
	case SIGKILL:	name = "sys: kill"; break;
	case SIGTERM:	name = "kill"; break;
	case SIGSEGV:	name = "sys: segmentation violation"; break;
	case SIGHUP:	name = "hangup"; break;
	case SIGALRM:	name = "alarm"; break;
	case SIGPIPE:	name = "sys: write on closed pipe"; break;
	default:	name = "signal"; break;
	}
	snprintf(st, n, "signal: %s", name);
	if(say && WTERMSIG(s) != SIGPIPE)	/* not for background jobs, as 9base */
		pfmt(2, "%d: %s\n", pid, st);
}

/*
 * osreap: a child's end (any child for pid -1): its pid, with its raw
 * status in *s; 0 if none has ended and not block, -1 if no such child.
 */
int
osreap(int pid, int *s, int block)
{
	int r;

	do
		r = waitpid(pid, s, block ? 0 : WNOHANG);
	while(r < 0 && errno == EINTR && block);
	return r;
}

char*
oserr(void)
{
	return strerror(errno);
}

int
osreaddir(char *dir, void (*f)(char*, void*), void *a)
{
	DIR *d;
	struct dirent *e;

	d = opendir(dir);
	if(d == nil)
		return -1;
	while((e = readdir(d)) != nil)
		f(e->d_name, a);
	closedir(d);
	return 0;
}

int
osisdir(char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int
osexists(char *path)
{
	struct stat st;

	return lstat(path, &st) == 0;
}

/* Import environ: name=value, lists joined by \001; PATH becomes $path. */
void
osimport(void)
{
	char **e, *eq, *name, *p, *q;
	Word *h, **l;

	for(e = environ; e != nil && *e != nil; e++){
		eq = strchr(*e, '=');
		if(eq == nil)
			continue;
		name = emalloc(eq - *e + 1);
		memmove(name, *e, eq - *e);
		name[eq - *e] = 0;
		importvar(name, eq+1, strlen(eq+1));
		free(name);
	}
	if(varval("path") == nil && (p = getenv("PATH")) != nil){
		h = nil;
		l = &h;
		for(;;){
			q = strchr(p, ':');
			name = q ? strndup(p, q-p) : strdup(p);
			*l = newword(*name ? name : ".", nil);
			free(name);
			l = &(*l)->next;
			if(q == nil)
				break;
			p = q+1;
		}
		setvar("path", h);
		markchanged("path");
	}
}

/* No bound on mkenv's environment: it is the only way variables pass. */
long
osenvmax(void)
{
	return 0;
}

/* The environment is built at exec time (mkenv); nothing to write. */
void
osexport(Var *v)
{
	(void)v;
}

void
osinit(void)
{
	mypid = getpid();
	signal(SIGPIPE, SIG_DFL);
}

int
osconsole(void)
{
	return isatty(0);
}

int
osrawon(int on)
{
	(void)on;
	return 0;
}

int
osrfork(char *flags)
{
	for(; *flags; flags++)
		if(strchr("nNeEsfFm", *flags) == nil){
			errno = EINVAL;
			return -1;
		}
	return 0;
}

int
oschdir(char *dir)
{
	return chdir(dir);
}

char*
oshome(void)
{
	char *h;

	h = getenv("HOME");
	return h ? h : "/";
}

char*
osnull(void)
{
	return "/dev/null";
}

int
osopen(char *file, int kind)
{
	switch(kind){
	case RREAD:	return open(file, O_RDONLY);
	case RWRITE:	return open(file, O_WRONLY|O_CREAT|O_TRUNC, 0666);
	case RAPPEND:	return open(file, O_WRONLY|O_CREAT|O_APPEND, 0666);
	case RRDWR:	return open(file, O_RDWR);	/* <> does not create (9base) */
	}
	return -1;
}

/* A background command on the host stays in rc's process group. */
void
ospgrp(void)
{
}

static void
onintr(int sig)
{
	(void)sig;
	intr = 1;
}

/* An interactive rc survives ^C. */
void
osintr(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = onintr;
	sigaction(SIGINT, &sa, nil);
}

char*
osdefpath(void)
{
	return "/bin";
}

/* Runtime errors start as 9base's do: "rc: ", or "rc (argv0): ". */
void
oserrprefix(char *buf, int n)
{
	if(strcmp(argv0, "rc") == 0)
		snprintf(buf, n, "rc: ");
	else
		snprintf(buf, n, "rc (%s): ", argv0);
}

/* A file for a redirection (what "") or for . (what ".: ") cannot be opened: 9base's words. */
void
oscantopen(char *what, char *name)
{
	char pre[256];

	oserrprefix(pre, sizeof pre);
	pfmt(errfd, "%s: %s%scan't open: %s\n", name, pre, what, oserr());
}

/* osnamefd: a file name for the open file fd, for <{} and >{}: /dev/fd/N, fd kept open */
char*
osnamefd(int fd)
{
	char name[32];

	snprintf(name, sizeof name, "/dev/fd/%d", fd);
	return estrdup(name);
}

/* osunnamefd: close the descriptor osnamefd named; a child keeps it (the command it runs opens /dev/fd/N) */
void
osunnamefd(char *name, int child)
{
	if(!child)
		close(atoi(name + strlen("/dev/fd/")));
}
