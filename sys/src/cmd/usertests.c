/*
 * usertests: the kernel's own test suite, in xv6's shape: a table of
 * tests, each run in a child of its own, OK or FAILED from the child's
 * exit status, and a check of free memory before and after to catch
 * leaks.  Prints "test NAME: OK" or "test NAME: FAILED" (after a line
 * "usertests: why" from the test) and last
 * "ALL TESTS PASSED" or "SOME TESTS FAILED".
 *
 *	usertests [name ...]	run all tests, or those named
 *	usertests -panic	make the kernel panic (to test that)
 *	usertests -pipeloop	print "loop" lines for ever (to test pipes)
 */
#include <libc.h>
#include <sys/wait.h>
#include <sys/mman.h>
#include <signal.h>

static char *me = "/bin/usertests";

/* fail: the test child says why on a line of its own and exits non-zero */
static void
fail(char *fmt, ...)
{
	va_list ap;
	char buf[256];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	printf("usertests: %s\n", buf);
	fflush(stdout);
	_exit(1);
}

/* freemem: free bytes according to sys:/mem: free pages and the kernel heap's free blocks */
static long
freemem(void)
{
	char buf[256], *p, *q;
	int fd, n;

	fd = open("sys:/mem", O_RDONLY);
	if(fd < 0)
		return -1;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if(n <= 0)
		return -1;
	buf[n] = 0;
	p = strstr(buf, "\nfree ");
	q = strstr(buf, "heapfree ");
	if(p == nil || q == nil)
		return -1;
	return strtol(p + 6, nil, 10) + strtol(q + 9, nil, 10);
}

/* child: fork; in the child run f and exit 0; the parent gets the wait status */
static int
forkrun(void (*f)(void))
{
	int pid, status;

	pid = fork();
	if(pid < 0)
		fail("fork: %s", strerror(errno));
	if(pid == 0){
		f();
		_exit(0);
	}
	if(waitpid(pid, &status, 0) != pid)
		fail("waitpid: %s", strerror(errno));
	return status;
}

static void
spin(void)
{
	volatile unsigned long n;

	for(n = 0;; n++)
		;
}

/* preempt: two spinning children cannot keep the parent from running */
static void
preempt(void)
{
	int pid[2], i, status;

	for(i = 0; i < 2; i++){
		pid[i] = fork();
		if(pid[i] < 0)
			fail("fork");
		if(pid[i] == 0)
			spin();
	}
	usleep(50000);
	for(i = 0; i < 2; i++)
		if(kill(pid[i], SIGKILL) < 0)
			fail("kill: %s", strerror(errno));
	for(i = 0; i < 2; i++){
		if(waitpid(pid[i], &status, 0) != pid[i])
			fail("wait");
		if(!WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL)
			fail("spinner %d not killed", i);
	}
}

/* count the gaps (another process ran) in 300 ms of spinning */
static void
gaps(void)
{
	vlong start, last, now;
	int n;

	n = 0;
	start = last = nsec();
	while((now = nsec()) - start < 300000000LL){
		if(now - last > 2000000)
			n++;
		last = now;
	}
	_exit(n > 255 ? 255 : n);
}

/* interleave: two busy processes both make progress, taking turns */
static void
interleave(void)
{
	int pid[2], i, status;

	for(i = 0; i < 2; i++){
		pid[i] = fork();
		if(pid[i] < 0)
			fail("fork");
		if(pid[i] == 0)
			gaps();
	}
	for(i = 0; i < 2; i++){
		if(waitpid(pid[i], &status, 0) != pid[i] || !WIFEXITED(status))
			fail("wait");
		if(WEXITSTATUS(status) < 2)
			fail("child %d was never preempted", i);
	}
}

static int cowvar = 1;
static char cowbuf[5*4096];

/* cow: a child's writes to copy-on-write pages are its own */
static void
cow(void)
{
	int pid, status, i;

	memset(cowbuf, 'p', sizeof cowbuf);
	pid = fork();
	if(pid < 0)
		fail("fork");
	if(pid == 0){
		cowvar = 2;
		memset(cowbuf, 'c', sizeof cowbuf);
		_exit(cowvar == 2 && cowbuf[4*4096] == 'c' ? 7 : 1);
	}
	if(waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 7)
		fail("child saw the wrong values");
	if(cowvar != 1)
		fail("parent's variable changed to %d", cowvar);
	for(i = 0; i < (int)sizeof cowbuf; i++)
		if(cowbuf[i] != 'p')
			fail("parent's buffer changed at %d", i);
	/* and the parent may write its own copy afterwards */
	cowvar = 3;
	if(cowvar != 3)
		fail("parent cannot write");
}

/* execargs: exec this program with arguments and environment it checks */
static void
execargs(void)
{
	char *argv[] = { "usertests", "-exec", "two words", "", "last", nil };
	char *envp[] = { "K=v", "path=/bin", nil };
	int pid, status;

	pid = fork();
	if(pid < 0)
		fail("fork");
	if(pid == 0){
		execve(me, argv, envp);
		_exit(99);
	}
	if(waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		fail("wait");
	if(WEXITSTATUS(status) == 99)
		fail("exec: failed");
	if(WEXITSTATUS(status) != 42)
		fail("exec'd program saw the wrong arguments (%d)", WEXITSTATUS(status));
}

/* the exec'd side of execargs */
static int
checkexec(int argc, char **argv, char **envp)
{
	if(argc != 5)
		return 1;
	if(strcmp(argv[2], "two words") != 0 || strcmp(argv[3], "") != 0 || strcmp(argv[4], "last") != 0)
		return 2;
	if(argv[5] != nil)
		return 3;
	if(envp[0] == nil || strcmp(envp[0], "K=v") != 0 || envp[2] != nil)
		return 4;
	if(((uintptr)&argc & 0) != 0)
		return 5;
	return 42;
}

/* exececho: exec a second program, /bin/echo, which prints its arguments */
static void
exececho(void)
{
	char *argv[] = { "echo", "exec", "of", "echo", "works", nil };
	int pid, status;

	fflush(stdout);
	pid = fork();
	if(pid == 0){
		execve("/bin/echo", argv, nil);
		_exit(99);
	}
	if(waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("echo failed");
}

/* execbad: exec of things that are not programs fails, and we go on */
static void
execbad(void)
{
	char *argv[] = { "x", nil };

	if(execve("/bin", argv, nil) != -1)
		fail("exec of a directory worked");
	if(execve("/lib/motd", argv, nil) != -1 || errno == 0)
		fail("exec of a text file worked");
	if(execve("/bin/nonexistent", argv, nil) != -1 || errno != ENOENT)
		fail("exec of a missing file: errno %d", errno);
	if(execve((char*)0x10, argv, nil) != -1 || errno != EFAULT)
		fail("exec of a bad pointer: errno %d", errno);
	if(execve(me, (char**)0xFFFFFFFF80100000ULL, nil) != -1 || errno != EFAULT)
		fail("exec with a kernel argv: errno %d", errno);
}

/* waitstatus: wait gives each child's own exit status, by pid */
static void
waitstatus(void)
{
	int pid[3], i, status;

	for(i = 0; i < 3; i++){
		pid[i] = fork();
		if(pid[i] == 0)
			_exit(10 + i);
	}
	for(i = 2; i >= 0; i--){
		if(waitpid(pid[i], &status, 0) != pid[i])
			fail("waitpid %d: %s", pid[i], strerror(errno));
		if(!WIFEXITED(status) || WEXITSTATUS(status) != 10 + i)
			fail("child %d: status %#x", i, status);
	}
	if(wait(&status) != -1 || errno != ECHILD)
		fail("wait with no children did not fail with ECHILD");
}

/* getpidtest: the child's getpid is what fork told the parent */
static void
getpidtest(void)
{
	int pid, status, me;

	me = getpid();
	pid = fork();
	if(pid == 0)
		_exit(getpid() == me ? 1 : (getpid() & 0x7F) + 2);
	if(waitpid(pid, &status, 0) != pid || WEXITSTATUS(status) != (pid & 0x7F) + 2)
		fail("child's pid differs");
}

static char *brktop;

static void
touchbrk(void)
{
	brktop[0] = 1;
}

/* brktest: the break grows (memory usable), shrinks, and is gone after */
static void
brktest(void)
{
	char *old, *p;
	long i, n;
	int status;

	n = 1<<20;
	old = sbrk(0);
	p = sbrk(n);
	if(p == (char*)-1 || p != old)
		fail("sbrk grow: %s", strerror(errno));
	for(i = 0; i < n; i += 4096)
		p[i] = i/4096;
	for(i = 0; i < n; i += 4096)
		if(p[i] != (char)(i/4096))
			fail("heap page %ld lost", i/4096);
	if(sbrk(-n) == (void*)-1 || sbrk(0) != old)
		fail("sbrk shrink");
	brktop = (char*)(((uintptr)old + 4095) & ~4095UL) + 4096;
	status = forkrun(touchbrk);
	if(!WIFSIGNALED(status) || WTERMSIG(status) != SIGSEGV)
		fail("touching freed heap did not fault");
	if(brk((void*)0xFFFFFFFF80000000ULL) != -1)
		fail("brk into the kernel worked");
}

static char *mapped;

static void
touchmap(void)
{
	mapped[0] = 1;
}

/* mmaptest: anonymous memory is zeroed, usable, and gone after munmap */
static void
mmaptest(void)
{
	long i, n;
	int status;

	n = 64*1024;
	mapped = mmap(nil, n, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0);
	if(mapped == MAP_FAILED)
		fail("mmap: %s", strerror(errno));
	for(i = 0; i < n; i++)
		if(mapped[i] != 0)
			fail("not zero at %ld", i);
	memset(mapped, 0x5a, n);
	if(munmap(mapped, n) < 0)
		fail("munmap: %s", strerror(errno));
	status = forkrun(touchmap);
	if(!WIFSIGNALED(status) || WTERMSIG(status) != SIGSEGV)
		fail("touching unmapped memory did not fault");
}

static void nullderef(void) { *(volatile int*)0 = 1; }
static void kernwrite(void) { *(volatile long*)0xFFFFFFFF80100000ULL = 1; }
static void kernread(void) { (void)*(volatile long*)0xFFFF800000001000ULL; }
static void privileged(void) { __asm__ volatile("hlt"); }
static void portio(void) { __asm__ volatile("outb %%al, $0x80" : : "a"(0)); }
static void undefined(void) { __asm__ volatile("ud2"); }
static void divzero(void) { __asm__ volatile("xor %%ecx, %%ecx; mov $1, %%eax; cltd; idivl %%ecx" : : : "eax", "ecx", "edx"); }
static void jumpnull(void) { ((void(*)(void))0)(); }
static int depth;
static void stackoverflow(void) { volatile char big[1<<20]; big[0] = 1; if(++depth < 1000) stackoverflow(); (void)big[1]; }
static void execdata(void) { static unsigned char ret = 0xC3; ((void(*)(void))&ret)(); }

static struct {
	char	*name;
	void	(*f)(void);
	int	sig;
} faulttab[] = {
	{ "null dereference", nullderef, SIGSEGV },
	{ "write to kernel memory", kernwrite, SIGSEGV },
	{ "read of kernel memory", kernread, SIGSEGV },
	{ "privileged instruction", privileged, SIGSEGV },
	{ "port i/o", portio, SIGSEGV },
	{ "undefined instruction", undefined, SIGILL },
	{ "divide by zero", divzero, SIGFPE },
	{ "jump to null", jumpnull, SIGSEGV },
	{ "stack overflow", stackoverflow, SIGSEGV },
	{ "execute data", execdata, SIGSEGV },
};

/* faults: each fault kills only the faulting child, with the right signal */
static void
faults(void)
{
	int i, status;

	for(i = 0; i < (int)nelem(faulttab); i++){
		fflush(stdout);
		status = forkrun(faulttab[i].f);
		if(!WIFSIGNALED(status) || WTERMSIG(status) != faulttab[i].sig)
			fail("%s: status %#x", faulttab[i].name, status);
	}
}

/* badargs: system calls refuse kernel, unmapped and huge pointers */
static void
badargs(void)
{
	int fd;
	char buf[16];

	fd = open("/lib/motd", O_RDONLY);
	if(fd < 0)
		fail("open /lib/motd: %s", strerror(errno));
	if(read(fd, (void*)0xFFFFFFFF80100000ULL, 16) != -1 || errno != EFAULT)
		fail("read into the kernel: errno %d", errno);
	if(read(fd, (void*)0x10000000000ULL, 16) != -1 || errno != EFAULT)
		fail("read into unmapped memory: errno %d", errno);
	if(read(fd, buf, (size_t)1<<62) != -1 || errno != EFAULT)
		fail("huge read: errno %d", errno);
	if(write(1, (void*)0xFFFF800000000000ULL, 16) != -1 || errno != EFAULT)
		fail("write from the kernel: errno %d", errno);
	if(open((char*)0xFFFFFFFF80100000ULL, O_RDONLY) != -1 || errno != EFAULT)
		fail("open of a kernel pointer: errno %d", errno);
	if(read(99, buf, 1) != -1 || errno != EBADF)
		fail("read of a bad fd: errno %d", errno);
	if(open("nosuch:/x", O_RDONLY) != -1 || errno != ENOENT)
		fail("unknown scheme: errno %d", errno);
	if(open("boot:/lib/motd", O_RDWR) != -1 || errno != EROFS)
		fail("boot: opened for writing: errno %d", errno);
	close(fd);
}

/* sleeptest: sleep takes about as long as asked, no less */
static void
sleeptest(void)
{
	vlong t0, t1;

	t0 = nsec();
	usleep(100000);
	t1 = nsec();
	if(t1 - t0 < 100000000LL)
		fail("slept only %lld ns", t1 - t0);
}

/* killsleeper: a note ends a sleeping process */
static void
killsleeper(void)
{
	int pid, status;

	pid = fork();
	if(pid == 0){
		sleep(1000);
		_exit(0);
	}
	usleep(20000);
	if(kill(pid, SIGKILL) < 0)
		fail("kill: %s", strerror(errno));
	if(waitpid(pid, &status, 0) != pid || !WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL)
		fail("sleeper not killed: %#x", status);
	if(kill(1, SIGKILL) != -1)
		fail("init could be killed");
}

/* fpu: each process keeps its own floating-point and SSE registers */
static void
fputest(void)
{
	int pid[2], i, status;

	for(i = 0; i < 2; i++){
		pid[i] = fork();
		if(pid[i] == 0){
			volatile double x = i + 1, sum = 0;
			vlong start = nsec();
			long n = 0;
			double a = i + 1, s = 0;
			long k;

			while(nsec() - start < 100000000LL){
				sum += x;
				n++;
			}
			/* a sum kept in a register, no calls: switched out under it by the clock */
			for(k = 0; k < 20000000; k++)
				s += a;
			_exit(sum == x * n && s == a * k ? 0 : 1);
		}
	}
	for(i = 0; i < 2; i++)
		if(waitpid(pid[i], &status, 0) != pid[i] || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
			fail("child %d's arithmetic went wrong", i);
}

/* manyforks: fork until refused, and the system recovers */
static void
manyforks(void)
{
	int n, pid, status;

	for(n = 0; n < 1000; n++){
		pid = fork();
		if(pid < 0)
			break;
		if(pid == 0){
			usleep(200000);
			_exit(0);
		}
	}
	if(n == 1000)
		fail("no limit on processes");
	while(wait(&status) > 0)
		;
	if(errno != ECHILD)
		fail("wait: %s", strerror(errno));
	pid = fork();
	if(pid < 0)
		fail("cannot fork after the limit: %s", strerror(errno));
	if(pid == 0)
		_exit(0);
	waitpid(pid, &status, 0);
}

long	_sys_close(long fd);
long	_sys_munmap(long addr, long len);
long	_sys_mmap(long addr, long len, long prot, long flags, long fd, long off);
long	_sys_rfork(long flags);

/* hugeargs: sizes and numbers a user chooses never stop or crash the machine */
static void
hugeargs(void)
{
	uvlong t0;
	long r;
	char *p;

	/* descriptor numbers past any table, as 64-bit values */
	if(_sys_close(1L<<31) != -EBADF || _sys_close(1L<<32) != -EBADF
	|| _sys_close(-1) != -EBADF || _sys_close((1L<<32) + 1) != -EBADF)
		fail("close of a huge descriptor number");
	/* unmapping 1 TiB (nothing there) takes no time and harms nothing */
	t0 = nsec();
	r = _sys_munmap(0x200000000000L, 1L<<40);
	if(r != 0)
		fail("munmap 1 TiB: %ld", r);
	if(nsec() - t0 > 500000000ULL)
		fail("munmap of 1 TiB took %llu ms", (nsec() - t0) / 1000000);
	/* a huge fixed mapping is refused: there is not that much memory */
	r = _sys_mmap(0x200000000000L, 1L<<40, PROT_READ|PROT_WRITE, MAP_ANONYMOUS|MAP_PRIVATE|MAP_FIXED, -1, 0);
	if(r != -ENOMEM)
		fail("mmap of 1 TiB fixed: %ld", r);
	/* a mapping with pages, then a huge munmap over it, then it faults */
	p = mmap(nil, 1<<20, PROT_READ|PROT_WRITE, MAP_ANONYMOUS|MAP_PRIVATE, -1, 0);
	if(p == MAP_FAILED)
		fail("mmap 1 MiB: %s", strerror(errno));
	memset(p, 1, 1<<20);
	if(_sys_munmap((long)p & ~((1L<<30)-1), 1L<<40) != 0)
		fail("munmap around a mapping");
}

/* nowait: children of rfork(RFNOWAIT) are reaped by nobody and free their slot */
static void
nowait(void)
{
	int i, pid, status;

	for(i = 0; i < 600; i++){
		pid = _sys_rfork(RFPROC|RFNOWAIT|RFFDG);
		if(pid == 0)
			_exit(0);
		if(pid < 0){
			/* the table is full of living ones: let them end */
			usleep(20000);
			pid = _sys_rfork(RFPROC|RFNOWAIT|RFFDG);
			if(pid == 0)
				_exit(0);
			if(pid < 0)
				fail("rfork RFNOWAIT %d: %ld (slots not freed)", i, (long)pid);
		}
	}
	usleep(100000);
	pid = fork();
	if(pid < 0)
		fail("fork after many RFNOWAIT children: %s", strerror(errno));
	if(pid == 0)
		_exit(0);
	if(waitpid(pid, &status, 0) != pid)
		fail("wait");
	if(wait(&status) != -1 || errno != ECHILD)
		fail("RFNOWAIT children could be waited for");
}

long	_sys_notify(long f);
long	_sys_noted(long v);

static volatile int gotnote;
static volatile long counter;

/* the note handler: remember the note, carry on (or die of "die") */
static void
handler(void *ureg, char *note)
{
	USED(ureg);
	if(strcmp(note, "die") == 0)
		_sys_noted(NDFLT);
	if(strcmp(note, "interrupt") == 0)
		gotnote++;
	_sys_noted(NCONT);
}

static void
notepost(int pid, char *note)
{
	char url[64];
	int fd;

	snprintf(url, sizeof url, "proc:/%d/note", pid);
	fd = open(url, O_WRONLY);
	if(fd < 0 || write(fd, note, strlen(note)) < 0)
		fail("%s: %s", url, strerror(errno));
	close(fd);
}

/* notes: a handler catches a note, interrupts a system call, and resumes; kill is not caught */
static void
notes(void)
{
	int pid, status;

	pid = fork();
	if(pid == 0){
		vlong t0;
		_sys_notify((long)handler);
		t0 = nsec();
		/* a sleep the note interrupts: EINTR, well before it ends */
		if(usleep(5000000) == 0 || errno != EINTR)
			_exit(2);
		if(gotnote != 1 || nsec() - t0 > 4000000000LL)
			_exit(3);
		/* spin: a note in user mode resumes the loop where it was */
		while(gotnote < 2)
			counter++;
		_exit(counter > 0 ? 0 : 4);
	}
	usleep(50000);
	notepost(pid, "interrupt");
	usleep(50000);
	notepost(pid, "interrupt");
	if(waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail("caught notes: status %#x", status);
	pid = fork();
	if(pid == 0){
		_sys_notify((long)handler);
		for(;;)
			sleep(1);
	}
	usleep(50000);
	notepost(pid, "die");
	if(waitpid(pid, &status, 0) != pid || !WIFSIGNALED(status))
		fail("noted(NDFLT) did not end it: %#x", status);
	pid = fork();
	if(pid == 0){
		_sys_notify((long)handler);
		for(;;)
			sleep(1);
	}
	usleep(50000);
	notepost(pid, "kill");
	if(waitpid(pid, &status, 0) != pid || !WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL)
		fail("kill was caught: %#x", status);
}

/* pollq: ask proc:/self/poll (fd pf) about fd for ev with timeout ms; its revents, or -1 */
static int
pollq(int pf, int fd, int ev, int ms)
{
	uchar b[12];
	short e;

	memmove(b, &ms, 4);
	memmove(b + 4, &fd, 4);
	e = ev;
	memmove(b + 8, &e, 2);
	memset(b + 10, 0, 2);
	if(write(pf, b, 12) != 12 || read(pf, b + 4, 8) != 8)
		return -1;
	memmove(&e, b + 10, 2);
	return e;
}

/*
 * pollfile: the kernel's proc:/N/poll: its errors, a channel end ready
 * to read once a message is queued and hung up once the other end
 * closes, and a poller killed in its wait
 */
static void
pollfile(void)
{
	uchar b[16 + 1025*8];
	char url[32];
	int pf, fd[2], r, pid, status;

	if((pf = open("proc:/self/poll", ORDWR)) < 0)
		fail("open proc:/self/poll: %r");
	if(read(pf, b, 8) != -1)
		fail("a read with no question was answered");
	if(write(pf, b, 3) != -1 || write(pf, b, 4 + 7) != -1)
		fail("a question of 3 or 11 bytes was taken");
	memset(b, 0, sizeof b);
	if(write(pf, b, 4 + 1025*8) != -1)
		fail("1025 entries were taken");
	if(chan(fd) < 0)
		fail("chan: %r");
	if((r = pollq(pf, fd[0], 1|4, 0)) != 4)
		fail("an empty channel end: revents %#x, want POLLOUT", r);
	if(write(fd[1], "m", 1) != 1 || (r = pollq(pf, fd[0], 1|4, 0)) != (1|4))
		fail("a channel end with a message: revents %#x", r);
	if(read(pf, b, 4) != -1)
		fail("a read too small for the answer was taken");
	if((r = pollq(pf, 63, 1, 0)) != 32)
		fail("a closed fd: revents %#x, want POLLNVAL", r);
	if(read(fd[0], b, 1) != 1 || (r = pollq(pf, fd[0], 1, 0)) != 0)
		fail("the message read: revents %#x", r);
	close(fd[1]);
	if((r = pollq(pf, fd[0], 1, 1000)) != (1|16))
		fail("the other end gone: revents %#x, want POLLIN|POLLHUP", r);
	close(fd[0]);
	/* another process's poll file is refused */
	snprintf(url, sizeof url, "proc:/%d/poll", 1);
	if((r = open(url, ORDWR)) >= 0 && write(r, b, 12) != -1)
		fail("%s was written", url);
	close(r);
	/* a poller waiting for ever ends when killed */
	if(chan(fd) < 0)
		fail("chan: %r");
	if((pid = fork()) == 0){
		/* the parent's poll file is the parent's: the child asks its own */
		if(pollq(pf, fd[0], 1, 0) != -1 || (pf = open("proc:/self/poll", ORDWR)) < 0)
			_exit(2);
		pollq(pf, fd[0], 1, -1);
		_exit(0);
	}
	usleep(100000);
	notepost(pid, "kill");
	if(waitpid(pid, &status, 0) != pid || !WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL)
		fail("a killed poller: status %#x", status);
	close(fd[0]);
	close(fd[1]);
	close(pf);
}

static struct {
	char	*name;
	void	(*f)(void);
} tests[] = {
	{ "preempt", preempt },
	{ "interleave", interleave },
	{ "cow", cow },
	{ "execargs", execargs },
	{ "exececho", exececho },
	{ "execbad", execbad },
	{ "waitstatus", waitstatus },
	{ "getpid", getpidtest },
	{ "brk", brktest },
	{ "mmap", mmaptest },
	{ "faults", faults },
	{ "badargs", badargs },
	{ "sleep", sleeptest },
	{ "killsleeper", killsleeper },
	{ "fpu", fputest },
	{ "manyforks", manyforks },
	{ "notes", notes },
	{ "hugeargs", hugeargs },
	{ "nowait", nowait },
	{ "pollfile", pollfile },
};

/* wanted: whether test name was asked for */
static int
wanted(char *name, int argc, char **argv)
{
	int i;

	if(argc <= 1)
		return 1;
	for(i = 1; i < argc; i++)
		if(strcmp(argv[i], name) == 0)
			return 1;
	return 0;
}

/* runall: run the tests asked for (all if none), saying how each went if loud; the failures */
static int
runall(int argc, char **argv, int loud)
{
	int i, status, failed;

	failed = 0;
	for(i = 0; i < (int)nelem(tests); i++){
		if(!wanted(tests[i].name, argc, argv))
			continue;
		fflush(stdout);
		status = forkrun(tests[i].f);
		if(!loud)
			continue;
		/* the result after the test, so fault lines do not split it */
		if(WIFEXITED(status) && WEXITSTATUS(status) == 0)
			printf("test %s: OK\n", tests[i].name);
		else{
			printf("test %s: ", tests[i].name);
			if(WIFSIGNALED(status))
				printf("(killed by signal %d) ", WTERMSIG(status));
			printf("FAILED\n");
			failed++;
		}
	}
	return failed;
}

int
main(int argc, char **argv, char **envp)
{
	int i, failed;
	long before, after, again;

	if(argc > 1 && strcmp(argv[1], "-pipeloop") == 0){
		/* a C loop that writes for ever: ends when its reader goes (base.exp) */
		for(;;)
			printf("loop\n");
	}
	if(argc > 1 && strcmp(argv[1], "-exec") == 0)
		return checkexec(argc, argv, envp);
	if(argc > 1 && strcmp(argv[1], "-panic") == 0){
		i = open("sys:/ctl", O_WRONLY);
		if(i < 0 || write(i, "panic", 5) < 0)
			fprintf(stderr, "usertests: sys:/ctl: %s\n", strerror(errno));
		return 1;
	}
	for(i = 1; i < argc; i++){
		int j, found = 0;
		for(j = 0; j < (int)nelem(tests); j++)
			if(strcmp(argv[i], tests[j].name) == 0)
				found = 1;
		if(!found){
			fprintf(stderr, "usage: usertests [test ...]\nusertests: no test %s\n", argv[i]);
			return 2;
		}
	}
	/* a warm-up, so the kernel heap has grown to its working size */
	forkrun(getpidtest);
	before = freemem();
	failed = runall(argc, argv, 1);
	after = freemem();
	/*
	 * Memory is counted system-wide, and a server (the console, say)
	 * may grow its heap once, and memory a test let go may come back a
	 * moment later (a clunk's answer frees its request).  A leak is
	 * memory that goes again when the same tests run again.
	 */
	again = after;
	if(after != before){
		runall(argc, argv, 0);
		again = freemem();
	}
	if(before < 0 || after < 0){
		printf("test leaks: FAILED (cannot read sys:/mem)\n");
		failed++;
	}else if(again < after){
		printf("test leaks: FAILED (%ld bytes free before, %ld after, %ld after a second run)\n", before, after, again);
		failed++;
	}else
		printf("test leaks: OK\n");
	printf(failed ? "SOME TESTS FAILED\n" : "ALL TESTS PASSED\n");
	return failed ? 1 : 0;
}
