/*
 * os9.c: rc's operating system layer on Ninefold: fork and exec,
 * wait statuses as strings (a note that killed a child is named),
 * directories read as 9P stat entries, variables kept in env: as
 * Plan 9 keeps them in /env (elements separated by NULs, functions
 * as fn#name), the console (raw mode and the note group in
 * cons:/ctl), and the interrupt note.
 */
#include <libc.h>
#include <fcall.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <signal.h>
#include "rc.h"

#ifdef NCONT
/* the kernel's notify and noted (libc's stubs, generated from syscall.h) */
long	_sys_notify(long);
long	_sys_noted(long);
#endif

static int	ctlfd = -1;	/* cons:/ctl, open while interactive */
static int	ownpg;		/* rc made a note group of its own */

int
osfork(int bg)
{
	(void)bg;
	return rfork(RFPROC|RFFDG);
}

void
osexec(char *path, char **argv, char **env)
{
	execve(path, argv, env);
}

/* The status string of a child's end, from the kernel's wait status. */
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
	case SIGKILL:	name = "kill"; break;
	case SIGALRM:	name = "alarm"; break;
	case SIGHUP:	name = "hangup"; break;
	case SIGSEGV:	name = "sys: trap: fault"; break;
	case SIGPIPE:	name = "sys: write on closed pipe"; break;
	default:	name = "note"; break;
	}
	snprintf(st, n, "%s", name);
	/*
	 * an interrupt was typed, and a closed pipe is how pipelines end:
	 * no news; nor for a background job reaped by wait or at the
	 * prompt (say 0), of which 9base's rc says nothing
	 */
	if(say && WTERMSIG(s) != SIGINT && WTERMSIG(s) != SIGPIPE)
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
	while(r < 0 && intr && block);
	return r;
}

/* The server's text of the last error. */
char*
oserr(void)
{
	static char buf[256];

	errstr(buf, sizeof buf);
	if(buf[0] == 0)
		snprintf(buf, sizeof buf, "%s", strerror(errno));
	return buf;
}

/* Call f with the name of each entry of directory dir (any scheme). */
int
osreaddir(char *dir, void (*f)(char*, void*), void *a)
{
	static uchar buf[16384];
	char strs[16384];
	long n, i, m;
	int fd;
	Dir d;

	fd = open(dir, O_RDONLY);
	if(fd < 0)
		return -1;
	while((n = read(fd, buf, sizeof buf)) > 0){
		for(i = 0; i < n; i += m){
			m = convM2D(buf + i, n - i, &d, strs);
			if(m == 0)
				break;
			f(d.name, a);
		}
	}
	close(fd);
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

	return stat(path, &st) == 0;
}

/* The whole contents of file, malloc'd; *len gets its size. */
static char*
readall(char *file, long *len)
{
	char *buf;
	long n, cap, k;
	int fd;

	fd = open(file, O_RDONLY);
	if(fd < 0)
		return nil;
	cap = 256;
	buf = emalloc(cap);
	n = 0;
	for(;;){
		if(n == cap)
			buf = erealloc(buf, cap *= 2);
		k = read(fd, buf + n, cap - n);
		if(k <= 0)
			break;
		n += k;
	}
	close(fd);
	*len = n;
	return buf;
}

static void
import1(char *name, void *a)
{
	char *url, *val;
	long n;

	(void)a;
	n = strlen(name) + 6;
	url = emalloc(n);
	snprintf(url, n, "env:/%s", name);
	val = readall(url, &n);
	if(val != nil){
		importvar(name, val, n);
		free(val);
	}
	free(url);
}

/* Variables come from environ (as init passes them), then from env:. */
void
osimport(void)
{
	char **e, *eq, *name;

	for(e = environ; e != nil && *e != nil; e++){
		eq = strchr(*e, '=');
		if(eq == nil)
			continue;
		name = emalloc(eq - *e + 1);
		memmove(name, *e, eq - *e);
		name[eq - *e] = 0;
		/* a plain C environment: one word */
		setvar(name, newword(eq+1, nil));
		free(name);
	}
	osreaddir("env:/", import1, nil);
}

/*
 * The bytes of C environment an exec may take from mkenv: the kernel
 * refuses more than 64 KiB of it (argument list too long), and every
 * variable is in env: anyway, where a child rc finds it; some room is
 * left for what the environment held from elsewhere.
 */
long
osenvmax(void)
{
	return 48*1024;
}

/* Write bytes to url, made or truncated. */
static void
writefile(char *url, char *buf, long n)
{
	int fd;

	fd = open(url, O_WRONLY|O_CREAT|O_TRUNC, 0666);
	if(fd < 0)
		return;
	if(n > 0)
		write(fd, buf, n);
	close(fd);
}

/* Write v's value and function to env: (or remove them). */
void
osexport(Var *v)
{
	char *url, *buf, *p;
	long n;
	Word *w;

	n = strlen(v->name) + 10;
	url = emalloc(n);
	if(v->changed){
		snprintf(url, n, "env:/%s", v->name);
		if(v->val == nil)
			unlink(url);
		else{
			n = 0;
			for(w = v->val; w != nil; w = w->next)
				n += strlen(w->s) + 1;
			buf = emalloc(n);
			p = buf;
			for(w = v->val; w != nil; w = w->next){
				strcpy(p, w->s);
				p += strlen(w->s) + 1;	/* the NUL separates */
			}
			writefile(url, buf, n - 1);
			free(buf);
		}
	}
	if(v->fnchanged){
		snprintf(url, strlen(v->name) + 10, "env:/fn#%s", v->name);
		if(v->fn == nil)
			unlink(url);
		else{
			n = strlen(v->name) + strlen(v->fnsrc) + 8;
			buf = emalloc(n);
			snprintf(buf, n, "fn %s %s", v->name, v->fnsrc);
			writefile(url, buf, strlen(buf));
			free(buf);
		}
	}
	free(url);
}

#ifdef NCONT
/* The note handler: an interrupt sets intr and goes on; others kill. */
static void
onnote(void *ureg, char *note)
{
	(void)ureg;
	if(strcmp(note, "interrupt") == 0){
		intr = 1;
		_sys_noted(NCONT);
	}
	_sys_noted(NDFLT);
}
#endif

void
osinit(void)
{
	mypid = getpid();
}

/* Is standard input the console? */
int
osconsole(void)
{
	struct stat a, b;

	if(fstat(0, &a) < 0 || stat("cons:", &b) < 0)
		return 0;
	return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* Put the console in raw mode (on) or back to lines. */
int
osrawon(int on)
{
	if(ctlfd < 0)
		ctlfd = open("cons:/ctl", O_WRONLY);
	if(ctlfd < 0)
		return -1;
	return write(ctlfd, on ? "rawon" : "rawoff", on ? 5 : 6) < 0 ? -1 : 0;
}

/* rfork with Plan 9's rc letters. */
int
osrfork(char *s)
{
	int flags;

	flags = 0;
	for(; *s; s++)
		switch(*s){
		case 'n': flags |= RFNAMEG; break;
		case 'N': flags |= RFCNAMEG; break;
		case 'e': flags |= RFENVG; break;
		case 'E': flags |= RFCENVG; break;
		case 's': flags |= RFNOTEG; break;
		case 'f': flags |= RFFDG; break;
		case 'F': flags |= RFCFDG; break;
		case 'm': flags |= RFNOMNT; break;
		default:
			errno = EINVAL;
			return -1;
		}
	return rfork(flags);
}

int
oschdir(char *dir)
{
	return chdir(dir);
}

char*
oshome(void)
{
	return "file:/";
}

char*
osnull(void)
{
	return "null:";
}

int
osopen(char *file, int kind)
{
	int fd;

	switch(kind){
	case RREAD:	return open(file, O_RDONLY);
	case RWRITE:	return open(file, O_WRONLY|O_CREAT|O_TRUNC, 0666);
	case RAPPEND:
		/*
		 * OAPPEND: every write goes to the end, however many
		 * writers share the file; the seek starts the offset
		 * there too, as Plan 9's rc does, for a command that
		 * looks at it.
		 */
		fd = open(file, O_WRONLY|O_CREAT|O_APPEND, 0666);
		if(fd >= 0)
			lseek(fd, 0, SEEK_END);
		return fd;
	case RRDWR:	return open(file, O_RDWR);
	}
	return -1;
}

/* A background command of an interactive rc: out of ^C's reach. */
void
ospgrp(void)
{
	if(ownpg)
		rfork(RFNOTEG);
}

/*
 * An interactive rc: a note group of its own that the console
 * interrupts, and a handler so that rc itself survives ^C.
 */
void
osintr(void)
{
	char buf[32];
	int fd;

	rfork(RFNOTEG);
	ownpg = 1;
	fd = open("cons:/ctl", O_WRONLY);
	if(fd >= 0){
		snprintf(buf, sizeof buf, "notepg %d", getpid());
		write(fd, buf, strlen(buf));
		close(fd);
	}
#ifdef NCONT
	_sys_notify((long)onnote);
#endif
}

char*
osdefpath(void)
{
	/* file:, not the current directory's scheme: commands still run after cd x: */
	return "file:/bin";
}

void
oserrprefix(char *buf, int n)
{
	snprintf(buf, n, "rc: ");
}

/* A file for a redirection (what "") or for . (what ".: ") cannot be opened. */
void
oscantopen(char *what, char *name)
{
	pfmt(errfd, "rc: %scan't open %s: %s\n", what, name, oserr());
}

/*
 * osnamefd: a file name for the open file fd, for <{} and >{}: fd is
 * posted in srv: (which then holds it; fd is closed).  nil if it
 * cannot be.
 */
char*
osnamefd(int fd)
{
	static int n;
	char name[64], num[16];
	int sfd;

	snprintf(name, sizeof name, "srv:/rc.%d.%d", getpid(), ++n);
	sfd = open(name, O_WRONLY|O_CREAT|O_EXCL, 0600);
	if(sfd < 0){
		close(fd);
		return nil;
	}
	snprintf(num, sizeof num, "%d", fd);
	if(write(sfd, num, strlen(num)) != (long)strlen(num)){
		close(sfd);
		remove(name);
		close(fd);
		return nil;
	}
	close(sfd);
	close(fd);
	return estrdup(name);
}

/* osunnamefd: take the post of osnamefd away (the pipe end closes); a child leaves it to its parent */
void
osunnamefd(char *name, int child)
{
	if(!child)
		remove(name);
}
