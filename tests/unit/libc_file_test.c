/*
 * libc_file_test.c: libc's stdio, system call wrappers, dirstat, append,
 * directory reading and file calls, over the fake kernel and real files
 * in a scratch directory
 */
#include "libc_test.h"

/* stdio over real files, through the fake system calls. */
void
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
void
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
char	scratch[] = "/tmp/nflibcdXXXXXX";

/* Write s into the host file path. */
void
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
void
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
void
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
void
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
void
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
