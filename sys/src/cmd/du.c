/*
 * du: the disk use of each file (default the current directory) in
 * KiB, as Plan 9's du: every file counts its length rounded up to
 * 1024 bytes, a directory the sum of what is in it (its own length
 * is not counted).  A line "SIZE<tab>NAME" for each directory, after
 * what is in it; -a adds a line for every file, -s leaves out the
 * directories below the arguments (so -as lists the files and each
 * argument's total, as Plan 9's does).
 */
#include <libc.h>
#include <sys/stat.h>
#include <dirent.h>

static int	aflag, sflag, bad;

/* kib: a file's length in KiB, rounded up */
static uvlong
kib(uvlong len)
{
	return (len + 1023) / 1024;
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
				print("%llu\t%s\n", n, s);
		}else{
			n = kib(e->d_size);
			if(aflag)
				print("%llu\t%s\n", n, s);
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
		print("%llu\t%s\n", dudir(name), name);
	else
		print("%llu\t%s\n", kib(st.st_size), name);
}

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: du [-as] [file ...]\n");
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
	default:
		usage();
	}ARGEND
	if(argc == 0)
		du(".");
	for(i = 0; i < argc; i++)
		du(argv[i]);
	return bad;
}
