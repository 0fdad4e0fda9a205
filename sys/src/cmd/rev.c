/*
 * rev: each line of each file (standard input for none, or for "-")
 * with its characters in reverse order, as util-linux's rev.  A
 * character is a UTF-8 sequence, kept whole; a byte that starts none
 * is a character of its own.  Lines may be of any length.
 */
#include <libc.h>

static Rdline	rd;
static char	*out;
static usize	cap;

/* seqlen: the bytes in the UTF-8 sequence at p (n bytes left), or 1 if none starts there */
static int
seqlen(uchar *p, usize n)
{
	int k, i;

	k = p[0] < 0xC0 ? 1 : p[0] < 0xE0 ? 2 : p[0] < 0xF0 ? 3 : p[0] < 0xF8 ? 4 : 1;
	if((usize)k > n)
		return 1;
	for(i = 1; i < k; i++)
		if((p[i] & 0xC0) != 0x80)
			return 1;
	return k;
}

/* rev: write fd's lines reversed; 0, or -1 after an error line */
static int
rev(int fd, char *name)
{
	char *l, *p;
	usize len, a, i, k;

	rdinit(&rd, fd, name);
	while((l = rdline(&rd, &len)) != nil){
		a = len > 0 && l[len-1] == '\n' ? len-1 : len;
		if(len + 1 > cap){
			cap = (len + 1) * 2;
			if((p = realloc(out, cap)) == nil){
				fprint(2, "rev: out of memory\n");
				exits("memory");
			}
			out = p;
		}
		/* each character goes to the mirror of where it is */
		for(i = 0; i < a; i += k){
			k = seqlen((uchar*)l + i, a - i);
			memmove(out + a - i - k, l + i, k);
		}
		out[a] = '\n';
		fwrite(out, 1, len, stdout);
	}
	if(rd.err)
		return -1;
	return 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: rev [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int bad;

	ARGBEGIN{
	default:
		usage();
	}ARGEND
	setvbuf(stdout, nil, _IOFBF, 8192);
	bad = eachfile(argc, argv, rev);
	if(fflush(stdout) == EOF){
		fprint(2, "rev: write error: %r\n");
		exits("write");
	}
	return bad;
}
