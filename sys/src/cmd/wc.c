/*
 * wc: count lines, words (runs of characters that are not blanks),
 * runes (UTF-8 characters, -r or -m) and bytes in each file, or
 * standard input; a total for several.  -L (GNU's) gives the length
 * of the longest line, in columns (tabs to the next multiple of 8).
 */
#include <libc.h>
#include <sys/stat.h>

enum {
	Bufsize	= 16*1024,
};

static int	lflag, wflag, rflag, cflag, Lflag;
static uvlong	tlines, twords, trunes, tbytes, tlongest;
static char	buf[Bufsize];

/* report: one line of counts, and the name if there is one */
static void
report(uvlong lines, uvlong words, uvlong runes, uvlong bytes, uvlong longest, char *name)
{
	char *sep;

	sep = "";
	if(lflag){
		print("%s%7llu", sep, lines);
		sep = " ";
	}
	if(wflag){
		print("%s%7llu", sep, words);
		sep = " ";
	}
	if(rflag){
		print("%s%7llu", sep, runes);
		sep = " ";
	}
	if(cflag){
		print("%s%7llu", sep, bytes);
		sep = " ";
	}
	if(Lflag)
		print("%s%7llu", sep, longest);
	if(name != nil)
		print(" %s", name);
	print("\n");
}

/*
 * count: count fd, report under name (nil for stdin); 0 or -1 (errors
 * under ename: a directory, standard input too, is refused)
 */
static int
count(int fd, char *name, char *ename)
{
	uvlong lines, words, runes, bytes, longest, col;
	long n, i;
	int inword, c;
	struct stat st;

	if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
		fprint(2, "wc: %s: is a directory\n", ename);
		return -1;
	}
	lines = words = runes = bytes = longest = col = 0;
	inword = 0;
	while((n = read(fd, buf, sizeof buf)) > 0){
		bytes += n;
		for(i = 0; i < n; i++){
			c = (uchar)buf[i];
			if((c & 0xC0) != 0x80)
				runes++;	/* not a UTF-8 continuation byte */
			if(c == '\n')
				lines++;
			/* -L's columns, as GNU's: \r and \f start the line again, other controls take none */
			if(c == '\n' || c == '\r' || c == '\f'){
				if(col > longest)
					longest = col;
				col = 0;
			}else if(c == '\t')
				col += 8 - col%8;
			else if((c >= ' ' && c < 0x7F) || c >= 0xC0)
				col++;
			if(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
				inword = 0;
			else if(!inword){
				inword = 1;
				words++;
			}
		}
	}
	if(n < 0){
		fprint(2, "wc: %s: %r\n", ename);
		return -1;
	}
	if(col > longest)
		longest = col;
	report(lines, words, runes, bytes, longest, name);
	if(longest > tlongest)
		tlongest = longest;
	tlines += lines;
	twords += words;
	trunes += runes;
	tbytes += bytes;
	return 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: wc [-lwrcL] [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int i, fd, bad;

	ARGBEGIN{
	case 'l':
		lflag = 1;
		break;
	case 'w':
		wflag = 1;
		break;
	case 'r':
	case 'm':
		rflag = 1;
		break;
	case 'c':
		cflag = 1;
		break;
	case 'L':
		Lflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(!lflag && !wflag && !rflag && !cflag && !Lflag)
		lflag = wflag = cflag = 1;
	if(argc == 0)
		return count(0, nil, "<stdin>") < 0;
	bad = 0;
	for(i = 0; i < argc; i++){
		if(strcmp(argv[i], "-") == 0){
			bad |= count(0, "-", "<stdin>") < 0;
			continue;
		}
		if((fd = open(argv[i], O_RDONLY)) < 0){
			fprint(2, "wc: %s: %r\n", argv[i]);
			bad = 1;
			continue;
		}
		bad |= count(fd, argv[i], argv[i]) < 0;
		close(fd);
	}
	if(argc > 1)
		report(tlines, twords, trunes, tbytes, tlongest, "total");
	return bad;
}
