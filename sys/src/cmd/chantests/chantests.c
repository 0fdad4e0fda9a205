/*
 * chantests: in-OS tests of channels, pipes, the kernel's 9P client
 * and namespaces, in the shape of usertests: each test in a child of
 * its own, "test NAME: OK" or "test NAME: FAILED", then "ALL TESTS
 * PASSED" or "SOME TESTS FAILED".  A small hand-written 9P server
 * (srv.c) answers the mounts; it can also misbehave on purpose.
 *
 *	chantests [name ...]
 */
#include "chantests.h"

void
fail(char *fmt, ...)
{
	va_list ap;
	char buf[256];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	printf("chantests: %s\n", buf);
	fflush(stdout);
	_exit(1);
}

/* the last error string, for messages */
static char*
lasterr(void)
{
	static char buf[128];

	errstr(buf, sizeof buf);
	return buf;
}

/* startserver: fork a test server (srv.c) and mount it at name:; its pid */
static int
startserver(char *name)
{
	int p[2], pid;

	if(chan(p) < 0)
		fail("chan: %s", lasterr());
	pid = fork();
	if(pid < 0)
		fail("fork");
	if(pid == 0){
		close(p[1]);
		serve(p[0]);
		_exit(0);
	}
	close(p[0]);
	if(mount(p[1], name, MREPL, "") < 0)
		fail("mount %s: %s", name, lasterr());
	close(p[1]);
	return pid;
}

/* readfile: the contents of url, or nil with errno set */
static char*
readfile(char *url)
{
	static char buf[8192];
	int fd, n;

	fd = open(url, O_RDONLY);
	if(fd < 0)
		return nil;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if(n < 0)
		return nil;
	buf[n] = 0;
	return buf;
}

static void
writefile(char *url, char *s)
{
	int fd;

	fd = open(url, O_WRONLY);
	if(fd < 0 || write(fd, s, strlen(s)) != (long)strlen(s))
		fail("write %s: %s", url, lasterr());
	close(fd);
}

/* chanmsg: a channel keeps message boundaries both ways */
static void
chanmsg(void)
{
	int p[2];
	char buf[64];
	long n;

	if(chan(p) < 0)
		fail("chan: %s", lasterr());
	if(write(p[0], "one", 3) != 3 || write(p[0], "", 0) != 0 || write(p[0], "three!", 6) != 6)
		fail("write: %s", lasterr());
	if((n = read(p[1], buf, sizeof buf)) != 3 || memcmp(buf, "one", 3) != 0)
		fail("first message: %ld", n);
	if((n = read(p[1], buf, sizeof buf)) != 0)
		fail("empty message: %ld", n);
	if(read(p[1], buf, 2) != -1)
		fail("a short buffer truncated a message");
	if((n = read(p[1], buf, sizeof buf)) != 6 || memcmp(buf, "three!", 6) != 0)
		fail("third message after the error: %ld", n);
	if(write(p[1], "back", 4) != 4 || read(p[0], buf, sizeof buf) != 4)
		fail("the other way");
	close(p[0]);
	if(read(p[1], buf, sizeof buf) != 0)
		fail("no end of file after close");
}

/* pipes: a pipe is a byte stream with end of file and a closed-pipe error */
static void
pipes(void)
{
	int p[2], q[2], pid, status;
	char buf[64];
	long n, got;

	if(pipe(p) < 0)
		fail("pipe: %s", lasterr());
	pid = fork();
	if(pid == 0){
		close(p[0]);
		write(p[1], "hello, ", 7);
		write(p[1], "world", 5);
		_exit(0);
	}
	close(p[1]);
	got = 0;
	while((n = read(p[0], buf + got, sizeof buf - got)) > 0)
		got += n;
	if(got != 12 || memcmp(buf, "hello, world", 12) != 0)
		fail("read %ld bytes", got);
	waitpid(pid, &status, 0);
	close(p[0]);

	/* the reader gone: a writer that ignores SIGPIPE gets EPIPE at once */
	if(pipe(p) < 0)
		fail("pipe");
	close(p[0]);
	signal(SIGPIPE, SIG_IGN);
	if(write(p[1], "x", 1) != -1 || errno != EPIPE)
		fail("write on a closed pipe: errno %d", errno);
	if(strcmp(lasterr(), "write on closed pipe") != 0)
		fail("write on a closed pipe: %s", lasterr());
	close(p[1]);
	signal(SIGPIPE, SIG_DFL);

	/* one that does not dies of SIGPIPE, as on Unix */
	if(pipe(p) < 0)
		fail("pipe");
	close(p[0]);
	pid = fork();
	if(pid == 0){
		write(p[1], "x", 1);
		_exit(0);
	}
	close(p[1]);
	if(waitpid(pid, &status, 0) != pid || !WIFSIGNALED(status) || WTERMSIG(status) != SIGPIPE)
		fail("a writer to a closed pipe lived on (status %#x)", status);

	/* a writer asleep on a full pipe wakes when the reader closes */
	if(pipe(p) < 0)
		fail("pipe");
	pid = fork();
	if(pid == 0){
		static char big[64*1024];
		int i;
		close(p[0]);
		for(i = 0; i < 100; i++)
			write(p[1], big, sizeof big);
		_exit(3);	/* never: the pipe holds much less than 6.4 MB */
	}
	close(p[1]);
	if(read(p[0], buf, 10) != 10)
		fail("no data from the writer");
	close(p[0]);
	if(waitpid(pid, &status, 0) != pid || !WIFSIGNALED(status) || WTERMSIG(status) != SIGPIPE)
		fail("the sleeping writer did not die of SIGPIPE (status %#x)", status);

	/* a big read returns what is there and does not wait for more */
	if(pipe(p) < 0 || pipe(q) < 0)
		fail("pipe");
	pid = fork();
	if(pid == 0){
		static char big[200000];
		memset(big, 'b', sizeof big);
		close(p[0]);
		if(write(p[1], big, sizeof big) != sizeof big)
			_exit(1);
		read(q[0], buf, 1);	/* holds the pipe open until told */
		_exit(0);
	}
	close(p[1]);
	{
		static char in[1<<20];
		got = 0;
		while(got < 200000 && (n = read(p[0], in, sizeof in)) > 0)
			got += n;
		if(got != 200000)
			fail("big read: %ld bytes", got);
	}
	write(q[1], "g", 1);
	close(p[0]);
	close(q[0]);
	close(q[1]);
	if(waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("big writer failed");

	/* seeking a pipe is an error */
	if(pipe(p) < 0)
		fail("pipe");
	if(lseek(p[0], 0, SEEK_SET) != -1 || errno != ESPIPE)
		fail("seek on a pipe: errno %d", errno);
	close(p[0]);
	close(p[1]);
}

static int dirhas(char *url, char *name);

/*
 * closedinexec: the wait status of chantests -isclosed fd run by exec:
 * exit 0 if the new program finds fd closed, 1 if open
 */
static int
closedinexec(int fd)
{
	char num[16], *argv[4];
	int pid, status;

	snprintf(num, sizeof num, "%d", fd);
	pid = fork();
	if(pid == 0){
		argv[0] = "chantests";
		argv[1] = "-isclosed";
		argv[2] = num;
		argv[3] = nil;
		execv("/bin/chantests", argv);
		_exit(2);
	}
	if(waitpid(pid, &status, 0) != pid)
		return -1;
	return status;
}

/* appendmode: O_APPEND writes at the end, whatever the offset; O_CLOEXEC closes on exec */
static void
appendmode(void)
{
	char *f = "file:/tmp/chantests.append";
	char *s;
	int fd, status;

	fd = open(f, O_WRONLY|O_CREAT|O_TRUNC, 0664);
	if(fd < 0 || write(fd, "filedata\n", 9) != 9)
		fail("create %s: %s", f, lasterr());
	close(fd);
	fd = open(f, O_WRONLY|O_APPEND);
	if(fd < 0)
		fail("open append: %s", lasterr());
	if(write(fd, "more\n", 5) != 5)
		fail("append write: %s", lasterr());
	lseek(fd, 0, SEEK_SET);
	if(write(fd, "last\n", 5) != 5)
		fail("append after seek: %s", lasterr());
	close(fd);
	s = readfile(f);
	if(s == nil || strcmp(s, "filedata\nmore\nlast\n") != 0)
		fail("appended file reads \"%s\"", s ? s : lasterr());

	/* close on exec: the new program finds the descriptor closed */
	fd = open(f, O_RDONLY|O_CLOEXEC);
	if(fd < 0)
		fail("open cloexec: %s", lasterr());
	if((status = closedinexec(fd)) != 0)
		fail("O_CLOEXEC descriptor survived exec (status %#x)", status);
	/* and one without it stays open */
	close(fd);
	fd = open(f, O_RDONLY);
	if((status = closedinexec(fd)) != 1<<8)
		fail("a plain descriptor was closed by exec (status %#x)", status);
	close(fd);
	remove(f);
}

/* mountpipe: a 9P server on a pipe, its replies cut in pieces, mounts */
static void
mountpipe(void)
{
	int p[2], pid, status;
	char *s;

	if(pipe(p) < 0)
		fail("pipe: %s", lasterr());
	pid = fork();
	if(pid == 0){
		close(p[1]);
		stream = 1;
		serve(p[0]);
		_exit(0);
	}
	close(p[0]);
	if(mount(p[1], "pp", MREPL, "") < 0)
		fail("mount a pipe: %s", lasterr());
	close(p[1]);
	s = readfile("pp:/hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("pp:/hello over a pipe: %s", s ? s : lasterr());
	if(readfile("pp:/nothere") != nil || errno != ENOENT)
		fail("missing file over a pipe: errno %d", errno);
	s = readfile("pp:/hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("second read over a pipe: %s", s ? s : lasterr());
	unmount("pp");
	if(waitpid(pid, &status, 0) != pid)
		fail("the pipe server did not end with its mount");
}

/* mounttwice: one channel end mounted at two names is one session */
static void
mounttwice(void)
{
	int p[2], pid, status;
	char *s;

	if(chan(p) < 0)
		fail("chan: %s", lasterr());
	pid = fork();
	if(pid == 0){
		close(p[1]);
		serve(p[0]);
		_exit(0);
	}
	close(p[0]);
	if(mount(p[1], "m1", MREPL, "") < 0 || mount(p[1], "m2", MREPL, "") < 0)
		fail("mount twice: %s", lasterr());
	s = readfile("m2:/hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("m2:/hello: %s", s ? s : lasterr());
	if(unmount("m1") < 0)
		fail("unmount m1: %s", lasterr());
	s = readfile("m2:/hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("m2:/hello after unmounting m1: %s", s ? s : lasterr());
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	if(readfile("m2:/hello") != nil || errno != EHOSTDOWN)
		fail("m2: after the server died: errno %d", errno);
	if(mount(p[1], "m3", MREPL, "") != -1 || errno != EHOSTDOWN)
		fail("mounted a dead server: errno %d", errno);
	close(p[1]);
	unmount("m2");
}

/* srvpost: a channel end posted in srv: is mounted by name, listed, removed */
static void
srvpost(void)
{
	int p[2], pid, fd, status;
	char name[64], url[80], *s, buf[16];

	if(chan(p) < 0)
		fail("chan: %s", lasterr());
	pid = fork();
	if(pid == 0){
		close(p[1]);
		serve(p[0]);
		_exit(0);
	}
	close(p[0]);
	snprintf(name, sizeof name, "chantests.%d", getpid());
	snprintf(url, sizeof url, "srv:/%s", name);
	fd = open(url, O_WRONLY|O_CREAT|O_EXCL, 0600);
	if(fd < 0)
		fail("create %s: %s", url, lasterr());
	snprintf(buf, sizeof buf, "%d", p[1]);
	if(write(fd, buf, strlen(buf)) != (long)strlen(buf))
		fail("post: %s", lasterr());
	if(write(fd, buf, strlen(buf)) != -1)
		fail("posted twice");
	close(fd);
	close(p[1]);
	if(!dirhas("srv:", name))
		fail("srv: does not list %s", name);
	if(open(url, O_WRONLY|O_CREAT|O_EXCL, 0600) != -1 || errno != EEXIST)
		fail("a second post of the same name: errno %d", errno);
	fd = open(url, O_RDWR);
	if(fd < 0)
		fail("open %s: %s", url, lasterr());
	if(mount(fd, "sp", MREPL, "") < 0)
		fail("mount %s: %s", url, lasterr());
	close(fd);
	s = readfile("sp:/hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("sp:/hello: %s", s ? s : lasterr());
	s = readfile("proc:/self/ns");
	snprintf(buf, sizeof buf, "x");
	{
		char want[128];
		snprintf(want, sizeof want, "mount %s sp:\n", url);
		if(s == nil || strstr(s, want) == nil)
			fail("ns does not say \"%s\": %s", want, s ? s : lasterr());
	}
	if(remove(url) < 0)
		fail("remove %s: %s", url, lasterr());
	if(dirhas("srv:", name))
		fail("srv: still lists %s", name);
	unmount("sp");
	if(waitpid(pid, &status, 0) != pid)
		fail("server did not end when its last user went");
}

/* unmountwait: a walk asleep in a server while another process unmounts it */
static void
unmountwait(void)
{
	int pid, status, fd;
	char *s, buf[16];

	startserver("t");
	fd = open("t:/hello", O_RDONLY);	/* to wake the server later */
	if(fd < 0)
		fail("open t:/hello: %s", lasterr());
	pid = fork();
	if(pid == 0){
		/* shares the namespace: its walk holds t:'s root */
		int r = open("t:/stall", O_RDONLY);
		_exit(r == -1 && errno == ENOENT ? 0 : 1);
	}
	usleep(50000);	/* the child waits in its walk */
	if(unmount("t") < 0)
		fail("unmount: %s", lasterr());
	s = malloc(64*1024);	/* reuse what a wrong free gave back */
	memset(s, 0x5A, 64*1024);
	if(read(fd, buf, sizeof buf) != 6)
		fail("read on the open file after unmount: %s", lasterr());
	if(waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("the walk asleep across unmount did not end cleanly (status %#x)", status);
	close(fd);
	free(s);
}

/* version: Tversion goes with NOTAG, and only "9P2000" is accepted back */
static void
version(void)
{
	int p[2], pid, status;

	/* serve() refuses a Tversion whose tag is not NOTAG: every mount checks that */
	if(chan(p) < 0)
		fail("chan");
	pid = fork();
	if(pid == 0){
		close(p[1]);
		vers = "9P2000.L";
		serve(p[0]);
		_exit(0);
	}
	close(p[0]);
	if(mount(p[1], "v", MREPL, "") != -1)
		fail("mounted a server that answered 9P2000.L");
	if(strcmp(lasterr(), "server does not speak 9P2000") != 0)
		fail("wrong error: %s", lasterr());
	close(p[1]);
	waitpid(pid, &status, 0);
	/* a bad union order, and RFNOMNT that lasts */
	if(bind("boot:", "x", MBEFORE|MAFTER) != -1 || errno != EINVAL)
		fail("bind with MBEFORE|MAFTER: errno %d", errno);
	pid = fork();
	if(pid == 0){
		rfork(RFNAMEG|RFNOMNT);
		rfork(RFCNAMEG);
		if(bind("boot:", "x", MREPL) != -1)
			_exit(1);
		if(unmount("file") != -1)
			_exit(2);
		_exit(0);
	}
	if(waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("RFNOMNT did not hold after RFCNAMEG (status %#x)", status);
}

long	_sys_pread(long fd, long buf, long n, long off);

/* bigread: 4 GiB asked of zero: into 64 MiB: a short count, not a hang or a lost reply */
static void
bigread(void)
{
	char *p;
	long r;
	int fd;

	fd = open("zero:", O_RDONLY);
	if(fd < 0)
		fail("zero: %s", lasterr());
	p = mmap(nil, 64<<20, PROT_READ|PROT_WRITE, MAP_ANONYMOUS|MAP_PRIVATE, -1, 0);
	if(p == MAP_FAILED)
		fail("mmap 64 MiB: %s", lasterr());
	r = _sys_pread(fd, (long)p, 4L<<30, -1);
	/* what fits, up to the last whole piece before the end of the mapping */
	if(r <= (64<<20) - 2*MSIZE || r > 64<<20)
		fail("pread of 4 GiB into 64 MiB gave %ld", r);
	if(p[0] != 0 || p[r - 1] != 0)
		fail("not zeros");
	munmap(p, 64<<20);
	close(fd);
	if(readfile("t:/hello") == nil && errno != ENOENT)
		fail("the system is hurt: %s", lasterr());
}

/* seekdir: a directory seeks back to its start only */
static void
seekdir(void)
{
	int fd;

	fd = open("boot:/", O_RDONLY);
	if(fd < 0)
		fail("open boot:/: %s", lasterr());
	if(lseek(fd, 0, SEEK_SET) != 0)
		fail("seek a directory to 0: %s", lasterr());
	if(lseek(fd, 5, SEEK_SET) != -1 || errno != EISDIR)
		fail("seek a directory to 5: errno %d", errno);
	close(fd);
}

/* mount9p: a server's tree is reachable by its name; stat, dirs, walks */
static void
mount9p(void)
{
	char *s;
	struct stat st;

	startserver("t");
	s = readfile("t:/hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("t:/hello: %s", s ? s : lasterr());
	s = readfile("t:hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("t:hello: %s", s ? s : lasterr());
	if(readfile("t:/nothere") != nil || errno != ENOENT)
		fail("missing file: errno %d", errno);
	if(readfile("t:/hello/x") != nil)
		fail("walked through a file");
	if(stat("t:/hello", &st) < 0 || st.st_mode & S_IFDIR)
		fail("stat: %s", lasterr());
	if(stat("t:/", &st) < 0 || !(st.st_mode & S_IFDIR))
		fail("stat of root: %s", lasterr());
	if(chdir("t:/") < 0)
		fail("chdir: %s", lasterr());
	s = readfile("hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("relative path: %s", s ? s : lasterr());
	if(unmount("t") < 0)
		fail("unmount: %s", lasterr());
	if(readfile("t:/hello") != nil)
		fail("read after unmount");
}

/* outoforder: a held read does not stall other clients; replies come out of order */
static void
outoforder(void)
{
	int pid, status;
	char *s;

	startserver("t");
	pid = fork();
	if(pid == 0){
		s = readfile("t:/slow");
		_exit(s != nil && strcmp(s, "late\n") == 0 ? 0 : 1);
	}
	usleep(50000);	/* the child is waiting in its read */
	s = readfile("t:/hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("hello while slow was held: %s", s ? s : lasterr());
	if(waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("the held read did not get its late answer");
}

/*
 * walkopen: an open sends Twalk and Topen at once; a server that takes
 * the Topen first (its fid not made yet) fails it, and the kernel
 * opens again once the walk is done.  A missing file still says so.
 */
static void
walkopen(void)
{
	char *s;
	int i;

	startserver("t");
	for(i = 0; i < 2; i++){
		s = readfile("t:/hello");
		if(s == nil || strcmp(s, "hello\n") != 0)
			fail("open and read of hello (%s): %s", i ? "swapped" : "in order", s ? s : lasterr());
		if(open("t:/nothere", O_RDONLY) >= 0 || strcmp(lasterr(), "file does not exist") != 0)
			fail("open of a missing file (%s): %s", i ? "swapped" : "in order", lasterr());
		if(i == 0)
			writefile("t:/hello", "swap");
	}
	s = readfile("t:/flushes");
	if(s == nil || strcmp(s, "0") != 0)
		fail("after the swapped opens: flushes %s", s ? s : lasterr());
}

/* flush: a client killed while it waits sends Tflush */
static void
flush(void)
{
	int pid, status;
	char *s;

	startserver("t");
	pid = fork();
	if(pid == 0){
		readfile("t:/slow");
		_exit(0);
	}
	usleep(50000);
	kill(pid, SIGKILL);
	if(waitpid(pid, &status, 0) != pid || !WIFSIGNALED(status))
		fail("the waiting client was not killed");
	s = readfile("t:/flushes");
	if(s == nil || strcmp(s, "1") != 0)
		fail("server saw %s flushes", s ? s : lasterr());
	s = readfile("t:/hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("mount broken after flush");
}

/* hostile: garbage, a wrong tag and an oversized count fail only that read */
static void
hostile(void)
{
	char *s;
	int fd;
	char buf[64];

	startserver("t");
	writefile("t:/hello", "garbage");
	fd = open("t:/hello", O_RDONLY);
	if(fd < 0)
		fail("open: %s", lasterr());
	if(read(fd, buf, 5) != -1 || errno != EPROTO)
		fail("oversized count: errno %d", errno);
	close(fd);
	s = readfile("t:/hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("mount broken after garbage: %s", s ? s : lasterr());
	/* a malformed stat entry fails that stat only */
	writefile("t:/hello", "badstat");
	{
		struct stat st;
		if(stat("t:/hello", &st) != -1 || errno != EPROTO)
			fail("malformed stat: errno %d", errno);
		if(stat("t:/hello", &st) < 0)
			fail("stat after a malformed one: %s", lasterr());
	}
}

/* servergone: a server that stops answering and dies fails its clients cleanly */
static void
servergone(void)
{
	char *s;
	int pid, status, other;

	pid = startserver("t");
	other = startserver("u");
	writefile("t:/hello", "silent");
	if(readfile("t:/hello") != nil || errno != EHOSTDOWN)
		fail("read from a dying server: errno %d (%s)", errno, lasterr());
	if(waitpid(pid, &status, 0) != pid)
		fail("server did not exit");
	if(open("t:/hello", O_RDONLY) != -1 || errno != EHOSTDOWN)
		fail("open after death: errno %d", errno);
	s = readfile("u:/hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("another mount broke");
	s = readfile("boot:/lib/motd");
	if(s == nil)
		fail("boot: broke");
	USED(other);
}

/* dirhas: does the directory read of url list name? */
static int
dirhas(char *url, char *name)
{
	static uchar buf[8192];
	char strs[256];
	Dir d;
	long n, off;
	int fd, found;

	fd = open(url, O_RDONLY);
	if(fd < 0)
		return 0;
	found = 0;
	while(!found && (n = read(fd, buf, sizeof buf)) > 0)
		for(off = 0; off < n; off += GBIT16(buf + off) + 2){
			if(convM2D(buf + off, n - off, &d, strs) == 0)
				break;
			if(strcmp(d.name, name) == 0)
				found = 1;
		}
	close(fd);
	return found;
}

/* unions: bind -a/-b order, walks try each member, creates go to MCREATE */
static void
unions(void)
{
	char *s;

	startserver("t");
	if(bind("boot:/lib", "both", MREPL) < 0)
		fail("bind: %s", lasterr());
	if(bind("t:/", "both", MAFTER) < 0)
		fail("bind -a: %s", lasterr());
	s = readfile("both:/motd");
	if(s == nil || strncmp(s, "Welcome", 7) != 0)
		fail("first member: %s", s ? s : lasterr());
	s = readfile("both:/hello");
	if(s == nil || strcmp(s, "hello\n") != 0)
		fail("second member: %s", s ? s : lasterr());
	if(open("both:/new", O_WRONLY|O_CREAT, 0666) != -1)
		fail("created with no MCREATE member");
	if(bind("sys:/", "both", MBEFORE) < 0)
		fail("bind -b: %s", lasterr());
	s = readfile("both:/uname");
	if(s == nil || strncmp(s, "Ninefold", 8) != 0)
		fail("member put before: %s", s ? s : lasterr());
	if(unmount("both") < 0 || readfile("both:/motd") != nil)
		fail("unmount of a union");
	/* a directory read of a union's root lists every member */
	if(bind("boot:/lib", "dirs", MREPL) < 0 || bind("boot:/bin", "dirs", MAFTER) < 0)
		fail("bind dirs: %s", lasterr());
	if(!dirhas("dirs:", "motd") || !dirhas("dirs:", "echo"))
		fail("union directory read lacks a member's entries");
}

/* nsisolation: RFNAMEG copies the namespace, RFCNAMEG cleans it, RFNOMNT forbids mounts */
static void
nsisolation(void)
{
	int pid, status;

	if(bind("boot:/lib", "shared", MREPL) < 0)
		fail("bind: %s", lasterr());
	pid = rfork(RFPROC|RFFDG|RFNAMEG);
	if(pid == 0){
		if(readfile("shared:/motd") == nil)
			_exit(1);	/* the copy has it */
		unmount("shared");
		bind("boot:/bin", "mine", MREPL);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	if(!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("child's copy lacked the parent's binding");
	if(readfile("shared:/motd") == nil)
		fail("child's unmount reached the parent");
	if(open("mine:/echo", O_RDONLY) != -1)
		fail("child's bind reached the parent");
	pid = fork();
	if(pid == 0){
		bind("boot:/bin", "fromfork", MREPL);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	if(open("fromfork:/echo", O_RDONLY) < 0)
		fail("fork does not share the namespace");
	pid = rfork(RFPROC|RFFDG|RFCNAMEG);
	if(pid == 0)
		_exit(readfile("shared:/motd") == nil && readfile("boot:/lib/motd") != nil ? 0 : 1);
	waitpid(pid, &status, 0);
	if(!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("RFCNAMEG namespace not clean");
	pid = rfork(RFPROC|RFFDG|RFNAMEG|RFNOMNT);
	if(pid == 0)
		_exit(bind("boot:/", "x", MREPL) == -1 && errno == EACCES ? 0 : 1);
	waitpid(pid, &status, 0);
	if(!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("RFNOMNT did not forbid bind");
}

/* cwd: the current directory is a URL; .. and relative names work */
static void
cwd(void)
{
	char buf[256];

	if(chdir("boot:/bin") < 0)
		fail("chdir: %s", lasterr());
	if(getwd(buf, sizeof buf) < 0 || strcmp(buf, "boot:/bin") != 0)
		fail("getwd: %s", buf);
	if(chdir("../lib") < 0 || getwd(buf, sizeof buf) < 0 || strcmp(buf, "boot:/lib") != 0)
		fail("chdir ..: %s", buf);
	if(readfile("motd") == nil || readfile("/lib/motd") == nil)
		fail("relative names: %s", lasterr());
	if(chdir("boot:/lib/motd") != -1 || errno != ENOTDIR)
		fail("chdir to a file");
}

/* procfs: proc: shows processes, their args and namespace; notes kill */
static void
procfs(void)
{
	char url[64], *s, want[64];
	int pid, status, fd;

	s = readfile("proc:/self/status");
	snprintf(want, sizeof want, "%d ", getpid());
	if(s == nil || strncmp(s, want, strlen(want)) != 0 || strstr(s, "chantests") == nil)
		fail("proc:/self/status: %s", s ? s : lasterr());
	s = readfile("proc:/self/args");
	if(s == nil || strncmp(s, "chantests", 9) != 0)
		fail("proc:/self/args: %s", s ? s : lasterr());
	if(bind("boot:/lib", "libs", MREPL) < 0)
		fail("bind");
	s = readfile("proc:/self/ns");
	if(s == nil || strstr(s, "bind boot:/lib libs:") == nil)
		fail("proc:/self/ns: %s", s ? s : lasterr());
	pid = fork();
	if(pid == 0){
		sleep(100);
		_exit(0);
	}
	snprintf(url, sizeof url, "proc:/%d/status", pid);
	if(readfile(url) == nil)
		fail("%s: %s", url, lasterr());
	snprintf(url, sizeof url, "proc:/%d/note", pid);
	fd = open(url, O_WRONLY);
	if(fd < 0 || write(fd, "kill", 4) != 4)
		fail("note: %s", lasterr());
	close(fd);
	if(waitpid(pid, &status, 0) != pid || !WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL)
		fail("note did not kill");
	if(open(url, O_WRONLY) != -1)
		fail("a dead process's files still open");
	if(open("proc:/1/note", O_WRONLY) >= 0 && (fd = open("proc:/1/note", O_WRONLY)) >= 0
	&& write(fd, "kill", 4) != -1)
		fail("init took a note");
}

/* privilege: hardware schemes are refused to processes without grants */
static void
privilege(void)
{
	char url[32];
	int fd, pid, status;

	if(open("irq:/4", O_RDONLY) != -1 || errno != EACCES)
		fail("irq:/4 opened without a grant (errno %d)", errno);
	if(open("port:", O_RDWR) != -1 || errno != EACCES)
		fail("port: opened without a grant");
	if(open("phys:/mem", O_RDWR) != -1 || errno != EACCES)
		fail("phys:/mem opened without a grant");
	if(open("phys:/dma", O_RDWR) != -1 || errno != EACCES)
		fail("phys:/dma opened without a DMA quota");
	/* pci: is for all to read; configuration writes only for the device's driver */
	fd = open("pci:/0.0.0/raw", O_RDWR);
	if(fd < 0)
		fail("pci:/0.0.0/raw: %s", lasterr());
	{
		u16int id = 0;
		if(pread(fd, &id, 2, 0) != 2 || id != 0x8086)
			fail("pci:/0.0.0 vendor %#x, want 0x8086", id);
		if(pwrite(fd, &id, 2, 4) != -1 || errno != EACCES)
			fail("wrote configuration space without a grant: errno %d", errno);
	}
	close(fd);
	snprintf(url, sizeof url, "proc:/%d/ctl", getpid());
	fd = open(url, O_WRONLY);
	if(fd < 0 || write(fd, "grant pci 0.0.0", 15) != -1 || errno != EACCES)
		fail("granted itself a PCI device: %s", lasterr());
	if(write(fd, "grant dma 4096", 14) != -1 || errno != EACCES)
		fail("granted itself DMA memory: %s", lasterr());
	close(fd);
	/* nor can a process grant itself what it does not hold */
	snprintf(url, sizeof url, "proc:/%d/ctl", getpid());
	fd = open(url, O_WRONLY);
	if(fd < 0)
		fail("%s: %s", url, lasterr());
	if(write(fd, "grant irq 4", 11) != -1 || errno != EACCES)
		fail("granted itself irq 4");
	if(write(fd, "grant port 0x3f8 0x3ff", 22) != -1)
		fail("granted itself ports");
	close(fd);
	/* the modes files show are the ones enforced: sys:/ctl (0220, sys) is the host owner's */
	fd = open("sys:/ctl", O_WRONLY);
	if(fd < 0)
		fail("the host owner cannot open sys:/ctl: %s", lasterr());
	close(fd);
	if(open("sys:/ctl", O_RDONLY) != -1 || errno != EACCES)
		fail("sys:/ctl opened for reading: errno %d", errno);
	pid = fork();
	if(pid == 0){
		/* another's ctl is not its to drop */
		fd = open(url, O_WRONLY);
		if(fd < 0 || write(fd, "none", 4) != -1)
			fail("made its parent none");
		close(fd);
		snprintf(url, sizeof url, "proc:/%d/ctl", getpid());
		writefile(url, "none");
		if(open("sys:/ctl", O_WRONLY) != -1 || errno != EACCES)
			fail("none opened sys:/ctl for writing: errno %d", errno);
		if(readfile("sys:/uname") == nil)
			fail("none cannot read sys:/uname (0444): %s", lasterr());
		if(readfile("proc:/self/status") == nil)
			fail("none cannot read its own status: %s", lasterr());
		fd = open(url, O_WRONLY);
		if(fd < 0 || write(fd, "protect", 7) != -1)
			fail("none protected itself");
		_exit(0);
	}
	if(waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("as none (status %#x)", status);
}

static struct {
	char	*name;
	void	(*f)(void);
} tests[] = {
	{ "chanmsg", chanmsg },
	{ "pipes", pipes },
	{ "mount9p", mount9p },
	{ "outoforder", outoforder },
	{ "walkopen", walkopen },
	{ "flush", flush },
	{ "hostile", hostile },
	{ "servergone", servergone },
	{ "unions", unions },
	{ "nsisolation", nsisolation },
	{ "cwd", cwd },
	{ "procfs", procfs },
	{ "privilege", privilege },
	{ "appendmode", appendmode },
	{ "mountpipe", mountpipe },
	{ "mounttwice", mounttwice },
	{ "srvpost", srvpost },
	{ "unmountwait", unmountwait },
	{ "version", version },
	{ "seekdir", seekdir },
	{ "bigread", bigread },
	{ "stress", stress },
};

int
main(int argc, char **argv)
{
	int i, j, pid, status, failed, want;

	/* chantests -isclosed N: exit 0 if descriptor N is closed, 1 if open (for appendmode) */
	if(argc == 3 && strcmp(argv[1], "-isclosed") == 0){
		struct stat st;
		return fstat(atoi(argv[2]), &st) < 0 && errno == EBADF ? 0 : 1;
	}
	failed = 0;
	for(i = 0; i < (int)nelem(tests); i++){
		want = argc <= 1;
		for(j = 1; j < argc; j++)
			if(strcmp(argv[j], tests[i].name) == 0)
				want = 1;
		if(!want)
			continue;
		fflush(stdout);
		/* each test in its own namespace, so mounts do not leak between tests */
		pid = rfork(RFPROC|RFFDG|RFNAMEG);
		if(pid == 0){
			tests[i].f();
			_exit(0);
		}
		if(pid < 0 || waitpid(pid, &status, 0) != pid)
			status = 1;
		/* the test's servers were its children: they go when it does */
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
