/*
 * mkfs_test: host tests of the boot-archive builder (out/tools/mkfs).
 *
 * Makes a source tree under a temporary directory, runs mkfs on the
 * protos in tests/unit/mkfs/, and reads the archives back with a
 * reader of its own.  Each proto in bad/ names the error it must cause
 * in its first line, "#expect mkfs: FILE:LINE: reason", where $SRC
 * stands for the source tree.  Prints PASS or FAIL per check.
 *
 * MKFS (the tool) and DATA (tests/unit/mkfs) come from mkfs.mk.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef MKFS
#error MKFS must name the mkfs binary
#endif
#ifndef DATA
#error DATA must name tests/unit/mkfs
#endif

enum {
	DMDIR = 0x80000000u,
	DMAPPEND = 0x40000000u,
	DMEXCL = 0x20000000u,
	Maxent = 64,
};

typedef struct Ent Ent;
typedef struct Buf Buf;

/* one entry of an archive */
struct Ent {
	char name[256];
	unsigned long mode;
	char uid[64];
	char gid[64];
	unsigned long mtime;
	const char *data;	/* points into the archive */
	size_t length;
};

struct Buf {
	char *p;
	size_t n;
};

static char tmp[256];		/* the temporary directory */
static char src[300];		/* tmp/src: the source tree */
static int nfail;

static void
pass(const char *name)
{
	printf("PASS %s\n", name);
}

static void
fail(const char *name, const char *fmt, ...)
{
	va_list arg;

	printf("FAIL %s: ", name);
	va_start(arg, fmt);
	vprintf(fmt, arg);
	va_end(arg);
	printf("\n");
	nfail++;
}

/* a setup step that cannot go wrong unless the machine is broken */
static void
must(int ok, const char *what)
{
	if(!ok){
		printf("FAIL mkfs-setup: %s: %s\n", what, strerror(errno));
		exit(1);
	}
}

/* make file path under src holding n bytes of data, with permission perm */
static void
mkfile(const char *path, const char *data, size_t n, int perm)
{
	char full[600];
	int fd;

	snprintf(full, sizeof full, "%s/%s", src, path);
	fd = open(full, O_WRONLY|O_CREAT|O_TRUNC, 0600);
	must(fd >= 0, full);
	must(write(fd, data, n) == (ssize_t)n, full);
	close(fd);
	must(chmod(full, perm) == 0, full);
}

static void
mkdirsrc(const char *path, int perm)
{
	char full[600];

	snprintf(full, sizeof full, "%s/%s", src, path);
	must(mkdir(full, 0700) == 0, full);
	must(chmod(full, perm) == 0, full);
}

/* the file contents used in the good tree */
static const char initdata[] = "\177ELF\0\0\001\002\nend of archive\n/bin/x 644 sys sys 0 3\nxyz";
static const char nsdata[] = "mount -a cons: /dev\n";
static const char motddata[] = "welcome to ninefold\n";

/* make the source tree that good.proto and the bad protos refer to */
static void
mktree(void)
{
	snprintf(tmp, sizeof tmp, "/tmp/mkfstest.XXXXXX");
	must(mkdtemp(tmp) != NULL, "mkdtemp");
	snprintf(src, sizeof src, "%s/src", tmp);
	must(mkdir(src, 0755) == 0, src);
	mkdirsrc("bin", 0755);
	mkfile("bin/init", initdata, sizeof initdata - 1, 0755);
	mkfile("bin/echo", "", 0, 0644);
	mkdirsrc("lib", 0755);
	mkfile("lib/namespace", nsdata, sizeof nsdata - 1, 0644);
	mkdirsrc("lib/fonts", 0755);
	mkfile("lib/fonts/a.txt", "A", 1, 0600);
	mkdirsrc("lib/fonts/empty", 0700);
	mkdirsrc("lib/fonts/sub", 0755);
	mkfile("lib/fonts/sub/b.txt", "BB\n", 3, 0666);
	mkdirsrc("other", 0755);
	mkfile("other/motd", motddata, sizeof motddata - 1, 0644);
	mkdirsrc("rcsrc", 0755);
	mkfile("rcsrc/y", "y\n", 2, 0600);
	mkfile("rcsrc/x", "x\n", 2, 0751);
	mkfile("rcsrc/Z", "Z\n", 2, 0644);
	mkdirsrc("rcsrc/subdir", 0755);
	mkfile("rcsrc/subdir/z", "zz\n", 3, 0644);
	mkdirsrc("rcsrc/subdir/deeper", 0755);
	mkdirsrc("etc", 0705);
	mkdirsrc("badnames", 0755);
	mkfile("badnames/with blank", "", 0, 0644);
}

/* remove path and everything under it */
static void
rmtree(const char *path)
{
	struct stat st;
	struct dirent *d;
	char sub[1024];
	DIR *dp;

	if(lstat(path, &st) < 0)
		return;
	if(S_ISDIR(st.st_mode)){
		chmod(path, 0700);
		dp = opendir(path);
		if(dp != NULL){
			while((d = readdir(dp)) != NULL){
				if(strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0)
					continue;
				snprintf(sub, sizeof sub, "%s/%s", path, d->d_name);
				rmtree(sub);
			}
			closedir(dp);
		}
		rmdir(path);
	}else
		unlink(path);
}

/* the whole of a file, NUL-terminated; p is nil if it cannot be read */
static Buf
readall(const char *path)
{
	Buf b;
	FILE *f;
	long n;

	b.p = NULL;
	b.n = 0;
	f = fopen(path, "rb");
	if(f == NULL)
		return b;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	b.p = malloc(n + 1);
	must(b.p != NULL, "malloc");
	b.n = fread(b.p, 1, n, f);
	b.p[b.n] = '\0';
	fclose(f);
	return b;
}

/*
 * Run mkfs with args (a nil-terminated list) in DATA, with
 * SOURCE_DATE_EPOCH set to epoch (or unset if nil).  Its standard
 * output and error are returned in *out and *err; returns the exit
 * status, or -1 if it did not exit.
 */
static int
runmkfs(const char *epoch, Buf *out, Buf *err, char **args)
{
	char outf[300], errf[300];
	char *argv[16];
	int i, status, fd;
	pid_t pid;

	snprintf(outf, sizeof outf, "%s/stdout", tmp);
	snprintf(errf, sizeof errf, "%s/stderr", tmp);
	argv[0] = MKFS;
	for(i = 0; args[i] != NULL && i < 14; i++)
		argv[i+1] = args[i];
	argv[i+1] = NULL;
	fflush(stdout);
	pid = fork();
	must(pid >= 0, "fork");
	if(pid == 0){
		if(chdir(DATA) < 0)
			_exit(126);
		fd = open(outf, O_WRONLY|O_CREAT|O_TRUNC, 0644);
		dup2(fd, 1);
		fd = open(errf, O_WRONLY|O_CREAT|O_TRUNC, 0644);
		dup2(fd, 2);
		if(epoch != NULL)
			setenv("SOURCE_DATE_EPOCH", epoch, 1);
		else
			unsetenv("SOURCE_DATE_EPOCH");
		execv(argv[0], argv);
		_exit(127);
	}
	must(waitpid(pid, &status, 0) == pid, "waitpid");
	*out = readall(outf);
	*err = readall(errf);
	unlink(outf);
	unlink(errf);
	if(!WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

/*
 * Parse an archive: header lines "NAME MODE UID GID MTIME LENGTH",
 * each followed by LENGTH bytes, then "end of archive\n" and
 * nothing more.  Returns the number of entries, or -1 with *why set.
 */
static int
parsearchive(Buf b, Ent *e, int max, const char **why)
{
	char line[512], *nl, *f[7], *s, *end;
	size_t off, n;
	int ne, nf;

	off = 0;
	for(ne = 0;; ne++){
		nl = memchr(b.p + off, '\n', b.n - off);
		if(nl == NULL){
			*why = "header line without newline";
			return -1;
		}
		n = nl - (b.p + off);
		if(n >= sizeof line){
			*why = "header line too long";
			return -1;
		}
		memcpy(line, b.p + off, n);
		line[n] = '\0';
		off += n + 1;
		if(strcmp(line, "end of archive") == 0){
			if(off != b.n){
				*why = "bytes after end of archive";
				return -1;
			}
			return ne;
		}
		if(ne >= max){
			*why = "too many entries";
			return -1;
		}
		nf = 0;
		for(s = strtok(line, " "); s != NULL; s = strtok(NULL, " "))
			if(nf < 7)
				f[nf++] = s;
		if(nf != 6 || f[0][0] != '/' || strlen(f[0]) >= sizeof e->name
		|| strlen(f[2]) >= sizeof e->uid || strlen(f[3]) >= sizeof e->gid){
			*why = "malformed header line";
			return -1;
		}
		strcpy(e[ne].name, f[0]);
		strcpy(e[ne].uid, f[2]);
		strcpy(e[ne].gid, f[3]);
		e[ne].mode = strtoul(f[1], &end, 8);
		if(*end != '\0'){
			*why = "mode is not octal";
			return -1;
		}
		e[ne].mtime = strtoul(f[4], &end, 10);
		if(*end != '\0'){
			*why = "mtime is not decimal";
			return -1;
		}
		e[ne].length = strtoul(f[5], &end, 10);
		if(*end != '\0' || e[ne].length > b.n - off){
			*why = "bad length";
			return -1;
		}
		e[ne].data = b.p + off;
		off += e[ne].length;
	}
}

/* what good.proto must produce, in order */
static const struct {
	const char *name;
	unsigned long mode;
	const char *uid;
	const char *gid;
	const char *data;
	size_t length;
} want[] = {
	{"/bin", DMDIR|0775, "sys", "sys", "", 0},
	{"/bin/init", 0755, "sys", "sys", initdata, sizeof initdata - 1},
	{"/bin/echo", 0555, "glenda", "users", "", 0},
	{"/lib", DMDIR|0555, "sys", "sys", "", 0},
	{"/lib/namespace", 0644, "sys", "sys", nsdata, sizeof nsdata - 1},
	{"/lib/fonts", DMDIR|0755, "sys", "sys", "", 0},
	{"/lib/fonts/a.txt", 0444, "sys", "sys", "A", 1},
	{"/lib/fonts/empty", DMDIR|0555, "sys", "sys", "", 0},
	{"/lib/fonts/sub", DMDIR|0555, "sys", "sys", "", 0},
	{"/lib/fonts/sub/b.txt", 0444, "sys", "sys", "BB\n", 3},
	{"/lib/log", DMAPPEND|DMEXCL|0620, "sys", "sys", motddata, sizeof motddata - 1},
	{"/rc", DMDIR|0755, "sys", "sys", "", 0},
	{"/rc/Z", 0644, "sys", "sys", "Z\n", 2},
	{"/rc/x", 0751, "sys", "sys", "x\n", 2},
	{"/rc/y", 0600, "sys", "sys", "y\n", 2},
	{"/rc/subdir", DMDIR|0750, "sys", "sys", "", 0},
	{"/rc/subdir/z", 0640, "bootes", "sys", "zz\n", 3},
	{"/etc", DMDIR|0705, "sys", "sys", "", 0},
	{"/etc/motd", DMAPPEND|0644, "sys", "sys", motddata, sizeof motddata - 1},
	{"/empty", DMDIR|0700, "sys", "sys", "", 0},
	{"/empty/dev", DMDIR|0555, "sys", "sys", "", 0},
};
enum { Nwant = sizeof want / sizeof want[0] };

/* check that archive b holds exactly the entries of want, with mtime */
static void
checkgood(const char *name, Buf b, unsigned long mtime)
{
	Ent e[Maxent];
	const char *why = "";
	int i, n;

	n = parsearchive(b, e, Maxent, &why);
	if(n < 0){
		fail(name, "archive does not parse: %s", why);
		return;
	}
	if(n != Nwant){
		fail(name, "%d entries, want %d", n, Nwant);
		return;
	}
	for(i = 0; i < n; i++){
		if(strcmp(e[i].name, want[i].name) != 0){
			fail(name, "entry %d is %s, want %s", i, e[i].name, want[i].name);
			return;
		}
		if(e[i].mode != want[i].mode){
			fail(name, "%s: mode %lo, want %lo", e[i].name, e[i].mode, want[i].mode);
			return;
		}
		if(strcmp(e[i].uid, want[i].uid) != 0 || strcmp(e[i].gid, want[i].gid) != 0){
			fail(name, "%s: owner %s %s, want %s %s", e[i].name, e[i].uid, e[i].gid,
				want[i].uid, want[i].gid);
			return;
		}
		if(e[i].mtime != mtime){
			fail(name, "%s: mtime %lu, want %lu", e[i].name, e[i].mtime, mtime);
			return;
		}
		if(e[i].length != want[i].length
		|| memcmp(e[i].data, want[i].data, want[i].length) != 0){
			fail(name, "%s: data differs (%zu bytes, want %zu)", e[i].name,
				e[i].length, want[i].length);
			return;
		}
	}
	pass(name);
}

static int
sameb(Buf a, Buf b)
{
	return a.p != NULL && b.p != NULL && a.n == b.n && memcmp(a.p, b.p, a.n) == 0;
}

/* the good protos: contents, determinism, -o, SOURCE_DATE_EPOCH, spaces */
static void
testgood(void)
{
	char arc[400];
	Buf out, err, out2, err2, file;
	int st;

	st = runmkfs(NULL, &out, &err, (char*[]){"-s", src, "good.proto", NULL});
	if(st != 0 || err.n != 0)
		fail("mkfs-good", "exit %d, stderr: %s", st, err.p);
	else
		checkgood("mkfs-good", out, 0);

	st = runmkfs(NULL, &out2, &err2, (char*[]){"-s", src, "good.proto", NULL});
	if(st != 0 || !sameb(out, out2))
		fail("mkfs-deterministic", "second run differs");
	else
		pass("mkfs-deterministic");
	free(out2.p);
	free(err2.p);

	snprintf(arc, sizeof arc, "%s/good.arc", tmp);
	st = runmkfs(NULL, &out2, &err2, (char*[]){"-s", src, "-o", arc, "good.proto", NULL});
	file = readall(arc);
	if(st != 0 || out2.n != 0 || !sameb(out, file))
		fail("mkfs-o", "exit %d, archive differs from standard output", st);
	else
		pass("mkfs-o");
	free(out2.p);
	free(err2.p);
	free(file.p);

	st = runmkfs(NULL, &out2, &err2, (char*[]){"-s", src, "good-spaces.proto", NULL});
	if(st != 0 || !sameb(out, out2))
		fail("mkfs-spaces", "exit %d, %s", st, st ? err2.p : "archive differs from tabs");
	else
		pass("mkfs-spaces");
	free(out2.p);
	free(err2.p);

	st = runmkfs("1700000000", &out2, &err2, (char*[]){"-s", src, "good.proto", NULL});
	if(st != 0)
		fail("mkfs-epoch", "exit %d: %s", st, err2.p);
	else
		checkgood("mkfs-epoch", out2, 1700000000);
	free(out2.p);
	free(err2.p);

	st = runmkfs("yesterday", &out2, &err2, (char*[]){"-s", src, "good.proto", NULL});
	if(st != 1 || out2.n != 0
	|| strcmp(err2.p, "mkfs: SOURCE_DATE_EPOCH=yesterday: not a decimal time below 2^32\n") != 0)
		fail("mkfs-epoch-bad", "exit %d, stderr: %s", st, err2.p);
	else
		pass("mkfs-epoch-bad");
	free(out2.p);
	free(err2.p);

	st = runmkfs(NULL, &out2, &err2, (char*[]){"-x", "good.proto", NULL});
	if(st != 1 || strcmp(err2.p, "usage: mkfs [-s srcdir] [-o archive] proto\n") != 0)
		fail("mkfs-usage", "exit %d, stderr: %s", st, err2.p);
	else
		pass("mkfs-usage");
	free(out2.p);
	free(err2.p);
	free(out.p);
	free(err.p);
}

/* the expected message of a bad proto, with $SRC filled in */
static int
expectation(const char *proto, char *msg, size_t n)
{
	char path[600], line[512], *p, *q;
	size_t off;
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", DATA, proto);
	f = fopen(path, "r");
	if(f == NULL || fgets(line, sizeof line, f) == NULL || strncmp(line, "#expect ", 8) != 0){
		if(f != NULL)
			fclose(f);
		return -1;
	}
	fclose(f);
	off = 0;
	for(p = line + 8; *p != '\0' && off + 1 < n; p++){
		if(strncmp(p, "$SRC", 4) == 0){
			for(q = src; *q != '\0' && off + 1 < n; q++)
				msg[off++] = *q;
			p += 3;
		}else
			msg[off++] = *p;
	}
	msg[off] = '\0';
	return 0;
}

/* whether directory path is empty */
static int
emptydir(const char *path)
{
	struct dirent *d;
	DIR *dp;
	int n;

	dp = opendir(path);
	if(dp == NULL)
		return 0;
	n = 0;
	while((d = readdir(dp)) != NULL)
		if(strcmp(d->d_name, ".") != 0 && strcmp(d->d_name, "..") != 0)
			n++;
	closedir(dp);
	return n == 0;
}

/*
 * Each bad proto: exit status 1, exactly the expected message, nothing
 * on standard output, and with -o no archive (nor temporary file) left.
 */
static void
testbad(void)
{
	struct dirent **list;
	char name[300], proto[300], msg[600], outdir[400], arc[500];
	Buf out, err;
	int i, n, st;

	snprintf(outdir, sizeof outdir, "%s/badout", tmp);
	must(mkdir(outdir, 0755) == 0, outdir);
	snprintf(arc, sizeof arc, "%s/bad.arc", outdir);
	snprintf(proto, sizeof proto, "%s/bad", DATA);
	n = scandir(proto, &list, NULL, alphasort);
	must(n >= 0, proto);
	for(i = 0; i < n; i++){
		if(strstr(list[i]->d_name, ".proto") == NULL){
			free(list[i]);
			continue;
		}
		snprintf(proto, sizeof proto, "bad/%s", list[i]->d_name);
		snprintf(name, sizeof name, "mkfs-bad-%.*s", (int)strlen(list[i]->d_name) - 6,
			list[i]->d_name);
		free(list[i]);
		if(expectation(proto, msg, sizeof msg) < 0){
			fail(name, "no #expect line");
			continue;
		}
		st = runmkfs(NULL, &out, &err, (char*[]){"-s", src, proto, NULL});
		if(st != 1)
			fail(name, "exit status %d, want 1", st);
		else if(strcmp(err.p, msg) != 0)
			fail(name, "stderr \"%.*s\", want \"%.*s\"", (int)strcspn(err.p, "\n"), err.p,
				(int)strcspn(msg, "\n"), msg);
		else if(out.n != 0)
			fail(name, "%zu bytes on standard output", out.n);
		else{
			free(out.p);
			free(err.p);
			st = runmkfs(NULL, &out, &err, (char*[]){"-s", src, "-o", arc, proto, NULL});
			if(st != 1 || strcmp(err.p, msg) != 0)
				fail(name, "with -o: exit status %d, stderr %s", st, err.p);
			else if(!emptydir(outdir))
				fail(name, "with -o: output left behind in %s", outdir);
			else
				pass(name);
		}
		free(out.p);
		free(err.p);
	}
	free(list);
}

/* a failing run must leave an existing archive as it was */
static void
testkeep(void)
{
	char arc[400];
	Buf out, err, file;
	int st, fd;

	snprintf(arc, sizeof arc, "%s/keep.arc", tmp);
	fd = open(arc, O_WRONLY|O_CREAT|O_TRUNC, 0644);
	must(fd >= 0 && write(fd, "old\n", 4) == 4, arc);
	close(fd);
	st = runmkfs(NULL, &out, &err, (char*[]){"-s", src, "-o", arc, "bad/missing.proto", NULL});
	file = readall(arc);
	if(st != 1 || file.p == NULL || strcmp(file.p, "old\n") != 0)
		fail("mkfs-keep-old", "exit %d, old archive changed", st);
	else
		pass("mkfs-keep-old");
	free(out.p);
	free(err.p);
	free(file.p);
}

int
main(void)
{
	mktree();
	testgood();
	testbad();
	testkeep();
	rmtree(tmp);
	return nfail != 0;
}
