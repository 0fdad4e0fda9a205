/*
 * init: process 1.  For now (until the servers and rc of issues 3 and
 * 4) it greets, then reads command lines from the boot console at the
 * prompt "> " and runs /bin/NAME with the words as arguments, waiting
 * for it.  `halt` and `reboot` are its own.  It reaps orphans too.
 */
#include <libc.h>
#include <sys/wait.h>

enum { MAXARGS = 64 };

static char *env[] = { "path=/bin", nil };

/* ctl: write a message to sys:/ctl */
static void
ctl(char *msg)
{
	int fd;

	fd = open("sys:/ctl", O_WRONLY);
	if(fd < 0 || write(fd, msg, strlen(msg)) < 0){
		fprintf(stderr, "init: %s: %s\n", msg, strerror(errno));
		if(fd >= 0)
			close(fd);
		return;
	}
	close(fd);
}

/* run: fork and exec argv[0] from /bin, and wait for it */
static void
run(int argc, char **argv)
{
	char path[256];
	int pid, status, w;

	USED(argc);
	if(strchr(argv[0], ':') || argv[0][0] == '/')
		snprintf(path, sizeof path, "%s", argv[0]);
	else
		snprintf(path, sizeof path, "/bin/%s", argv[0]);
	pid = fork();
	if(pid < 0){
		fprintf(stderr, "init: fork: %s\n", strerror(errno));
		return;
	}
	if(pid == 0){
		execve(path, argv, env);
		fprintf(stderr, "init: %s: %s\n", argv[0], strerror(errno));
		_exit(1);
	}
	/* reap until our child is done; orphans handed to init come too */
	while((w = waitpid(-1, &status, 0)) > 0 && w != pid)
		;
	if(w == pid && WIFSIGNALED(status))
		printf("init: %s: killed by signal %d\n", argv[0], WTERMSIG(status));
	else if(w == pid && WIFEXITED(status) && WEXITSTATUS(status) != 0)
		printf("init: %s: exit status %d\n", argv[0], WEXITSTATUS(status));
}

int
main(void)
{
	char line[1024], *args[MAXARGS], *p;
	int n, argc;

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
		if(strcmp(args[0], "halt") == 0)
			ctl("halt");
		else if(strcmp(args[0], "reboot") == 0)
			ctl("reboot");
		else
			run(argc, args);
	}
}
