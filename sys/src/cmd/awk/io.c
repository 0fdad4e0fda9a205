/*
 * io.c: records in, text out.  The main input is the files named in
 * ARGV (var=value operands assigned as they are reached), standard
 * input if none; getline may read other files and commands; print may
 * write to files and commands.  Each of those streams is known by its
 * name until close().  Commands run under rc -c.
 */
#include "awk.h"
#include <sys/wait.h>
#include <sys/stat.h>

static char	*shell = "/bin/rc";

/* buffered input, split into records by RS */
typedef struct Inbuf Inbuf;
struct Inbuf {
	int	fd;
	char	*buf;
	long	len;
	long	pos;
	long	cap;
	int	eof;
};

/* a stream opened by a redirection, getline or print: in or out */
typedef struct Stream Stream;
struct Stream {
	char	*name;
	Inbuf	*in;
	FILE	*out;
	int	pid;	/* a command's */
	Stream	*next;
};

static Stream	*streams;
static Inbuf	*mainin;	/* the main input's current file */
static int	argi = 1;	/* the next ARGV to look at */
static int	anyfile;	/* a file operand was opened */

/* fill: read more into b; 0 at the end of the file */
static int
fill(Inbuf *b)
{
	long n;

	if(b->eof)
		return 0;
	if(b->pos > 0){
		memmove(b->buf, b->buf + b->pos, b->len - b->pos);
		b->len -= b->pos;
		b->pos = 0;
	}
	if(b->cap - b->len < 4096){
		b->cap = b->cap ? b->cap * 2 : 16384;
		b->buf = erealloc(b->buf, b->cap);
	}
	n = read(b->fd, b->buf + b->len, b->cap - b->len - 1);
	if(n <= 0){
		b->eof = 1;
		return 0;
	}
	b->len += n;
	return 1;
}

/* findsep: where the record starting at b->pos ends (by sep), or -1 */
static long
findsep(Inbuf *b, int para)
{
	char *p;
	long i;

	if(!para){
		p = memchr(b->buf + b->pos, getstr(&vrs->c)[0], b->len - b->pos);
		return p ? p - b->buf : -1;
	}
	for(i = b->pos; i + 1 < b->len; i++)
		if(b->buf[i] == '\n' && b->buf[i+1] == '\n')
			return i;
	return -1;
}

/*
 * nextrec: b's next record, NUL-terminated, in *rec (n bytes); 0 at
 * the end.  RS is one byte (only its first counts), or "" for
 * paragraphs: records between blank lines.  The record lasts until
 * the next call.
 */
static int
nextrec(Inbuf *b, char **rec, long *n)
{
	long e, skip;
	int para;

	para = getstr(&vrs->c)[0] == 0;
	for(;;){
		if(para){
			while(b->pos < b->len && b->buf[b->pos] == '\n')
				b->pos++;
			if(b->pos == b->len && fill(b))
				continue;
		}
		e = findsep(b, para);
		if(e >= 0)
			break;
		if(!fill(b)){
			if(b->pos >= b->len)
				return 0;
			e = b->len;
			if(para)
				while(e > b->pos && b->buf[e-1] == '\n')
					e--;
			break;
		}
	}
	skip = e < b->len ? (para ? 2 : 1) : 0;
	*rec = b->buf + b->pos;
	*n = e - b->pos;
	b->buf[e] = 0;
	b->pos = e + skip;
	return 1;
}

/* inopen: buffered input from fd */
static Inbuf*
inopen(int fd)
{
	Inbuf *b;

	b = emalloc(sizeof *b);
	memset(b, 0, sizeof *b);
	b->fd = fd;
	return b;
}

/* inclose: done with b (standard input stays open) */
static void
inclose(Inbuf *b)
{
	if(b->fd > 0)
		close(b->fd);
	free(b->buf);
	free(b);
}

/* argvat: ARGV[i], or nil if there is none */
static char*
argvat(int i)
{
	char key[32];
	Cell *c;

	snprintf(key, sizeof key, "%d", i);
	c = arrayget(vararray(vargv), key, 0);
	return c ? getstr(c) : nil;
}

/* isdir: whether fd is a directory, which awk cannot read as records */
static int
isdir(int fd)
{
	struct stat st;

	return fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
}

/* nextfile: open the main input's next file; 0 if there is none */
static int
nextfile(void)
{
	char *name;
	int fd;

	while(argi < getnum(varcell(vargc))){
		name = argvat(argi++);
		if(name == nil || name[0] == 0)
			continue;
		if(assignarg(name))
			continue;
		if(strcmp(name, "-") == 0 || strcmp(name, "/dev/stdin") == 0)
			fd = 0;
		else if((fd = open(name, O_RDONLY)) < 0){
			curline = 0;	/* not the program's fault */
			fatal("can't open file %s", name);
		}
		if(isdir(fd)){
			curline = 0;
			fatal("can't read file %s: is a directory", name);
		}
		anyfile = 1;
		mainin = inopen(fd);
		setvarstr(vfilename, name);
		setvarnum(vfnr, 0);
		return 1;
	}
	if(anyfile)
		return 0;
	anyfile = 1;
	if(isdir(0)){
		curline = 0;
		fatal("can't read standard input: is a directory");
	}
	mainin = inopen(0);
	return 1;
}

/* endfile: done with the main input's current file (nextfile statement) */
void
endfile(void)
{
	if(mainin != nil){
		inclose(mainin);
		mainin = nil;
	}
}

/* readrec: the main input's next record, counted in NR and FNR; 0 at the end */
int
readrec(char **rec, long *len)
{
	for(;;){
		if(mainin == nil && !nextfile())
			return 0;
		if(nextrec(mainin, rec, len)){
			setvarnum(vnr, getnum(varcell(vnr)) + 1);
			setvarnum(vfnr, getnum(varcell(vfnr)) + 1);
			return 1;
		}
		endfile();
	}
}

/* findstream: the stream called name open for output (out) or input */
static Stream*
findstream(char *name, int out)
{
	Stream *s;

	for(s = streams; s != nil; s = s->next)
		if(strcmp(s->name, name) == 0 && (out ? s->out != nil : s->in != nil))
			return s;
	return nil;
}

/* addstream: a new stream called name */
static Stream*
addstream(char *name)
{
	Stream *s;

	s = emalloc(sizeof *s);
	memset(s, 0, sizeof *s);
	s->name = estrdup(name);
	s->next = streams;
	streams = s;
	return s;
}

/*
 * command: run cmd under the shell with its standard input (to 0) or
 * output (to 1) the far end of a pipe; the near end's descriptor, and
 * the pid in *pid; -1 on failure
 */
static int
command(char *cmd, int to, int *pid)
{
	Stream *s;
	int p[2];
	char *args[4];

	flushall();
	if(pipe(p) < 0)
		return -1;
	*pid = fork();
	if(*pid < 0){
		close(p[0]);
		close(p[1]);
		return -1;
	}
	if(*pid == 0){
		dup2(p[to == 0 ? 0 : 1], to);
		close(p[0]);
		close(p[1]);
		for(s = streams; s != nil; s = s->next)	/* so other pipes see their end */
			if(s->out != nil)
				close(fileno(s->out));
			else if(s->in->fd > 0)
				close(s->in->fd);
		args[0] = "rc";
		args[1] = "-c";
		args[2] = cmd;
		args[3] = nil;
		execv(shell, args);
		_exit(127);
	}
	close(p[to == 0 ? 0 : 1]);
	return p[to == 0 ? 1 : 0];
}

/* getlinefile: getline < name; 1, 0 at the end, -1 if it cannot be opened */
int
getlinefile(char *name, char **rec, long *len)
{
	Stream *s;
	int fd;

	s = findstream(name, 0);
	if(s == nil){
		if(strcmp(name, "-") == 0 || strcmp(name, "/dev/stdin") == 0)
			fd = 0;
		else if((fd = open(name, O_RDONLY)) < 0)
			return -1;
		s = addstream(name);
		s->in = inopen(fd);
	}
	return nextrec(s->in, rec, len);
}

/* getlinecmd: cmd | getline; 1, 0 at the end, -1 if it cannot run */
int
getlinecmd(char *cmd, char **rec, long *len)
{
	Stream *s;
	int fd, pid;

	s = findstream(cmd, 0);
	if(s == nil){
		fd = command(cmd, 1, &pid);
		if(fd < 0)
			return -1;
		s = addstream(cmd);
		s->in = inopen(fd);
		s->pid = pid;
	}
	return nextrec(s->in, rec, len);
}

/* outstream: where print > name (how: Rfile, Rappend, Rpipe) writes */
FILE*
outstream(int how, char *name)
{
	Stream *s;
	FILE *f;
	int fd, pid;

	if(how == Rnone || strcmp(name, "/dev/stdout") == 0 || strcmp(name, "-") == 0)
		return stdout;
	if(strcmp(name, "/dev/stderr") == 0){
		fflush(stdout);
		return stderr;
	}
	s = findstream(name, 1);
	if(s != nil)
		return s->out;
	pid = 0;
	if(how == Rpipe){
		fd = command(name, 0, &pid);
		f = fd < 0 ? nil : fdopen(fd, "w");
	}else
		f = fopen(name, how == Rappend ? "a" : "w");
	if(f == nil)
		fatal("can't redirect to %s", name);
	s = addstream(name);
	s->out = f;
	s->pid = pid;
	return f;
}

/* flushstream: fflush(name): write out what is buffered for it; 0, or -1 if it is not open */
int
flushstream(char *name)
{
	Stream *s;

	if(strcmp(name, "/dev/stdout") == 0 || strcmp(name, "-") == 0)
		return fflush(stdout) == 0 ? 0 : -1;
	if(strcmp(name, "/dev/stderr") == 0)
		return 0;
	s = findstream(name, 1);
	if(s == nil)
		return -1;
	return fflush(s->out) == 0 ? 0 : -1;
}

/* waitfor: the exit status of the child pid */
static int
waitfor(int pid)
{
	int st;

	while(waitpid(pid, &st, 0) < 0)
		if(errno != EINTR)
			return -1;
	if(WIFEXITED(st))
		return WEXITSTATUS(st);
	return 256 + WTERMSIG(st);
}

/*
 * closestream: close(name): every stream so called (for output and
 * input); a command's exit status, 0, or -1 if there is none
 */
int
closestream(char *name)
{
	Stream **sp, *s;
	int r;

	r = -1;
	for(sp = &streams; (s = *sp) != nil; ){
		if(strcmp(s->name, name) != 0){
			sp = &s->next;
			continue;
		}
		*sp = s->next;
		r = 0;
		if(s->out != nil && fclose(s->out) != 0)
			r = -1;
		if(s->in != nil)
			inclose(s->in);
		if(s->pid > 0)
			r = waitfor(s->pid);
		free(s->name);
		free(s);
	}
	return r;
}

/* closeall: at exit, close every stream (waiting for commands) */
void
closeall(void)
{
	while(streams != nil)
		closestream(streams->name);
}

/* flushall: write out everything buffered, before a command runs */
void
flushall(void)
{
	Stream *s;

	fflush(stdout);
	for(s = streams; s != nil; s = s->next)
		if(s->out != nil)
			fflush(s->out);
}

/* outwrite: n bytes of s to f; a write error (a reader gone) ends awk quietly */
void
outwrite(FILE *f, char *s, long n)
{
	if(n > 0 && fwrite(s, 1, n, f) != (usize)n)
		exit(2);
}

/* runsystem: system(cmd): its exit status */
int
runsystem(char *cmd)
{
	char *args[4];
	int pid;

	flushall();
	pid = fork();
	if(pid < 0)
		return -1;
	if(pid == 0){
		args[0] = "rc";
		args[1] = "-c";
		args[2] = cmd;
		args[3] = nil;
		execv(shell, args);
		_exit(127);
	}
	return waitfor(pid);
}

/* setargs: ARGV and ARGC from the operands (argv[0] "awk") */
void
setargs(int argc, char **args)
{
	char key[32];
	int i;

	for(i = 0; i < argc; i++){
		snprintf(key, sizeof key, "%d", i);
		cellset(arrayget(vararray(vargv), key, 1), mkstrnum(args[i]));
	}
	setvarnum(vargc, argc);
}
