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
extern char	**nf_environ;

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
	return sysr(open((char*)path, f, (int)perm));
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
long nf__sys_errstr(long buf, long n) { snprintf((char*)buf, n, "fake error string"); return 0; }
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
long nf__sys_fstat(long fd, long buf, long n) { return -ENOSYS; }
/* namespace and file calls the host tests do not exercise */
long nf__sys_chan(long fd) { return -ENOSYS; }
long nf__sys_pipe(long fd) { return -ENOSYS; }
long nf__sys_mount(long fd, long name, long flags, long aname) { return -ENOSYS; }
long nf__sys_bind(long url, long name, long flags) { return -ENOSYS; }
long nf__sys_unmount(long name) { return -ENOSYS; }
long nf__sys_chdir(long url) { return -ENOSYS; }
long nf__sys_remove(long url) { return -ENOSYS; }
long nf__sys_wstat(long url, long buf, long n) { return -ENOSYS; }
long nf__sys_fwstat(long fd, long buf, long n) { return -ENOSYS; }
long nf__sys_getwd(long buf, long n) { return -ENOSYS; }

/* Put v little-endian in n bytes at p; return p+n. */
static unsigned char*
le(unsigned char *p, unsigned long long v, int n)
{
	for(; n > 0; n--, v >>= 8)
		*p++ = v;
	return p;
}

/* 9P stat bytes for a 1234-byte directory "d" (or file, for other paths). */
long nf__sys_stat(long path, long buf, long n)
{
	unsigned char *p, *s;
	int i;

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
	long top;
	int fails, i, k, bad;
	size_t j;
	unsigned char *q, *z;

	fails = 0;
	srand(3);
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
	/* everything is free and merged: a block of most of the heap fits without growing it */
	top = brkoff;
	q = nf_malloc(top - 4096);
	if(q == NULL || brkoff != top){
		fail("malloc", "no coalescing: heap %ld grew to %ld", top, brkoff);
		fails++;
	}
	nf_free(q);
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
	return nfail != 0;
}
