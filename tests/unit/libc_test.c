/*
 * libc_test: host unit tests of Ninefold's libc.
 *
 * The libc sources are compiled freestanding with Ninefold's headers
 * and every symbol renamed with an nf_ prefix (see libc.mk), so they
 * link beside glibc.  This program compares them with glibc: the
 * printf engine, strtol and friends, the string and ctype functions,
 * qsort and bsearch.  The system call stubs are replaced by the fakes
 * below (over Linux calls and a private heap), which lets malloc,
 * stdio, stat decoding and waitpid's status encoding run too.
 *
 * One line per group of checks: "PASS name" or "FAIL name: why".
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

static int	nfail;

/* Report a group: PASS when it had no failures. */
static void
group(const char *name, int fails)
{
	if(fails == 0)
		printf("PASS %s\n", name);
	nfail += fails;
}

/* Report one failure of a group. */
static void
fail(const char *name, const char *fmt, ...)
{
	va_list ap;

	printf("FAIL %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

/*
 * The fake kernel.  Each nf__sys_NAME stands for the stub libc's
 * syscalls.c would generate, with the same raw convention (-errno).
 */
static long
sysr(long r)
{
	return r < 0 ? -errno : r;
}

static char	heap[64<<20];
static long	brkoff;
static int	awaitstatus;
static char	lastnote[64];

static long	dirread(int fd, unsigned char *buf, long n);
static int	isdirfd(int fd);
static DIR	*hostdirs[1024];

long nf__sys_pread(long fd, long buf, long n, long off)
{
	if(isdirfd(fd))
		return dirread(fd, (unsigned char*)buf, n);
	return sysr(off == -1 ? read(fd, (void*)buf, n) : pread(fd, (void*)buf, n, off));
}
long nf__sys_pwrite(long fd, long buf, long n, long off)
{
	return sysr(off == -1 ? write(fd, (void*)buf, n) : pwrite(fd, (void*)buf, n, off));
}
static long	lastopen = -1;	/* the flags of the last open */

long nf__sys_open(long path, long flags, long perm)
{
	int f;

	lastopen = flags;
	if((flags & 0x100) && (perm & 0x80000000L)){	/* create a directory */
		if(mkdir((char*)path, perm & 0777) < 0)
			return -errno;
		return sysr(open((char*)path, O_RDONLY|O_DIRECTORY));
	}

	f = flags & 3;
	if(flags & 0x10) f |= O_TRUNC;
	if(flags & 0x100) f |= O_CREAT;
	if(flags & 0x200) f |= O_EXCL;
	if(flags & 0x400) f |= O_APPEND;
	if(flags & 0x20) f |= O_CLOEXEC;
	return sysr(open((char*)path, f, (int)perm));
}
long nf__sys_close(long fd)
{
	if(fd >= 0 && fd < 1024 && hostdirs[fd] != NULL){
		closedir(hostdirs[fd]);
		hostdirs[fd] = NULL;
	}
	return sysr(close(fd));
}
long nf__sys_seek(long fd, long off, long whence)
{
	if(fd >= 0 && fd < 1024 && hostdirs[fd] != NULL && off == 0 && whence == 0)
		rewinddir(hostdirs[fd]);
	return sysr(lseek(fd, off, whence));
}
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
static char	*fakeerr = "fake error string";	/* what the fake kernel's errstr gives */
long nf__sys_errstr(long buf, long n) { snprintf((char*)buf, n, "%s", fakeerr); return 0; }
long nf__sys_nsec(void) { struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts); return ts.tv_sec*1000000000L + ts.tv_nsec; }
long nf__sys_getpid(void) { return 4242; }
long nf__sys_exits(long status) { fflush(stdout); _exit(status); }
long nf__sys_rfork(long flags) { return -ENOSYS; }
long nf__sys_exec(long path, long argv, long envp) { return -ENOENT; }
long nf__sys_await(long pid, long status, long flags) { *(int*)status = awaitstatus; return 77; }
long nf__sys_mmap(long a, long b, long c, long d, long e, long f) { return -ENOMEM; }
long nf__sys_munmap(long a, long b) { return 0; }
long nf__sys_sleep(long ms) { return 0; }
long nf__sys_postnote(long pid, long note) { snprintf(lastnote, sizeof lastnote, "%s", (char*)note); return 0; }
/* namespace calls the host tests do not exercise */
long nf__sys_chan(long fd) { return -ENOSYS; }
long nf__sys_pipe(long fd) { return -ENOSYS; }
long nf__sys_mount(long fd, long name, long flags, long aname) { return -ENOSYS; }
long nf__sys_bind(long url, long name, long flags) { return -ENOSYS; }
long nf__sys_unmount(long name) { return -ENOSYS; }
long nf__sys_chdir(long url) { return sysr(chdir((char*)url)); }
long nf__sys_remove(long url) { return sysr(remove((char*)url)); }
long nf__sys_getwd(long buf, long n) { return getcwd((char*)buf, n) == NULL ? -errno : 0; }

/* notes: notify records the handler, noted what it was told */
static long	notehandler = -1;
static long	lastnoted = -1;
long nf__sys_notify(long f) { notehandler = f; return 0; }
long nf__sys_noted(long v) { lastnoted = v; return 0; }

/* Put v little-endian in n bytes at p; return p+n. */
static unsigned char*
le(unsigned char *p, unsigned long long v, int n)
{
	for(; n > 0; n--, v >>= 8)
		*p++ = v;
	return p;
}

/* 9P stat bytes of host file st called name into buf (n bytes); length or 0. */
static long
packstat(unsigned char *buf, long n, struct stat *st, const char *name)
{
	static const char *strs[3] = { "glenda", "sys", "muid" };
	unsigned char *p;
	size_t len;
	int i, dir;

	len = strlen(name);
	if((long)(49 + len + 6 + 3 + 4) > n)
		return 0;
	dir = S_ISDIR(st->st_mode);
	p = le(buf + 2, 'M', 2);
	p = le(p, st->st_dev, 4);
	p = le(p, dir ? 0x80 : 0, 1);
	p = le(p, 0, 4);
	p = le(p, st->st_ino, 8);
	p = le(p, (dir ? 0x80000000UL : 0) | (st->st_mode & 0777), 4);
	p = le(p, st->st_atime, 4);
	p = le(p, st->st_mtime, 4);
	p = le(p, dir ? 0 : st->st_size, 8);
	p = le(p, len, 2);
	memcpy(p, name, len);
	p += len;
	for(i = 0; i < 3; i++){
		p = le(p, strlen(strs[i]), 2);
		memcpy(p, strs[i], strlen(strs[i]));
		p += strlen(strs[i]);
	}
	le(buf, p - buf - 2, 2);
	return p - buf;
}

/* The host path open on fd, into buf. */
static char*
fdpath(int fd, char *buf, size_t n)
{
	char link[64];
	ssize_t r;

	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	r = readlink(link, buf, n - 1);
	buf[r < 0 ? 0 : r] = 0;
	return buf;
}

static int
isdirfd(int fd)
{
	struct stat st;

	return fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
}

static int	dirjunk;	/* directory reads return garbage */

/* A directory read: as many whole 9P stat entries as fit in n bytes. */
static long
dirread(int fd, unsigned char *buf, long n)
{
	struct dirent *e;
	struct stat st;
	DIR *d;
	long pos, tot, k;

	if(dirjunk){
		memset(buf, 0xee, 10);
		return 10;
	}
	if(fd >= 1024)
		return -EINVAL;
	d = hostdirs[fd];
	if(d == NULL){
		d = hostdirs[fd] = fdopendir(dup(fd));
		if(d == NULL)
			return -errno;
		rewinddir(d);
	}
	for(tot = 0;;){
		pos = telldir(d);
		e = readdir(d);
		if(e == NULL)
			break;
		if(strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if(fstatat(dirfd(d), e->d_name, &st, 0) < 0)
			continue;
		k = packstat(buf + tot, n - tot, &st, e->d_name);
		if(k == 0){
			seekdir(d, pos);
			if(tot == 0)
				return -EINVAL;
			break;
		}
		tot += k;
	}
	return tot;
}

long nf__sys_fstat(long fd, long buf, long n)
{
	struct stat st;
	char path[4096];

	if(fstat(fd, &st) < 0)
		return -errno;
	fdpath(fd, path, sizeof path);
	return packstat((unsigned char*)buf, n, &st, strrchr(path, '/') ? strrchr(path, '/') + 1 : path);
}

static unsigned char	lastwstat[512];
static long	nlastwstat;

/* Do what the 9P wstat bytes buf ask to the host file path. */
static long
applywstat(const char *path, const unsigned char *buf, long n)
{
	unsigned long long v;
	unsigned long m, at, mt;
	struct timeval tv[2];
	struct stat st;
	char npath[4096], *sl;
	int len, i;

	memcpy(lastwstat, buf, n < 512 ? n : 512);
	nlastwstat = n;
	if(n < 49 || (long)(buf[0] | buf[1]<<8) + 2 != n)
		return -EPROTO;
#define G(off, k) ({ unsigned long long x_ = 0; for(i = k-1; i >= 0; i--) x_ = x_<<8 | buf[off+i]; x_; })
	m = G(21, 4);
	at = G(25, 4);
	mt = G(29, 4);
	v = G(33, 8);
	len = G(41, 2);
	if(m != 0xffffffffUL && chmod(path, m & 0777) < 0)
		return -errno;
	if(at != 0xffffffffUL || mt != 0xffffffffUL){
		if(stat(path, &st) < 0)
			return -errno;
		tv[0].tv_sec = at != 0xffffffffUL ? (long)at : st.st_atime;
		tv[1].tv_sec = mt != 0xffffffffUL ? (long)mt : st.st_mtime;
		tv[0].tv_usec = tv[1].tv_usec = 0;
		if(utimes(path, tv) < 0)
			return -errno;
	}
	if(v != ~0ULL && truncate(path, v) < 0)
		return -errno;
	if(len > 0){
		snprintf(npath, sizeof npath, "%s", path);
		sl = strrchr(npath, '/');
		sl = sl ? sl + 1 : npath;
		snprintf(sl, sizeof npath - (sl - npath), "%.*s", len, (char*)buf + 43);
		if(access(npath, F_OK) == 0)
			return -EEXIST;
		if(rename(path, npath) < 0)
			return -errno;
	}
#undef G
	return 0;
}

long nf__sys_wstat(long url, long buf, long n) { return applywstat((char*)url, (unsigned char*)buf, n); }
long nf__sys_fwstat(long fd, long buf, long n)
{
	char path[4096];

	return applywstat(fdpath(fd, path, sizeof path), (unsigned char*)buf, n);
}

/*
 * 9P stat bytes for a 1234-byte directory "d" or file "f", an entry
 * whose name runs past its end for "bad", else the host's.
 */
long nf__sys_stat(long path, long buf, long n)
{
	unsigned char *p, *s;
	struct stat st;
	int i;

	if(strcmp((char*)path, "bad") == 0){
		memset((char*)buf, 0, 60);
		le((unsigned char*)buf, 58, 2);
		le((unsigned char*)buf + 41, 500, 2);
		return 60;
	}
	if(strcmp((char*)path, "d") != 0 && strcmp((char*)path, "f") != 0){
		if(stat((char*)path, &st) < 0)
			return -errno;
		{
			char tmp[4096];

			snprintf(tmp, sizeof tmp, "%s", (char*)path);
			return packstat((unsigned char*)buf, n, &st, basename(tmp));
		}
	}
	s = p = (unsigned char*)buf;
	p = le(p, 0, 2);
	p = le(p, 'M', 2);
	p = le(p, 7, 4);
	p = le(p, strcmp((char*)path, "d") == 0 ? 0x80 : 0, 1);
	p = le(p, 3, 4);
	p = le(p, 0x1122334455667788ULL, 8);
	p = le(p, (strcmp((char*)path, "d") == 0 ? 0x80000000 : 0) | 0755, 4);
	p = le(p, 1000, 4);
	p = le(p, 2000, 4);
	p = le(p, 1234, 8);
	for(i = 0; i < 4; i++){
		p = le(p, 1, 2);
		*p++ = "dugm"[i];
	}
	le(s, p - s - 2, 2);
	return p - s;
}

/* Compare one snprintf result with glibc's. */
static int
cmpfmt(const char *what, const char *a, int ra, const char *b, int rb)
{
	if(ra != rb || strcmp(a, b) != 0){
		fail("fmt", "%s: got \"%s\" (%d), want \"%s\" (%d)", what, a, ra, b, rb);
		return 1;
	}
	return 0;
}

#define F(...) do { \
	char a_[2048], b_[2048]; \
	int ra_ = nf_snprintf(a_, sizeof a_, __VA_ARGS__); \
	int rb_ = snprintf(b_, sizeof b_, __VA_ARGS__); \
	fails += cmpfmt(#__VA_ARGS__, a_, ra_, b_, rb_); \
} while(0)

/* nf_snprintf without the compiler's format checking, for %r. */
static int
plain(const char *fmt, char *buf, size_t n)
{
	int (*f)(char*, size_t, const char*, ...);

	f = nf_snprintf;
	return f(buf, n, fmt);
}

/* Integer, string, character and pointer conversions against glibc. */
static void
testfmtint(void)
{
	static const char *ifmts[] = {
		"%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "% 05d",
		"%.3d", "%8.3d", "%-8.3d|", "%08.3d", "%.0d", "%+.0d", "% .0d",
		"%-+8d|", "%+ d", "%0-6d|", "%1d", "%.10d", "%20.15d",
	};
	static const char *ufmts[] = {
		"%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%#.0o", "%#.0x",
		"%#.3x", "%#08x", "%#8x", "%-#8x|", "%08o", "%#08o", "%.0x", "%.5o",
		"%#5.3o", "%12u", "%-12u|", "%012X",
	};
	static const int ivals[] = { 0, 1, -1, 42, -42, 7, 100, 99999, INT_MAX, INT_MIN, 255, -255 };
	static const unsigned uvals[] = { 0, 1, 8, 0xff, 0x1234abcd, 0777, UINT_MAX, 1000000 };
	char *volatile nul = NULL;
	int fails, x;
	size_t i, j;

	fails = 0;
	for(i = 0; i < sizeof ifmts / sizeof ifmts[0]; i++)
		for(j = 0; j < sizeof ivals / sizeof ivals[0]; j++){
			char a[256], b[256];
			int ra, rb;
			char what[64];

			ra = nf_snprintf(a, sizeof a, ifmts[i], ivals[j]);
			rb = snprintf(b, sizeof b, ifmts[i], ivals[j]);
			snprintf(what, sizeof what, "%s, %d", ifmts[i], ivals[j]);
			fails += cmpfmt(what, a, ra, b, rb);
		}
	for(i = 0; i < sizeof ufmts / sizeof ufmts[0]; i++)
		for(j = 0; j < sizeof uvals / sizeof uvals[0]; j++){
			char a[256], b[256];
			int ra, rb;
			char what[64];

			ra = nf_snprintf(a, sizeof a, ufmts[i], uvals[j]);
			rb = snprintf(b, sizeof b, ufmts[i], uvals[j]);
			snprintf(what, sizeof what, "%s, %u", ufmts[i], uvals[j]);
			fails += cmpfmt(what, a, ra, b, rb);
		}
	F("%ld %ld %ld", LONG_MIN, LONG_MAX, 0L);
	F("%lu %lx %lo", ULONG_MAX, ULONG_MAX, ULONG_MAX);
	F("%lld %llu %llx %#llX", LLONG_MIN, ULLONG_MAX, 0x123456789abcdefULL, 0xfedcba9876543210ULL);
	F("%hhd %hhu %hhx", 300, -1, 0x1ff);
	F("%hd %hu %hx", 70000, -1, 0x12345);
	F("%zu %zd %zx", SIZE_MAX, (ssize_t)-5, (size_t)0xabc);
	F("%jd %ju", INTMAX_MIN, UINTMAX_MAX);
	F("%td %tx", (ptrdiff_t)-12345, (ptrdiff_t)0x7f);
	F("%+ld|% 20ld|%-20ld|%020ld", LONG_MIN, LONG_MIN, LONG_MIN, LONG_MIN);
	F("%*d|%-*d|%*d", 6, 42, 6, 42, -6, 42);
	F("%.*d|%.*d|%*.*d", 5, 42, -3, 42, 8, 4, -7);
	F("%c%c%c", 'a', 'b', 'c');
	F("%5c|%-5c|%c", 'x', 'y', 0x41);
	F("%s|%10s|%-10s|%.3s|%10.3s|%-10.3s|%.0s|", "hello", "hello", "hello", "hello", "hello", "hello", "hello");
	F("%.*s|%*s|%-*s|", 2, "abcdef", 7, "ab", -7, "ab");
	F("%s", (char*)nul);
	F("%10s|", (char*)nul);
	F("%p %p", (void*)0x1234, (void*)0x7fffdeadbeef);
	F("%p|%20p|%-20p|", (void*)nul, (void*)0xabc, (void*)0xabc);
	F("%%|abc%%def|%d%%", 5);
	F("%s=%d (%#x) %c%% %5.2s", "key", 255, 255, 'z', "xyz");
	F("no conversions at all");
	F("%s", "");
	F("%d %s %u %x %c %ld %s", -1, "two", 3u, 4u, '5', 6L, "seven");
	F("%0*d|%0*d|", 6, -42, -6, -42);

	{
		char buf[16];
		int r;

		memset(buf, 'X', sizeof buf);
		r = nf_snprintf(buf, 5, "hello %s", "world");
		if(r != 11 || strcmp(buf, "hell") != 0 || buf[5] != 'X'){
			fail("fmt", "truncation: got \"%s\" %d", buf, r);
			fails++;
		}
		r = nf_snprintf(NULL, 0, "%d", 123456);
		if(r != 6){
			fail("fmt", "size 0: got %d", r);
			fails++;
		}
		r = nf_snprintf(buf, 1, "abc");
		if(r != 3 || buf[0] != 0){
			fail("fmt", "size 1: got %d", r);
			fails++;
		}
		r = nf_sprintf(buf, "%05d|%s", 42, "ok");
		if(r != 8 || strcmp(buf, "00042|ok") != 0){
			fail("fmt", "sprintf: got \"%s\" %d", buf, r);
			fails++;
		}
		x = plain("%r", buf, sizeof buf);
		if(x != 17 || strcmp(buf, "fake error stri") != 0){
			fail("fmt", "%%r: got \"%s\" %d", buf, x);
			fails++;
		}
		/* no error string: %r falls back to strerror(errno) */
		fakeerr = "";
		nf_errno = ENOENT;
		x = plain("<%r>", buf, sizeof buf);
		fakeerr = "fake error string";
		if(strlen(nf_strerror(ENOENT)) < 3 || x != (int)strlen(nf_strerror(ENOENT)) + 2
		|| strncmp(buf + 1, nf_strerror(ENOENT), strlen(buf) - 2) != 0){
			fail("fmt", "%%r without a string: got \"%s\" %d", buf, x);
			fails++;
		}
	}
	group("fmt_int", fails);
}

/* Floating point conversions against glibc, fixed cases and random ones. */
static void
testfmtflt(void)
{
	static const double vals[] = {
		0.0, -0.0, 1.0, -1.0, 0.5, 0.25, 0.125, 1.5, 2.5, 3.5, 0.05, 0.15,
		0.35, 1e-5, 1e-4, 123456.0, 999999.5, 9.9999995, 1e6, 1e15, 1e16,
		1e17, 1e21, 1e100, 1.7976931348623157e308, 2.2250738585072014e-308,
		4.9406564584124654e-324, 3.141592653589793, 2.718281828459045,
		0.1, 0.2, 0.3, 1.0/3.0, 2.0/3.0, 100.0, 1e-300, 123.456, -987.654321,
		9.5, 0.95, 0.995, 0.9995, 5e-5, 12345678901234567890.0,
	};
	static const char *fmts[] = {
		"%f", "%e", "%g", "%E", "%G", "%F", "%.0f", "%.0e", "%.0g", "%#.0f",
		"%#.0e", "%#g", "%#.3g", "%.1f", "%.2f", "%.3e", "%.10f", "%.17g",
		"%.20e", "%.30f", "%.40g", "%10.3f|", "%-10.3f|", "%010.3f", "%+f",
		"% f", "%+.2e", "%012.4e", "%-12.4e|", "%+010g", "%.1g", "%.2g",
		"%.15g", "%.16g", "%.60e", "%.350f", "%g|%g",
	};
	char a[2048], b[2048], what[128];
	double v;
	unsigned long long bits;
	int fails, ra, rb, p, k;
	size_t i, j;

	fails = 0;
	for(i = 0; i < sizeof fmts / sizeof fmts[0]; i++)
		for(j = 0; j < sizeof vals / sizeof vals[0]; j++){
			ra = nf_snprintf(a, sizeof a, fmts[i], vals[j], -vals[j]);
			rb = snprintf(b, sizeof b, fmts[i], vals[j], -vals[j]);
			if(strcmp(fmts[i], "%#g") == 0 && vals[j] == 999999.5){
				/* glibc 2.36 prints 1.e+06, dropping the zeros # keeps */
				rb = snprintf(b, sizeof b, "1.00000e+06");
			}
			snprintf(what, sizeof what, "%s, %.17g", fmts[i], vals[j]);
			fails += cmpfmt(what, a, ra, b, rb);
		}
	F("%f %e %g %F %E %G", INFINITY, -INFINITY, INFINITY, INFINITY, -INFINITY, INFINITY);
	F("%f %e %g %F", NAN, NAN, -NAN, NAN);
	F("%10f|%-10e|%010g|%+f", INFINITY, -INFINITY, INFINITY, NAN);
	F("%Lf %Le %Lg", 1.5L, 2.25L, 1e10L);

	srand(9);
	for(k = 0; k < 20000 && fails < 20; k++){
		if(k % 2){
			bits = (unsigned long long)rand() << 42 ^ (unsigned long long)rand() << 21 ^ rand();
			memcpy(&v, &bits, sizeof v);
			if(isnan(v))
				continue;
		}else
			v = (rand() / (double)RAND_MAX - 0.5) * pow(10, rand() % 60 - 30);
		p = rand() % 22;
		ra = nf_snprintf(a, sizeof a, "%.*e|%.*g|%#.*g", p, v, p, v, p, v);
		rb = snprintf(b, sizeof b, "%.*e|%.*g|%#.*g", p, v, p, v, p, v);
		snprintf(what, sizeof what, "%%.%de|g|#g, %a", p, v);
		fails += cmpfmt(what, a, ra, b, rb);
		if(fabs(v) < 1e40){
			ra = nf_snprintf(a, sizeof a, "%.*f", p, v);
			rb = snprintf(b, sizeof b, "%.*f", p, v);
			snprintf(what, sizeof what, "%%.%df, %a", p, v);
			fails += cmpfmt(what, a, ra, b, rb);
		}
	}
	group("fmt_float", fails);
}

/* strtol, strtoul, strtoll, strtoull, atoi against glibc. */
static void
teststrtol(void)
{
	static const char *strs[] = {
		"0", "123", "-123", "+42", "  \t\n 77", "0x1A", "0X1a", "0x", "0xg",
		"-0x10", "010", "09", "z", "Z9", "", "   ", "-", "+", "+-1", "- 1",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"99999999999999999999999", "-1", "-18446744073709551615",
		"-18446744073709551616", "1e5", "12abc", "0b101", "1_000", "7fffffffffffffff",
		"8000000000000000", "ffffffffffffffff", "10000000000000000", "zzzzzzzzzzzzz",
		"1y2p0ij32e8e7", "1y2p0ij32e8e8", "  -0", "00000000000000000000000000001",
	};
	static const int bases[] = { 0, 2, 8, 10, 16, 36 };
	char *ea, *eb;
	int fails, errna, errnb, ia, ib;
	size_t i, j;

	fails = 0;
	for(i = 0; i < sizeof strs / sizeof strs[0]; i++)
		for(j = 0; j < sizeof bases / sizeof bases[0]; j++){
			const char *s = strs[i];
			int b = bases[j];
#define CMP(fn, type, pf) do { \
	type va, vb; \
	nf_errno = 0; errno = 0; \
	va = nf_##fn(s, &ea, b); errna = nf_errno; \
	vb = fn(s, &eb, b); errnb = errno; \
	if(va != vb || errna != errnb || ea - s != eb - s){ \
		fail("strtol", #fn "(\"%s\", %d): got " pf " errno %d end %ld, want " pf " errno %d end %ld", \
			s, b, va, errna, (long)(ea - s), vb, errnb, (long)(eb - s)); \
		fails++; \
	} \
} while(0)
			CMP(strtol, long, "%ld");
			CMP(strtoll, long long, "%lld");
			CMP(strtoul, unsigned long, "%lu");
			CMP(strtoull, unsigned long long, "%llu");
		}
	/* bad bases */
	for(j = 0; j < 3; j++){
		int b = j == 0 ? 1 : j == 1 ? 37 : -2;
		nf_errno = 0;
		if(nf_strtol(strs[1], &ea, b) != 0 || nf_errno != EINVAL || ea != strs[1]){
			fail("strtol", "base %d: errno %d", b, nf_errno);
			fails++;
		}
	}
	nf_strtol("123", NULL, 10);
	for(i = 0; i < sizeof strs / sizeof strs[0]; i++){
		if(strlen(strs[i]) > 11)
			continue;
		ia = nf_atoi(strs[i]);
		ib = atoi(strs[i]);
		if(ia != ib){
			fail("strtol", "atoi(\"%s\"): got %d want %d", strs[i], ia, ib);
			fails++;
		}
	}
	group("strtol", fails);
}

static int	sgn(int x) { return x < 0 ? -1 : x > 0; }

/* The string and memory functions against glibc (or known answers). */
static void
teststring(void)
{
	static const char *strs[] = { "", "a", "abc", "abd", "ab", "hello world", "\x80\xff", "aaab", "aab" };
	char a[64], b[64], big[300], big2[300], *p, *q;
	int fails, i, j, c, n;

	fails = 0;
#define T(cond, ...) do { if(!(cond)){ fail("string", __VA_ARGS__); fails++; } } while(0)
	for(i = 0; i < 9; i++){
		const char *s = strs[i];
		T(nf_strlen(s) == strlen(s), "strlen(\"%s\")", s);
		for(n = 0; n < 5; n++)
			T(nf_strnlen(s, n) == strnlen(s, n), "strnlen(\"%s\", %d)", s, n);
		for(j = 0; j < 9; j++){
			const char *t = strs[j];
			T(sgn(nf_strcmp(s, t)) == sgn(strcmp(s, t)), "strcmp(\"%s\", \"%s\")", s, t);
			for(n = 0; n < 5; n++){
				T(sgn(nf_strncmp(s, t, n)) == sgn(strncmp(s, t, n)), "strncmp(\"%s\", \"%s\", %d)", s, t, n);
				T(sgn(nf_memcmp(s, t, n < 1+strlen(s) && n < 1+strlen(t) ? n : 0))
					== sgn(memcmp(s, t, n < 1+strlen(s) && n < 1+strlen(t) ? n : 0)), "memcmp %d %d %d", i, j, n);
			}
			T(nf_strstr(s, t) == strstr(s, t), "strstr(\"%s\", \"%s\")", s, t);
			T(nf_strspn(s, t) == strspn(s, t), "strspn(\"%s\", \"%s\")", s, t);
			T(nf_strcspn(s, t) == strcspn(s, t), "strcspn(\"%s\", \"%s\")", s, t);
			T(nf_strpbrk(s, t) == strpbrk(s, t), "strpbrk(\"%s\", \"%s\")", s, t);
		}
		for(c = 0; c < 256; c += 1)
			if(c == 0 || c == 'a' || c == 'b' || c == 'o' || c == 0xff || c == 'z'){
				T(nf_strchr(s, c) == strchr(s, c), "strchr(\"%s\", %d)", s, c);
				T(nf_strrchr(s, c) == strrchr(s, c), "strrchr(\"%s\", %d)", s, c);
				T(nf_memchr(s, c, strlen(s)) == memchr(s, c, strlen(s)), "memchr(\"%s\", %d)", s, c);
			}
	}
	T(nf_strchr("abc", 'a' + 256) == strchr("abc", 'a' + 256), "strchr int arg");

	/* copies */
	memset(a, 'X', sizeof a);
	T(nf_strcpy(a, "hello") == a && strcmp(a, "hello") == 0 && a[6] == 'X', "strcpy");
	T(nf_strcat(a, " you") == a && strcmp(a, "hello you") == 0, "strcat");
	T(nf_strncat(a, "123456", 3) == a && strcmp(a, "hello you123") == 0, "strncat");
	memset(a, 'X', sizeof a);
	memset(b, 'X', sizeof b);
	T(nf_strncpy(a, "ab", 6) == a && memcmp(a, strncpy(b, "ab", 6), 8) == 0, "strncpy pad");
	T(nf_strncpy(a, "abcdefgh", 4) == a && memcmp(a, strncpy(b, "abcdefgh", 4), 8) == 0, "strncpy cut");
	memset(a, 'X', sizeof a);
	T(nf_strlcpy(a, "hello", 4) == 5 && strcmp(a, "hel") == 0, "strlcpy cut");
	T(nf_strlcpy(a, "hi", 10) == 2 && strcmp(a, "hi") == 0, "strlcpy");
	T(nf_strlcpy(a, "zz", 0) == 2 && strcmp(a, "hi") == 0, "strlcpy 0");
	T(nf_strlcat(a, "there", 6) == 7 && strcmp(a, "hithe") == 0, "strlcat cut");
	T(nf_strlcat(a, "!", 6) == 6 && strcmp(a, "hithe") == 0, "strlcat full");
	T(nf_strlcat(a, "x", 3) == 4 && strcmp(a, "hithe") == 0, "strlcat short buffer");
	strcpy(a, "  one, two,,three  ");
	strcpy(b, a);
	for(p = nf_strtok(a, " ,"), q = strtok(b, " ,"); p != NULL || q != NULL;
	    p = nf_strtok(NULL, " ,"), q = strtok(NULL, " ,")){
		if(p == NULL || q == NULL || p - a != q - b){
			fail("string", "strtok");
			fails++;
			break;
		}
	}
	p = nf_strdup("duplicate me");
	T(p != NULL && strcmp(p, "duplicate me") == 0, "strdup");
	nf_free(p);
	p = nf_strndup("duplicate me", 3);
	T(p != NULL && strcmp(p, "dup") == 0, "strndup");
	nf_free(p);
	T(strcmp(nf_strerror(2), "file does not exist") == 0, "strerror(ENOENT)");
	T(strcmp(nf_strerror(112), "server gone") == 0, "strerror(EHOSTDOWN)");
	T(strcmp(nf_strerror(9999), "unknown error") == 0, "strerror unknown");

	/* memory: every length and overlap up to a few dozen bytes */
	for(n = 0; n < 70; n++)
		for(i = 0; i < 8; i++)
			for(j = 0; j < 8; j++){
				for(c = 0; c < 300; c++)
					big[c] = big2[c] = c * 7 + 3;
				T(nf_memmove(big + 100 + i, big + 100 + j, n) == big + 100 + i, "memmove ret");
				memmove(big2 + 100 + i, big2 + 100 + j, n);
				T(memcmp(big, big2, sizeof big) == 0, "memmove %d %d %d", n, i, j);
				T(nf_memcpy(big + i, big + 150 + j, n) == big + i, "memcpy ret");
				memcpy(big2 + i, big2 + 150 + j, n);
				T(memcmp(big, big2, sizeof big) == 0, "memcpy %d %d %d", n, i, j);
				T(nf_memset(big + i, j * 40, n) == big + i, "memset ret");
				memset(big2 + i, j * 40, n);
				T(memcmp(big, big2, sizeof big) == 0, "memset %d %d %d", n, i, j);
			}

	/* ctype, over every byte and EOF */
	for(c = -1; c < 256; c++){
#define CT(f) T(!nf_##f(c) == !f(c), #f "(%d)", c)
		CT(isalnum); CT(isalpha); CT(isblank); CT(iscntrl); CT(isdigit);
		CT(isgraph); CT(islower); CT(isprint); CT(ispunct); CT(isspace);
		CT(isupper); CT(isxdigit);
		T(nf_tolower(c) == tolower(c), "tolower(%d)", c);
		T(nf_toupper(c) == toupper(c), "toupper(%d)", c);
	}
	group("string", fails);
}

typedef struct Rec Rec;
struct Rec {
	int	key;
	int	seq;
	char	pad[16];
};

static int
intcmp(const void *a, const void *b)
{
	int x = *(const int*)a, y = *(const int*)b;
	return x < y ? -1 : x > y;
}

static int
reccmp(const void *a, const void *b)
{
	return intcmp(&((const Rec*)a)->key, &((const Rec*)b)->key);
}

/* qsort on many shapes of input; bsearch for present and absent keys. */
static void
testsort(void)
{
	static const int sizes[] = { 0, 1, 2, 3, 7, 8, 9, 10, 17, 50, 100, 1000, 10000 };
	static int x[10000], y[10000];
	static Rec r[1000];
	int fails, shape, i, n, key, *hit;
	size_t k;

	fails = 0;
	srand(5);
	for(k = 0; k < sizeof sizes / sizeof sizes[0]; k++)
		for(shape = 0; shape < 6; shape++){
			n = sizes[k];
			for(i = 0; i < n; i++){
				switch(shape){
				case 0: x[i] = rand(); break;
				case 1: x[i] = i; break;
				case 2: x[i] = n - i; break;
				case 3: x[i] = 5; break;
				case 4: x[i] = rand() % 4; break;
				default: x[i] = i % 2 ? i : -i; break;
				}
				y[i] = x[i];
			}
			nf_qsort(x, n, sizeof x[0], intcmp);
			qsort(y, n, sizeof y[0], intcmp);
			if(memcmp(x, y, n * sizeof x[0]) != 0){
				fail("sort", "qsort n=%d shape %d", n, shape);
				fails++;
			}
			for(i = 0; i < n; i += 1 + n/50){
				key = x[i];
				hit = nf_bsearch(&key, x, n, sizeof x[0], intcmp);
				if(hit == NULL || *hit != key){
					fail("sort", "bsearch n=%d shape %d key %d", n, shape, key);
					fails++;
				}
			}
			if(shape == 1){
				key = -1;
				if(nf_bsearch(&key, x, n, sizeof x[0], intcmp) != NULL
				|| (key = n, nf_bsearch(&key, x, n, sizeof x[0], intcmp)) != NULL){
					fail("sort", "bsearch absent n=%d", n);
					fails++;
				}
			}
		}
	for(i = 0; i < 1000; i++){
		r[i].key = rand() % 100;
		r[i].seq = i;
	}
	nf_qsort(r, 1000, sizeof r[0], reccmp);
	for(i = 1; i < 1000; i++)
		if(r[i-1].key > r[i].key){
			fail("sort", "qsort records at %d", i);
			fails++;
			break;
		}
	group("sort", fails);
}

/* malloc, free, realloc, calloc over the fake heap. */
static void
testmalloc(void)
{
	enum { N = 2000 };
	static unsigned char *p[N];
	static size_t sz[N];
	long top, base;
	int fails, i, k, bad;
	size_t j;
	unsigned char *q, *z;

	fails = 0;
	srand(3);
	base = brkoff;
	for(k = 0; k < 200000; k++){
		i = rand() % N;
		if(p[i] != NULL){
			for(bad = 0, j = 0; j < sz[i]; j++)
				bad |= p[i][j] != (unsigned char)(i + j);
			if(bad){
				fail("malloc", "block %d corrupted", i);
				fails++;
				break;
			}
			if(rand() % 3 == 0){
				sz[i] = rand() % (rand() % 10 == 0 ? 50000 : 200);
				q = nf_realloc(p[i], sz[i]);
				if(sz[i] == 0){
					p[i] = NULL;
					continue;
				}
				p[i] = q;
			}else{
				nf_free(p[i]);
				p[i] = NULL;
				continue;
			}
		}else{
			sz[i] = rand() % (rand() % 10 == 0 ? 50000 : 200);
			p[i] = nf_malloc(sz[i]);
		}
		if(p[i] == NULL || ((unsigned long)p[i] & 15) != 0){
			fail("malloc", "bad pointer %p for %zu bytes", (void*)p[i], sz[i]);
			fails++;
			break;
		}
		for(j = 0; j < sz[i]; j++)
			p[i][j] = i + j;
	}
	for(i = 0; i < N; i++){
		nf_free(p[i]);
		p[i] = NULL;
	}
	/*
	 * everything is free and merged into one block on top of the
	 * heap, which went back to the kernel but for 64 KiB (and a page)
	 */
	if(brkoff > base + 64*1024 + 4096 + 16 || ((long)heap + brkoff) % 4096 != 0){
		fail("malloc", "heap not trimmed: %ld bytes above %ld", brkoff - base, base);
		fails++;
	}
	/* a big block freed on top goes back at once; one below a block in use stays */
	top = brkoff;
	q = nf_malloc(1<<20);
	z = nf_malloc(100000);	/* more than the 64 KiB kept: above q */
	if(q == NULL || z == NULL || z < q || brkoff < top + (1<<20)){
		fail("malloc", "big block: heap %ld, was %ld", brkoff, top);
		fails++;
	}
	k = brkoff;
	nf_free(q);
	if(brkoff != k){
		fail("malloc", "trimmed below a block in use");
		fails++;
	}
	nf_free(z);
	if(brkoff > top + 4096){
		fail("malloc", "big block not given back: heap %ld, was %ld", brkoff, top);
		fails++;
	}
	z = nf_calloc(1000, 10);
	for(bad = 0, j = 0; z != NULL && j < 10000; j++)
		bad |= z[j];
	if(z == NULL || bad){
		fail("malloc", "calloc not zeroed");
		fails++;
	}
	nf_free(z);
	nf_errno = 0;
	if(nf_calloc(SIZE_MAX / 2, 4) != NULL || nf_errno != ENOMEM){
		fail("malloc", "calloc overflow");
		fails++;
	}
	nf_errno = 0;
	if(nf_malloc(SIZE_MAX - 8) != NULL || nf_errno != ENOMEM){
		fail("malloc", "huge malloc");
		fails++;
	}
	if(nf_malloc(sizeof heap) != NULL){
		fail("malloc", "malloc past the heap");
		fails++;
	}
	q = nf_malloc(0);
	if(q == NULL){
		fail("malloc", "malloc(0)");
		fails++;
	}
	nf_free(q);
	nf_free(NULL);
	group("malloc", fails);
}

/* stdio over real files, through the fake system calls. */
static void
teststdio(void)
{
	char path[] = "/tmp/nflibcXXXXXX", buf[9000], line[64];
	NFFILE *f;
	FILE *g;
	int fails, fd, i, n;

	fails = 0;
	fd = mkstemp(path);
	close(fd);
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("stdio", __VA_ARGS__); fails++; } } while(0)
	f = nf_fopen(path, "w");
	T(f != NULL, "fopen w");
	if(f == NULL)
		goto out;
	for(i = 0; i < 1000; i++)
		nf_fprintf(f, "line %d %s\n", i, i % 2 ? "odd" : "even");
	nf_fputs("tail", f);
	nf_fputc('!', f);
	T(nf_fclose(f) == 0, "fclose");
	g = fopen(path, "r");
	for(i = 0; i < 1000; i++){
		if(fgets(line, sizeof line, g) == NULL){
			fail("stdio", "short file at %d", i);
			fails++;
			break;
		}
		snprintf(buf, sizeof buf, "line %d %s\n", i, i % 2 ? "odd" : "even");
		if(strcmp(line, buf) != 0){
			fail("stdio", "line %d: %s", i, line);
			fails++;
			break;
		}
	}
	T(fgets(line, sizeof line, g) != NULL && strcmp(line, "tail!") == 0, "tail");
	fclose(g);

	f = nf_fopen(path, "r");
	T(f != NULL, "fopen r");
	if(f == NULL)
		goto out;
	for(i = 0; i < 1000; i++){
		snprintf(buf, sizeof buf, "line %d %s\n", i, i % 2 ? "odd" : "even");
		if(nf_fgets(line, sizeof line, f) == NULL || strcmp(line, buf) != 0){
			fail("stdio", "fgets line %d", i);
			fails++;
			break;
		}
	}
	T(nf_fgets(line, 3, f) != NULL && strcmp(line, "ta") == 0, "fgets short");
	T(nf_fgetc(f) == 'i', "fgetc");
	T(nf_ungetc('I', f) == 'I' && nf_fgetc(f) == 'I', "ungetc");
	T(nf_fgets(line, sizeof line, f) != NULL && strcmp(line, "l!") == 0, "fgets last");
	T(nf_fgets(line, sizeof line, f) == NULL && nf_feof(f), "eof");
	T(nf_fseek(f, 5, SEEK_SET) == 0 && nf_ftell(f) == 5, "fseek/ftell");
	T(nf_fread(buf, 1, 9000, f) == 9000 && memcmp(buf, "0 even\nline 1 odd\n", 18) == 0, "fread big");
	T(nf_ftell(f) == 9005, "ftell after fread");
	T(nf_fseek(f, -3, SEEK_END) == 0 && nf_fread(buf, 1, 10, f) == 3 && memcmp(buf, "il!", 3) == 0, "fseek end");
	nf_fclose(f);

	f = nf_fopen(path, "a");
	nf_fwrite("++", 1, 2, f);
	nf_fclose(f);
	f = nf_fopen(path, "r+");
	T(f != NULL, "fopen r+");
	if(f != NULL){
		T(nf_fgetc(f) == 'l', "r+ read");
		nf_fputs("XYZ", f);
		nf_fflush(f);
		T(nf_fseek(f, -5, SEEK_END) == 0, "r+ seek");
		T(nf_fread(buf, 1, 5, f) == 5 && memcmp(buf, "il!++", 5) == 0, "append");
		nf_fclose(f);
	}
	g = fopen(path, "r");
	T(fread(buf, 1, 6, g) == 6 && memcmp(buf, "lXYZ 0", 6) == 0, "r+ write lands after read");
	fclose(g);

	fd = open(path, O_WRONLY|O_TRUNC);
	n = nf_dprintf(fd, "%s-%d-%05.1f", "dprintf", 7, 2.25);
	close(fd);
	g = fopen(path, "r");
	i = fread(buf, 1, sizeof buf, g);
	fclose(g);
	T(n == 15 && i == 15 && memcmp(buf, "dprintf-7-002.2", 15) == 0, "dprintf: %d %.*s", n, i, buf);
	T(nf_fopen("/nonexistent/dir/x", "r") == NULL && nf_errno == ENOENT, "fopen missing: errno %d", nf_errno);
	T(nf_fopen(path, "q") == NULL && nf_errno == EINVAL, "fopen bad mode");
out:
	unlink(path);
	group("stdio", fails);
}

/* The small system call wrappers that only translate. */
static void
testwrappers(void)
{
	struct nfstat st;
	char out[128];
	char *av1[] = { "prog", "-ab", "-o", "file", "-xval", "-c", "--", "-notflag", "x", NULL };
	char *av2[] = { "prog", "-ofile", "-", "rest", NULL };
	char *av3[] = { "prog", "-z", "-b", NULL };
	char *env[] = { "HOME=/usr/glenda", "PATH=/bin", "X=", NULL };
	int fails, s, r;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("wrappers", __VA_ARGS__); fails++; } } while(0)
	awaitstatus = 3;
	r = nf_waitpid(-1, &s, 0);
	T(r == 77 && WIFEXITED(s) && WEXITSTATUS(s) == 3 && !WIFSIGNALED(s), "waitpid exit 3: %#x", s);
	awaitstatus = 0;
	nf_waitpid(-1, &s, 0);
	T(WIFEXITED(s) && WEXITSTATUS(s) == 0, "waitpid exit 0: %#x", s);
	awaitstatus = -9;
	nf_waitpid(-1, &s, 0);
	T(!WIFEXITED(s) && WIFSIGNALED(s) && WTERMSIG(s) == 9, "waitpid kill: %#x", s);
	awaitstatus = -11;
	nf_waitpid(-1, &s, 0);
	T(WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV, "waitpid segv: %#x", s);

	T(nf_stat("d", &st) == 0, "stat");
	T(S_ISDIR(st.mode) && (st.mode & 0777) == 0755, "stat mode %o", st.mode);
	T(st.size == 1234 && st.ino == 0x1122334455667788ULL && st.mtime == 2000
		&& st.atime == 1000 && st.dev == (0x4dUL << 32 | 7), "stat fields");
	T(nf_stat("f", &st) == 0 && S_ISREG(st.mode), "stat file");

	T(nf_argtest(9, av1, out, sizeof out) == 0 && strcmp(out, "abo=filex=valc|-notflag,x") == 0, "ARGBEGIN 1: %s", out);
	T(nf_argtest(4, av2, out, sizeof out) == 0 && strcmp(out, "o=file|-,rest") == 0, "ARGBEGIN 2: %s", out);
	T(nf_argtest(3, av3, out, sizeof out) == 0 && strcmp(out, "?zb|") == 0, "ARGBEGIN 3: %s", out);

	nf_environ = env;
	T(nf_getenv("HOME") != NULL && strcmp(nf_getenv("HOME"), "/usr/glenda") == 0, "getenv");
	T(nf_getenv("HOM") == NULL && nf_getenv("NONE") == NULL, "getenv missing");
	T(nf_getenv("X") != NULL && *nf_getenv("X") == 0, "getenv empty");
	T(nf_setenv("PATH", "/usr/bin", 0) == 0 && strcmp(nf_getenv("PATH"), "/bin") == 0, "setenv no overwrite");
	T(nf_setenv("PATH", "/usr/bin", 1) == 0 && strcmp(nf_getenv("PATH"), "/usr/bin") == 0, "setenv overwrite");
	T(nf_setenv("NEW", "1", 0) == 0 && strcmp(nf_getenv("NEW"), "1") == 0, "setenv new");
	T(nf_setenv("NEW2", "2", 0) == 0 && strcmp(nf_getenv("NEW"), "1") == 0 && strcmp(nf_getenv("NEW2"), "2") == 0, "setenv new 2");
	T(nf_unsetenv("HOME") == 0 && nf_getenv("HOME") == NULL && strcmp(nf_getenv("NEW2"), "2") == 0, "unsetenv");
	T(nf_setenv("A=B", "1", 1) < 0 && nf_errno == EINVAL, "setenv bad name");
	group("wrappers", fails);
}

/* A scratch directory for the file tests; the test chdirs into it. */
static char	scratch[] = "/tmp/nflibcdXXXXXX";

/* Write s into the host file path. */
static void
putfile(const char *path, const char *s)
{
	FILE *f;

	f = fopen(path, "w");
	if(f != NULL){
		fputs(s, f);
		fclose(f);
	}
}

/* urljoin, and dirstat and dirfstat over the fake stat entries. */
static void
testdirstat(void)
{
	static char *joins[][3] = {
		{ "file:/", "a", "file:/a" },
		{ "file:/usr", "glenda", "file:/usr/glenda" },
		{ "proc:", "1", "proc:/1" },
		{ "dir/", "x", "dir/x" },
		{ "", "x", "/x" },
		{ "a", "", "a/" },
	};
	struct nfdir *d;
	char *j, err[128];
	int fails, i, fd;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("dirstat", __VA_ARGS__); fails++; } } while(0)
	for(i = 0; i < (int)(sizeof joins / sizeof joins[0]); i++){
		j = nf_urljoin(joins[i][0], joins[i][1]);
		T(j != NULL && strcmp(j, joins[i][2]) == 0, "urljoin(%s, %s): %s", joins[i][0], joins[i][1], j ? j : "nil");
		nf_free(j);
	}

	d = nf_dirstat("d");
	T(d != NULL, "dirstat d");
	if(d != NULL){
		T(d->type == 'M' && d->dev == 7 && d->qid.type == 0x80 && d->qid.vers == 3
			&& d->qid.path == 0x1122334455667788ULL, "dirstat d: type %d dev %u qid %llx %lu %x",
			d->type, d->dev, d->qid.path, d->qid.vers, d->qid.type);
		T(d->mode == (0x80000000UL | 0755) && d->atime == 1000 && d->mtime == 2000
			&& d->length == 1234, "dirstat d: mode %lo atime %lu mtime %lu length %lld",
			d->mode, d->atime, d->mtime, d->length);
		T(strcmp(d->name, "d") == 0 && strcmp(d->uid, "u") == 0 && strcmp(d->gid, "g") == 0
			&& strcmp(d->muid, "m") == 0, "dirstat d: strings %s %s %s %s", d->name, d->uid, d->gid, d->muid);
		nf_free(d);
	}
	d = nf_dirstat("f");
	T(d != NULL && d->mode == 0755 && d->qid.type == 0, "dirstat f");
	nf_free(d);

	nf_errno = 0;
	T(nf_dirstat("nonexistent") == NULL && nf_errno == ENOENT, "dirstat missing: errno %d", nf_errno);
	T(nf_dirstat("bad") == NULL && nf_errno == EPROTO, "dirstat malformed: errno %d", nf_errno);
	nf_errstr(err, sizeof err);
	T(strcmp(err, "malformed stat entry") == 0, "dirstat malformed: %s", err);

	putfile("dirstat.t", "twelve bytes");
	fd = open("dirstat.t", O_RDONLY);
	d = nf_dirfstat(fd);
	T(d != NULL && strcmp(d->name, "dirstat.t") == 0 && d->length == 12 && (d->mode & 0777) == 0666
		&& strcmp(d->uid, "glenda") == 0, "dirfstat: %s %lld %lo", d ? d->name : "nil",
		d ? d->length : -1, d ? d->mode : 0);
	nf_free(d);
	close(fd);
	unlink("dirstat.t");
	T(nf_dirfstat(fd) == NULL && nf_errno == EBADF, "dirfstat closed fd: errno %d", nf_errno);
	group("dirstat", fails);
}

/* The contents of the host file path (up to n-1 bytes) in buf. */
static char*
getfile(const char *path, char *buf, size_t n)
{
	FILE *f;
	size_t r;

	buf[0] = 0;
	if((f = fopen(path, "r")) != NULL){
		r = fread(buf, 1, n - 1, f);
		buf[r] = 0;
		fclose(f);
	}
	return buf;
}

/*
 * open passes O_APPEND and O_CLOEXEC to the kernel as OAPPEND (0x400)
 * and OCEXEC (0x20); fopen's "a" and "a+" open with OAPPEND, so every
 * write lands at the end however the stream was moved.
 */
static void
testappend(void)
{
	NFFILE *f;
	char buf[64];
	int fails, fd;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("append", __VA_ARGS__); fails++; } } while(0)
	putfile("ap.t", "abc");
	fd = nf_open("ap.t", 0x1|0x400|0x20);
	T(fd >= 0 && lastopen == (0x1|0x400|0x20), "open O_WRONLY|O_APPEND|O_CLOEXEC: flags %#lx", lastopen);
	T(fd >= 0 && (fcntl(fd, F_GETFL) & O_APPEND) && (fcntl(fd, F_GETFD) & FD_CLOEXEC), "host fd not append, cloexec");
	lseek(fd, 0, SEEK_SET);
	T(write(fd, "d", 1) == 1 && strcmp(getfile("ap.t", buf, sizeof buf), "abcd") == 0, "O_APPEND write: %s", buf);
	close(fd);

	f = nf_fopen("ap.t", "a");
	T(f != NULL && lastopen == (0x1|0x100|0x400), "fopen a: flags %#lx", lastopen);
	if(f != NULL){
		nf_fputs("ef", f);
		nf_fseek(f, 0, SEEK_SET);
		nf_fputs("gh", f);
		nf_fclose(f);
	}
	T(strcmp(getfile("ap.t", buf, sizeof buf), "abcdefgh") == 0, "fopen a: %s", buf);

	f = nf_fopen("ap.t", "a+");
	T(f != NULL && lastopen == (0x2|0x100|0x400), "fopen a+: flags %#lx", lastopen);
	if(f != NULL){
		T(nf_fgetc(f) == 'a', "fopen a+ reads from the start");
		nf_fseek(f, 1, SEEK_SET);
		nf_fputs("ij", f);
		nf_fseek(f, 0, SEEK_SET);
		T(nf_fgetc(f) == 'a' && nf_fgetc(f) == 'b', "fopen a+: the write did not land at 1");
		nf_fclose(f);
	}
	T(strcmp(getfile("ap.t", buf, sizeof buf), "abcdefghij") == 0, "fopen a+: %s", buf);

	f = nf_fopen("ap.t", "re");
	T(f != NULL && lastopen == 0x20, "fopen re: flags %#lx", lastopen);
	if(f != NULL)
		nf_fclose(f);
	unlink("ap.t");
	group("append", fails);
}

/* opendir, readdir, rewinddir, closedir over fake 9P directory reads. */
static void
testdirent(void)
{
	struct nfdirent *e;
	NFDIR *d;
	char name[64];
	int fails, n, seen, big, i;

	n = 0;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("dirent", __VA_ARGS__); fails++; } } while(0)
	mkdir("dd", 0755);
	mkdir("dd/sub", 0700);
	putfile("dd/a", "x");
	putfile("dd/bb", "hello");
	d = nf_opendir("dd");
	T(d != NULL, "opendir: errno %d", nf_errno);
	if(d != NULL){
		T(nf_dirfd(d) >= 0, "dirfd");
		for(n = 0, seen = 0; (e = nf_readdir(d)) != NULL; n++){
			if(strcmp(e->d_name, "a") == 0){
				seen |= 1;
				T(e->d_type == DT_REG && e->d_size == 1 && (e->d_mode & 0170000) == 0100000, "a: type %d size %lld", e->d_type, e->d_size);
			}else if(strcmp(e->d_name, "bb") == 0){
				seen |= 2;
				T(e->d_size == 5 && strcmp(e->d_uid, "glenda") == 0 && strcmp(e->d_gid, "sys") == 0
					&& strcmp(e->d_muid, "muid") == 0, "bb: size %lld uid %s", e->d_size, e->d_uid);
			}else if(strcmp(e->d_name, "sub") == 0){
				seen |= 4;
				T(e->d_type == DT_DIR && (e->d_mode & 0777) == 0700 && (e->d_mode & 0170000) == 0040000
					&& (e->d_9pmode & 0x80000000UL) && (e->d_qtype & 0x80), "sub: type %d mode %o", e->d_type, e->d_mode);
			}else
				T(0, "unexpected entry %s", e->d_name);
		}
		T(n == 3 && seen == 7, "entries: %d, seen %d", n, seen);
		T(nf_readdir(d) == NULL, "readdir after the end");
		nf_rewinddir(d);
		for(n = 0; nf_readdir(d) != NULL; n++)
			;
		T(n == 3, "after rewinddir: %d", n);
		T(nf_closedir(d) == 0, "closedir");
	}
	/* many entries: several reads of whole entries */
	mkdir("dd/many", 0755);
	for(i = 0; i < 700; i++){
		snprintf(name, sizeof name, "dd/many/file-with-a-longish-name-%04d", i);
		putfile(name, "");
	}
	d = nf_opendir("dd/many");
	big = 0;
	if(d != NULL){
		for(n = 0; (e = nf_readdir(d)) != NULL; n++)
			big += strncmp(e->d_name, "file-with-a-longish-name-", 25) == 0;
		nf_closedir(d);
	}
	T(d != NULL && n == 700 && big == 700, "700 entries: got %d", n);
	nf_errno = 0;
	T(nf_opendir("dd/a") == NULL && nf_errno == ENOTDIR, "opendir of a file: errno %d", nf_errno);
	T(nf_opendir("dd/nonexistent") == NULL && nf_errno == ENOENT, "opendir missing: errno %d", nf_errno);
	d = nf_opendir("dd");
	if(d != NULL){
		char err[128];

		dirjunk = 1;
		nf_errno = 0;
		T(nf_readdir(d) == NULL && nf_errno == EPROTO, "junk entry: errno %d", nf_errno);
		nf_errstr(err, sizeof err);
		T(strcmp(err, "malformed directory entry") == 0, "junk errstr: %s", err);
		dirjunk = 0;
		nf_closedir(d);
	}
	group("dirent", fails);
}

/* mkdir, chmod, truncate, rename, utime, access, isatty through fake wstats. */
static void
testfiles(void)
{
	static const unsigned char want[] = {
		50, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xa4, 0x01, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 3, 0, 'a', 'b', 'c', 0, 0, 0, 0, 0, 0,
	};
	unsigned char buf[256];
	struct stat st;
	struct nfutimbuf ut;
	char err[128];
	int fails, fd, n;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("files", __VA_ARGS__); fails++; } } while(0)
	n = nf__wstatbuf(buf, sizeof buf, "abc", 0644, 0xffffffffUL, 0xffffffffUL, ~0ULL);
	T(n == 52 && memcmp(buf, want, 52) == 0, "wstat bytes: %d", n);
	T(nf__wstatbuf(buf, 50, "abcdef", 0, 0, 0, 0) < 0, "wstat bytes too long");

	T(nf_mkdir("fd1", 0750) == 0 && stat("fd1", &st) == 0 && S_ISDIR(st.st_mode)
		&& (st.st_mode & 0777) == 0750, "mkdir");
	nf_errno = 0;
	T(nf_mkdir("fd1", 0750) < 0 && nf_errno == EEXIST, "mkdir existing: errno %d", nf_errno);
	putfile("fd1/f", "0123456789abcdef");
	T(nf_chmod("fd1/f", 0604) == 0 && stat("fd1/f", &st) == 0 && (st.st_mode & 0777) == 0604, "chmod");
	T(nf_chmod("fd1", 0711) == 0 && stat("fd1", &st) == 0 && (st.st_mode & 0777) == 0711
		&& (nlastwstat > 24 && lastwstat[24] == 0x80), "chmod dir keeps DMDIR");
	T(nf_truncate("fd1/f", 10) == 0 && stat("fd1/f", &st) == 0 && st.st_size == 10, "truncate");
	fd = nf_open("fd1/f", 2);
	T(fd >= 0, "open");
	T(nf_ftruncate(fd, 3) == 0 && stat("fd1/f", &st) == 0 && st.st_size == 3, "ftruncate");
	T(nf_fchmod(fd, 0640) == 0 && stat("fd1/f", &st) == 0 && (st.st_mode & 0777) == 0640, "fchmod");
	T(nf_fsync(fd) == 0 && nlastwstat == 49 && stat("fd1/f", &st) == 0 && st.st_size == 3
		&& (st.st_mode & 0777) == 0640, "fsync changes nothing");
	T(nf_isatty(fd) == 0, "isatty of a file");
	nf_close(fd);
	putfile("cons", "");
	fd = nf_open("cons", 0);
	T(nf_isatty(fd) == 1, "isatty of cons");
	nf_close(fd);
	T(nf_truncate("fd1/f", -1) < 0 && nf_errno == EINVAL, "truncate negative");
	ut.actime = 1000;
	ut.modtime = 200000000;
	T(nf_utime("fd1/f", &ut) == 0 && stat("fd1/f", &st) == 0 && st.st_mtime == 200000000
		&& st.st_atime == 1000, "utime");

	T(nf_rename("fd1/f", "fd1/g") == 0 && access("fd1/g", F_OK) == 0 && access("fd1/f", F_OK) < 0, "rename");
	T(nf_rename("fd1/g", "fd1/g") == 0 && access("fd1/g", F_OK) == 0, "rename to itself");
	putfile("fd1/h", "other");
	T(nf_rename("fd1/g", "fd1/h") == 0 && stat("fd1/h", &st) == 0 && st.st_size == 3
		&& access("fd1/g", F_OK) < 0, "rename over a file");
	putfile("top", "t");
	T(nf_rename("top", "top2") == 0 && access("top2", F_OK) == 0, "rename relative to cwd");
	{
		char abs[4200];

		snprintf(abs, sizeof abs, "%s/top2", scratch);
		T(nf_rename("top2", abs) == 0 && access("top2", F_OK) == 0, "rename: same dir, other spelling");
		snprintf(abs, sizeof abs, "%s/top3", scratch);
		T(nf_rename("top2", abs) == 0 && access("top3", F_OK) == 0, "rename: absolute new name");
	}
	nf_errno = 0;
	T(nf_rename("top3", "fd1/top3") < 0 && nf_errno == 18, "cross-directory rename: errno %d", nf_errno);
	nf_errstr(err, sizeof err);
	T(strcmp(err, "cross-directory rename") == 0, "cross-directory errstr: %s", err);
	T(nf_rename("fd1", "fd2") == 0 && access("fd2/h", F_OK) == 0, "rename a directory");
	T(nf_rename("nonexistent", "x") < 0 && nf_errno == ENOENT, "rename missing");
	T(nf_rename("top3", "fd2") < 0 && nf_errno == EEXIST, "rename onto a directory");

	T(nf_access("top3", F_OK) == 0 && nf_access("top3", R_OK|W_OK) == 0, "access");
	chmod("top3", 0444);
	T(nf_access("top3", W_OK) < 0 && nf_errno == EACCES && nf_access("top3", X_OK) < 0, "access denied");
	T(nf_access("missing", F_OK) < 0 && nf_errno == ENOENT, "access missing");

	nf_werrstr("my %s %d", "error", 7);
	nf_errstr(err, sizeof err);
	T(strcmp(err, "my error 7") == 0, "werrstr: %s", err);
	nf_open("missing", 0);
	nf_errstr(err, sizeof err);
	T(strcmp(err, "fake error string") == 0, "kernel error after werrstr: %s", err);
	group("files", fails);
}

static long	jb[8];
static int	depth;
static void	(*volatile lj)(long*, int) = nf_longjmp;

/* Jump back to jb from deep inside. */
static void __attribute__((noinline))
jumper(int n, int v)
{
	volatile char pad[100];

	pad[0] = n;
	if(n > 0)
		jumper(n - 1, v + pad[0] - n);
	depth = 99;
	lj(jb, v);
}

/* setjmp and longjmp: values, registers, the stack. */
static void
testsetjmp(void)
{
	volatile int count, local;
	int fails, r;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("setjmp", __VA_ARGS__); fails++; } } while(0)
	count = 0;
	local = 5;
	r = nf_setjmp(jb);
	count++;
	if(r == 0){
		local = 6;
		jumper(20, 42);
	}
	T(r == 42 && count == 2 && local == 6 && depth == 99, "jump: r %d count %d", r, count);
	r = nf_setjmp(jb);
	if(r == 0)
		nf_longjmp(jb, 0);
	T(r == 1, "longjmp 0 gives 1: %d", r);
	group("setjmp", fails);
}

/* getopt over several argument vectors. */
static void
testgetopt(void)
{
	char *av1[] = { "prog", "-ab", "-o", "out", "-cval", "--", "-x", "file", NULL };
	char *av2[] = { "prog", "-a", "-z", "-o", NULL };
	char *av3[] = { "prog", "x", "-a", NULL };
	char *av4[] = { "prog", "-", "-a", NULL };
	char out[256];
	int fails, c, len;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("getopt", __VA_ARGS__); fails++; } } while(0)
#define RUN(av, opts) do { \
	len = 0; out[0] = 0; nf_optind = 1; \
	while((c = nf_getopt(sizeof av / sizeof av[0] - 1, av, opts)) != -1) \
		len += snprintf(out + len, sizeof out - len, "%c%s%s,", c, nf_optarg ? "=" : "", nf_optarg ? nf_optarg : ""); \
	len += snprintf(out + len, sizeof out - len, "|%d", nf_optind); \
} while(0)
	nf_opterr = 0;
	RUN(av1, "abo:c:");
	T(strcmp(out, "a,b,o=out,c=val,|6") == 0, "1: %s", out);
	RUN(av2, "ao:");
	T(strcmp(out, "a,?,?,|4") == 0 && nf_optopt == 'o', "2: %s", out);
	RUN(av2, ":ao:");
	T(strcmp(out, "a,?,:,|4") == 0, "2 quiet: %s", out);
	RUN(av3, "a");
	T(strcmp(out, "|1") == 0, "3: %s", out);
	RUN(av4, "a");
	T(strcmp(out, "|1") == 0, "4: %s", out);
	nf_optind = 0;
	RUN(av1, "abo:c:");
	T(strcmp(out, "a,b,o=out,c=val,|6") == 0, "again: %s", out);
	nf_opterr = 1;
	group("getopt", fails);
}

/* strtod against glibc: fixed strings and random doubles printed many ways. */
static void
teststrtod(void)
{
	static const char *strs[] = {
		"0", "-0", "1", "1.5", ".5", "5.", ".", "-.5e1", "1e", "1e+", "1e-2x",
		"  +3.25", "0x1p4", "0x1.8p1", "0X.8", "0x", "0xp1", "0x1.fffffffffffffp1023",
		"0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1074", "0x1.00000000000008p0",
		"0x1.00000000000018p0", "0x1.000000000000081p0",
		"inf", "-Infinity", "infin", "nan", "NaN(123)", "nan(", "in", "n",
		"1e308", "1.7976931348623157e308", "1.7976931348623158e308",
		"1.7976931348623159e308", "1e309", "-1e400", "2.2250738585072014e-308",
		"2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "1e-330", "1e-400", "123456789012345678901234567890",
		"0.1", "0.2", "0.3", "3.14159265358979323846264338327950288",
		"9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000000001",
		"1.00000000000000011102230246251565404236316680908203125",
		"1.00000000000000011102230246251565404236316680908203124",
		"1.00000000000000011102230246251565404236316680908203126",
		"0.000000000000000000000000000000000000000000001e45",
		"00000000000000000000000000000000012.5e-1", "1e00000000000000000000000000000001",
		"1e-99999999999999", "1e99999999999", "abc", "", "-", "+e1",
	};
	char buf[128], *ea, *eb;
	double a, b, v;
	unsigned long long bits;
	int fails, k, ra, rb, bad;
	size_t i;

	fails = 0;
	for(i = 0; i < sizeof strs / sizeof strs[0]; i++){
		nf_errno = errno = 0;
		a = nf_strtod(strs[i], &ea);
		ra = nf_errno;
		b = strtod(strs[i], &eb);
		rb = errno;
		bad = memcmp(&a, &b, sizeof a) != 0 && !(isnan(a) && isnan(b));
		if(bad || ea - strs[i] != eb - strs[i] || (ra == ERANGE) != (rb == ERANGE && (b == 0 || isinf(b)))){
			fail("strtod", "\"%s\": got %a end %ld errno %d, want %a end %ld errno %d",
				strs[i], a, (long)(ea - strs[i]), ra, b, (long)(eb - strs[i]), rb);
			fails++;
		}
	}
	srand(11);
	for(k = 0; k < 30000 && fails < 20; k++){
		if(k % 3 == 0){
			bits = (unsigned long long)rand() << 42 ^ (unsigned long long)rand() << 21 ^ rand();
			memcpy(&v, &bits, sizeof v);
			if(isnan(v) || isinf(v))
				continue;
		}else
			v = (rand() / (double)RAND_MAX) * pow(10, rand() % 80 - 40);
		switch(k % 5){
		case 0: snprintf(buf, sizeof buf, "%.17g", v); break;
		case 1: snprintf(buf, sizeof buf, "%.*e", rand() % 25, v); break;
		case 2: snprintf(buf, sizeof buf, "%a", v); break;
		case 3: snprintf(buf, sizeof buf, "%.30e", v); break;
		default: snprintf(buf, sizeof buf, "%.*g", rand() % 18 + 1, v); break;
		}
		a = nf_strtod(buf, &ea);
		b = strtod(buf, &eb);
		if(memcmp(&a, &b, sizeof a) != 0 || ea != eb){
			fail("strtod", "\"%s\": got %a, want %a", buf, a, b);
			fails++;
		}
	}
	if(nf_atof("2.5") != 2.5 || nf_strtof("0.1", NULL) != 0.1f){
		fail("strtod", "atof/strtof");
		fails++;
	}
	group("strtod", fails);
}

/* The scanf family against glibc. */
static void
testscanf(void)
{
	static const char *ints[] = {
		"42", "-17 8", "  +5x", "0x1f 077", "0", "-0x10", "abc", "", "   ", "12345678901",
		"9 8 7 6", "0x", "08", "1,2", "077 0x1Ag",
	};
	static const char *ifmts[] = {
		"%d", "%d %d", "%i %i", "%x %o", "%u%n", "%3d%d", "%*d %d", "%d,%d", "%i%i",
		"%hhd %hd", "%2x%x", "%o%n %d", "x%d",
	};
	static const char *sfmts[] = {
		"%s %s", "%3s%s", "%c%c", "%5c", "%[a-z]%s", "%[^,],%s", "%[]a]%n%s", "%*s %s",
		"%[0-9x]%c", " %c%s", "%s%n", "%[-a]%s", "%2[^ ]%s",
	};
	static const char *strs[] = {
		"hello world", "ab,cd ef", "]]a]x rest", "  x y", "a", "", "0x12abc 3",
		"--a-b c", "abcdefgh",
	};
	static const char *flts[] = {
		"3.25", "-1e3 2", "1e", ".5 .", "inf nan", "0x1p3", "1.5e+2x", "+.e1",
		"12.5abc", "-0", "1e-400", "infinity", "nano",
	};
	static const char *ffmts[] = { "%f %lf", "%lf%n", "%3lf %lf", "%le %lg", "%*f %lf" };
	char sa[64], sb[64], ta[64], tb[64];
	int fails, ra, rb, x1, x2, y1, y2, n1, n2;
	long l1, l2;
	size_t i, j;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("scanf", __VA_ARGS__); fails++; } } while(0)
	for(i = 0; i < sizeof ints / sizeof ints[0]; i++)
		for(j = 0; j < sizeof ifmts / sizeof ifmts[0]; j++){
			x1 = x2 = y1 = y2 = n1 = n2 = -99;
			if(strstr(ifmts[j], "%n") != NULL){
				ra = nf_sscanf(ints[i], ifmts[j], &x1, &n1, &y1);
				rb = sscanf(ints[i], ifmts[j], &x2, &n2, &y2);
			}else if(strstr(ifmts[j], "%hh") != NULL){
				signed char c1 = -99, c2 = -99;
				short h1 = -99, h2 = -99;

				ra = nf_sscanf(ints[i], ifmts[j], &c1, &h1);
				rb = sscanf(ints[i], ifmts[j], &c2, &h2);
				x1 = c1; x2 = c2; y1 = h1; y2 = h2;
			}else{
				ra = nf_sscanf(ints[i], ifmts[j], &x1, &y1);
				rb = sscanf(ints[i], ifmts[j], &x2, &y2);
			}
			T(ra == rb && x1 == x2 && y1 == y2 && n1 == n2, "sscanf(\"%s\", \"%s\"): got %d %d %d %d, want %d %d %d %d",
				ints[i], ifmts[j], ra, x1, y1, n1, rb, x2, y2, n2);
		}
	for(i = 0; i < sizeof strs / sizeof strs[0]; i++)
		for(j = 0; j < sizeof sfmts / sizeof sfmts[0]; j++){
			memset(sa, 0, sizeof sa); memset(sb, 0, sizeof sb);
			memset(ta, 0, sizeof ta); memset(tb, 0, sizeof tb);
			n1 = n2 = -99;
			if(strstr(sfmts[j], "%n%s") != NULL){
				ra = nf_sscanf(strs[i], sfmts[j], sa, &n1, ta);
				rb = sscanf(strs[i], sfmts[j], sb, &n2, tb);
			}else if(strstr(sfmts[j], "%n") != NULL){
				ra = nf_sscanf(strs[i], sfmts[j], sa, &n1);
				rb = sscanf(strs[i], sfmts[j], sb, &n2);
			}else{
				ra = nf_sscanf(strs[i], sfmts[j], sa, ta);
				rb = sscanf(strs[i], sfmts[j], sb, tb);
			}
			T(ra == rb && memcmp(sa, sb, sizeof sa) == 0 && memcmp(ta, tb, sizeof ta) == 0 && n1 == n2,
				"sscanf(\"%s\", \"%s\"): got %d [%s] [%s] %d, want %d [%s] [%s] %d",
				strs[i], sfmts[j], ra, sa, ta, n1, rb, sb, tb, n2);
		}
	for(i = 0; i < sizeof flts / sizeof flts[0]; i++)
		for(j = 0; j < sizeof ffmts / sizeof ffmts[0]; j++){
			double d1 = -99, d2 = -99, e1 = -99, e2 = -99;
			float f1 = -99, f2 = -99;

			n1 = n2 = -99;
			if(j == 0){
				ra = nf_sscanf(flts[i], ffmts[j], &f1, &d1);
				rb = sscanf(flts[i], ffmts[j], &f2, &d2);
			}else if(j == 1){
				ra = nf_sscanf(flts[i], ffmts[j], &d1, &n1);
				rb = sscanf(flts[i], ffmts[j], &d2, &n2);
			}else if(j == 4){
				ra = nf_sscanf(flts[i], ffmts[j], &d1);
				rb = sscanf(flts[i], ffmts[j], &d2);
			}else{
				ra = nf_sscanf(flts[i], ffmts[j], &d1, &e1);
				rb = sscanf(flts[i], ffmts[j], &d2, &e2);
			}
			T(ra == rb && (f1 == f2 || (isnan(f1) && isnan(f2))) && (d1 == d2 || (isnan(d1) && isnan(d2)))
				&& (e1 == e2 || (isnan(e1) && isnan(e2))) && n1 == n2,
				"sscanf(\"%s\", \"%s\"): got %d %g %g %g %d, want %d %g %g %g %d",
				flts[i], ffmts[j], ra, f1, d1, e1, n1, rb, f2, d2, e2, n2);
		}
	ra = nf_sscanf("123456789012 0x7fffffffffffffff", "%ld %li", &l1, &l2);
	T(ra == 2 && l1 == 123456789012L && l2 == LONG_MAX, "%%ld: %d %ld %ld", ra, l1, l2);
	ra = nf_sscanf("50%", "%d%%", &x1);
	T(ra == 1 && x1 == 50, "%%%%");
	ra = nf_sscanf("abc", "abd");
	T(ra == 0, "literal mismatch: %d", ra);

	/* fscanf over a stream, with pushback between calls */
	{
		char path[] = "/tmp/nflibcsXXXXXX";
		NFFILE *f;
		int fd;

		fd = mkstemp(path);
		if(write(fd, "10 20 word\n3.5 rest\nx", 21) != 21)
			T(0, "write");
		close(fd);
		f = nf_fopen(path, "r");
		if(f != NULL){
			double d = 0;

			ra = nf_fscanf(f, "%d %d", &x1, &y1);
			T(ra == 2 && x1 == 10 && y1 == 20, "fscanf 1");
			ra = nf_fscanf(f, "%s %lf %s", sa, &d, ta);
			T(ra == 3 && strcmp(sa, "word") == 0 && d == 3.5 && strcmp(ta, "rest") == 0, "fscanf 2");
			ra = nf_fscanf(f, "%d", &x1);
			T(ra == 0 && nf_fgetc(f) == 'x', "fscanf mismatch keeps the byte");
			ra = nf_fscanf(f, "%d", &x1);
			T(ra == -1, "fscanf at eof: %d", ra);
			nf_fclose(f);
		}
		unlink(path);
	}
	group("scanf", fails);
}

/* gmtime, timegm, strftime, asctime against glibc in UTC; time() from sys:/time. */
static void
testtime(void)
{
	static const char *fmts[] = {
		"%a %A %b %B %h", "%c", "%C %y %Y %G %g", "%d %e %j", "%D %F %T %R %r",
		"%H %I %k %l %M %S %p", "%m %n %t %%", "%u %w %U %W %V", "%x %X", "%s", "%z %Z",
		"plain text", "%Ec %Oy", "",
	};
	static const long fixed[] = {
		0, -1, 86399, 86400, 951782400, 951868800, 1700000000, -2208988800L, 4102444800L,
		68256000, 1230768000, 1230681600, 1104537600, 1104451200, 1293753600, 1293840000,
		-62135596800L, 253402300799L, 1583020800, 1709251199,
	};
	struct tm a, b, *p;
	struct timespec ts;
	struct timeval tv;
	char sa[256], sb[256];
	long t, u, now;
	int fails, k;
	size_t i, ra, rb;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("time", __VA_ARGS__); fails++; } } while(0)
	setenv("TZ", "UTC", 1);
	tzset();
	srand(17);
	for(k = 0; k < 20000 + (int)(sizeof fixed / sizeof fixed[0]) && fails < 20; k++){
		if(k < (int)(sizeof fixed / sizeof fixed[0]))
			t = fixed[k];
		else
			t = ((long)rand() << 20 ^ rand()) % (253402300799L + 62135596800L) - 62135596800L;
		memset(&a, 0, sizeof a);
		memset(&b, 0, sizeof b);
		p = nf_gmtime_r(&t, &a);
		gmtime_r(&t, &b);
		if(p != &a || a.tm_year != b.tm_year || a.tm_mon != b.tm_mon || a.tm_mday != b.tm_mday
		|| a.tm_hour != b.tm_hour || a.tm_min != b.tm_min || a.tm_sec != b.tm_sec
		|| a.tm_wday != b.tm_wday || a.tm_yday != b.tm_yday){
			fail("time", "gmtime(%ld): got %d-%d-%d %d:%d:%d w%d y%d", t, a.tm_year, a.tm_mon,
				a.tm_mday, a.tm_hour, a.tm_min, a.tm_sec, a.tm_wday, a.tm_yday);
			fails++;
			continue;
		}
		for(i = 0; i < sizeof fmts / sizeof fmts[0]; i++){
			if(t < -2208988800L && strchr(fmts[i], 'g') != NULL)
				continue;
			ra = nf_strftime(sa, sizeof sa, fmts[i], &a);
			rb = strftime(sb, sizeof sb, fmts[i], &b);
			if(ra != rb || strcmp(sa, sb) != 0){
				fail("time", "strftime(\"%s\", %ld): got \"%s\", want \"%s\"", fmts[i], t, sa, sb);
				fails++;
			}
		}
		if(strcmp(nf_asctime(&a), asctime(&b)) != 0 || strcmp(nf_ctime(&t), ctime(&t)) != 0){
			fail("time", "asctime/ctime(%ld): %s", t, nf_asctime(&a));
			fails++;
		}
		/* timegm of shifted fields normalises like glibc's */
		a.tm_mon += rand() % 40 - 20;
		a.tm_mday += rand() % 100 - 50;
		a.tm_hour += rand() % 60 - 30;
		a.tm_sec += rand() % 10000 - 5000;
		b = a;
		u = nf_timegm(&a);
		if(u != timegm(&b) || a.tm_mday != b.tm_mday || a.tm_mon != b.tm_mon || a.tm_yday != b.tm_yday
		|| a.tm_wday != b.tm_wday || a.tm_sec != b.tm_sec){
			fail("time", "timegm near %ld: got %ld want %ld", t, u, timegm(&b));
			fails++;
		}
	}
	ra = nf_strftime(sa, 5, "%Y-%m", &b);
	T(ra == 0, "strftime too small: %zu", ra);
	t = 1700000000;
	T(nf_localtime(&t)->tm_hour == 22 && nf_gmtime(&t)->tm_min == 13, "localtime is UTC");
	memset(&a, 0, sizeof a);
	a.tm_year = 70; a.tm_mday = 1;
	T(nf_mktime(&a) == 0 && nf_difftime(10, 4) == 6.0, "mktime, difftime");

	/* sys:/time says the real time was 1700000000 five seconds of uptime ago */
	mkdir("sys:", 0755);
	snprintf(sa, sizeof sa, "1700000000 %ld\n", nf__sys_nsec() - 5000000000L);
	putfile("sys:/time", sa);
	now = nf_time(NULL);
	T(now == 1700000005, "time(): %ld", now);
	T(nf_clock_gettime(CLOCK_REALTIME, &ts) == 0 && ts.tv_sec == 1700000005, "CLOCK_REALTIME: %ld", (long)ts.tv_sec);
	T(nf_clock_gettime(CLOCK_MONOTONIC, &ts) == 0 && ts.tv_sec < 1000000000, "CLOCK_MONOTONIC");
	T(nf_gettimeofday(&tv, NULL) == 0 && tv.tv_sec == 1700000005, "gettimeofday");
	T(nf_clock_gettime(99, &ts) < 0 && nf_errno == EINVAL, "bad clock");
	group("time", fails);
}

static int	caught[32];

static void
catcher(int sig)
{
	caught[sig]++;
}

/* signal, raise, sigprocmask, and the note handler's choices. */
static void
testsignal(void)
{
	void (*h)(void*, char*);
	unsigned long set;
	int fails;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("signal", __VA_ARGS__); fails++; } } while(0)
	T(nf_signal(SIGINT, catcher) == NULL, "signal returns SIG_DFL");
	T(notehandler == (long)nf__sigdispatch, "notify(_sigdispatch)");
	T(nf_signal(SIGINT, catcher) == catcher, "signal returns the old handler");
	h = nf__sigdispatch;
	lastnoted = -1;
	h(NULL, "interrupt");
	T(caught[SIGINT] == 1 && lastnoted == 0, "interrupt caught: %d noted %ld", caught[SIGINT], lastnoted);
	lastnoted = -1;
	h(NULL, "sys: trap: page fault");
	T(lastnoted == 1, "fault is fatal: %ld", lastnoted);
	lastnoted = -1;
	h(NULL, "kill");
	T(lastnoted == 1, "kill is fatal");
	lastnoted = -1;
	h(NULL, "hangup");
	T(lastnoted == 1 && caught[SIGHUP] == 0, "hangup by default kills");
	nf_signal(SIGHUP, (void(*)(int))1);
	lastnoted = -1;
	h(NULL, "hangup");
	T(lastnoted == 0 && caught[SIGHUP] == 0, "hangup ignored");
	lastnoted = -1;
	h(NULL, "what is this");
	T(lastnoted == 1, "unknown note kills");
	nf_signal(SIGALRM, catcher);
	nf_sigemptyset(&set);
	nf_sigaddset(&set, SIGALRM);
	T(nf_sigismember(&set, SIGALRM) == 1 && nf_sigismember(&set, SIGINT) == 0, "sigset");
	nf_sigprocmask(SIG_BLOCK, &set, NULL);
	lastnoted = -1;
	h(NULL, "alarm");
	T(lastnoted == 0 && caught[SIGALRM] == 0, "blocked alarm waits");
	nf_sigprocmask(SIG_UNBLOCK, &set, NULL);
	T(caught[SIGALRM] == 1, "unblocked alarm runs: %d", caught[SIGALRM]);
	T(nf_raise(SIGINT) == 0 && caught[SIGINT] == 2, "raise runs the handler");
	T(nf_raise(SIGHUP) == 0, "raise of an ignored signal");
	T(nf_signal(SIGKILL, catcher) == (void(*)(int))-1 && nf_errno == EINVAL, "SIGKILL cannot be caught");
	T(nf_kill(7, SIGUSR1) == 0 && strcmp(lastnote, "usr1") == 0, "kill SIGUSR1: %s", lastnote);
	T(nf_kill(7, SIGTERM) == 0 && strcmp(lastnote, "kill") == 0, "kill SIGTERM");
	nf_signal(SIGINT, NULL);
	nf_signal(SIGALRM, NULL);
	group("signal", fails);
}

/* getline, strsep, strcasecmp, basename, dirname and friends. */
static void
testmisc(void)
{
	static const char *bn[][3] = {
		/* path, basename, dirname */
		{ "/a/b", "b", "/a" }, { "/a/b/", "b", "/a" }, { "a", "a", "." }, { "/", "/", "/" },
		{ "a/b", "b", "a" }, { "/a", "a", "/" }, { "//a//b//", "b", "//a" }, { "", ".", "." },
		{ "file:/a/b", "b", "file:/a" }, { "file:/a", "a", "file:/" }, { "file:/", "file:/", "file:/" },
		{ "env:", "env:", "env:" }, { "env:x", "x", "env:" }, { "proc:/1/status", "status", "proc:/1" },
	};
	char path[] = "/tmp/nflibcgXXXXXX", buf[64], *line, *s, *tok;
	NFFILE *f;
	size_t n, i;
	long r;
	int fails, fd, k;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("misc", __VA_ARGS__); fails++; } } while(0)
	fd = mkstemp(path);
	for(k = 0; k < 3000; k++)
		if(write(fd, "y", 1) != 1)
			break;
	if(write(fd, "\nshort\n\nlast", 12) != 12)
		T(0, "write");
	close(fd);
	f = nf_fopen(path, "r");
	line = NULL;
	n = 0;
	r = nf_getline(&line, &n, f);
	T(r == 3001 && line[3000] == '\n' && line[3001] == 0 && n > 3001, "getline long: %ld", r);
	r = nf_getline(&line, &n, f);
	T(r == 6 && strcmp(line, "short\n") == 0, "getline short");
	r = nf_getline(&line, &n, f);
	T(r == 1 && strcmp(line, "\n") == 0, "getline empty");
	r = nf_getline(&line, &n, f);
	T(r == 4 && strcmp(line, "last") == 0, "getline last");
	r = nf_getline(&line, &n, f);
	T(r == -1, "getline eof");
	nf_fclose(f);
	f = nf_fopen(path, "r");
	r = nf_getdelim(&line, &n, 'o', f);
	nf_fclose(f);
	T(r == 3004 && line[r-1] == 'o', "getdelim: %ld", r);
	nf_free(line);
	unlink(path);

	strcpy(buf, "a,b,,c");
	s = buf;
	k = 0;
	while((tok = nf_strsep(&s, ",")) != NULL)
		k += snprintf(path + k, sizeof path - k, "[%s]", tok);
	T(strcmp(path, "[a][b][][c]") == 0, "strsep: %s", path);
	T(nf_strcasecmp("Hello", "hELLO") == 0 && nf_strcasecmp("abc", "ABD") < 0 && nf_strcasecmp("b", "A") > 0
		&& nf_strncasecmp("abcX", "ABCy", 3) == 0 && nf_strncasecmp("ab", "abc", 5) < 0, "strcasecmp");
	for(i = 0; i < sizeof bn / sizeof bn[0]; i++){
		strcpy(buf, bn[i][0]);
		s = nf_basename(buf);
		T(strcmp(s, bn[i][1]) == 0, "basename(%s): %s", bn[i][0], s);
		strcpy(buf, bn[i][0]);
		s = nf_dirname(buf);
		T(strcmp(s, bn[i][2]) == 0, "dirname(%s): %s", bn[i][0], s);
	}
	T(nf_stpcpy(buf, "abc") == buf + 3 && strcmp(buf, "abc") == 0, "stpcpy");
	T(nf_memrchr("abca", 'a', 4) == NULL || strcmp((char*)nf_memrchr(buf, 'a', 3), "abc") == 0, "memrchr");
	T(strcmp(nf_strsignal(SIGINT), "interrupt") == 0 && strcmp(nf_strsignal(99), "unknown signal") == 0, "strsignal");
	group("misc", fails);
}

int
main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	testfmtint();
	testfmtflt();
	teststrtol();
	teststring();
	testsort();
	testmalloc();
	teststdio();
	testwrappers();
	testsetjmp();
	testgetopt();
	teststrtod();
	testscanf();
	testmisc();
	testsignal();
	if(mkdtemp(scratch) == NULL || chdir(scratch) != 0)
		fail("files", "no scratch directory");
	else{
		umask(0);
		testtime();
		testdirent();
		testdirstat();
		testappend();
		testfiles();
		if(chdir("/tmp") == 0){
			char cmd[128];

			snprintf(cmd, sizeof cmd, "rm -rf %s", scratch);
			if(system(cmd) != 0)
				printf("libc_test: could not remove %s\n", scratch);
		}
	}
	return nfail != 0;
}
