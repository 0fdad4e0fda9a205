/*
 * cmd.c: ed's commands: one is read (addresses, its letter, what
 * follows) and run by command; s, g and v are in sub.c.
 */
#include <sys/wait.h>
#include "ed.h"

#ifndef RCPATH
#define RCPATH	"/bin/rc"
#endif

/* suffix: the p, l or n after a command, then the end of the line; the print mode */
static int
suffix(void)
{
	int c, mode;

	mode = 0;
	for(;;){
		c = getchr();
		if(c == 'p')
			mode |= Pprint;
		else if(c == 'l')
			mode |= Plist;
		else if(c == 'n')
			mode |= Pnum;
		else if(c == '\n' || c == EOF)
			return mode;
		else
			error("invalid command suffix");
	}
}

/* noaddr: the command takes no address */
static void
noaddr(void)
{
	if(naddr > 0)
		error("unexpected address");
}

/*
 * listline: l: the line with a tab as \t, a backspace as \b, a
 * backslash as \\, other control characters and any character not
 * ASCII as \x and four hex digits, folded after 64 columns with \ and
 * a tab, and \n after a last blank, as 9base's ed prints it.
 */
static void
listline(Line *l)
{
	char b[16];
	uchar *p, *e;
	long r, col;
	int n, k;

	col = 0;
	p = (uchar*)l->s;
	e = p + l->len;
	while(p < e){
		r = *p++;
		if(r >= 0x80){
			/* a UTF-8 character, or one bad byte as U+FFFD */
			n = r >= 0xF0 ? 3 : r >= 0xE0 ? 2 : r >= 0xC0 ? 1 : -1;
			if(n < 0 || r >= 0xF8 || p + n > e)
				n = -1;
			else{
				r &= 0x3F >> n;
				for(k = 0; k < n; k++){
					if((p[k] & 0xC0) != 0x80)
						break;
					r = r << 6 | (p[k] & 0x3F);
				}
				if(k < n)
					n = -1;
			}
			if(n < 0)
				r = 0xFFFD;
			else
				p += n;
		}
		if(r == '\t')
			strcpy(b, "\\t");
		else if(r == '\b')
			strcpy(b, "\\b");
		else if(r == '\\')
			strcpy(b, "\\\\");
		else if(r < ' ' || r >= 0x7F)
			snprintf(b, sizeof b, "\\x%04lx", r);
		else{
			b[0] = r;
			b[1] = 0;
		}
		if(col > 64){
			outs("\\\n\t");
			col = 8;
		}
		outs(b);
		col += strlen(b);
	}
	if(l->len > 0 && l->s[l->len - 1] == ' ')
		outs("\\n");
	outc('\n');
}

/* printlines: print lines a1 to a2 (with their numbers, or listed, as mode asks); dot is a2 */
void
printlines(long a1, long a2, int mode)
{
	long i;
	char b[32];

	if(a1 < 1 || a2 > dol)
		error("invalid address");
	for(i = a1; i <= a2; i++){
		checkintr();
		if(mode & Pnum){
			snprintf(b, sizeof b, "%ld\t", i);
			outs(b);
		}
		if(mode & Plist)
			listline(line[i]);
		else{
			out(line[i]->s, line[i]->len);
			outc('\n');
		}
	}
	dot = a2;
}

/* gettext: input lines up to one that is a lone . (or the end of input), in *lp; how many */
static long
gettext(Line ***lp)
{
	Line **l;
	long n, cap, len;
	char *s;

	l = nil;
	n = cap = 0;
	while((s = readline(&len)) != nil){
		if(len == 1 && s[0] == '.')
			break;
		if(n == cap){
			cap = cap ? 2*cap : 16;
			l = erealloc(l, cap * sizeof(Line*));
		}
		l[n++] = newline(s, len);
	}
	*lp = l;
	return n;
}

/* append: a and i: input text after line after */
static void
append(long after)
{
	Line **l;
	long n;

	n = gettext(&l);
	insertlines(after, l, n);
	free(l);
	dot = after + n;
}

/*
 * browse: b[+-][size][pln]: the page of size lines (20 until one is
 * given) after the line, or before it, and the line itself, as 9base's
 * b; the size and how to print are kept for the next b.
 */
static void
browse(void)
{
	static long size = 20;
	static int bmode = Pprint;
	long n, a1, a2;
	int c, back, mode;

	back = 0;
	c = getchr();
	if(c == '-' || c == '+')
		back = c == '-';
	else
		ungetchr(c);
	n = 0;
	while((c = getchr()) >= '0' && c <= '9')
		n = n < 100000000 ? n*10 + c - '0' : n;
	ungetchr(c);
	if(n > 0)
		size = n;
	mode = suffix();
	if(mode != 0)
		bmode = mode;
	if(back){
		a1 = addr2 - size < 1 ? 1 : addr2 - size;
		a2 = addr2;
	}else{
		a1 = addr2;
		a2 = addr2 + size > dol ? dol : addr2 + size;
	}
	printlines(a1, a2, bmode);
}

/* change: c: text in place of lines addr1 to addr2; dot is its last line (or the line before them, as 9base's) */
static void
change(void)
{
	Line **l;
	long n;

	n = gettext(&l);
	deletelines(addr1, addr2);
	insertlines(addr1 - 1, l, n);
	free(l);
	dot = addr1 - 1 + n;
}

/* endline: the command must end here */
static void
endline(void)
{
	int c;

	c = getchr();
	if(c != '\n' && c != EOF)
		error("invalid command suffix");
}

/*
 * getfile: the file name after e E f r w W: after blanks, the rest of
 * the line; nil if there is none.
 */
static char*
getfile(void)
{
	char *s;
	long n;
	int c;

	c = getchr();
	if(c == '\n' || c == EOF)
		return nil;
	if(c != ' ' && c != '\t')
		error("unknown command");
	skipblanks();
	s = readline(&n);
	if(s == nil || n == 0)
		return nil;
	return strdup(s);
}

/* needfile: name, or the remembered file name if it is nil */
static char*
needfile(char *name)
{
	if(name != nil)
		return name;
	if(savedfile == nil)
		error("no current file name");
	return strdup(savedfile);
}

/* quit: q (Q with force): a first q with changes unwritten is an error, the next one quits */
void
quit(int force)
{
	if(!force && modified && dol > 0){
		modified = 0;
		error("warning: buffer modified");
	}
	outflush();
	exit(0);
}

/* shell: !command: run it with rc; ! after it */
static void
shell(void)
{
	char *cmd, *av[4];
	long n;
	int pid, st;

	cmd = readline(&n);
	cmd = strdup(cmd != nil ? cmd : "");
	outflush();
	pid = fork();
	if(pid < 0){
		free(cmd);
		error("cannot fork");
	}
	if(pid == 0){
		av[0] = "rc";
		av[1] = "-c";
		av[2] = cmd;
		av[3] = nil;
		execv(RCPATH, av);
		fprint(2, "ed: cannot run rc\n");
		_exit(1);
	}
	free(cmd);
	while(waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	interrupted = 0;	/* the command had it */
	if(!sflag)
		outs("!\n");
}

/* edit: e and E: the buffer becomes the file's lines */
static void
edit(int c)
{
	char *name;
	long n, nl;

	noaddr();
	name = needfile(getfile());
	if(c == 'e' && modified && dol > 0){
		free(name);
		modified = 0;
		error("warning: buffer modified");
	}
	clearundo();
	deletelines(1, dol);
	modified = 0;
	dot = 0;
	free(savedfile);
	savedfile = name;
	n = readfile(name, 0, &nl);
	modified = 0;
	clearundo();
	dot = dol;
	if(!sflag)
		outnum(n);
}

/* write: w, W (append) and wq */
static void
write1(int c)
{
	char *name;
	long n;
	int q;

	q = 0;
	if(naddr == 0 && dol == 0)
		addr1 = addr2 = 0;
	else{
		defaults(1, dol);
		nonzero();
	}
	if(peekchr() == 'q'){
		getchr();
		q = 1;
	}
	name = needfile(getfile());
	if(savedfile == nil)
		savedfile = strdup(name);
	n = writefile(name, addr1, addr2, c == 'W');
	free(name);
	if(addr1 <= 1 && addr2 == dol)
		modified = 0;
	if(!sflag)
		outnum(n);
	if(q)
		quit(0);
}

/* join: j: lines addr1 to addr2 become one */
static void
join(void)
{
	Line *l;
	long i, n;
	char *p;

	n = 0;
	for(i = addr1; i <= addr2; i++)
		n += line[i]->len;
	l = newline("", 0);
	l = erealloc(l, sizeof(Line) + n + 1);
	p = l->s;
	for(i = addr1; i <= addr2; i++){
		memmove(p, line[i]->s, line[i]->len);
		p += line[i]->len;
	}
	*p = 0;
	l->len = n;
	deletelines(addr1 + 1, addr2);
	replaceline(addr1, l);
	dot = addr1;
}

/* transfer: t: a copy of lines addr1 to addr2 after line dest */
static void
transfer(long dest)
{
	Line **l;
	long i, n;

	n = addr2 - addr1 + 1;
	l = emalloc(n * sizeof(Line*));
	for(i = 0; i < n; i++)
		l[i] = newline(line[addr1 + i]->s, line[addr1 + i]->len);
	insertlines(dest, l, n);
	free(l);
	dot = dest + n;
}

/* destination: the address after m or t */
static long
destination(void)
{
	long a1, a2, dest;
	int n;

	a1 = addr1;
	a2 = addr2;
	n = naddr;
	getaddrs();
	if(naddr == 0)
		error("destination expected");
	dest = addr2;
	addr1 = a1;
	addr2 = a2;
	naddr = n;
	return dest;
}

/*
 * command: read one command and run it: 0, or EOF at the end of the
 * input.  Errors go back to the command loop (error).
 */
int
command(void)
{
	long dest, n, nl;
	char *name;
	int c, mode;

	getaddrs();
	skipblanks();
	c = getchr();
	if(addr1 > addr2 && !(c == '\n' && lastsep == ';'))
		error("invalid address");
	mode = 0;
	switch(c){
	case EOF:
		if(naddr > 0)
			error("unexpected end of input");
		return EOF;
	case '\n':
		/* addresses alone print their lines (after a ;, the last); none, the next line */
		if(naddr == 0)
			addr1 = addr2 = dot + 1;
		if(lastsep == ';')
			addr1 = addr2;
		if(addr1 < 1 || addr2 > dol)
			error("invalid address");
		printlines(addr1, addr2, Pprint);
		return 0;
	case 'a':
		endline();
		append(addr2);
		return 0;
	case 'b':
		defaults(dot, dot);
		nonzero();
		browse();
		return 0;
	case 'c':
		defaults(dot, dot);
		nonzero();
		endline();
		change();
		return 0;
	case 'd':
		defaults(dot, dot);
		nonzero();
		mode = suffix();
		deletelines(addr1, addr2);
		dot = addr1 > dol ? dol : addr1;
		break;
	case 'e':
	case 'E':
		edit(c);
		return 0;
	case 'f':
		noaddr();
		name = getfile();
		if(name != nil){
			free(savedfile);
			savedfile = name;
		}
		outs(savedfile != nil ? savedfile : "");
		outc('\n');
		return 0;
	case 'g':
	case 'v':
		global(c == 'g');
		return 0;
	case 'h':
	case 'H':
		noaddr();
		endline();
		if(c == 'h')
			explain();
		else
			toggleverbose();
		return 0;
	case 'i':
		endline();
		append(addr2 > 0 ? addr2 - 1 : 0);
		return 0;
	case 'j':
		defaults(dot, dot + 1);
		nonzero();
		mode = suffix();
		if(addr1 < addr2)
			join();
		else
			dot = addr1;
		break;
	case 'k':
		defaults(dot, dot);
		nonzero();
		c = getchr();
		endline();
		setmark(c, addr2);
		return 0;
	case 'l':
	case 'n':
	case 'p':
		defaults(dot, dot);
		nonzero();
		mode = suffix() | (c == 'l' ? Plist : c == 'n' ? Pnum : Pprint);
		printlines(addr1, addr2, mode);
		return 0;
	case 'm':
	case 't':
		defaults(dot, dot);
		nonzero();
		dest = destination();
		mode = suffix();
		if(c == 't')
			transfer(dest);
		else{
			if(dest >= addr1 && dest <= addr2)
				error("invalid destination");
			movelines(addr1, addr2, dest);
			dot = dest < addr1 ? dest + addr2 - addr1 + 1 : dest;
		}
		break;
	case 'P':
		noaddr();
		endline();
		toggleprompt();
		return 0;
	case 'q':
	case 'Q':
		noaddr();
		endline();
		quit(c == 'Q');
	case 'r':
		if(naddr == 0)
			addr2 = dol;
		name = needfile(getfile());
		if(savedfile == nil)
			savedfile = strdup(name);
		n = readfile(name, addr2, &nl);
		free(name);
		if(nl > 0)
			dot = addr2 + nl;
		if(!sflag)
			outnum(n);
		return 0;
	case 's':
		defaults(dot, dot);
		nonzero();
		substitute();
		return 0;
	case 'u':
		noaddr();
		mode = suffix();
		if(ingstate)
			error("u in a global command");
		undo();
		break;
	case 'w':
	case 'W':
		write1(c);
		return 0;
	case '=':
		mode = suffix();
		outnum(naddr == 0 ? dol : addr2);
		break;
	case '!':
		noaddr();
		shell();
		return 0;
	default:
		error("unknown command");
	}
	if(mode)
		printlines(dot, dot, mode);
	return 0;
}
