/*
 * init: process 1.  It starts the core servers, each a process of its
 * own with only the privileges it needs:
 *	ramfs -c boot: file	file:, the root tree, a copy of the archive
 *	miscfs null|zero|rand	null:, zero:, rand:
 *	envfs env		env:
 *	cons			cons:, the serial console (granted COM1's
 *				ports and IRQ 4, and nothing else)
 * then moves to file:/ with cons: as standard input and output, and
 * (until rc comes) reads command lines at the prompt "> ", running
 * /bin/NAME with the words as arguments.  `halt` and `reboot` are its
 * own.  It reaps the orphans the kernel hands it.
 */
#include <libc.h>
#include <sys/wait.h>

enum { MAXARGS = 64 };

static char *env[] = { "path=/bin", nil };

/* ctl: write a message to a control file */
static int
ctl(char *file, char *msg)
{
	int fd, r;

	fd = open(file, O_WRONLY);
	if(fd < 0)
		return -1;
	r = write(fd, msg, strlen(msg));
	close(fd);
	return r < 0 ? -1 : 0;
}

/* waitfor: reap until pid ends; its wait status */
static int
waitfor(int pid)
{
	int w, status;

	while((w = waitpid(-1, &status, 0)) > 0)
		if(w == pid)
			return status;
	return -1;
}

/*
 * start: run boot:/bin/argv[0] and wait for it (a server command
 * returns once its mount is in place).  grants, if not nil, are
 * written to its proc:/N/ctl before it runs.  0 or -1.
 */
static int
start(char **argv, char **grants)
{
	char path[128], url[64], go;
	int pid, p[2], status, i;

	snprintf(path, sizeof path, "boot:/bin/%s", argv[0]);
	if(pipe(p) < 0)
		return -1;
	pid = fork();
	if(pid < 0)
		return -1;
	if(pid == 0){
		close(p[1]);
		read(p[0], &go, 1);	/* until the grants are in place */
		close(p[0]);
		execve(path, argv, env);
		fprintf(stderr, "init: %s: %s\n", path, strerror(errno));
		_exit(1);
	}
	close(p[0]);
	snprintf(url, sizeof url, "proc:/%d/ctl", pid);
	for(i = 0; grants && grants[i]; i++)
		if(ctl(url, grants[i]) < 0)
			fprintf(stderr, "init: %s: %s: %s\n", argv[0], grants[i], strerror(errno));
	write(p[1], "g", 1);
	close(p[1]);
	if(grants != nil)
		return 0;	/* a driver runs on */
	status = waitfor(pid);
	if(!WIFEXITED(status) || WEXITSTATUS(status) != 0){
		fprintf(stderr, "init: %s failed\n", argv[0]);
		return -1;
	}
	return 0;
}

/* servers: start the core servers; 0 if the console is ours */
static int
servers(void)
{
	static char *ramfs[] = { "ramfs", "-c", "boot:", "file", nil };
	static char *null[] = { "miscfs", "null", "null", nil };
	static char *zero[] = { "miscfs", "zero", "zero", nil };
	static char *rand[] = { "miscfs", "rand", "rand", nil };
	static char *envfs[] = { "envfs", "env", nil };
	static char *cons[] = { "cons", nil };
	static char *consgrants[] = { "grant port 0x3f8 0x3ff", "grant irq 4", nil };
	int i, fd;

	start(ramfs, nil);
	start(null, nil);
	start(zero, nil);
	start(rand, nil);
	start(envfs, nil);
	if(start(cons, consgrants) < 0)
		return -1;
	for(i = 0; i < 300; i++){
		fd = open("cons:", O_RDWR);
		if(fd >= 0){
			dup2(fd, 0);
			dup2(fd, 1);
			dup2(fd, 2);
			if(fd > 2)
				close(fd);
			return 0;
		}
		usleep(10000);
	}
	fprintf(stderr, "init: cons: did not start\n");
	return -1;
}

/* run: fork and exec argv[0] from /bin, in a note group of its own, and wait */
static void
run(char **argv)
{
	char path[256], msg[32];
	int pid, status;

	if(strchr(argv[0], ':') || argv[0][0] == '/')
		snprintf(path, sizeof path, "%s", argv[0]);
	else
		snprintf(path, sizeof path, "/bin/%s", argv[0]);
	pid = rfork(RFPROC|RFFDG|RFNOTEG);
	if(pid < 0){
		fprintf(stderr, "init: fork: %s\n", strerror(errno));
		return;
	}
	if(pid == 0){
		execve(path, argv, env);
		fprintf(stderr, "init: %s: %s\n", argv[0], strerror(errno));
		_exit(1);
	}
	/* ^C on the console interrupts it */
	snprintf(msg, sizeof msg, "notepg %d", pid);
	ctl("cons:/ctl", msg);
	status = waitfor(pid);
	ctl("cons:/ctl", "notepg 0");
	if(WIFSIGNALED(status))
		printf("init: %s: killed by signal %d\n", argv[0], WTERMSIG(status));
	else if(WIFEXITED(status) && WEXITSTATUS(status) != 0)
		printf("init: %s: exit status %d\n", argv[0], WEXITSTATUS(status));
}

int
main(void)
{
	char line[1024], *args[MAXARGS], *p;
	int n, argc;

	printf("init: starting servers\n");
	fflush(stdout);
	servers();
	if(chdir("file:/") < 0)
		fprintf(stderr, "init: file:/: %s\n", strerror(errno));
	printf("init: Ninefold is up; commands run from /bin; halt to stop\n");
	for(;;){
		printf("> ");
		fflush(stdout);
		n = read(0, line, sizeof line - 1);
		if(n <= 0){
			if(n < 0)
				fprintf(stderr, "init: read: %s\n", strerror(errno));
			continue;
		}
		line[n] = 0;
		argc = 0;
		for(p = line; argc < MAXARGS-1; ){
			while(*p == ' ' || *p == '\t' || *p == '\n')
				*p++ = 0;
			if(*p == 0)
				break;
			args[argc++] = p;
			while(*p && *p != ' ' && *p != '\t' && *p != '\n')
				p++;
		}
		args[argc] = nil;
		if(argc == 0)
			continue;
		if(strcmp(args[0], "halt") == 0){
			if(ctl("sys:/ctl", "halt") < 0)
				fprintf(stderr, "init: halt: %s\n", strerror(errno));
		}else if(strcmp(args[0], "reboot") == 0){
			if(ctl("sys:/ctl", "reboot") < 0)
				fprintf(stderr, "init: reboot: %s\n", strerror(errno));
		}else
			run(args);
	}
}
