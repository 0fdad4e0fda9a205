/*
 * libc_fake.c: the fake kernel under the libc tests: each nf__sys_NAME
 * stands for the stub syscalls.c would make, over Linux calls, a
 * private heap, and fake 9P directory reads and wstats
 */
#include "libc_test.h"

/*
 * The fake kernel.  Each nf__sys_NAME stands for the stub libc's
 * syscalls.c would generate, with the same raw convention (-errno).
 */
static long
sysr(long r)
{
	return r < 0 ? -errno : r;
}

char	heap[64<<20];
long	brkoff;
int	awaitstatus;
char	lastnote[64];

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
long	lastopen = -1;	/* the flags of the last open */

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
char	*fakeerr = "fake error string";	/* what the fake kernel's errstr gives */
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
long	notehandler = -1;
long	lastnoted = -1;
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

int	dirjunk;	/* directory reads return garbage */

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

unsigned char	lastwstat[512];
long	nlastwstat;

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
