/*
 * ls: list files and directories, on any scheme.  A directory lists
 * its contents (each named dir/name, or just name with -p or when ls
 * lists the current directory); -d lists the directory itself; -l
 * gives Plan 9's long form
 *	--rw-rw-r-- M 0 sys sys 1234 Jan  1 00:00 name
 * (mode, server type and device, owner, group, length, modification
 * time); -q puts the qid (path, version, type) first, -s the size in
 * kilobytes; -F marks directories with / and executables with *.
 * Entries are sorted by name, or newest first with -t, reversed with
 * -r, left in the server's order with -n.  A name rc would need
 * quoted (a blank, a quote, a pattern character...) is printed in
 * rc's quotes, as Plan 9's ls does, unless -Q.
 */
#include <libc.h>
#include <fcall.h>

enum {
	Dirbuf	= 16*1024,
};

typedef struct Ent Ent;
struct Ent {
	Dir	*d;
	char	*path;	/* what to print as the name */
};

static int	lflag, dflag, pflag, qflag, sflag, tflag, rflag, nflag, Fflag, Qflag;
static Ent	*ents;
static int	nents, aents;
static int	bad;
static long	now;

/* nomem: report running out of memory and exit */
static void
nomem(void)
{
	fprint(2, "ls: out of memory\n");
	exits("memory");
}

/* add: list d under the name path (both copied) */
static void
add(Dir *d, char *path)
{
	Ent *e;
	Dir *c;
	usize n;
	char *p;

	if(nents == aents){
		aents = aents == 0 ? 64 : aents * 2;
		if((e = realloc(ents, aents * sizeof ents[0])) == nil)
			nomem();
		ents = e;
	}
	n = strlen(d->name) + strlen(d->uid) + strlen(d->gid) + strlen(d->muid) + 4;
	if((c = malloc(sizeof *c + n)) == nil || (path = strdup(path)) == nil)
		nomem();
	*c = *d;
	p = (char*)(c + 1);
	c->name = strcpy(p, d->name); p += strlen(p) + 1;
	c->uid = strcpy(p, d->uid); p += strlen(p) + 1;
	c->gid = strcpy(p, d->gid); p += strlen(p) + 1;
	c->muid = strcpy(p, d->muid);
	ents[nents].d = c;
	ents[nents].path = path;
	nents++;
}

/* listdir: add every entry of the directory url; 0 or -1 */
static int
listdir(char *url, int bare)
{
	static uchar buf[Dirbuf];
	char strs[Dirbuf], *p;
	long n, i, m;
	int fd;
	Dir d;

	if((fd = open(url, O_RDONLY)) < 0){
		fprint(2, "ls: %s: %r\n", url);
		return -1;
	}
	while((n = read(fd, buf, sizeof buf)) > 0){
		for(i = 0; i < n; i += m){
			m = convM2D(buf + i, n - i, &d, strs);
			if(m == 0){
				fprint(2, "ls: %s: bad directory entry\n", url);
				close(fd);
				return -1;
			}
			p = bare || pflag ? strdup(d.name) : urljoin(url, d.name);
			if(p == nil)
				nomem();
			add(&d, p);
			free(p);
		}
	}
	if(n < 0){
		fprint(2, "ls: %s: %r\n", url);
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/* entcmp: order entries by name, as strcmp does (-t: newest first,
 * then by name; -r: the other way round) */
static int
entcmp(const void *a, const void *b)
{
	Ent *x, *y;
	int c;

	x = (Ent*)a;
	y = (Ent*)b;
	c = 0;
	if(tflag && x->d->mtime != y->d->mtime)
		c = x->d->mtime > y->d->mtime ? -1 : 1;
	if(c == 0)
		c = strcmp(x->path, y->path);
	return rflag ? -c : c;
}

/* modestr: Plan 9's mode string, such as d-rwxr-xr-x, into buf (12 bytes) */
static char*
modestr(ulong m, char *buf)
{
	static char *rwx[] = { "---", "--x", "-w-", "-wx", "r--", "r-x", "rw-", "rwx" };

	if(m & DMDIR)
		buf[0] = 'd';
	else if(m & DMAPPEND)
		buf[0] = 'a';
	else if(m & DMEXCL)
		buf[0] = 'l';
	else
		buf[0] = '-';
	buf[1] = m & DMTMP ? 't' : '-';
	sprintf(buf+2, "%s%s%s", rwx[(m>>6)&7], rwx[(m>>3)&7], rwx[m&7]);
	return buf;
}

/* timestr: "Jan  2 15:04" for the last six months, else "Jan  2  2006" */
static char*
timestr(long t, char *buf)
{
	static char *mon[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
		"Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	long days, secs, y, m, d, era, doe, yoe, doy, mp;

	days = t / 86400;
	secs = t % 86400;
	if(secs < 0){
		secs += 86400;
		days--;
	}
	/* civil date from days since 1970-01-01 (proleptic Gregorian) */
	days += 719468;
	era = (days >= 0 ? days : days - 146096) / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe/1460 + doe/36524 - doe/146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365*yoe + yoe/4 - yoe/100);
	mp = (5*doy + 2) / 153;
	d = doy - (153*mp + 2)/5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;
	if(m <= 2)
		y++;
	if(t > now - 180L*86400 && t <= now + 86400)
		sprintf(buf, "%s %2ld %.2ld:%.2ld", mon[m-1], d, secs/3600, secs/60%60);
	else
		sprintf(buf, "%s %2ld  %4ld", mon[m-1], d, y);
	return buf;
}

/* numwidth: the width of v printed in decimal */
static int
numwidth(uvlong v)
{
	char buf[32];

	return sprintf(buf, "%llu", v);
}

/* putname: print name s, in rc's quotes if rc would need them (as Plan 9's %q) */
static void
putname(char *s)
{
	char *p;

	for(p = s; *p; p++)
		if((uchar)*p <= ' ' || strchr("`^#*[]=|\\?${}()'<>&;", *p) != nil)
			break;
	if(Qflag || *p == 0){
		print("%s", s);
		return;
	}
	putchar('\'');
	for(p = s; *p; p++){
		if(*p == '\'')
			putchar('\'');
		putchar(*p);
	}
	putchar('\'');
}

/* output: print the collected entries, sorted, and forget them */
static void
output(void)
{
	int i, wdev, wuid, wgid, wlen, wsize, n;
	char mbuf[16], tbuf[32], type[2], *mark;
	Dir *d;

	if(!nflag)
		qsort(ents, nents, sizeof ents[0], entcmp);
	wdev = wuid = wgid = wlen = wsize = 0;
	for(i = 0; i < nents; i++){
		d = ents[i].d;
		if((n = numwidth((d->length + 1023) / 1024)) > wsize) wsize = n;
		if((n = numwidth(d->dev)) > wdev) wdev = n;
		if((n = strlen(d->uid)) > wuid) wuid = n;
		if((n = strlen(d->gid)) > wgid) wgid = n;
		if((n = numwidth(d->length)) > wlen) wlen = n;
	}
	for(i = 0; i < nents; i++){
		d = ents[i].d;
		if(sflag)
			print("%*llu ", wsize, (d->length + 1023) / 1024);
		if(qflag)
			print("(%.16llx %lu %.2x) ", d->qid.path, d->qid.vers, d->qid.type);
		if(lflag){
			type[0] = d->type >= 0x21 && d->type < 0x7f ? d->type : 'M';
			type[1] = 0;
			print("%s %s %*u %-*s %-*s %*lld %s ", modestr(d->mode, mbuf), type,
				wdev, d->dev, wuid, d->uid, wgid, d->gid, wlen, d->length,
				timestr(d->mtime, tbuf));
		}
		mark = "";
		if(Fflag && (d->mode & DMDIR))
			mark = "/";
		else if(Fflag && (d->mode & 0111))
			mark = "*";
		putname(ents[i].path);
		print("%s\n", mark);
		free(ents[i].path);
		free(ents[i].d);
	}
	nents = 0;
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: ls [-1aAdFlnpqQrst] [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char cwd[1024], **dirs, *p;
	int i, ndirs;
	Dir *d;

	ARGBEGIN{
	case 'l':
		lflag = 1;
		break;
	case 'd':
		dflag = 1;
		break;
	case 'p':
		pflag = 1;
		break;
	case 'q':
		qflag = 1;
		break;
	case 's':
		sflag = 1;
		break;
	case 't':
		tflag = 1;
		break;
	case 'r':
		rflag = 1;
		break;
	case 'n':
		nflag = 1;
		break;
	case 'F':
		Fflag = 1;
		break;
	case 'Q':
		Qflag = 1;
		break;
	case 'a':
	case 'A':
	case '1':
		break;	/* GNU's: every name is shown, one a line, already */
	default:
		usage();
	}ARGEND
	now = time(nil);
	setvbuf(stdout, nil, _IOFBF, 8192);
	if(argc == 0){
		if(getwd(cwd, sizeof cwd) == nil){
			fprint(2, "ls: getwd: %r\n");
			exits("getwd");
		}
		if(dflag){
			if((d = dirstat(cwd)) == nil){
				fprint(2, "ls: %s: %r\n", cwd);
				exits("stat");
			}
			add(d, ".");
			free(d);
		}else if(listdir(cwd, 1) < 0)
			bad = 1;
		output();
		fflush(stdout);
		return bad;
	}
	/* files first, as given; then each directory's contents */
	if((dirs = malloc(argc * sizeof dirs[0])) == nil)
		nomem();
	ndirs = 0;
	for(i = 0; i < argc; i++){
		if((d = dirstat(argv[i])) == nil){
			fflush(stdout);
			fprint(2, "ls: %s: %r\n", argv[i]);
			bad = 1;
			continue;
		}
		if((d->mode & DMDIR) && !dflag)
			dirs[ndirs++] = argv[i];
		else{
			p = argv[i];
			if(pflag && (p = strrchr(argv[i], '/')) != nil && p[1] != 0)
				p++;
			else if(pflag)
				p = argv[i];
			add(d, p);
		}
		free(d);
	}
	output();
	for(i = 0; i < ndirs; i++){
		if(listdir(dirs[i], 0) < 0)
			bad = 1;
		output();
	}
	if(fflush(stdout) == EOF){
		fprint(2, "ls: write error: %r\n");
		exits("write");
	}
	return bad;
}
