/*
 * time: run a command and report the time it took, as Plan 9's time:
 *	time command [arg ...]
 * prints "0.12u 0.03s 1.23r command arg ..." on standard error when
 * the command ends: its time on the CPU in user mode and in the
 * kernel (with its children's), from proc:/self/time's counts for
 * reaped children, and the real time.  The user part is sampled by
 * the clock (a tick is 10 ms), so short commands show 0.00u.  The exit
 * status is the command's.  A command without / or : is looked for in
 * /bin.
 */
#include <libc.h>
#include <sys/wait.h>

/* childms: this process's reaped children's user and system ms (proc:/self/time) */
static void
childms(vlong *u, vlong *s)
{
	char buf[128];
	int fd, n;

	*u = *s = 0;
	if((fd = open("proc:/self/time", O_RDONLY)) < 0)
		return;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if(n <= 0)
		return;
	buf[n] = 0;
	sscanf(buf, "%*d %*d %*d %lld %lld", u, s);
}

/* show: ms as seconds with hundredths, and the letter */
static void
show(vlong ms, char *what)
{
	ms /= 10;
	fprint(2, "%lld.%02lld%s", ms / 100, ms % 100, what);
}

static void
usage(void)
{
	fprint(2, "usage: time command [arg ...]\n");
	exit(1);
}

int
main(int argc, char **argv)
{
	vlong t0, u0, s0, u, s;
	int pid, status, i;

	if(argc < 2)
		usage();
	childms(&u0, &s0);
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
	t0 = (nsec() - t0) / 1000000;
	childms(&u, &s);
	show(u - u0, "u ");
	show(s - s0, "s ");
	show(t0, "r");
	for(i = 1; i < argc; i++)
		fprint(2, " %s", argv[i]);
	fprint(2, "\n");
	if(WIFEXITED(status))
		return WEXITSTATUS(status);
	return 1;
}
