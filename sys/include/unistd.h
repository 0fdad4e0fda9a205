/*
 * unistd.h: the POSIX system call wrappers, and getopt.
 */
#ifndef UNISTD_H
#define UNISTD_H

#include <sys/types.h>

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2
#define F_OK		0
#define X_OK		1
#define W_OK		2
#define R_OK		4

/* getopt */
extern char	*optarg;
extern int	optind, opterr, optopt, optreset;
int	getopt(int argc, char *const argv[], const char *opts);

extern char	**environ;

ssize_t	read(int fd, void *buf, size_t n);
ssize_t	write(int fd, const void *buf, size_t n);
ssize_t	pread(int fd, void *buf, size_t n, off_t off);
ssize_t	pwrite(int fd, const void *buf, size_t n, off_t off);
int	close(int fd);
off_t	lseek(int fd, off_t off, int whence);
int	dup(int fd);
int	dup2(int fd, int newfd);
pid_t	fork(void);
int	execve(const char *path, char *const argv[], char *const envp[]);
int	execv(const char *path, char *const argv[]);
int	execvp(const char *file, char *const argv[]);
_Noreturn void	_exit(int status);
pid_t	getpid(void);
int	brk(void *addr);
void	*sbrk(long incr);
unsigned int	sleep(unsigned int seconds);
int	usleep(useconds_t us);
int	pipe(int fd[2]);
int	chdir(const char *url);
char	*getcwd(char *buf, size_t n);
int	unlink(const char *url);
int	rmdir(const char *url);
int	truncate(const char *url, off_t len);
int	ftruncate(int fd, off_t len);
int	fsync(int fd);
int	isatty(int fd);
int	access(const char *url, int mode);

#endif
