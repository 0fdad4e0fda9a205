/*
 * mv: move files.
 *	mv from to
 *	mv from ... dir
 * Within one directory of one scheme, mv renames by wstat of the
 * name (a directory too); otherwise it copies the file and removes
 * the original (a directory by running cp -r and then rm -r, as BSD's
 * mv does across file systems).  An existing target file is replaced.
 */
#include <libc.h>
#include <sys/stat.h>
#include <fcall.h>
#include <sys/wait.h>

enum {
	Bufsize	= 16*1024,
	Urlmax	= 1024,
};

static char	cwd[Urlmax];
static char	buf[Bufsize];
static int	bad;

/* nomem: report running out of memory and exit */
static void
nomem(void)
{
	fprint(2, "mv: out of memory\n");
	exits("memory");
}

/* complain: "mv: name: the last error" and note the failure */
static void
complain(char *name)
{
	fprint(2, "mv: %s: %r\n", name);
	bad = 1;
}

/* hasscheme: whether url starts with "scheme:" */
static int
hasscheme(char *url)
{
	char *c, *s;

	c = strchr(url, ':');
	s = strchr(url, '/');
	return c != nil && (s == nil || c < s);
}

/* absolute: url as a full URL (scheme:path), in a new string */
static char*
absolute(char *url)
{
	char *s, *c;
	usize n;

	if(hasscheme(url))
		s = strdup(url);
	else if(url[0] == '/'){
		c = strchr(cwd, ':');
		n = c != nil ? (usize)(c - cwd + 1) : 0;
		if((s = malloc(n + strlen(url) + 1)) != nil)
			sprintf(s, "%.*s%s", (int)n, cwd, url);
	}else
		s = urljoin(cwd, url);
	if(s == nil)
		nomem();
	return s;
}

/* split: the parent of a full URL (new string); *namep its last element */
static char*
split(char *url, char **namep)
{
	char *p, *parent;
	usize n;

	n = strlen(url);
	while(n > 1 && url[n-1] == '/' && url[n-2] != ':')
		url[--n] = 0;
	p = strrchr(url, '/');
	if(p == nil)
		p = strchr(url, ':');
	if(p == nil){
		*namep = url;
		return strdup("");
	}
	*namep = p + 1;
	if((parent = malloc(p - url + 1)) == nil)
		nomem();
	memmove(parent, url, p - url);
	parent[p - url] = 0;
	return parent;
}

/* wrename: give from the new name, by wstat */
static int
wrename(char *from, char *name)
{
	Dir d;
	uchar *b;
	uint n;
	int r;

	memset(&d, 0xFF, sizeof d);
	d.name = name;
	d.uid = d.gid = d.muid = "";
	n = sizeD2M(&d);
	if((b = malloc(n)) == nil)
		nomem();
	if(convD2M(&d, b, n) == 0){
		free(b);
		fprint(2, "mv: %s: name too long\n", name);
		return -1;
	}
	r = wstat(from, b, n);
	free(b);
	return r;
}

/* copyremove: copy the plain file from to to, then remove from */
static void
copyremove(char *from, struct stat *st, char *to)
{
	int in, out;
	long n, w, o;

	if((in = open(from, O_RDONLY)) < 0){
		complain(from);
		return;
	}
	if((out = open(to, O_WRONLY|O_CREAT|O_TRUNC, st->st_mode & 0777)) < 0){
		complain(to);
		close(in);
		return;
	}
	while((n = read(in, buf, sizeof buf)) > 0)
		for(o = 0; o < n; o += w)
			if((w = write(out, buf + o, n - o)) <= 0){
				complain(to);
				close(in);
				close(out);
				return;
			}
	close(out);
	if(n < 0){
		complain(from);
		close(in);
		return;
	}
	close(in);
	if(remove(from) < 0)
		complain(from);
}

/* run: run program path with arguments argv (argv[0] its name); its exit status */
static int
run(char *path, char **argv)
{
	int pid, st;

	pid = fork();
	if(pid < 0){
		fprint(2, "mv: fork: %r\n");
		return -1;
	}
	if(pid == 0){
		execv(path, argv);
		fprint(2, "mv: %s: %r\n", path);
		_exit(1);
	}
	if(waitpid(pid, &st, 0) < 0 || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

/* movetree: move directory from (full URL af) to to, in another directory */
static void
movetree(char *from, char *af, char *to, char *at)
{
	char *cp[] = {"cp", "-r", from, to, nil};
	char *rm[] = {"rm", "-r", from, nil};
	usize n;

	n = strlen(af);
	if(strncmp(at, af, n) == 0 && (at[n] == '/' || at[n] == 0)){
		fprint(2, "mv: %s: cannot move a directory into itself\n", from);
		bad = 1;
		return;
	}
	/* the original goes only once all of it is copied */
	if(run("/bin/cp", cp) != 0 || run("/bin/rm", rm) != 0)
		bad = 1;
}

/* move: move from to to (the final name, not a directory to move into) */
static void
move(char *from, char *to)
{
	struct stat st, tst;
	char *af, *at, *pf, *pt, *nf, *nt;

	if(stat(from, &st) < 0){
		complain(from);
		return;
	}
	af = absolute(from);
	at = absolute(to);
	pf = split(af, &nf);
	pt = split(at, &nt);
	if(stat(to, &tst) == 0){
		if(tst.st_dev == st.st_dev && tst.st_ino == st.st_ino){
			fprint(2, "mv: %s and %s are the same file\n", from, to);
			bad = 1;
			goto Out;
		}
		if(S_ISDIR(tst.st_mode)){
			fprint(2, "mv: %s: is a directory\n", to);
			bad = 1;
			goto Out;
		}
	}
	if(strcmp(pf, pt) == 0){
		/* a rename cannot replace a file: remove the old one first */
		if(stat(to, &tst) == 0 && remove(to) < 0){
			complain(to);
			goto Out;
		}
		if(wrename(from, nt) < 0)
			complain(from);
		goto Out;
	}
	if(S_ISDIR(st.st_mode)){
		movetree(from, af, to, at);
		goto Out;
	}
	copyremove(from, &st, to);
Out:
	free(af);
	free(at);
	free(pf);
	free(pt);
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: mv from to | mv from ... dir\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	struct stat st;
	char *to, *t, *a, *name;
	int i, todir;

	ARGBEGIN{
	default:
		usage();
	}ARGEND
	if(argc < 2)
		usage();
	if(getwd(cwd, sizeof cwd) == nil){
		fprint(2, "mv: getwd: %r\n");
		exits("getwd");
	}
	to = argv[argc-1];
	todir = stat(to, &st) == 0 && S_ISDIR(st.st_mode);
	if(argc > 2 && !todir){
		fprint(2, "mv: %s: not a directory\n", to);
		exits("usage");
	}
	for(i = 0; i < argc - 1; i++){
		if(todir){
			a = absolute(argv[i]);
			free(split(a, &name));
			if((t = urljoin(to, name)) == nil)
				nomem();
			move(argv[i], t);
			free(t);
			free(a);
		}else
			move(argv[i], to);
	}
	return bad;
}
