/*
 * lib9p_client: the host half of the lib9p tests.
 *
 * 1. The fake kernel: each nf__sys_NAME stands for the system call
 *    stub of the Ninefold libc linked (renamed nf_*) into the server
 *    under test.  chan() hands out a socketpair the test made
 *    (SOCK_SEQPACKET keeps message boundaries, as a channel does),
 *    rfork(RFPROC) is fork(), mount() only checks its arguments, and
 *    open() of "tree:PATH" opens TREEDIR/PATH, a directory reading
 *    back as 9P stat entries, as Ninefold's would.
 * 2. A 9P client, built on a host copy of libfcall, and reporting.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "client.h"

int	nfail;
static int	npass;

/* ---- the fake kernel ---- */

static char	heap[128<<20];
static long	brkoff;
static char	lasterr[128];
static int	fakechan[2] = {-1, -1};
static DIR	*dirs[1024];	/* fd -> open directory */

static long
sysr(long r)
{
	if(r < 0){
		snprintf(lasterr, sizeof lasterr, "%s", strerror(errno));
		return -errno;
	}
	return r;
}

/* host: the host path for a Ninefold URL */
static void
host(char *url, char *path, int n)
{
	if(strncmp(url, "tree:", 5) == 0)
		snprintf(path, n, "%s/%s", TREEDIR, url+5);
	else
		snprintf(path, n, "%s", url);
}

/* dirread: whole 9P stat entries for the directory open as fd */
static long
dirread(int fd, unsigned char *buf, long n)
{
	char path[1024];
	struct dirent *e;
	struct stat st;
	DIR *dp;
	Dir d;
	long pos, m;
	unsigned int k;

	dp = dirs[fd];
	m = 0;
	for(;;){
		pos = telldir(dp);
		if((e = readdir(dp)) == NULL)
			break;
		if(strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if(fstatat(fd, e->d_name, &st, 0) < 0)
			continue;
		memset(&d, 0, sizeof d);
		d.qid.path = st.st_ino;
		d.qid.type = S_ISDIR(st.st_mode) ? QTDIR : QTFILE;
		d.mode = (S_ISDIR(st.st_mode) ? DMDIR : 0) | (st.st_mode & 0777);
		d.mtime = 1000;
		d.length = S_ISDIR(st.st_mode) ? 0 : st.st_size;
		d.name = e->d_name;
		d.uid = d.gid = d.muid = "sys";
		if((k = convD2M(&d, buf+m, n-m)) == 0){
			seekdir(dp, pos);
			if(m == 0)
				return -EINVAL;
			break;
		}
		m += k;
	}
	(void)path;
	return m;
}

long nf__sys_pread(long fd, long buf, long n, long off)
{
	long r;

	if(fd >= 0 && fd < 1024 && dirs[fd] != NULL)
		return dirread(fd, (unsigned char*)buf, n);
	if(off != -1)
		return sysr(pread(fd, (void*)buf, n, off));
	/* a channel, as the kernel's: too small a buffer is an error, the message stays */
	r = recv(fd, (void*)buf, n, MSG_PEEK|MSG_TRUNC);
	if(r < 0 && errno == ENOTSOCK)
		return sysr(read(fd, (void*)buf, n));
	if(r > n){
		snprintf(lasterr, sizeof lasterr, "buffer too small for the message");
		return -EIO;
	}
	return sysr(recv(fd, (void*)buf, n, 0));
}
long nf__sys_pwrite(long fd, long buf, long n, long off)
{
	return sysr(off == -1 ? write(fd, (void*)buf, n) : pwrite(fd, (void*)buf, n, off));
}
long nf__sys_open(long url, long flags, long perm)
{
	char path[1024];
	struct stat st;
	int fd;

	host((char*)url, path, sizeof path);
	if(stat(path, &st) < 0)
		return sysr(-1);
	if((fd = open(path, O_RDONLY)) < 0)
		return sysr(-1);
	if(S_ISDIR(st.st_mode) && fd < 1024)
		dirs[fd] = opendir(path);
	return fd;
}
long nf__sys_close(long fd)
{
	if(fd >= 0 && fd < 1024 && dirs[fd] != NULL){
		closedir(dirs[fd]);
		dirs[fd] = NULL;
	}
	return sysr(close(fd));
}
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
long nf__sys_rfork(long flags) { return (flags & 0x10) ? sysr(fork()) : 0; }
long nf__sys_exec(long path, long argv, long envp) { return -ENOENT; }
long nf__sys_await(long pid, long status, long flags) { return -ECHILD; }
long nf__sys_mmap(long a, long b, long c, long d, long e, long f) { return -ENOMEM; }
long nf__sys_munmap(long a, long b) { return 0; }
long nf__sys_sleep(long ms) { usleep(ms*1000); return 0; }
long nf__sys_postnote(long pid, long note) { return -ENOSYS; }
long nf__sys_fstat(long fd, long buf, long n) { return -ENOSYS; }
long nf__sys_stat(long path, long buf, long n) { return -ENOSYS; }
long nf__sys_chan(long fds)
{
	int *p;

	p = (int*)fds;
	if(fakechan[0] < 0){
		snprintf(lasterr, sizeof lasterr, "no channel prepared");
		return -ENOSYS;
	}
	p[0] = fakechan[0];
	p[1] = fakechan[1];
	fakechan[0] = fakechan[1] = -1;
	return 0;
}
/* mount: the kernel would send Tversion and Tattach; the test does. "refuse" fails. */
long nf__sys_mount(long fd, long name, long flags, long aname)
{
	if(strcmp((char*)name, "refuse") == 0){
		snprintf(lasterr, sizeof lasterr, "mount refused");
		return -EPERM;
	}
	if(strchr((char*)name, ':') != NULL || flags != 0 || strcmp((char*)aname, "") != 0){
		snprintf(lasterr, sizeof lasterr, "bad mount arguments");
		return -EINVAL;
	}
	return 0;
}

/* ---- reporting ---- */

int
check(int ok, char *name, char *fmt, ...)
{
	va_list ap;

	if(ok){
		npass++;
		printf("PASS %s\n", name);
	}else{
		nfail++;
		printf("FAIL %s: ", name);
		va_start(ap, fmt);
		vprintf(fmt, ap);
		va_end(ap);
		printf("\n");
	}
	fflush(stdout);
	return ok;
}

int
report(void)
{
	fprintf(stderr, "# %d checks passed, %d failed\n", npass, nfail);
	return nfail ? 1 : 0;
}

/* ---- the server ---- */

/*
 * startsrv: run mainfn(argc, argv) (a server's nf_main) in a child,
 * which is to mountsrv and exit 0; the server keeps running in the
 * grandchild.  Returns the client's end of the channel, or -1.
 */
int
startsrv(int (*mainfn)(int, char**), int argc, char **argv)
{
	static int reaper;
	int sp[2], st;
	pid_t c;

	if(!reaper){
		prctl(PR_SET_CHILD_SUBREAPER, 1);
		reaper = 1;
	}
	if(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sp) < 0)
		return -1;
	fakechan[0] = sp[0];
	fakechan[1] = sp[1];
	fflush(stdout);
	if((c = fork()) == 0)
		_exit(mainfn(argc, argv));
	fakechan[0] = fakechan[1] = -1;
	close(sp[0]);
	if(waitpid(c, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0){
		close(sp[1]);
		return -1;
	}
	return sp[1];
}

/*
 * stopsrv: close the client's end; the server must exit 0 within two
 * seconds.  Returns its wait status, or -1 if it did not.
 */
int
stopsrv(int fd)
{
	int i, st;
	pid_t p;

	close(fd);
	for(i = 0; i < 200; i++){
		p = waitpid(-1, &st, WNOHANG);
		if(p > 0)
			return st;
		if(p < 0)
			return -1;
		usleep(10000);
	}
	return -1;
}

/* ---- messages ---- */

static ushort	tagctr;
static Fcall	slots[8];
static unsigned char	slotbuf[8][MSIZE];
static int	nslot;

ushort
newtag(void)
{
	if(++tagctr == NOTAG)
		tagctr = 1;
	return tagctr;
}

int
sendraw(int fd, void *buf, int n)
{
	return write(fd, buf, n) == n ? 0 : -1;
}

int
send9(int fd, Fcall *t)
{
	static unsigned char buf[MSIZE];
	unsigned int n;

	n = convS2M(t, buf, sizeof buf);
	if(n == 0)
		return -1;
	return sendraw(fd, buf, n);
}

/* recv9: the next reply, or nil after ms milliseconds or on a bad message */
Fcall*
recv9(int fd, int ms)
{
	struct pollfd pf;
	unsigned char *b;
	Fcall *f;
	long n;

	pf.fd = fd;
	pf.events = POLLIN;
	if(poll(&pf, 1, ms) <= 0)
		return NULL;
	b = slotbuf[nslot];
	f = &slots[nslot];
	nslot = (nslot + 1) % 8;
	n = read(fd, b, MSIZE);
	if(n <= 0)
		return NULL;
	if(convM2S(b, n, f) != n){
		printf("# bad reply of %ld bytes\n", n);
		return NULL;
	}
	return f;
}

/* recvraw: the next reply's bytes into buf (n bytes); the length, or -1 after ms milliseconds */
int
recvraw(int fd, void *buf, int n, int ms)
{
	struct pollfd pf;

	pf.fd = fd;
	pf.events = POLLIN;
	if(poll(&pf, 1, ms) <= 0)
		return -1;
	return read(fd, buf, n);
}

/* rpc: send t with a new tag and wait (up to 3s) for its reply */
Fcall*
rpc(int fd, Fcall *t)
{
	Fcall *r;

	t->tag = newtag();
	if(send9(fd, t) < 0)
		return NULL;
	r = recv9(fd, 3000);
	if(r != NULL && r->tag != t->tag){
		printf("# reply tag %d, want %d\n", r->tag, t->tag);
		return NULL;
	}
	return r;
}

/* rerr: the error of reply r: "no reply", its ename, or nil if not an Rerror */
char*
rerr(Fcall *r)
{
	if(r == NULL)
		return "no reply";
	if(r->type == Rerror)
		return r->ename;
	return NULL;
}

/* isr: true if r is a reply of this type */
int
isr(Fcall *r, int type)
{
	return r != NULL && r->type == type;
}

Fcall*
version(int fd, u32int msize, char *v)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Tversion;
	t.msize = msize;
	t.version = v;
	t.tag = NOTAG;
	if(send9(fd, &t) < 0)
		return NULL;
	return recv9(fd, 3000);
}

Fcall*
attach(int fd, u32int fid, char *uname, char *aname)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Tattach;
	t.fid = fid;
	t.afid = NOFID;
	t.uname = uname;
	t.aname = aname;
	return rpc(fd, &t);
}

/* walk: Twalk with path split at '/' ("" is no names) */
Fcall*
walk(int fd, u32int fid, u32int newfid, char *path)
{
	static char buf[4096];
	Fcall t;
	char *p;

	memset(&t, 0, sizeof t);
	t.type = Twalk;
	t.fid = fid;
	t.newfid = newfid;
	snprintf(buf, sizeof buf, "%s", path);
	for(p = strtok(buf, "/"); p != NULL && t.nwname < MAXWELEM; p = strtok(NULL, "/"))
		t.wname[t.nwname++] = p;
	return rpc(fd, &t);
}

Fcall*
open9(int fd, u32int fid, int mode)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Topen;
	t.fid = fid;
	t.mode = mode;
	return rpc(fd, &t);
}

Fcall*
create9(int fd, u32int fid, char *name, u32int perm, int mode)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Tcreate;
	t.fid = fid;
	t.name = name;
	t.perm = perm;
	t.mode = mode;
	return rpc(fd, &t);
}

Fcall*
read9(int fd, u32int fid, uvlong off, u32int count)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Tread;
	t.fid = fid;
	t.offset = off;
	t.count = count;
	return rpc(fd, &t);
}

Fcall*
write9(int fd, u32int fid, uvlong off, void *data, u32int n)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Twrite;
	t.fid = fid;
	t.offset = off;
	t.data = data;
	t.count = n;
	return rpc(fd, &t);
}

Fcall*
clunk9(int fd, u32int fid)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Tclunk;
	t.fid = fid;
	return rpc(fd, &t);
}

Fcall*
remove9(int fd, u32int fid)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Tremove;
	t.fid = fid;
	return rpc(fd, &t);
}

/* stat9: Tstat; on success the entry is unpacked into d (strings static) */
Fcall*
stat9(int fd, u32int fid, Dir *d)
{
	static char strs[8][STATMAX];
	static int ns;
	Fcall t, *r;

	memset(&t, 0, sizeof t);
	t.type = Tstat;
	t.fid = fid;
	r = rpc(fd, &t);
	if(isr(r, Rstat) && d != NULL){
		if(convM2D(r->stat, r->nstat, d, strs[ns]) != r->nstat)
			return NULL;
		ns = (ns + 1) % 8;
	}
	return r;
}

Fcall*
wstat9(int fd, u32int fid, Dir *d)
{
	static unsigned char buf[STATMAX];
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Twstat;
	t.fid = fid;
	t.nstat = convD2M(d, buf, sizeof buf);
	t.stat = buf;
	return rpc(fd, &t);
}

/* nulldir: a Dir of don't-touch values */
void
nulldir(Dir *d)
{
	memset(d, 0xff, sizeof *d);
	d->name = d->uid = d->gid = d->muid = "";
}

/* session: Tversion and Tattach of rootfid as "glenda"; 0 or -1 */
int
session(int fd, u32int rootfid)
{
	if(!isr(version(fd, MSIZE, "9P2000"), Rversion))
		return -1;
	if(!isr(attach(fd, rootfid, "glenda", ""), Rattach))
		return -1;
	return 0;
}

/* readall: read the open fid from offset 0 to the end into buf (n bytes); the count or -1 */
int
readall(int fd, u32int fid, char *buf, int n)
{
	Fcall *r;
	int m;

	for(m = 0; m < n; m += r->count){
		r = read9(fd, fid, m, n - m > 8192 ? 8192 : n - m);
		if(!isr(r, Rread))
			return -1;
		if(r->count == 0)
			break;
		memmove(buf+m, r->data, r->count);
	}
	return m;
}

/* writestr: write s to the open fid at offset 0; 0 or -1 */
int
writestr(int fd, u32int fid, char *s)
{
	Fcall *r;

	r = write9(fd, fid, 0, s, strlen(s));
	return isr(r, Rwrite) && r->count == strlen(s) ? 0 : -1;
}

/*
 * dirnames: read the open directory fid with reads of count bytes,
 * checking each reply holds whole stat entries; the names, each
 * followed by a blank, into names.  The number of reads, or -1.
 */
int
dirnames(int fd, u32int fid, u32int count, char *names, int n)
{
	char strs[STATMAX];
	unsigned int k, i;
	uvlong off;
	Fcall *r;
	Dir d;
	int nread;

	names[0] = 0;
	off = 0;
	for(nread = 0; ; nread++){
		r = read9(fd, fid, off, count);
		if(!isr(r, Rread))
			return -1;
		if(r->count == 0)
			return nread;
		for(i = 0; i < r->count; i += k){
			k = convM2D((unsigned char*)r->data+i, r->count-i, &d, strs);
			if(k == 0)
				return -1;
			if(strlen(names) + strlen(d.name) + 2 > n)
				return -1;
			strcat(names, d.name);
			strcat(names, " ");
		}
		off += r->count;
	}
}
