/*
 * buf.c: ed's buffer: the lines, the one-level undo copy, the marks,
 * and reading and writing files.  Every change to the lines goes
 * through insertlines, deletelines, replaceline or movelines, which
 * copy the buffer for u before a command's first change.
 */
#include <sys/stat.h>
#include "ed.h"

Line	**line;
long	dol;
long	dot;
int	modified;
char	*savedfile;
long	gmarked;
int	ingstate;
static long	cap;

/* the undo copy: the buffer and dot as they were before the last command that changed them */
static Line	**uline;
static long	udol, ucap, udot;
static int	uvalid;
static int	snapped;	/* this command has made its copy */
static long	cmddot;		/* dot when this command began */

/* marks a to z: the line each names, or nil */
static Line	*marks[26];

/* newline: a line holding s[0..len) */
Line*
newline(char *s, long len)
{
	Line *l;

	l = emalloc(sizeof(Line) + len + 1);
	l->ref = 0;
	l->gmark = 0;
	l->len = len;
	memmove(l->s, s, len);
	l->s[len] = 0;
	return l;
}

/* putline: one holder fewer; free l when it has none */
void
putline(Line *l)
{
	if(l != nil && --l->ref <= 0)
		free(l);
}

/* room: make line[] hold n lines */
static void
room(Line ***a, long *c, long n)
{
	if(n + 1 > *c){
		*c = n + 1 > 2 * *c ? n + 1 : 2 * *c;
		*a = erealloc(*a, *c * sizeof(Line*));
	}
}

/* startcommand: a new command from standard input: its first change will copy the buffer for u */
void
startcommand(void)
{
	snapped = 0;
	cmddot = dot;
}

/* dropundo: let go of the undo copy */
static void
dropundo(void)
{
	long i;

	for(i = 1; i <= udol; i++)
		putline(uline[i]);
	udol = 0;
	uvalid = 0;
}

/* snapshot: before the command's first change, keep the buffer as it is for u */
void
snapshot(void)
{
	long i;

	if(snapped)
		return;
	room(&uline, &ucap, dol);	/* before dropping: an error must leave things whole */
	dropundo();
	for(i = 1; i <= dol; i++){
		uline[i] = line[i];
		line[i]->ref++;
	}
	udol = dol;
	udot = cmddot;
	uvalid = 1;
	snapped = 1;
}

/* clearundo: nothing to undo (after e) */
void
clearundo(void)
{
	dropundo();
	snapped = 1;
}

/* undo: u: swap the buffer and the undo copy */
void
undo(void)
{
	Line **t;
	long n;

	if(!uvalid)
		error("nothing to undo");
	t = line, line = uline, uline = t;
	n = cap, cap = ucap, ucap = n;
	n = dol, dol = udol, udol = n;
	n = dot, dot = udot, udot = n;
	if(dot > dol)
		dot = dol;
	modified = 1;
	snapped = 1;
}

/* insertlines: put the n lines l after line after */
void
insertlines(long after, Line **l, long n)
{
	long i;

	if(n == 0)
		return;
	room(&line, &cap, dol + n);
	snapshot();
	memmove(line + after + 1 + n, line + after + 1, (dol - after) * sizeof(Line*));
	for(i = 0; i < n; i++){
		line[after + 1 + i] = l[i];
		l[i]->ref++;
	}
	dol += n;
	modified = 1;
}

/* deletelines: take lines a1 to a2 out of the buffer */
void
deletelines(long a1, long a2)
{
	long i;

	if(a1 > a2)
		return;
	snapshot();
	for(i = a1; i <= a2; i++){
		if(line[i]->gmark){
			line[i]->gmark = 0;
			gmarked--;
		}
		putline(line[i]);
	}
	memmove(line + a1, line + a2 + 1, (dol - a2) * sizeof(Line*));
	dol -= a2 - a1 + 1;
	modified = 1;
}

/* replaceline: line i becomes l, which takes over its marks */
void
replaceline(long i, Line *l)
{
	Line *old;
	int k;

	snapshot();
	old = line[i];
	l->gmark = old->gmark;
	old->gmark = 0;
	for(k = 0; k < nelem(marks); k++)
		if(marks[k] == old){
			marks[k] = l;
			l->ref++;
			putline(old);
		}
	line[i] = l;
	l->ref++;
	putline(old);
	modified = 1;
}

/* movelines: move lines a1 to a2 to after line dest (not inside them) */
void
movelines(long a1, long a2, long dest)
{
	Line **t;
	long n;

	n = a2 - a1 + 1;
	if(dest == a1 - 1 || dest == a2)
		return;
	snapshot();
	t = emalloc(n * sizeof(Line*));
	memmove(t, line + a1, n * sizeof(Line*));
	if(dest < a1){
		memmove(line + dest + 1 + n, line + dest + 1, (a1 - dest - 1) * sizeof(Line*));
		memmove(line + dest + 1, t, n * sizeof(Line*));
	}else{
		memmove(line + a1, line + a2 + 1, (dest - a2) * sizeof(Line*));
		memmove(line + dest - n + 1, t, n * sizeof(Line*));
	}
	free(t);
	modified = 1;
}

/* setmark: mark c names line i */
void
setmark(int c, long i)
{
	if(c < 'a' || c > 'z')
		error("invalid mark character");
	putline(marks[c - 'a']);
	marks[c - 'a'] = line[i];
	line[i]->ref++;
}

/* getmark: the number of the line mark c names */
long
getmark(int c)
{
	long i;

	if(c < 'a' || c > 'z')
		error("invalid mark character");
	if(marks[c - 'a'] != nil)
		for(i = 1; i <= dol; i++)
			if(line[i] == marks[c - 'a'])
				return i;
	error("mark not set");
}

/* syserr: the last system error's text */
static char*
syserr(void)
{
	static char b[128];

	rerrstr(b, sizeof b);
	return b;
}

/*
 * readfile: add the file's lines after line after: the count of bytes
 * read (a newline added to a last line that has none, as 9base's ed
 * does, saying so); the number of lines in *nlines.
 */
long
readfile(char *name, long after, long *nlines)
{
	static char b[16*1024];
	struct stat st;
	Line **l;
	long nl, cl, n, i, s, bytes;
	char *part;
	long npart, cpart;
	int fd;

	fd = open(name, O_RDONLY);
	if(fd < 0)
		fileerror(name, syserr());
	if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
		close(fd);
		fileerror(name, "is a directory");
	}
	l = nil;
	nl = cl = 0;
	part = nil;
	npart = cpart = 0;
	bytes = 0;
	for(;;){
		n = read(fd, b, sizeof b);
		if(n < 0){
			close(fd);
			for(i = 0; i < nl; i++)
				free(l[i]);
			free(l);
			free(part);
			fileerror(name, syserr());
		}
		if(n == 0)
			break;
		bytes += n;
		for(s = i = 0; i <= n; i++){
			if(i < n && b[i] != '\n')
				continue;
			/* b[s..i) is (the rest of) a line; at i == n it goes on in the next block */
			if(npart + (i - s) + 1 > cpart){
				cpart = 2 * (npart + (i - s) + 1);
				part = erealloc(part, cpart);
			}
			memmove(part + npart, b + s, i - s);
			npart += i - s;
			if(i < n){
				if(nl == cl){
					cl = cl ? 2*cl : 64;
					l = erealloc(l, cl * sizeof(Line*));
				}
				l[nl++] = newline(part, npart);
				npart = 0;
			}
			s = i + 1;
		}
	}
	close(fd);
	if(npart > 0){
		if(nl == cl){
			cl = cl ? 2*cl : 64;
			l = erealloc(l, cl * sizeof(Line*));
		}
		l[nl++] = newline(part, npart);
		bytes++;
		outs("'\\n' appended\n");
	}
	free(part);
	insertlines(after, l, nl);
	free(l);
	*nlines = nl;
	return bytes;
}

/* the buffer of writefile */
static Obuf	wb;

/*
 * writefile: write lines a1 to a2 (none if a1 is 0) to the file,
 * created or emptied, or added to with append: the count of bytes.
 * A failure is an error that names the file.
 */
long
writefile(char *name, long a1, long a2, int append)
{
	long i, bytes;
	char *why;
	int fd;

	if(append)
		fd = open(name, O_WRONLY|O_CREAT|O_APPEND, 0666);
	else
		fd = open(name, O_WRONLY|O_CREAT|O_TRUNC, 0666);
	if(fd < 0)
		fileerror(name, syserr());
	bytes = 0;
	wb.fd = fd;
	wb.n = 0;
	for(i = a1; i >= 1 && i <= a2; i++){
		if(bput(&wb, line[i]->s, line[i]->len) < 0 || bput(&wb, "\n", 1) < 0)
			goto bad;
		bytes += line[i]->len + 1;
	}
	if(bflush(&wb) < 0)
		goto bad;
	if(close(fd) < 0)
		fileerror(name, syserr());
	return bytes;
bad:
	why = syserr();
	close(fd);
	fileerror(name, why);
}
