/*
 * man: print pages of the manual, formatted as plain text for an
 * 80-column console.  man [section] name... looks for
 * /sys/man/section/name (without a section, in 1, then 2 to 9) and
 * renders the -man macros and troff requests the pages use: headings
 * flush left, the body indented and filled to the width, .TP and .IP
 * tags, .EX and .nf blocks as they stand, fonts as plain text.
 * man -k word lists the pages whose NAME line holds the word.
 */
#include <libc.h>
#include <dirent.h>
#include <sys/stat.h>

enum {
	Width	= 78,	/* the line length */
	Indent	= 7,	/* the body's indent */
	SSindent	= 3,	/* a .SS heading's */
	IPindent	= 7,	/* the default width of a .TP or .IP tag */
	Maxargs	= 16,	/* of one macro */
	Maxtabs	= 16,
	Maxrs	= 8,	/* .RS nesting */
	Nbsp	= 1,	/* an unpaddable space, while a line is being set */
	Zw	= 2,	/* \&: nothing, but it ends no sentence */
};

static char	*mandir = "/sys/man";

/* the state of the page being set */
static struct {
	int	fill;	/* filling lines (not in .nf or .EX) */
	int	base;	/* the left margin of the body (moved by .RS) */
	int	rs[Maxrs];	/* the margins .RE goes back to */
	int	nrs;
	int	ip;	/* the width of .TP and .IP tags */
	int	in;	/* the indent of the next output line */
	int	pd;	/* blank lines before a paragraph (.PD) */
	int	space;	/* blank lines owed before the next output line */
	int	started;	/* a line has been printed */
	int	afterhead;	/* nothing since a heading: no space */
	int	tag;	/* the next text line is a .TP tag */
	int	head;	/* the next text line is a heading at column head-1 */
	int	tabs[Maxtabs];	/* .ta stops, from the indent */
	int	ntabs;
	char	line[4096];	/* the output line being filled */
	int	len;	/* its bytes */
	int	col;	/* its width in columns */
	int	used;	/* it has begun (its indent is there) */
	int	gap;	/* columns before the next word (2 after a sentence) */
	int	joined;	/* \c: the next word goes on without a gap */
} st;

static int	failed;
static int	npages;	/* printed so far */

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: man [section] name ...\n       man -k word\n");
	exits("usage");
}

/* width: the columns s takes (runes, not bytes; \& takes none) */
static int
width(char *s, int n)
{
	int w;

	for(w = 0; n > 0; s++, n--)
		if(((uchar)*s & 0xC0) != 0x80 && *s != Zw)
			w++;
	return w;
}

/* emit: print the blank lines owed and then s, less trailing blanks */
static void
emit(char *s, int n)
{
	char *p;

	while(n > 0 && s[n-1] == ' ')
		n--;
	if(st.started)
		for(; st.space > 0; st.space--)
			putchar('\n');
	st.space = 0;
	st.started = 1;
	st.afterhead = 0;
	for(p = s; p < s + n; p++)
		if(*p == Nbsp)
			putchar(' ');
		else if(*p != Zw)
			putchar(*p);
	putchar('\n');
}

/* breakline: print the line being filled, if any */
static void
breakline(void)
{
	if(st.used)
		emit(st.line, st.len);
	st.len = st.col = st.used = 0;
	st.gap = 0;
	st.joined = 0;
}

/* vspace: break, and leave n blank lines before the next line (spaces
 * in a row do not add up; none right after a heading) */
static void
vspace(int n)
{
	breakline();
	if(!st.afterhead && n > st.space)
		st.space = n;
}

/* pad: fill the line with blanks to column c */
static void
pad(int c)
{
	while(st.col < c && st.len < (int)sizeof st.line - 1){
		st.line[st.len++] = ' ';
		st.col++;
	}
}

/* word: add the n bytes at w to the line being filled, breaking first
 * if they do not fit */
static void
word(char *w, int n)
{
	int wd, gap;

	wd = width(w, n);
	gap = st.joined ? 0 : st.gap;
	if(st.used && st.col + gap + wd > Width)
		breakline();
	if(!st.used){
		pad(st.in);
		st.used = 1;
		gap = 0;
	}
	while(gap-- > 0)
		pad(st.col + 1);
	if(st.len + n >= (int)sizeof st.line - 1)
		n = sizeof st.line - 1 - st.len;
	memmove(st.line + st.len, w, n);
	st.len += n;
	st.col += wd;
	st.gap = 1;
	st.joined = 0;
}

/* endsentence: does the text s of n bytes end a sentence? */
static int
endsentence(char *s, int n)
{
	while(n > 0 && strchr(")]\"'*", s[n-1]) != nil)
		n--;
	if(n >= 2 && s[n-1] == '.' && s[n-2] == '.')
		return 0;	/* an ellipsis */
	return n > 0 && strchr(".?!", s[n-1]) != nil;
}

/* nextstop: the column of the next tab stop after c (.ta's, else every 8) */
static int
nextstop(int c)
{
	int i, last;

	last = 0;
	for(i = 0; i < st.ntabs; i++){
		if(st.in + st.tabs[i] > c)
			return st.in + st.tabs[i];
		last = st.tabs[i];
	}
	c -= st.in + last;
	return st.in + last + (c / 8 + 1) * 8;
}

/* verbatim: print the line s as it stands, tabs expanded, at the indent */
static void
verbatim(char *s)
{
	st.len = st.col = 0;
	pad(st.in);
	for(; *s != 0 && st.len < (int)sizeof st.line - 4; s++){
		if(*s == '\t'){
			pad(nextstop(st.col));
			continue;
		}
		st.line[st.len++] = *s;
		if(((uchar)*s & 0xC0) != 0x80 && *s != Zw)
			st.col++;
	}
	emit(st.line, st.len);
	st.len = st.col = st.used = 0;
}

/* special: the text of the troff character named by the n bytes at s */
static char*
special(char *s, int n)
{
	static char *tab[][2] = {
		{"em", "—"}, {"en", "–"}, {"hy", "-"}, {"mi", "-"}, {"bu", "•"},
		{"sm", "☺"}, {"co", "©"}, {"rg", "®"}, {"tm", "™"}, {"lq", "“"},
		{"rq", "”"}, {"oq", "‘"}, {"cq", "’"}, {"aq", "'"}, {"dq", "\""},
		{"ga", "`"}, {"aa", "´"}, {"ul", "_"}, {"->", "→"}, {"<-", "←"},
		{">=", "≥"}, {"<=", "≤"}, {"!=", "≠"}, {"+-", "±"}, {"mu", "×"},
		{"di", "÷"}, {"de", "°"}, {"sc", "§"}, {"dg", "†"}, {"**", "*"},
		{"bv", "|"}, {"or", "|"}, {"ti", "~"}, {"ha", "^"}, {"rs", "\\"},
	};
	int i;

	for(i = 0; i < (int)nelem(tab); i++)
		if((int)strlen(tab[i][0]) == n && strncmp(tab[i][0], s, n) == 0)
			return tab[i][1];
	return "";
}

/* skipname: past the name after an escape's letter at s: x, (xx or [name] */
static char*
skipname(char *s)
{
	char *e;

	if(s[1] == '(' && s[2] != 0 && s[3] != 0)
		return s + 3;
	if(s[1] == '[' && (e = strchr(s, ']')) != nil)
		return e;
	if(s[1] != 0)
		return s + 1;
	return s;
}

/* delimited: the end of the argument 'text' of an escape like \w at s */
static char*
delimited(char *s)
{
	char *e;

	if(*s == 0)
		return s;
	e = strchr(s + 1, *s);
	return e != nil ? e + 1 : s + strlen(s);
}

/*
 * expand: s with troff's escapes done, into a new string: \- and \e
 * and the like become their characters, fonts and sizes vanish, \ and
 * \0 become unpaddable spaces (Nbsp), \& a Zw.  In a macro's argument
 * (inarg) \" is a quote; elsewhere it starts a comment.  *cp (if not
 * nil) is set if the text ends in \c.
 */
static char*
expand(char *s, int inarg, int *cp)
{
	char *out, *o, *e, *t, *w;
	int n;

	out = malloc(2 * strlen(s) + 16);
	if(out == nil)
		sysfatal("out of memory");
	o = out;
	if(cp != nil)
		*cp = 0;
	while(*s != 0){
		if(*s != '\\'){
			*o++ = *s++;
			continue;
		}
		s++;
		switch(*s){
		case 0:
			continue;
		case '"':
			if(!inarg)
				goto done;
			*o++ = '"';
			break;
		case 'e': case '\\':
			*o++ = '\\';
			break;
		case '-':
			*o++ = '-';
			break;
		case ' ': case '0': case '~':
			*o++ = Nbsp;
			break;
		case '&': case ')':
			*o++ = Zw;
			break;
		case 't':
			*o++ = '\t';
			break;
		case '|': case '^': case '%': case ':': case '/': case ',':
		case 'u': case 'd': case 'r':
			break;
		case 'c':
			if(s[1] == 0 && cp != nil)
				*cp = 1;
			break;
		case 'f':
			/* \fB, \f(CW, \f[CW] */
			s = skipname(s);
			break;
		case 's':
			/* \s0, \s+2, \s-1, \s10 */
			if(s[1] == '+' || s[1] == '-')
				s++;
			while(isdigit((uchar)s[1]))
				s++;
			break;
		case '(':
			if(s[1] == 0 || s[2] == 0)
				break;
			t = special(s + 1, 2);
			o = stpcpy(o, t);
			s += 2;
			break;
		case '[':
			if((e = strchr(s, ']')) == nil)
				break;
			t = special(s + 1, e - s - 1);
			o = stpcpy(o, t);
			s = e;
			break;
		case '*': case 'n':
			/* strings and registers: none are defined */
			s = skipname(s);
			break;
		case 'w':
			/* \w'text': its width, in characters */
			e = delimited(s + 1);
			n = e - s - 1;
			t = malloc(n + 1);
			if(t == nil)
				sysfatal("out of memory");
			if(n >= 2){
				memmove(t, s + 2, n - 2);
				t[n-2] = 0;
			}else
				t[0] = 0;
			w = expand(t, inarg, nil);
			o += sprintf(o, "%d", width(w, strlen(w)));
			free(w);
			free(t);
			s = e - 1;
			break;
		case 'h': case 'v': case 'o': case 'b': case 'l': case 'L':
		case 'D': case 'x': case 'Z': case 'X':
			s = delimited(s + 1) - 1;
			break;
		default:
			*o++ = *s;
			break;
		}
		if(*s != 0)
			s++;
	}
done:
	*o = 0;
	return out;
}

/* endtag: the tag of a .TP or .IP is set; the body goes on beside it
 * if it leaves a blank before the body's column, else below it */
static void
endtag(void)
{
	st.tag = 0;
	st.in = st.base + st.ip;
	if(st.used && st.col + 1 <= st.in){
		pad(st.in);
		st.joined = 1;
	}else
		breakline();
}

/* text: set a line of (expanded) text */
static void
text(char *s)
{
	char *p, *q;
	int lead, first, n;

	if(!st.fill){
		verbatim(s);
		return;
	}
	for(p = s; *p == ' '; p++)
		;
	if(*p == 0){
		/* a blank line: a blank line */
		vspace(1);
		return;
	}
	lead = p - s;
	if(lead > 0){
		breakline();
		pad(st.in + lead);
		st.used = 1;
		st.joined = 1;
	}
	/* blanks between words count as they are (as troff's); the
	 * line's end is one blank, or two after a sentence */
	for(first = 1;; first = 0){
		for(q = p; *q == ' ' || *q == '\t'; q++)
			;
		if(*q == 0)
			break;
		if(!first)
			st.gap = q - p;
		for(p = q; *q != 0 && *q != ' ' && *q != '\t'; q++)
			;
		word(p, q - p);
		p = q;
	}
	for(n = strlen(s); n > 0 && (s[n-1] == ' ' || s[n-1] == '\t'); n--)
		;
	st.gap = endsentence(s, n) ? 2 : 1;
}

static void	heading(int, char**, int);

/* textline: set an input line of text, with its escapes */
static void
textline(char *s)
{
	char *t;
	int c;

	if(st.head){
		/* .SH or .SS alone: this line is the heading */
		heading(1, &s, st.head - 1);
		return;
	}
	t = expand(s, 0, &c);
	text(t);
	if(c)
		st.joined = 1;
	if(st.tag && !c)
		endtag();
	free(t);
}

/* args: split the macro line s (changed in place) into arguments,
 * blank separated, "quoted" with "" a quote; \" outside quotes ends
 * the line */
static int
args(char *s, char **argv)
{
	char *o, *e;
	int n;

	n = 0;
	for(;;){
		while(*s == ' ' || *s == '\t')
			s++;
		if(*s == 0 || (s[0] == '\\' && s[1] == '"') || n == Maxargs)
			break;
		argv[n++] = o = s;
		if(*s == '"'){
			s++;
			for(; *s != 0; s++){
				if(*s == '"'){
					if(s[1] != '"')
						break;
					s++;
				}else if(*s == '\\' && s[1] != 0)
					*o++ = *s++;
				*o++ = *s;
			}
		}else{
			for(; *s != 0 && *s != ' ' && *s != '\t'; s++){
				if(*s == '\\' && s[1] == 'w' && s[2] != 0){
					/* \w'a b' is one piece */
					e = delimited(s + 2);
					memmove(o, s, e - s);
					o += e - s;
					s = e - 1;
					continue;
				}
				if(*s == '\\' && s[1] != 0)
					*o++ = *s++;
				*o++ = *s;
			}
		}
		if(*s != 0)
			s++;
		*o = 0;
	}
	return n;
}

/* joinargs: the arguments, expanded, each followed by sep (not the last) */
static char*
joinargs(int argc, char **argv, char *sep)
{
	char *s, *t;
	int i, n;

	n = 1;
	for(i = 0; i < argc; i++)
		n += 2 * strlen(argv[i]) + 16 + strlen(sep);
	s = malloc(n);
	if(s == nil)
		sysfatal("out of memory");
	s[0] = 0;
	for(i = 0; i < argc; i++){
		t = expand(argv[i], 1, nil);
		if(i > 0)
			strcat(s, sep);
		strcat(s, t);
		free(t);
	}
	return s;
}

/* number: the width the troff number s gives, in characters (n, m, u
 * and none: one each; i: ten; c: four) */
static int
number(char *s)
{
	char *e;
	long v;

	v = strtol(s, &e, 10);
	if(*e == 'i')
		v *= 10;
	else if(*e == 'c')
		v *= 4;
	if(v < 0)
		v = 0;
	if(v > Width)
		v = Width;
	return v;
}

/* heading: print a .SH or .SS heading at column c */
static void
heading(int argc, char **argv, int c)
{
	char *s;

	vspace(1);
	st.fill = 1;
	st.tag = 0;
	st.head = 0;
	st.nrs = 0;
	st.base = st.in = Indent;
	st.ip = IPindent;
	st.ntabs = 0;
	s = joinargs(argc, argv, " ");
	st.in = c;
	text(s);
	breakline();
	free(s);
	st.in = st.base;
	st.afterhead = 1;
}

/* title: the line .TH NAME SECTION prints at the top */
static void
title(int argc, char **argv)
{
	char buf[128];
	int n;

	if(argc < 1)
		return;
	n = snprintf(buf, sizeof buf, "%s(%s)", argv[0], argc > 1 ? argv[1] : "");
	if(n >= (int)sizeof buf / 2)
		n = sizeof buf / 2 - 1;
	buf[n] = 0;
	st.len = st.col = 0;
	memmove(st.line, buf, n);
	st.len = st.col = n;
	pad(Width - n);
	memmove(st.line + st.len, buf, n);
	st.len += n;
	emit(st.line, st.len);
	st.len = st.col = st.used = 0;
	st.space = 1;
}

/* alternate: is the macro m two of B, I, R, L (.BR, .IR, .LR...)? */
static int
alternate(char *m)
{
	return strlen(m) == 2 && strchr("BIRL", m[0]) != nil && strchr("BIRL", m[1]) != nil;
}

/* request: do the macro or request line s (after the '.') */
static void
request(char *s)
{
	char *argv[Maxargs], *m, *t;
	int argc, i;

	while(*s == ' ' || *s == '\t')
		s++;
	m = s;
	while(*s != 0 && *s != ' ' && *s != '\t')
		s++;
	if(*s != 0)
		*s++ = 0;
	argc = args(s, argv);
	if(strcmp(m, "TH") == 0)
		title(argc, argv);
	else if(strcmp(m, "SH") == 0 && argc == 0)
		st.head = 1;
	else if(strcmp(m, "SS") == 0 && argc == 0)
		st.head = 1 + SSindent;
	else if(strcmp(m, "SH") == 0)
		heading(argc, argv, 0);
	else if(strcmp(m, "SS") == 0)
		heading(argc, argv, SSindent);
	else if(strcmp(m, "PP") == 0 || strcmp(m, "LP") == 0 || strcmp(m, "P") == 0){
		vspace(st.pd);
		st.fill = 1;
		st.tag = 0;
		st.ip = IPindent;
		st.in = st.base;
	}else if(strcmp(m, "TP") == 0){
		vspace(st.pd);
		if(argc > 0)
			st.ip = number(argv[0]);
		st.in = st.base;
		st.tag = 1;
	}else if(strcmp(m, "IP") == 0){
		vspace(st.pd);
		if(argc > 1)
			st.ip = number(argv[1]);
		st.in = st.base;
		if(argc > 0 && argv[0][0] != 0){
			t = joinargs(1, argv, "");
			text(t);
			free(t);
			endtag();
		}else
			st.in = st.base + st.ip;
	}else if(strcmp(m, "TF") == 0){
		if(argc > 0){
			t = joinargs(1, argv, "");
			st.ip = width(t, strlen(t)) + 2;
			free(t);
		}
		st.pd = 0;
	}else if(strcmp(m, "PD") == 0)
		st.pd = argc > 0 ? number(argv[0]) : 1;
	else if(strcmp(m, "RS") == 0){
		breakline();
		if(st.nrs < Maxrs)
			st.rs[st.nrs++] = st.base;
		st.base += argc > 0 ? number(argv[0]) : st.ip;
		st.in = st.base;
		st.ip = IPindent;
	}else if(strcmp(m, "RE") == 0){
		breakline();
		if(st.nrs > 0)
			st.base = st.rs[--st.nrs];
		st.in = st.base;
		st.ip = IPindent;
	}else if(strcmp(m, "EX") == 0 || strcmp(m, "nf") == 0){
		breakline();
		st.fill = 0;
	}else if(strcmp(m, "EE") == 0 || strcmp(m, "fi") == 0){
		breakline();
		st.fill = 1;
		st.ntabs = 0;
	}else if(strcmp(m, "br") == 0)
		breakline();
	else if(strcmp(m, "sp") == 0)
		vspace(argc > 0 ? number(argv[0]) : 1);
	else if(strcmp(m, "ta") == 0){
		st.ntabs = 0;
		for(i = 0; i < argc && i < Maxtabs; i++){
			t = expand(argv[i], 1, nil);
			st.tabs[st.ntabs++] = number(t);
			free(t);
		}
	}else if(strcmp(m, "B") == 0 || strcmp(m, "I") == 0 || strcmp(m, "L") == 0
	|| strcmp(m, "SM") == 0 || strcmp(m, "SB") == 0 || alternate(m)){
		if(argc == 0)
			return;	/* the font of the next line: text is plain here */
		t = joinargs(argc, argv, alternate(m) ? "" : " ");
		text(t);
		free(t);
		if(st.tag)
			endtag();
	}
	/* anything else (.de, .if, .ne, .hy...) is not used in the pages: ignored */
}

/* render: format the page held in buf */
static void
render(char *buf)
{
	char *s, *e;

	memset(&st, 0, sizeof st);
	st.fill = 1;
	st.base = st.in = Indent;
	st.ip = IPindent;
	st.pd = 1;
	for(s = buf; *s != 0; s = e){
		e = strchr(s, '\n');
		if(e != nil)
			*e++ = 0;
		else
			e = s + strlen(s);
		if(*s == '.' || *s == '\'')
			request(s + 1);
		else
			textline(s);
	}
	breakline();
}

/* readfile: the whole of the file named name, NUL-terminated; nil if
 * it cannot be read */
static char*
readfile(char *name)
{
	char *buf, *nb;
	long n, len, cap;
	struct stat sb;
	int fd;

	fd = open(name, O_RDONLY);
	if(fd < 0)
		return nil;
	if(fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)){
		close(fd);
		return nil;
	}
	len = 0;
	cap = 16384;
	buf = malloc(cap + 1);
	while(buf != nil && (n = read(fd, buf + len, cap - len)) > 0){
		len += n;
		if(len == cap){
			cap *= 2;
			nb = realloc(buf, cap + 1);
			if(nb == nil)
				free(buf);
			buf = nb;
		}
	}
	close(fd);
	if(buf == nil)
		sysfatal("out of memory");
	if(n < 0){
		free(buf);
		return nil;
	}
	buf[len] = 0;
	return buf;
}

/* page: the text of page name in section sec; nil if there is none */
static char*
page(char *sec, char *name)
{
	char path[512];

	snprintf(path, sizeof path, "%s/%s/%s", mandir, sec, name);
	return readfile(path);
}

/* man: print the page name, from section sec or (nil) the first that has it */
static void
man(char *sec, char *name)
{
	char s[2], *buf;
	int i;

	buf = nil;
	if(strchr(name, '/') == nil && strcmp(name, ".") != 0 && strcmp(name, "..") != 0){
		if(sec != nil)
			buf = page(sec, name);
		else
			for(i = 1; i <= 9 && buf == nil; i++){
				s[0] = '0' + i;
				s[1] = 0;
				buf = page(s, name);
			}
	}
	if(buf == nil){
		fflush(stdout);
		if(sec != nil)
			fprint(2, "man: no manual entry for %s in section %s\n", name, sec);
		else
			fprint(2, "man: no manual entry for %s\n", name);
		failed = 1;
		return;
	}
	if(npages++ > 0)
		putchar('\n');
	render(buf);
	free(buf);
}

/* holds: does s hold w, ignoring case? */
static int
holds(char *s, char *w)
{
	int n;

	n = strlen(w);
	for(; *s != 0; s++)
		if(strncasecmp(s, w, n) == 0)
			return 1;
	return 0;
}

/* namecmp: for qsort of names */
static int
namecmp(const void *a, const void *b)
{
	return strcmp(*(char**)a, *(char**)b);
}

/* nameline: the page's NAME line, expanded, blanks made plain; nil if none */
static char*
nameline(char *buf)
{
	char *s, *e, *t, *p;

	s = strstr(buf, "\n.SH NAME\n");
	if(s == nil)
		return nil;
	s += 10;
	e = strchr(s, '\n');
	if(e != nil)
		*e = 0;
	t = expand(s, 0, nil);
	for(p = t; *p != 0; p++)
		if(*p == Nbsp)
			*p = ' ';
	for(p = t; (p = strchr(p, Zw)) != nil; )
		memmove(p, p + 1, strlen(p));
	return t;
}

/* keyword: list the pages whose name or NAME line holds w */
static void
keyword(char *w)
{
	char dir[256], path[512], *names[1024], *buf, *line, *dash;
	struct dirent *de;
	DIR *d;
	int i, n, sec, found;

	found = 0;
	for(sec = 1; sec <= 9; sec++){
		snprintf(dir, sizeof dir, "%s/%d", mandir, sec);
		if((d = opendir(dir)) == nil)
			continue;
		n = 0;
		while((de = readdir(d)) != nil && n < (int)nelem(names))
			if(de->d_name[0] != '.' && (names[n] = strdup(de->d_name)) != nil)
				n++;
		closedir(d);
		qsort(names, n, sizeof names[0], namecmp);
		for(i = 0; i < n; i++){
			snprintf(path, sizeof path, "%s/%s", dir, names[i]);
			buf = readfile(path);
			line = buf != nil ? nameline(buf) : nil;
			if(holds(names[i], w) || (line != nil && holds(line, w))){
				found = 1;
				if(line != nil && (dash = strstr(line, " - ")) != nil){
					*dash = 0;
					print("%s (%d) - %s\n", line, sec, dash + 3);
				}else
					print("%s (%d)\n", names[i], sec);
			}
			free(line);
			free(buf);
			free(names[i]);
		}
	}
	if(!found){
		fflush(stdout);
		fprint(2, "man: nothing appropriate for %s\n", w);
		failed = 1;
	}
}

/* issection: is s a section number? */
static int
issection(char *s)
{
	return s[0] >= '1' && s[0] <= '9' && s[1] == 0;
}

int
main(int argc, char **argv)
{
	char *sec, *dir;
	int kflag;

	kflag = 0;
	ARGBEGIN{
	case 'k':
		kflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc < 1)
		usage();
	if((dir = getenv("MANDIR")) != nil && *dir != 0)
		mandir = dir;
	setvbuf(stdout, nil, _IOFBF, 8192);
	if(kflag){
		if(argc != 1)
			usage();
		keyword(argv[0]);
	}else{
		sec = nil;
		if(argc > 1 && issection(argv[0])){
			sec = argv[0];
			argc--, argv++;
		}
		for(; argc > 0; argc--, argv++)
			man(sec, *argv);
	}
	if(fflush(stdout) == EOF){
		fprint(2, "man: write error: %r\n");
		exits("write");
	}
	exits(failed ? "not found" : nil);
}
