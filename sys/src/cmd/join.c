/*
 * join: the relational join of two files sorted on their join fields,
 * as 9base's (and POSIX's): for each pair of lines, one of each file,
 * with equal join fields, a line of the join field, the other fields
 * of the first line, then those of the second.  Fields are separated
 * by runs of blanks and tabs (leading ones ignored), or by each c with
 * -t c; output fields by a blank (or c).
 *	-1 m, -2 m, -j m	join on field m of file 1, file 2, both
 *	-a n, -v n		also (-v: only) the unpaired lines of file n
 *	-o list			print these fields: 0 (the join field) or
 *				n.m, separated by commas or blanks
 *	-e s			an empty or missing field of -o is s
 */
#include <libc.h>

typedef struct Line Line;
struct Line {
	char	*text;	/* the line, without its newline; fields point into it */
	char	**f;
	int	nf;
};

typedef struct File File;
struct File {
	Rdline	rd;
	int	jf;	/* the join field, from 0 */
	Line	*group;	/* the lines read with the same join field */
	int	ngroup;
	Line	next;	/* the line after the group (text nil at the end) */
};

static File	file[2];
static int	sep;	/* -t's character, or 0 */
static int	aflag[2], vflag[2];
static char	*empty = "";
static int	*olist;	/* -o: 0, or 1000*n + m (from 1) */
static int	nolist;

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: join [-1 m] [-2 m] [-j m] [-a n] [-v n] [-e s] [-o list] [-t c] file1 file2\n");
	exits("usage");
}

static void*
emalloc(usize n)
{
	void *p;

	if((p = malloc(n)) == nil){
		fprint(2, "join: out of memory\n");
		exits("memory");
	}
	return p;
}

/* split: make l's fields of its text */
static void
split(Line *l)
{
	char *p;
	int cap;

	cap = 8;
	l->f = emalloc(cap * sizeof(char*));
	l->nf = 0;
	p = l->text;
	for(;;){
		if(sep == 0){
			while(*p == ' ' || *p == '\t')
				p++;
			if(*p == 0)
				break;
		}
		if(l->nf == cap){
			cap *= 2;
			l->f = realloc(l->f, cap * sizeof(char*));
			if(l->f == nil)
				emalloc(-1);
		}
		l->f[l->nf++] = p;
		while(*p != 0 && (sep ? *p != sep : *p != ' ' && *p != '\t'))
			p++;
		if(*p == 0)
			break;
		*p++ = 0;
	}
}

/* readline: the next line of f into l (text nil at the end) */
static void
readline(File *f, Line *l)
{
	char *s;
	usize n;

	l->text = nil;
	l->f = nil;
	l->nf = 0;
	if((s = rdline(&f->rd, &n)) == nil)
		return;
	if(n > 0 && s[n-1] == '\n')
		s[--n] = 0;
	l->text = emalloc(n + 1);
	memmove(l->text, s, n + 1);
	split(l);
}

/* key: line l's join field in file f ("" if it has none) */
static char*
key(File *f, Line *l)
{
	return f->jf < l->nf ? l->f[f->jf] : "";
}

static void
freeline(Line *l)
{
	free(l->text);
	free(l->f);
}

/* readgroup: the next lines of f with one join field into f->group */
static void
readgroup(File *f)
{
	int i;

	for(i = 0; i < f->ngroup; i++)
		freeline(&f->group[i]);
	f->ngroup = 0;
	if(f->next.text == nil)
		return;
	do{
		f->group = realloc(f->group, (f->ngroup + 1) * sizeof(Line));
		if(f->group == nil)
			emalloc(-1);
		f->group[f->ngroup++] = f->next;
		readline(f, &f->next);
	}while(f->next.text != nil && strcmp(key(f, &f->next), key(f, &f->group[0])) == 0);
}

/* field: field m (from 1) of l, or nil */
static char*
field(Line *l, int m)
{
	return l != nil && m >= 1 && m <= l->nf ? l->f[m-1] : nil;
}

/* put: one output field, after a separator unless it is the first */
static void
put(char *s, int *first)
{
	if(!*first)
		putchar(sep ? sep : ' ');
	*first = 0;
	fputs(s, stdout);
}

/* output: the line for a (from file 1) and b (from file 2), either nil if unpaired */
static void
output(Line *a, Line *b)
{
	Line *l[2];
	char *k, *s;
	int i, j, n, first;

	l[0] = a;
	l[1] = b;
	k = a != nil ? key(&file[0], a) : key(&file[1], b);
	first = 1;
	if(nolist > 0){
		for(i = 0; i < nolist; i++){
			if(olist[i] == 0)
				s = k;
			else
				s = field(l[olist[i]/1000 - 1], olist[i] % 1000);
			put(s != nil && *s != 0 ? s : empty, &first);
		}
	}else{
		put(k, &first);
		for(n = 0; n < 2; n++)
			if(l[n] != nil)
				for(j = 0; j < l[n]->nf; j++)
					if(j != file[n].jf)
						put(l[n]->f[j], &first);
	}
	putchar('\n');
}

/* join: merge the two files' groups */
static void
join(void)
{
	File *f1, *f2;
	int c, i, j;

	f1 = &file[0];
	f2 = &file[1];
	readgroup(f1);
	readgroup(f2);
	while(f1->ngroup > 0 || f2->ngroup > 0){
		if(f1->ngroup == 0)
			c = 1;
		else if(f2->ngroup == 0)
			c = -1;
		else
			c = strcmp(key(f1, &f1->group[0]), key(f2, &f2->group[0]));
		if(c < 0){
			if(aflag[0] || vflag[0])
				for(i = 0; i < f1->ngroup; i++)
					output(&f1->group[i], nil);
			readgroup(f1);
		}else if(c > 0){
			if(aflag[1] || vflag[1])
				for(i = 0; i < f2->ngroup; i++)
					output(nil, &f2->group[i]);
			readgroup(f2);
		}else{
			if(!vflag[0] && !vflag[1])
				for(i = 0; i < f1->ngroup; i++)
					for(j = 0; j < f2->ngroup; j++)
						output(&f1->group[i], &f2->group[j]);
			readgroup(f1);
			readgroup(f2);
		}
	}
}

/* number: s as a field or file number (from 1), or a usage error */
static int
number(char *s, int max)
{
	char *e;
	long n;

	n = strtol(s, &e, 10);
	if(e == s || *e != 0 || n < 1 || n > max)
		usage();
	return n;
}

/* addolist: the fields of one -o argument ("0", "n.m", separated by commas or blanks) */
static void
addolist(char *s)
{
	char *p, *e;
	long n, m;

	for(p = s; *p != 0; ){
		if(*p == ',' || *p == ' '){
			p++;
			continue;
		}
		olist = realloc(olist, (nolist + 1) * sizeof(int));
		if(olist == nil)
			emalloc(-1);
		if(*p == '0' && (p[1] == 0 || p[1] == ',' || p[1] == ' ')){
			olist[nolist++] = 0;
			p++;
			continue;
		}
		n = strtol(p, &e, 10);
		if((n != 1 && n != 2) || *e != '.')
			usage();
		m = strtol(e + 1, &e, 10);
		if(m < 1 || m > 999 || (*e != 0 && *e != ',' && *e != ' '))
			usage();
		olist[nolist++] = 1000*n + m;
		p = e;
	}
}

/* openfile: file n from name ("-": standard input) */
static void
openfile(File *f, char *name)
{
	int fd;

	fd = 0;
	if(strcmp(name, "-") != 0 && (fd = open(name, O_RDONLY)) < 0){
		fprint(2, "join: %s: %r\n", name);
		exits("open");
	}
	rdinit(&f->rd, fd, name);
	readline(f, &f->next);
}

int
main(int argc, char **argv)
{
	char *s;
	int n;

	ARGBEGIN{
	case '1':
		file[0].jf = number(EARGF(usage()), 1000) - 1;
		break;
	case '2':
		file[1].jf = number(EARGF(usage()), 1000) - 1;
		break;
	case 'j':
		/* -j m, or the archaic -j1 m and -j2 m */
		n = 0;
		if(*_argp == '1' || *_argp == '2')
			n = *_argp++ - '0';
		s = EARGF(usage());
		if(n != 2)
			file[0].jf = number(s, 1000) - 1;
		if(n != 1)
			file[1].jf = number(s, 1000) - 1;
		break;
	case 'a':
		aflag[number(EARGF(usage()), 2) - 1] = 1;
		break;
	case 'v':
		vflag[number(EARGF(usage()), 2) - 1] = 1;
		break;
	case 'e':
		empty = EARGF(usage());
		break;
	case 'o':
		addolist(EARGF(usage()));
		break;
	case 't':
		s = EARGF(usage());
		if(strlen(s) != 1)
			usage();
		sep = s[0];
		break;
	default:
		usage();
	}ARGEND
	if(argc != 2)
		usage();
	if(strcmp(argv[0], "-") == 0 && strcmp(argv[1], "-") == 0)
		usage();
	openfile(&file[0], argv[0]);
	openfile(&file[1], argv[1]);
	setvbuf(stdout, nil, _IOFBF, 8192);
	join();
	fflush(stdout);
	exits(nil);
}
