/*
 * kill: send a note to processes, Unix style:
 *	kill [-note | -signal] pid ...
 * The note is written to proc:/pid/note.  The default is "kill"; -9,
 * -15, -KILL and -TERM are "kill", -2 and -INT "interrupt", -1 and
 * -HUP "hangup", -14 and -ALRM "alarm"; any other -word is sent as
 * the note itself (kill -interrupt 12).
 */
#include <libc.h>

static void
usage(void)
{
	fprint(2, "usage: kill [-note | -signal] pid ...\n");
	exit(1);
}

/* notename: the note for -arg; nil if it is an unknown number */
static char*
notename(char *arg)
{
	static struct { char *num; char *name; char *note; } tab[] = {
		{ "9", "KILL", "kill" },
		{ "15", "TERM", "kill" },
		{ "2", "INT", "interrupt" },
		{ "1", "HUP", "hangup" },
		{ "14", "ALRM", "alarm" },
	};
	uint i;

	for(i = 0; i < nelem(tab); i++)
		if(strcmp(arg, tab[i].num) == 0 || strcmp(arg, tab[i].name) == 0)
			return tab[i].note;
	if(arg[0] >= '0' && arg[0] <= '9')
		return nil;
	return arg;
}

int
main(int argc, char **argv)
{
	char *note, *e, url[64], err[128];
	long pid;
	int i, fd, status;

	note = "kill";
	argv0 = argv[0];
	argc--;
	argv++;
	if(argc > 0 && argv[0][0] == '-' && strcmp(argv[0], "--") != 0){
		if(argv[0][1] == 0)
			usage();
		note = notename(argv[0] + 1);
		if(note == nil){
			fprint(2, "kill: %s: unknown signal\n", argv[0]);
			exit(1);
		}
		argc--;
		argv++;
	}
	if(argc > 0 && strcmp(argv[0], "--") == 0){
		argc--;
		argv++;
	}
	if(argc == 0)
		usage();
	status = 0;
	for(i = 0; i < argc; i++){
		pid = strtol(argv[i], &e, 10);
		if(e == argv[i] || *e != 0 || pid <= 0 || pid > 1000000000L){
			fprint(2, "kill: %s: not a process id\n", argv[i]);
			status = 1;
			continue;
		}
		snprintf(url, sizeof url, "proc:/%ld/note", pid);
		fd = open(url, O_WRONLY);
		if(fd < 0){
			rerrstr(err, sizeof err);
			if(strcmp(err, "file does not exist") == 0)
				strcpy(err, "no such process");
			fprint(2, "kill: %s: %s\n", argv[i], err);
			status = 1;
			continue;
		}
		if(write(fd, note, strlen(note)) < 0){
			fprint(2, "kill: %s: %r\n", argv[i]);
			status = 1;
		}
		close(fd);
	}
	return status;
}
