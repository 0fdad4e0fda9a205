/*
 * libc_test.h: what the host unit tests of Ninefold's libc share (see
 * libc_test.c): the host headers, the declarations of the libc under
 * test (every symbol renamed nf_NAME, libc.mk), the report helpers and
 * the fake kernel's state (libc_fake.c) that the tests look at.
 */
#include <ctype.h>
#include <dirent.h>
#include <libgen.h>
#include <setjmp.h>
#include <strings.h>
#include <sys/time.h>
#include <utime.h>
#include <errno.h>
#include <fcntl.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#pragma GCC diagnostic ignored "-Wstringop-truncation"

/* the libc under test */
typedef struct NFFILE NFFILE;
int	nf_snprintf(char*, size_t, const char*, ...) __attribute__((format(printf, 3, 4)));
int	nf_vsnprintf(char*, size_t, const char*, va_list);
int	nf_sprintf(char*, const char*, ...) __attribute__((format(printf, 2, 3)));
long	nf_strtol(const char*, char**, int);
long long	nf_strtoll(const char*, char**, int);
unsigned long	nf_strtoul(const char*, char**, int);
unsigned long long	nf_strtoull(const char*, char**, int);
int	nf_atoi(const char*);
void	nf_qsort(void*, size_t, size_t, int (*)(const void*, const void*));
void	*nf_bsearch(const void*, const void*, size_t, size_t, int (*)(const void*, const void*));
void	*nf_malloc(size_t);
void	*nf_calloc(size_t, size_t);
void	*nf_realloc(void*, size_t);
void	nf_free(void*);
void	*nf_sbrk(long);
size_t	nf_strlen(const char*);
size_t	nf_strnlen(const char*, size_t);
int	nf_strcmp(const char*, const char*);
int	nf_strncmp(const char*, const char*, size_t);
char	*nf_strchr(const char*, int);
char	*nf_strrchr(const char*, int);
char	*nf_strstr(const char*, const char*);
char	*nf_strpbrk(const char*, const char*);
size_t	nf_strspn(const char*, const char*);
size_t	nf_strcspn(const char*, const char*);
char	*nf_strtok(char*, const char*);
char	*nf_strcpy(char*, const char*);
char	*nf_strncpy(char*, const char*, size_t);
char	*nf_strcat(char*, const char*);
char	*nf_strncat(char*, const char*, size_t);
size_t	nf_strlcpy(char*, const char*, size_t);
size_t	nf_strlcat(char*, const char*, size_t);
char	*nf_strdup(const char*);
char	*nf_strndup(const char*, size_t);
char	*nf_strerror(int);
void	*nf_memcpy(void*, const void*, size_t);
void	*nf_memmove(void*, const void*, size_t);
void	*nf_memset(void*, int, size_t);
int	nf_memcmp(const void*, const void*, size_t);
void	*nf_memchr(const void*, int, size_t);
int	nf_isalnum(int), nf_isalpha(int), nf_isblank(int), nf_iscntrl(int);
int	nf_isdigit(int), nf_isgraph(int), nf_islower(int), nf_isprint(int);
int	nf_ispunct(int), nf_isspace(int), nf_isupper(int), nf_isxdigit(int);
int	nf_tolower(int), nf_toupper(int);
NFFILE	*nf_fopen(const char*, const char*);
int	nf_fclose(NFFILE*);
int	nf_fflush(NFFILE*);
int	nf_fprintf(NFFILE*, const char*, ...) __attribute__((format(printf, 2, 3)));
int	nf_fputs(const char*, NFFILE*);
int	nf_fputc(int, NFFILE*);
size_t	nf_fwrite(const void*, size_t, size_t, NFFILE*);
size_t	nf_fread(void*, size_t, size_t, NFFILE*);
char	*nf_fgets(char*, int, NFFILE*);
int	nf_fgetc(NFFILE*);
int	nf_ungetc(int, NFFILE*);
int	nf_feof(NFFILE*);
int	nf_fseek(NFFILE*, long, int);
long	nf_ftell(NFFILE*);
int	nf_dprintf(int, const char*, ...) __attribute__((format(printf, 2, 3)));
int	nf_waitpid(int, int*, int);
char	*nf_getenv(const char*);
int	nf_setenv(const char*, const char*, int);
int	nf_unsetenv(const char*);
int	nf_argtest(int, char**, char*, int);
extern int	nf_errno;

/* Ninefold's struct dirent (sys/include/dirent.h) */
struct nfdirent {
	unsigned long	d_ino;
	unsigned char	d_type;
	char	d_name[256];
	unsigned char	d_qtype;
	unsigned long	d_qvers;
	unsigned long	d_9pmode;
	unsigned int	d_mode;
	long long	d_size;
	long	d_atime, d_mtime;
	unsigned long	d_dev;
	char	d_uid[32], d_gid[32], d_muid[32];
};
typedef struct NFDIR NFDIR;
NFDIR	*nf_opendir(const char*);
struct nfdirent	*nf_readdir(NFDIR*);
int	nf_closedir(NFDIR*);
void	nf_rewinddir(NFDIR*);
int	nf_dirfd(NFDIR*);
int	nf_mkdir(const char*, unsigned int);
int	nf_chmod(const char*, unsigned int);
int	nf_fchmod(int, unsigned int);
int	nf_truncate(const char*, long long);
int	nf_ftruncate(int, long long);
int	nf_fsync(int);
int	nf_rename(const char*, const char*);
int	nf_isatty(int);
int	nf_access(const char*, int);
struct nfutimbuf { long actime, modtime; };
int	nf_utime(const char*, const struct nfutimbuf*);
int	nf__wstatbuf(unsigned char*, int, const char*, unsigned long, unsigned long, unsigned long, unsigned long long);
int	nf_errstr(char*, unsigned);
void	nf_werrstr(char*, ...);
int	nf_open(const char*, int, ...);
int	nf_close(int);
int	nf_setjmp(long*) __attribute__((returns_twice));
void	nf_longjmp(long*, int) __attribute__((noreturn));
int	nf_getopt(int, char *const*, const char*);
extern char	*nf_optarg;
extern int	nf_optind, nf_opterr, nf_optopt;
double	nf_strtod(const char*, char**);
float	nf_strtof(const char*, char**);
double	nf_atof(const char*);
int	nf_sscanf(const char*, const char*, ...) __attribute__((format(scanf, 2, 3)));
int	nf_fscanf(NFFILE*, const char*, ...) __attribute__((format(scanf, 2, 3)));
struct tm	*nf_gmtime_r(const long*, struct tm*);
struct tm	*nf_gmtime(const long*);
struct tm	*nf_localtime(const long*);
long	nf_timegm(struct tm*);
long	nf_mktime(struct tm*);
double	nf_difftime(long, long);
size_t	nf_strftime(char*, size_t, const char*, const struct tm*);
char	*nf_asctime(const struct tm*);
char	*nf_ctime(const long*);
long	nf_time(long*);
int	nf_clock_gettime(int, struct timespec*);
int	nf_clock_getres(int, struct timespec*);
long	nf_clock(void);
int	nf_gettimeofday(struct timeval*, void*);
void	(*nf_signal(int, void (*)(int)))(int);
int	nf_raise(int);
int	nf_sigprocmask(int, const unsigned long*, unsigned long*);
int	nf_sigemptyset(unsigned long*);
int	nf_sigaddset(unsigned long*, int);
int	nf_sigismember(const unsigned long*, int);
void	nf__sigdispatch(void*, char*);
int	nf_kill(int, int);
long	nf_getline(char**, size_t*, NFFILE*);
long	nf_getdelim(char**, size_t*, int, NFFILE*);
char	*nf_strsep(char**, const char*);
int	nf_strcasecmp(const char*, const char*);
int	nf_strncasecmp(const char*, const char*, size_t);
char	*nf_basename(char*);
char	*nf_dirname(char*);
char	*nf_stpcpy(char*, const char*);
char	*nf_strsignal(int);
void	*nf_memrchr(const void*, int, size_t);
extern char	**nf_environ;

/* Ninefold's Dir (sys/include/fcall.h), to read nf_dirstat's result */
struct nfdir {
	unsigned short	type;
	unsigned int	dev;
	struct {
		unsigned long long	path;
		unsigned long	vers;
		unsigned char	type;
	} qid;
	unsigned long	mode, atime, mtime;
	long long	length;
	char	*name, *uid, *gid, *muid;
};
struct nfdir	*nf_dirstat(char*);
struct nfdir	*nf_dirfstat(int);
char	*nf_urljoin(char*, char*);

/* Ninefold's struct stat (sys/include/sys/stat.h), to read nf_stat's result */
struct nfstat {
	unsigned long	dev, ino;
	unsigned int	mode;
	unsigned long	nlink;
	unsigned int	uid, gid;
	unsigned long	rdev;
	long long	size;
	long	blksize, blocks;
	long	atime, mtime, ctime;
};
int	nf_stat(const char*, struct nfstat*);

/* libc_test.c: reports */
void	group(const char *name, int fails);
void	fail(const char *name, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* libc_fake.c: the fake kernel's state */
extern char	heap[64<<20];
extern long	brkoff;
extern int	awaitstatus;
extern char	lastnote[64];
extern long	lastopen;
extern char	*fakeerr;
extern long	notehandler, lastnoted;
extern int	dirjunk;
extern unsigned char	lastwstat[512];
extern long	nlastwstat;

/* the tests, by topic */
void	testfmtint(void), testfmtflt(void), teststrtol(void), teststrtod(void), testscanf(void);	/* libc_fmt_test.c */
void	teststring(void), testsort(void), testmalloc(void), testmisc(void);	/* libc_str_test.c */
void	teststdio(void), testwrappers(void), testdirstat(void), testappend(void), testdirent(void), testfiles(void);	/* libc_file_test.c */
void	testsetjmp(void), testgetopt(void), testtime(void), testsignal(void);	/* libc_sys_test.c */
extern char	scratch[];
void	putfile(const char *path, const char *s);	/* libc_file_test.c */
long	nf__sys_nsec(void);	/* libc_fake.c */
