/*
 * eachfile: the operand loop of the text commands (tac, rev, nl):
 * each file named, standard input for none or for "-".
 */
#include <libc.h>
#include <sys/stat.h>

/*
 * isdirin: whether fd, an input called name, is a directory, which a
 * text command cannot read as lines (cmd <dir, or cmd dir); if so, says
 * "argv0: name: is a directory", standard output flushed first so the
 * error comes after what went before it.
 */
int
isdirin(int fd, char *name)
{
	struct stat st;

	if(fstat(fd, &st) < 0 || !S_ISDIR(st.st_mode))
		return 0;
	fflush(stdout);
	fprint(2, "%s: %s: is a directory\n", argv0, name);
	return 1;
}

/* stdin1: f on standard input, unless it is a directory (cmd <dir); 0 or 1 */
static int
stdin1(int (*f)(int, char*))
{
	if(isdirin(0, "<stdin>"))
		return 1;
	return f(0, "<stdin>") < 0;
}

/*
 * eachfile: call f(fd, name) on each of the n names (standard input,
 * called "<stdin>", when n is 0 or for a name "-"); a name that cannot
 * be opened, or is a directory (standard input too), gets
 * "argv0: name: reason" and is
 * skipped (standard output is flushed first, so the error comes after
 * what went before it).  1 if any open or call of f failed (f returns
 * -1), else 0.
 */
int
eachfile(int n, char **names, int (*f)(int fd, char *name))
{
	int i, fd, bad;

	if(n == 0)
		return stdin1(f);
	bad = 0;
	for(i = 0; i < n; i++){
		if(strcmp(names[i], "-") == 0){
			bad |= stdin1(f);
			continue;
		}
		if((fd = open(names[i], O_RDONLY)) < 0){
			fflush(stdout);
			fprint(2, "%s: %s: %r\n", argv0, names[i]);
			bad = 1;
			continue;
		}
		if(isdirin(fd, names[i]))
			bad = 1;
		else
			bad |= f(fd, names[i]) < 0;
		close(fd);
	}
	return bad;
}
