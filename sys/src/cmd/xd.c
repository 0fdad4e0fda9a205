/*
 * xd: hex dump.  Each line is the offset (hex, 7 digits) and 16 bytes:
 * by default four 4-byte words in hex, with -b sixteen bytes, with -c
 * sixteen characters (escapes for \n \t and friends, hex for the rest).
 * A run of lines equal to the one before prints as a single "*".
 * The last line is the total length.
 */
#include <libc.h>
#include <sys/stat.h>

enum {
	Linelen	= 16,
	Bufsize	= 16*1024,
};

static int	fmtflag;	/* 'w' words, 'b' bytes, 'c' characters */
static uvlong	addr;
static uchar	prev[Linelen];
static int	haveprev, starred;
static uchar	line[Linelen];
static int	nline;
static char	buf[Bufsize];

/* putline: print the n bytes of line at offset addr */
static void
putline(uchar *p, int n)
{
	int i, c;

	if(n == Linelen && haveprev && memcmp(p, prev, Linelen) == 0){
		if(!starred)
			print("*\n");
		starred = 1;
		addr += n;
		return;
	}
	starred = 0;
	haveprev = n == Linelen;
	memmove(prev, p, n);
	print("%.7llx", addr);
	for(i = 0; i < n; i++){
		switch(fmtflag){
		case 'w':
			print("%s%.2x", i % 4 == 0 ? " " : "", p[i]);
			break;
		case 'b':
			print(" %.2x", p[i]);
			break;
		case 'c':
			c = p[i];
			switch(c){
			case '\n': print("  \\n"); break;
			case '\t': print("  \\t"); break;
			case '\r': print("  \\r"); break;
			case '\b': print("  \\b"); break;
			case '\f': print("  \\f"); break;
			case '\v': print("  \\v"); break;
			case 0: print("  \\0"); break;
			default:
				if(c >= 0x20 && c < 0x7f)
					print("   %c", c);
				else
					print("  %.2x", c);
			}
			break;
		}
	}
	print("\n");
	addr += n;
}

/* dump: feed the bytes of fd into lines; 0 or -1 after an error line */
static int
dump(int fd, char *name)
{
	long n, i;

	while((n = read(fd, buf, sizeof buf)) > 0)
		for(i = 0; i < n; i++){
			line[nline++] = buf[i];
			if(nline == Linelen){
				putline(line, nline);
				nline = 0;
			}
		}
	if(n < 0){
		fprint(2, "xd: %s: %r\n", name);
		return -1;
	}
	return 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: xd [-b | -c] [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	struct stat st;
	int i, fd, bad, dumped;

	fmtflag = 'w';
	ARGBEGIN{
	case 'b':
		fmtflag = 'b';
		break;
	case 'c':
		fmtflag = 'c';
		break;
	default:
		usage();
	}ARGEND
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = 0;
	dumped = 0;	/* no final address when no file could be read */
	if(argc == 0){
		bad |= dump(0, "<stdin>") < 0;
		dumped = 1;
	}
	for(i = 0; i < argc; i++){
		if(strcmp(argv[i], "-") == 0){
			bad |= dump(0, "<stdin>") < 0;
			dumped = 1;
			continue;
		}
		if((fd = open(argv[i], O_RDONLY)) < 0){
			fflush(stdout);
			fprint(2, "xd: %s: %r\n", argv[i]);
			bad = 1;
			continue;
		}
		if(fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)){
			fflush(stdout);
			fprint(2, "xd: %s: is a directory\n", argv[i]);
			bad = 1;
		}else{
			bad |= dump(fd, argv[i]) < 0;
			dumped = 1;
		}
		close(fd);
	}
	if(nline > 0)
		putline(line, nline);
	if(dumped)
		print("%.7llx\n", addr);
	if(fflush(stdout) == EOF){
		fprint(2, "xd: write error: %r\n");
		exits("write");
	}
	return bad;
}
