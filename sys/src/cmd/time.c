/*
 * time: run a command and report the time it took, as Plan 9's time:
 *	time command [arg ...]
 * prints "0.00u 0.00s 1.23r command arg ..." on standard error when
 * the command ends.  Ninefold keeps no user and system times per
 * process yet, so u and s are always 0.00; r is the real time.  The
 * exit status is the command's.  A command without / or : is looked
 * for in /bin.
 */
#include <libc.h>
#include <sys/wait.h>

static void
usage(void)
{
	fprint(2, "usage: time command [arg ...]\n");
	exit(1);
}

int
main(int argc, char **argv)
{
	vlong t0, r;
	int pid, status, i;

	if(argc < 2)
		usage();
	t0 = nsec();
	pid = fork();
	if(pid < 0){
		fprint(2, "time: fork: %r\n");
		exit(1);
	}
	if(pid == 0){
		execvp(argv[1], argv + 1);
		fprint(2, "time: %s: %r\n", argv[1]);
		_exit(1);
	}
	while(waitpid(pid, &status, 0) < 0){
		if(errno != EINTR){
			fprint(2, "time: wait: %r\n");
			exit(1);
		}
	}
	r = (nsec() - t0) / 10000000;	/* hundredths */
	fprint(2, "0.00u 0.00s %lld.%02lldr", r / 100, r % 100);
	for(i = 1; i < argc; i++)
		fprint(2, " %s", argv[i]);
	fprint(2, "\n");
	if(WIFEXITED(status))
		return WEXITSTATUS(status);
	return 1;
}
