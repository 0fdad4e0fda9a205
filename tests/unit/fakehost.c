/*
 * fakehost.c: the fake kernel shared by the host tests of commands
 * (cmds1_test, awk_test): the system calls every command makes, each
 * nf__sys_NAME standing in for the call libc's syscalls.c makes, with
 * the same convention (-errno on failure), over the host's files and
 * a private heap.  A test adds the calls its programs need beyond
 * these (using sysr); cmds1_sys.c fails the rest with ENOSYS.  Also
 * spawn and reap, which run a program's main in a child on given
 * input and collect what it wrote.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "fakehost.h"

static char	heap[64<<20];
static long	brkoff;
static char	lasterr[128];

/* sysr: r, or -errno (and the error kept for errstr) if it failed */
long
sysr(long r)
{
	if(r < 0){
		snprintf(lasterr, sizeof lasterr, "%s", strerror(errno));
		return -errno;
	}
	return r;
}

long nf__sys_pread(long fd, long buf, long n, long off)
{
	return sysr(off == -1 ? read(fd, (void*)buf, n) : pread(fd, (void*)buf, n, off));
}
long nf__sys_pwrite(long fd, long buf, long n, long off)
{
	return sysr(off == -1 ? write(fd, (void*)buf, n) : pwrite(fd, (void*)buf, n, off));
}
long nf__sys_open(long path, long flags, long perm)
{
	int f;

	f = flags & 3;
	if(flags & 0x10) f |= O_TRUNC;
	if(flags & 0x100) f |= O_CREAT;
	if(flags & 0x200) f |= O_EXCL;
	if(flags & 0x400) f |= O_APPEND;
	return sysr(open((char*)path, f, (int)(perm & 0777)));
}
long nf__sys_close(long fd) { return sysr(close(fd)); }
long nf__sys_seek(long fd, long off, long whence) { return sysr(lseek(fd, off, whence)); }
long nf__sys_dup(long fd, long nfd) { return sysr(nfd == -1 ? dup(fd) : dup2(fd, nfd)); }
long nf__sys_brk(long addr)
{
	if(addr == 0)
		return (long)(heap + brkoff);
	if(addr < (long)heap || addr > (long)(heap + sizeof heap))
		return -ENOMEM;
	brkoff = addr - (long)heap;
	return addr;
}
long nf__sys_errstr(long buf, long n) { snprintf((char*)buf, n, "%s", lasterr); return 0; }
long nf__sys_nsec(void) { struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts); return ts.tv_sec*1000000000L + ts.tv_nsec; }
long nf__sys_getpid(void) { return getpid(); }
long nf__sys_exits(long status) { _exit(status); }

/* readall: the whole of file f (a new string), *np bytes: a child's output */
static char*
readall(FILE *f, size_t *np)
{
	char *s;
	size_t n;

	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	s = malloc(n + 1);
	if(fread(s, 1, n, f) != n)
		n = 0;
	s[n] = 0;
	*np = n;
	return s;
}

/*
 * spawn: fork a child with standard input in (n bytes) and standard
 * output and error going to files f[1] and f[2]; 0 in the child, its
 * pid in the parent (which then calls reap).
 */
pid_t
spawn(char *in, size_t n, FILE *f[3])
{
	pid_t pid;

	f[0] = tmpfile();
	f[1] = tmpfile();
	f[2] = tmpfile();
	fwrite(in, 1, n, f[0]);
	fflush(f[0]);
	rewind(f[0]);
	fflush(stdout);
	pid = fork();
	if(pid == 0){
		dup2(fileno(f[0]), 0);
		dup2(fileno(f[1]), 1);
		dup2(fileno(f[2]), 2);
	}
	return pid;
}

/* reap: wait for spawn's child; its output, error output and exit status */
void
reap(pid_t pid, FILE *f[3], char **out, size_t *nout, char **err, int *status)
{
	size_t ne;
	int st, i;

	waitpid(pid, &st, 0);
	*status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	*out = readall(f[1], nout);
	*err = readall(f[2], &ne);
	for(i = 0; i < 3; i++)
		fclose(f[i]);
}
