/*
 * du: the disk use of each file (default the current directory) in
 * KiB, as Plan 9's du: every file counts its length rounded up to
 * 1024 bytes, a directory the sum of what is in it (its own length
 * is not counted).  A line "SIZE<tab>NAME" for each directory, after
 * what is in it; -a adds a line for every file, -s leaves out the
 * directories below the arguments (so -as lists the files and each
 * argument's total, as Plan 9's does); -h writes sizes as GNU's du -h
 * (1.5M, 12K).
 */
#include <libc.h>
#include <sys/stat.h>
#include <dirent.h>

static int	aflag, sflag, hflag, bad;

/* kib: a file's length in KiB, rounded up */
static uvlong
kib(uvlong len)
{
	return (len + 1023) / 1024;
}

/*
 * line: print "SIZE<tab>NAME" for k KiB: a count of KiB, or with -h as
 * GNU's du -h: in K, M, G, ... (powers of 1024) rounded up, with one
 * decimal below 10
 */
static void
line(uvlong k, char *name)
{
	static char units[] = "KMGTPE";
	uvlong d, t;
	int u;

	if(!hflag || k == 0){
		print("%llu\t%s\n", k, name);
		return;
	}
	for(u = 0, d = 1; k / d >= 1024 && u < 5; u++)
		d *= 1024;
	if(k / d < 10){
		t = (k*10 + d - 1) / d;	/* tenths, rounded up */
		if(t < 100){
			print("%llu.%llu%c\t%s\n", t/10, t%10, units[u], name);
			return;
		}
		print("%llu%c\t%s\n", t/10, units[u], name);
		return;
	}
	t = (k + d - 1) / d;
	if(t >= 1024 && u < 5)
		print("1.0%c\t%s\n", units[u+1], name);
	else
		print("%llu%c\t%s\n", t, units[u], name);
}

/* dudir: the KiB under directory name, printing as the flags ask */
static uvlong
dudir(char *name)
{
	DIR *d;
	struct dirent *e;
	uvlong t, n;
	char *s;

	if((d = opendir(name)) == nil){
		fprint(2, "du: %s: %r\n", name);
		bad = 1;
		return 0;
	}
	t = 0;
	while((e = readdir(d)) != nil){
		if(strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if((s = urljoin(name, e->d_name)) == nil){
			fprint(2, "du: out of memory\n");
			exits("memory");
		}
		if(e->d_type == DT_DIR){
			n = dudir(s);
			if(!sflag)
				line(n, s);
		}else{
			n = kib(e->d_size);
			if(aflag)
				line(n, s);
		}
		t += n;
		free(s);
	}
	closedir(d);
	return t;
}

/* du: one argument: a directory's total, or a file's size */
static void
du(char *name)
{
	struct stat st;

	if(stat(name, &st) < 0){
		fprint(2, "du: %s: %r\n", name);
		bad = 1;
		return;
	}
	if(S_ISDIR(st.st_mode))
		line(dudir(name), name);
	else
		line(kib(st.st_size), name);
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: du [-ahs] [file ...]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int i;

	ARGBEGIN{
	case 'a':
		aflag = 1;
		break;
	case 's':
		sflag = 1;
		break;
	case 'h':
		hflag = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc == 0)
		du(".");
	for(i = 0; i < argc; i++)
		du(argv[i]);
	return bad;
}
