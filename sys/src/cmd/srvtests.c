/*
 * srvtests: in-OS tests of the core servers, in the usertests shape:
 * file: (ramfs) with directories, create, remove, rename, truncate,
 * append-only and exclusive files, permissions and qid versions; a
 * fresh `ramfs NAME`, and its memory coming back when a 20 MiB file is
 * removed; null:, zero:, rand:; env:; and a server killed
 * under its clients.  "test NAME: OK/FAILED", then "ALL TESTS PASSED"
 * or "SOME TESTS FAILED".
 *
 *	srvtests [name ...]
 *	srvtests -killcore	kill rand:'s, env:'s and file:'s servers
 */
#include <libc.h>
#include <fcall.h>
#include <sys/wait.h>
#include <sys/stat.h>
#include <signal.h>

static void
fail(char *fmt, ...)
{
	va_list ap;
	char buf[256];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	printf("srvtests: %s\n", buf);
	fflush(stdout);
	_exit(1);
}

static char*
lasterr(void)
{
	static char buf[128];

	errstr(buf, sizeof buf);
	return buf;
}

/* put: create (or truncate) url with s, perm; 0 or -1 */
static int
put(char *url, char *s, int perm)
{
	int fd, n;

	fd = open(url, O_WRONLY|O_CREAT|O_TRUNC, perm);
	if(fd < 0)
		return -1;
	n = write(fd, s, strlen(s));
	close(fd);
	return n == (int)strlen(s) ? 0 : -1;
}

static char*
get(char *url)
{
	static char buf[4096];
	int fd, n, m;

	fd = open(url, O_RDONLY);
	if(fd < 0)
		return nil;
	n = 0;
	while((m = read(fd, buf + n, sizeof buf - 1 - n)) > 0)
		n += m;
	close(fd);
	if(m < 0)
		return nil;
	buf[n] = 0;
	return buf;
}

/* wstatf: apply only the fields set in (name, mode, length) to url */
static int
wstatf(char *url, char *name, long mode, vlong length)
{
	Dir d;
	uchar buf[512];
	uint n;

	memset(&d, 0xFF, sizeof d);	/* "don't touch" for the numbers */
	d.name = name ? name : "";
	d.uid = d.gid = d.muid = "";
	if(mode >= 0)
		d.mode = mode;
	else
		d.mode = ~0UL;
	d.length = length;
	n = convD2M(&d, buf, sizeof buf);
	return wstat(url, buf, n);
}

/* files: create, read back, versions, truncate, append, exclusive, permissions */
static void
files(void)
{
	char *s;
	Dir *d;
	ulong v0;
	int fd, fd2, n;

	if(put("file:/tmp.t", "hello, ramfs\n", 0664) < 0)
		fail("create: %s", lasterr());
	s = get("file:/tmp.t");
	if(s == nil || strcmp(s, "hello, ramfs\n") != 0)
		fail("read back: %s", s ? s : lasterr());
	if((d = dirstat("file:/tmp.t")) == nil)
		fail("stat: %s", lasterr());
	if(d->length != 13 || (d->mode & 0777) != 0664)
		fail("stat: length %lld mode %lo", d->length, d->mode);
	v0 = d->qid.vers;
	free(d);
	put("file:/tmp.t", "again\n", 0664);
	if((d = dirstat("file:/tmp.t")) == nil || d->qid.vers == v0 || d->length != 6)
		fail("qid version did not change on write");
	free(d);
	if(wstatf("file:/tmp.t", nil, -1, 2) < 0 || (s = get("file:/tmp.t")) == nil || strcmp(s, "ag") != 0)
		fail("truncate by wstat: %s", s ? s : lasterr());
	/* exclusive */
	fd = open("file:/excl.t", O_RDWR|O_CREAT, DMEXCL|0666);
	if(fd < 0)
		fail("create excl: %s", lasterr());
	fd2 = open("file:/excl.t", O_RDONLY);
	if(fd2 >= 0)
		fail("a second open of an exclusive file worked");
	close(fd);
	if((fd2 = open("file:/excl.t", O_RDONLY)) < 0)
		fail("exclusive file not free after close: %s", lasterr());
	close(fd2);
	/* append-only: writes land at the end whatever the offset */
	fd = open("file:/app.t", O_RDWR|O_CREAT, DMAPPEND|0666);
	if(fd < 0)
		fail("create append: %s", lasterr());
	write(fd, "one ", 4);
	pwrite(fd, "two", 3, 0);
	close(fd);
	s = get("file:/app.t");
	if(s == nil || strcmp(s, "one two") != 0)
		fail("append-only: %s", s ? s : lasterr());
	/* O_APPEND on an ordinary file (rc's >>): each open adds at the end */
	put("file:/oapp.t", "one\n", 0664);
	for(n = 0; n < 2; n++){
		fd = open("file:/oapp.t", O_WRONLY|O_APPEND);
		if(fd < 0 || write(fd, n ? "three\n" : "two\n", n ? 6 : 4) != (n ? 6 : 4))
			fail("O_APPEND write: %s", lasterr());
		close(fd);
	}
	s = get("file:/oapp.t");
	if(s == nil || strcmp(s, "one\ntwo\nthree\n") != 0)
		fail("O_APPEND: %s", s ? s : lasterr());
	remove("file:/oapp.t");
	/* permissions */
	put("file:/ro.t", "x", 0444);
	if(open("file:/ro.t", O_WRONLY) >= 0 || errno != EACCES)
		fail("wrote a 0444 file: errno %d", errno);
	if(wstatf("file:/ro.t", nil, 0644, -1) < 0 || (fd = open("file:/ro.t", O_WRONLY)) < 0)
		fail("chmod by wstat: %s", lasterr());
	close(fd);
	/* exclusive create */
	if(open("file:/ro.t", O_WRONLY|O_CREAT|O_EXCL, 0666) >= 0 || errno != EEXIST)
		fail("O_EXCL on an existing file: errno %d", errno);
	remove("file:/tmp.t");
	remove("file:/excl.t");
	remove("file:/app.t");
	remove("file:/ro.t");
	if(get("file:/tmp.t") != nil)
		fail("removed file still there");
}

/* bigfile: a 1 MiB file written in one call reads back the same, in pieces */
static void
bigfile(void)
{
	static char big[1<<20], back[1<<20];
	long i, n, got;
	int fd;

	for(i = 0; i < (long)sizeof big; i++)
		big[i] = i * 7 + (i >> 12);
	fd = open("file:/big.t", O_WRONLY|O_CREAT|O_TRUNC, 0664);
	if(fd < 0)
		fail("create: %s", lasterr());
	if((n = write(fd, big, sizeof big)) != sizeof big)
		fail("write: %ld: %s", n, lasterr());
	close(fd);
	fd = open("file:/big.t", O_RDONLY);
	got = 0;
	while(fd >= 0 && (n = read(fd, back + got, 12345)) > 0)
		got += n;
	close(fd);
	if(got != sizeof big || memcmp(big, back, sizeof big) != 0)
		fail("read back %ld bytes, differing", got);
	remove("file:/big.t");
}

/* dirs: mkdir, nesting, rename, remove of non-empty, directory reads */
static void
dirs(void)
{
	int fd, n, found;
	char *s, strs[512];
	static uchar buf[8192];
	Dir d;
	long off;

	fd = open("file:/d.t", O_RDONLY|O_CREAT|O_EXCL, DMDIR|0775);
	if(fd < 0)
		fail("mkdir: %s", lasterr());
	close(fd);
	if(put("file:/d.t/a", "a", 0664) < 0 || put("file:/d.t/b", "b", 0664) < 0)
		fail("files in a directory: %s", lasterr());
	if(remove("file:/d.t") != -1 || errno != ENOTEMPTY)
		fail("removed a full directory: errno %d", errno);
	if(wstatf("file:/d.t/a", "c", -1, -1) < 0)
		fail("rename: %s", lasterr());
	if(get("file:/d.t/a") != nil || (s = get("file:/d.t/c")) == nil || strcmp(s, "a") != 0)
		fail("rename did not rename");
	fd = open("file:/d.t", O_RDONLY);
	if(fd < 0)
		fail("open dir: %s", lasterr());
	found = 0;
	while((n = read(fd, buf, sizeof buf)) > 0)
		for(off = 0; off < n; off += GBIT16(buf + off) + 2){
			if(convM2D(buf + off, n - off, &d, strs) == 0)
				fail("bad stat entry in a directory read");
			/* exactly b and c, one byte each, once each */
			if((strcmp(d.name, "b") == 0 || strcmp(d.name, "c") == 0) && d.length == 1
			&& (found & (1 << (d.name[0] - 'b'))) == 0)
				found |= 1 << (d.name[0] - 'b');
			else
				fail("directory read gave %s (%lld bytes)", d.name, d.length);
		}
	close(fd);
	if(found != 3)
		fail("directory read did not give both b and c");
	if(open("file:/d.t", O_WRONLY) >= 0)
		fail("opened a directory for writing");
	remove("file:/d.t/b");
	remove("file:/d.t/c");
	if(remove("file:/d.t") < 0)
		fail("remove empty dir: %s", lasterr());
}

/* run: run /bin/argv[0] and wait; its exit status or -1 */
static int
run(char **argv)
{
	char path[128];
	int pid, status;

	snprintf(path, sizeof path, "/bin/%s", argv[0]);
	pid = fork();
	if(pid == 0){
		execve(path, argv, nil);
		_exit(127);
	}
	if(waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

/* freshramfs: `ramfs NAME` mounts an empty tree and returns; unmount drops it */
static void
freshramfs(void)
{
	char *argv[] = { "ramfs", "scratch", nil };
	int fd, n;
	char buf[512];

	if(run(argv) != 0)
		fail("ramfs scratch failed");
	fd = open("scratch:/", O_RDONLY);
	if(fd < 0)
		fail("scratch:/: %s", lasterr());
	n = read(fd, buf, sizeof buf);
	close(fd);
	if(n != 0)
		fail("a fresh ramfs is not empty (%d bytes)", n);
	if(put("scratch:/f", "scratch data", 0664) < 0 || strcmp(get("scratch:/f"), "scratch data") != 0)
		fail("scratch file: %s", lasterr());
	if(get("file:/f") != nil)
		fail("scratch: and file: are the same tree");
	if(unmount("scratch") < 0 || get("scratch:/f") != nil)
		fail("unmount scratch");
}

/* memfree: the free memory sys:/mem reports, in bytes */
static vlong
memfree(void)
{
	char *s, *p;

	if((s = get("sys:/mem")) == nil || (p = strstr(s, "free ")) == nil)
		fail("sys:/mem: %s", s ? s : lasterr());
	return strtoll(p+5, nil, 10);
}

/*
 * memback: a 20 MiB file on a fresh `ramfs big` costs about 20 MiB of
 * free memory, and removing it gives that memory back
 */
static void
memback(void)
{
	enum { Size = 20<<20, Chunk = 64<<10, Slack = 1<<20 };
	static char buf[Chunk];
	char *argv[] = { "ramfs", "big", nil };
	vlong f0, f1, f2;
	struct stat st;
	int fd, i;

	memset(buf, 'm', sizeof buf);	/* its pages in use before measuring */
	if(run(argv) != 0)
		fail("ramfs big failed");
	if(put("big:/warm", "x", 0664) < 0 || remove("big:/warm") < 0)
		fail("big:/warm: %s", lasterr());
	f0 = memfree();
	if((fd = open("big:/f", O_WRONLY|O_CREAT|O_TRUNC, 0664)) < 0)
		fail("create big:/f: %s", lasterr());
	for(i = 0; i < Size / Chunk; i++)
		if(write(fd, buf, Chunk) != Chunk)
			fail("write big:/f at %d: %s", i * Chunk, lasterr());
	close(fd);
	if(stat("big:/f", &st) < 0 || st.st_size != Size)
		fail("big:/f is %lld bytes, want %d", (vlong)st.st_size, Size);
	f1 = memfree();
	if(f0 - f1 < Size - Slack || f0 - f1 > Size + 2*Slack)
		fail("a %d-byte file took %lld bytes of memory", Size, f0 - f1);
	if(remove("big:/f") < 0)
		fail("remove big:/f: %s", lasterr());
	f2 = memfree();
	if(f0 - f2 > Slack)
		fail("after remove, %lld of %lld bytes not back (free %lld, %lld, %lld)",
			f0 - f2, f0 - f1, f0, f1, f2);
	unmount("big");
}

/* misc: null: swallows and ends, zero: is zeros, rand: differs each read */
static void
misc(void)
{
	char a[64], b[64], z[4096];
	int fd, i;

	fd = open("null:", O_RDWR);
	if(fd < 0 || write(fd, "gone", 4) != 4 || read(fd, a, sizeof a) != 0)
		fail("null: %s", lasterr());
	close(fd);
	fd = open("zero:", O_RDONLY);
	memset(z, 1, sizeof z);
	if(fd < 0 || read(fd, z, sizeof z) != sizeof z)
		fail("zero: %s", lasterr());
	for(i = 0; i < (int)sizeof z; i++)
		if(z[i] != 0)
			fail("zero: gave %d at %d", z[i], i);
	close(fd);
	fd = open("rand:", O_RDONLY);
	if(fd < 0 || read(fd, a, sizeof a) != sizeof a || read(fd, b, sizeof b) != sizeof b)
		fail("rand: %s", lasterr());
	close(fd);
	if(memcmp(a, b, sizeof a) == 0)
		fail("rand: gave the same bytes twice");
	for(i = 0; i < (int)sizeof a && a[i] == 0; i++)
		;
	if(i == sizeof a)
		fail("rand: gave zeros");
}

/* env: variables are files */
static void
env(void)
{
	char *s;

	if(put("env:/srvtest", "value 1", 0664) < 0)
		fail("env: create: %s", lasterr());
	s = get("env:/srvtest");
	if(s == nil || strcmp(s, "value 1") != 0)
		fail("env: read: %s", s ? s : lasterr());
	if(remove("env:/srvtest") < 0 || get("env:/srvtest") != nil)
		fail("env: remove");
}

/* envgroup: RFENVG gives a child a copy of env:, RFCENVG an empty one */
static void
envgroup(void)
{
	char *s;
	int pid, status;

	if(put("env:/eg", "parent", 0664) < 0)
		fail("env: create: %s", lasterr());
	pid = rfork(RFPROC|RFFDG|RFENVG);
	if(pid == 0){
		s = get("env:/eg");
		if(s == nil || strcmp(s, "parent") != 0)
			_exit(2);	/* not a copy */
		if(put("env:/eg", "child", 0664) < 0 || put("env:/only", "c", 0664) < 0)
			_exit(3);
		s = get("env:/eg");
		_exit(s != nil && strcmp(s, "child") == 0 ? 0 : 4);
	}
	if(pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("RFENVG child: status %#x", status);
	s = get("env:/eg");
	if(s == nil || strcmp(s, "parent") != 0)
		fail("the child's change reached the parent: %s", s ? s : lasterr());
	if(get("env:/only") != nil)
		fail("the child's new variable reached the parent");
	pid = rfork(RFPROC|RFFDG|RFCENVG);
	if(pid == 0)
		_exit(get("env:/eg") == nil ? 0 : 1);
	if(pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("RFCENVG child's env: was not empty");
	pid = fork();
	if(pid == 0){
		put("env:/shared", "yes", 0664);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	if((s = get("env:/shared")) == nil || strcmp(s, "yes") != 0)
		fail("fork does not share the environment");
	remove("env:/shared");
	remove("env:/eg");
}

/* the pid of the server process whose args are exactly args, or -1 */
static int
serverpid(char *args)
{
	static uchar buf[8192];
	char url[64], *s;
	int fd, n, pid;
	long off;
	Dir d;
	char strs[512];

	fd = open("proc:/", O_RDONLY);
	if(fd < 0)
		return -1;
	pid = -1;
	while(pid < 0 && (n = read(fd, buf, sizeof buf)) > 0)
		for(off = 0; off < n; off += GBIT16(buf + off) + 2){
			if(convM2D(buf + off, n - off, &d, strs) == 0)
				break;
			snprintf(url, sizeof url, "proc:/%s/args", d.name);
			s = get(url);
			if(s && strcmp(s, args) == 0)
				pid = atoi(d.name);
		}
	close(fd);
	return pid;
}

static void
killpid(int pid)
{
	char url[64];
	int fd;

	snprintf(url, sizeof url, "proc:/%d/note", pid);
	fd = open(url, O_WRONLY);
	if(fd < 0 || write(fd, "kill", 4) != 4)
		fail("kill %d: %s", pid, lasterr());
	close(fd);
}

/* notefile: write s to proc:/PID/FILE; 0 or -1 */
static int
notefile(int pid, char *file, char *s)
{
	char url[64];
	int fd, r;

	snprintf(url, sizeof url, "proc:/%d/%s", pid, file);
	fd = open(url, O_WRONLY);
	if(fd < 0)
		return -1;
	r = write(fd, s, strlen(s)) == (long)strlen(s) ? 0 : -1;
	close(fd);
	return r;
}

/* servergone: killing a server fails its clients with "server gone", nothing else */
static void
servergone(void)
{
	char *argv[] = { "ramfs", "victim", nil };
	int pid, fd;
	char *s;

	if(run(argv) != 0)
		fail("ramfs victim");
	put("victim:/x", "x", 0664);
	pid = serverpid("ramfs victim");
	if(pid < 0)
		fail("no server process for victim:");
	fd = open("victim:/x", O_RDONLY);
	killpid(pid);
	usleep(50000);
	if(get("victim:/x") != nil || errno != EHOSTDOWN)
		fail("open after the server died: errno %d", errno);
	if(fd >= 0){
		char c;
		if(read(fd, &c, 1) != -1 || errno != EHOSTDOWN)
			fail("read on an open file after death: errno %d", errno);
		close(fd);
	}
	if((s = get("file:/lib/motd")) == nil || strcmp(s, "Welcome to Ninefold.\n") != 0)
		fail("file: broke too");
}

/* killcore: kill the servers of rand:, env: and file: (for the last session) */
static int
killcore(void)
{
	char *which[] = { "miscfs rand rand", "envfs env", "ramfs -c boot: file" };
	int i, pid;

	for(i = 0; i < (int)nelem(which); i++){
		pid = serverpid(which[i]);
		if(pid < 0){
			printf("srvtests: no server \"%s\"\n", which[i]);
			return 1;
		}
		/* a system server takes no notes: its ctl kills it */
		if(notefile(pid, "note", "kill") == 0){
			printf("srvtests: a note killed system server %d\n", pid);
			return 1;
		}
		if(notefile(pid, "ctl", "kill") < 0){
			printf("srvtests: kill %d: %s\n", pid, lasterr());
			return 1;
		}
		printf("srvtests: killed %d (%s)\n", pid, which[i]);
	}
	return 0;
}

static struct {
	char	*name;
	void	(*f)(void);
} tests[] = {
	{ "files", files },
	{ "dirs", dirs },
	{ "bigfile", bigfile },
	{ "freshramfs", freshramfs },
	{ "memback", memback },
	{ "misc", misc },
	{ "env", env },
	{ "envgroup", envgroup },
	{ "servergone", servergone },
};

int
main(int argc, char **argv)
{
	int i, j, pid, status, failed, want;

	if(argc == 2 && strcmp(argv[1], "-killcore") == 0)
		return killcore();
	failed = 0;
	for(i = 0; i < (int)nelem(tests); i++){
		want = argc <= 1;
		for(j = 1; j < argc; j++)
			if(strcmp(argv[j], tests[i].name) == 0)
				want = 1;
		if(!want)
			continue;
		fflush(stdout);
		pid = rfork(RFPROC|RFFDG|RFNAMEG);
		if(pid == 0){
			tests[i].f();
			_exit(0);
		}
		if(pid < 0 || waitpid(pid, &status, 0) != pid)
			status = 1;
		if(WIFEXITED(status) && WEXITSTATUS(status) == 0)
			printf("test %s: OK\n", tests[i].name);
		else{
			printf("test %s: FAILED\n", tests[i].name);
			failed++;
		}
	}
	printf(failed ? "SOME TESTS FAILED\n" : "ALL TESTS PASSED\n");
	return failed != 0;
}
