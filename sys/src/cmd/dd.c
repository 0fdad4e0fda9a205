/*
 * dd: copy input to output in blocks, as coreutils and Plan 9 do:
 * ibs-byte reads, obs-byte writes (bs sets both, and then each read
 * is written as it came), skipping skip input blocks and seeking past
 * seek output blocks first, copying at most count input blocks.  At
 * the end it says on standard error "F+P records in" and "F+P records
 * out": F whole blocks, P partial ones.  Operands are written
 * name=value (coreutils) or -name value (Plan 9).
 */
#include <libc.h>
#include <sys/stat.h>

static char	*ifile, *ofile;
static uvlong	ibs = 512, obs = 512, count, skip, seek;
static int	bsset, countset, notrunc, quiet;
static uvlong	fin, pin, fout, pout;	/* whole and partial records */
static char	*obuf;
static uvlong	nobuf;

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: dd [if=file] [of=file] [bs=n] [ibs=n] [obs=n] [count=n] [skip=n] [seek=n] [conv=notrunc] [status=none]\n");
	exits("usage");
}

/* number: a count or size, "N" with an optional k (1024), b (512),
 * M or G suffix, or such numbers multiplied by "x" (2x512) */
static uvlong
number(char *name, char *s)
{
	uvlong n, m;
	char *e, *p;

	n = 1;
	for(p = s;; p = e + 1){
		if(!isdigit((uchar)*p))
			goto Bad;
		m = strtoull(p, &e, 10);
		switch(*e){
		case 'k':
		case 'K':
			m *= 1024;
			e++;
			break;
		case 'b':
			m *= 512;
			e++;
			break;
		case 'M':
			m *= 1024*1024;
			e++;
			break;
		case 'G':
			m *= 1024*1024*1024;
			e++;
			break;
		}
		n *= m;
		if(*e == 0)
			return n;
		if(*e != 'x')
			goto Bad;
	}
Bad:
	fprint(2, "dd: %s=%s: bad number\n", name, s);
	exits("usage");
	return 0;
}

/* operand: take name=value */
static void
operand(char *name, char *val)
{
	if(strcmp(name, "if") == 0)
		ifile = val;
	else if(strcmp(name, "of") == 0)
		ofile = val;
	else if(strcmp(name, "bs") == 0){
		ibs = obs = number(name, val);
		bsset = 1;
	}else if(strcmp(name, "ibs") == 0)
		ibs = number(name, val);
	else if(strcmp(name, "obs") == 0)
		obs = number(name, val);
	else if(strcmp(name, "count") == 0){
		count = number(name, val);
		countset = 1;
	}else if(strcmp(name, "skip") == 0)
		skip = number(name, val);
	else if(strcmp(name, "seek") == 0)
		seek = number(name, val);
	else if(strcmp(name, "conv") == 0){
		if(strcmp(val, "notrunc") != 0){
			fprint(2, "dd: conv=%s: unknown conversion\n", val);
			exits("usage");
		}
		notrunc = 1;
	}else if(strcmp(name, "status") == 0)
		quiet = strcmp(val, "none") == 0;	/* noxfer: there is no bytes line anyway */
	else{
		fprint(2, "dd: unknown operand %s\n", name);
		usage();
	}
}

/* summary: the records in and out, on standard error */
static void
summary(void)
{
	if(!quiet)
		fprint(2, "%llu+%llu records in\n%llu+%llu records out\n", fin, pin, fout, pout);
}

/* put: write n bytes as one output record */
static void
put(int fd, char *p, uvlong n)
{
	long m;

	if((m = write(fd, p, n)) != (long)n){
		if(m < 0)
			fprint(2, "dd: %s: %r\n", ofile ? ofile : "<stdout>");
		else
			fprint(2, "dd: %s: short write\n", ofile ? ofile : "<stdout>");
		summary();
		exits("write");
	}
	if(n == obs)
		fout++;
	else
		pout++;
}

int
main(int argc, char **argv)
{
	struct stat st;
	int i, ifd, ofd, mode;
	char *ibuf, *eq, *iname;
	long n;
	uvlong k, m;

	argv0 = "dd";
	for(i = 1; i < argc; i++){
		if(argv[i][0] == '-'){
			if(i + 1 >= argc && strcmp(argv[i], "-quiet") != 0)
				usage();
			if(strcmp(argv[i], "-quiet") == 0)
				quiet = 1;
			else{
				operand(argv[i] + 1, argv[i+1]);
				i++;
			}
		}else if((eq = strchr(argv[i], '=')) != nil){
			*eq = 0;
			operand(argv[i], eq + 1);
		}else
			usage();
	}
	if(ibs == 0 || obs == 0){
		fprint(2, "dd: block size of 0\n");
		exits("usage");
	}
	ifd = 0;
	iname = "<stdin>";
	if(ifile != nil){
		iname = ifile;
		if((ifd = open(ifile, O_RDONLY)) < 0){
			fprint(2, "dd: %s: %r\n", ifile);
			exits("open");
		}
	}
	ofd = 1;
	if(ofile != nil){
		/* truncated at the seek point, unless conv=notrunc */
		mode = O_WRONLY|O_CREAT;
		if(!notrunc && seek == 0)
			mode |= O_TRUNC;
		if((ofd = open(ofile, mode, 0666)) < 0){
			fprint(2, "dd: %s: %r\n", ofile);
			exits("open");
		}
		if(!notrunc && seek > 0 && ftruncate(ofd, seek*obs) < 0){
			fprint(2, "dd: %s: %r\n", ofile);
			exits("truncate");
		}
	}
	if((ibuf = malloc(ibs)) == nil || (!bsset && (obuf = malloc(obs)) == nil)){
		fprint(2, "dd: out of memory\n");
		exits("memory");
	}
	/* skip: seek a file, read and drop from anything else */
	if(skip > 0){
		if(fstat(ifd, &st) == 0 && S_ISREG(st.st_mode))
			lseek(ifd, skip*ibs, SEEK_CUR);
		else
			for(k = 0; k < skip; k++)
				if(read(ifd, ibuf, ibs) <= 0)
					break;
	}
	if(seek > 0 && lseek(ofd, seek*obs, SEEK_CUR) < 0){
		fprint(2, "dd: %s: cannot seek: %r\n", ofile ? ofile : "<stdout>");
		exits("seek");
	}
	for(k = 0; !countset || k < count; k++){
		if((n = read(ifd, ibuf, ibs)) < 0){
			fprint(2, "dd: %s: %r\n", iname);
			summary();
			exits("read");
		}
		if(n == 0)
			break;
		if((uvlong)n == ibs)
			fin++;
		else
			pin++;
		if(bsset){
			put(ofd, ibuf, n);
			continue;
		}
		/* reblock: gather into obs-byte records */
		for(i = 0; i < n; i += m){
			m = obs - nobuf;
			if(m > (uvlong)(n - i))
				m = n - i;
			memmove(obuf + nobuf, ibuf + i, m);
			nobuf += m;
			if(nobuf == obs){
				put(ofd, obuf, obs);
				nobuf = 0;
			}
		}
	}
	if(nobuf > 0)
		put(ofd, obuf, nobuf);
	summary();
	return 0;
}
