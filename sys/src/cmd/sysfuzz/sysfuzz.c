/*
 * sysfuzz: random system calls, bounded and seeded, to shake the
 * kernel.  Forked workers, each with a seed of its own drawn from the
 * run's seed, make every call 0..31 of syscall.h and numbers past it
 * through a raw syscall instruction, with arguments drawn from small,
 * negative and huge numbers, kernel and unmapped addresses, valid
 * buffers (some read-only), valid and invalid fds, and URLs of every
 * scheme.  Calls that could block for good run in a throwaway child
 * that is killed after a moment.  The run is made twice; afterwards
 * the system must still work and the second run must not have eaten
 * memory.  See sysfuzz(1).
 *
 *	sysfuzz [-t] [-s seed] [-n calls] [-p procs] [-c call,...] [-w worker]
 */
#include "sysfuzz.h"

/* freemem: free pages and free kernel heap from sys:/mem, in bytes */
static long
freemem(void)
{
	char b[256], *p, *q;
	int f, n;

	f = open("sys:/mem", O_RDONLY);
	if(f < 0)
		return -1;
	n = read(f, b, sizeof b - 1);
	close(f);
	if(n <= 0)
		return -1;
	b[n] = 0;
	p = strstr(b, "\nfree ");
	q = strstr(b, "heapfree ");
	if(p == nil || q == nil)
		return -1;
	return strtol(p + 6, nil, 10) + strtol(q + 9, nil, 10);
}

/* rmall: remove dir/sysfuzz* (one level of directories below too) */
static void
rmall(char *dir)
{
	DIR *d, *d2;
	struct dirent *e, *e2;
	char path[256], sub[512];

	d = opendir(dir);
	if(d == nil)
		return;
	while((e = readdir(d)) != nil){
		if(strncmp(e->d_name, "sysfuzz", 7) != 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if(remove(path) == 0)
			continue;
		d2 = opendir(path);
		if(d2 != nil){
			while((e2 = readdir(d2)) != nil){
				snprintf(sub, sizeof sub, "%s/%s", path, e2->d_name);
				remove(sub);
			}
			closedir(d2);
		}
		remove(path);
	}
	closedir(d);
}

/* the result of one run */
typedef struct Run Run;
struct Run {
	long	calls;
	int	workers;
	int	faults;		/* killed by a fault (a signal but kill's) */
	int	killed;		/* killed by a note, of their own doing */
	int	stuck;		/* blocked, killed by the watchdog */
	int	odd;		/* exit status not 0 */
	char	why[128];
};

/* spawn: start worker k of a run; its tick pipe's read end in *rfd */
static int
spawn(uvlong seed, int k, long per, int *rfd)
{
	int p[2], pid;

	if(pipe(p) < 0)
		return -1;
	pid = fork();
	if(pid == 0){
		close(p[0]);
		worker(k, mix(seed + k), per, p[1]);
	}
	close(p[1]);
	if(pid < 0){
		close(p[0]);
		return -1;
	}
	*rfd = p[0];
	return pid;
}

/* status: proc:/pid/status, newline gone, in b; 0 if it cannot be read */
static int
status(int pid, char *b, int n)
{
	char name[64];
	int f, m;

	snprintf(name, sizeof name, "proc:/%d/status", pid);
	if((f = open(name, O_RDONLY)) < 0)
		return 0;
	m = read(f, b, n - 1);
	close(f);
	if(m <= 0)
		return 0;
	b[m] = 0;
	b[strcspn(b, "\n")] = 0;
	return 1;
}

/* showstuck: what a blocked worker and its children are doing, for the record */
static void
showstuck(int pid)
{
	char b[256], *e;
	DIR *d;
	struct dirent *de;
	long child;

	if(status(pid, b, sizeof b))
		printf("sysfuzz: blocked: %s\n", b);
	if((d = opendir("proc:")) == nil)
		return;
	while((de = readdir(d)) != nil){
		child = strtol(de->d_name, &e, 10);
		if(*e != 0 || child <= 0 || !status(child, b, sizeof b))
			continue;
		/* "pid ppid name state" */
		if(strtol(strchr(b, ' ') ? strchr(b, ' ') : "0", nil, 10) == pid)
			printf("sysfuzz: its child: %s\n", b);
	}
	closedir(d);
}

/* killgroup: kill a worker and the children it may have left blocked */
static void
killgroup(int pid)
{
	char name[64];
	int f;

	showstuck(pid);

	snprintf(name, sizeof name, "proc:/%d/notepg", pid);
	f = open(name, O_WRONLY);
	if(f >= 0){
		write(f, "kill", 4);
		close(f);
	}
	kill(pid, SIGKILL);
}

/* ticks: how many calls a worker that is gone made, by its tick pipe */
static long
ticks(int rfd)
{
	uchar b[256];
	long n, m;

	n = 0;
	while((m = read(rfd, b, sizeof b)) > 0)
		n += m;
	close(rfd);
	return n*Tick;
}

/*
 * run: calls calls in all, by workers of per calls each, procs at a
 * time; a worker that dies is replaced until the calls are made.
 * Reaps them all.
 */
static void
run(Run *r, uvlong seed, long calls, int procs, long per)
{
	int i, k, pid, st, live, sig;
	int pids[Maxprocs], rfd[Maxprocs], shot[Maxprocs], ks[Maxprocs];
	long started;
	vlong end[Maxprocs], now;

	memset(r, 0, sizeof *r);
	memset(pids, 0, sizeof pids);
	live = 0;
	started = 0;
	k = 0;
	for(;;){
		/* the calls made so far, and those the live workers will make */
		while(live < procs && r->calls + started < calls){
			for(i = 0; pids[i] != 0; i++)
				;
			pids[i] = spawn(seed, k, per, &rfd[i]);
			if(pids[i] < 0){
				pids[i] = 0;
				snprintf(r->why, sizeof r->why, "fork: %s", strerror(errno));
				calls = 0;
				break;
			}
			end[i] = nsec() + (vlong)Worksecs*1000000000LL;
			shot[i] = 0;
			ks[i] = k;
			k++;
			live++;
			started += per;
			r->workers++;
		}
		if(live == 0)
			break;
		pid = waitpid(-1, &st, WNOHANG);
		if(pid <= 0){
			now = nsec();
			for(i = 0; i < procs; i++){
				if(pids[i] <= 0 || now < end[i])
					continue;
				if(shot[i]){
					snprintf(r->why, sizeof r->why, "worker %d (pid %d) blocked and unkillable", i, pids[i]);
					calls = 0;
					live = 0;
					break;
				}
				printf("sysfuzz: worker %d pid %d blocked for %d s: killed\n", ks[i], pids[i], Worksecs);
				killgroup(pids[i]);
				r->stuck++;
				shot[i] = 1;
				end[i] = now + 30*1000000000LL;
			}
			if(live == 0)
				break;
			usleep(20000);
			continue;
		}
		for(i = 0; i < procs; i++)
			if(pids[i] == pid)
				break;
		if(i == procs)
			continue;
		pids[i] = 0;
		live--;
		started -= per;
		if(WIFEXITED(st) && WEXITSTATUS(st) == 0){
			r->calls += per;
			close(rfd[i]);
			continue;
		}
		r->calls += ticks(rfd[i]);
		if(WIFEXITED(st))
			r->odd++;
		else if((sig = WTERMSIG(st)) == SIGKILL || sig == SIGINT || sig == SIGALRM
		|| sig == SIGHUP || sig == SIGPIPE || sig == SIGTERM)
			r->killed++;
		else
			r->faults++;
	}
}

/* alive: the system still works: a known file reads, echo runs */
static int
alive(char *why, int n)
{
	static char *echoargv[] = { "echo", "sysfuzz", "alive", nil };
	char b[128];
	int f, m, p[2], pid, st;

	f = open("file:/lib/motd", O_RDONLY);
	if(f < 0){
		snprintf(why, n, "file:/lib/motd: %s", strerror(errno));
		return 0;
	}
	m = read(f, b, sizeof b - 1);
	close(f);
	if(m < 7 || strncmp(b, "Welcome", 7) != 0){
		snprintf(why, n, "file:/lib/motd: read %d bytes, not the motd", m);
		return 0;
	}
	if(pipe(p) < 0){
		snprintf(why, n, "pipe: %s", strerror(errno));
		return 0;
	}
	pid = fork();
	if(pid == 0){
		dup2(p[1], 1);
		close(p[0]);
		close(p[1]);
		execv("/bin/echo", echoargv);
		_exit(1);
	}
	close(p[1]);
	m = 0;
	while(m < (int)sizeof b - 1 && (f = read(p[0], b + m, sizeof b - 1 - m)) > 0)
		m += f;
	b[m] = 0;
	close(p[0]);
	if(pid < 0 || waitpid(pid, &st, 0) != pid || st != 0 || strcmp(b, "sysfuzz alive\n") != 0){
		snprintf(why, n, "fork and exec of echo: status %d, output \"%s\"", pid < 0 ? -1 : st, b);
		return 0;
	}
	return 1;
}

/*
 * sweep: kill the workers' descendants still alive.  A worker may
 * rfork(RFNOTEG) a child out of its note group and leave it asleep for
 * good (on a pipe only it could write, say); killgroup cannot reach it,
 * and init inherits it.  It is no leak of the kernel's, but it holds
 * memory, so the leak check would count it.  Every process named
 * sysfuzz started after this one is taken for such a child.  Their
 * number, or -1 if proc: cannot be read.
 */
static int
sweep(void)
{
	char b[256], *e;
	DIR *d;
	struct dirent *de;
	long pid, me;
	int n;

	me = getpid();
	if((d = opendir("proc:")) == nil)
		return -1;
	n = 0;
	while((de = readdir(d)) != nil){
		pid = strtol(de->d_name, &e, 10);
		if(*e != 0 || pid <= me || !status(pid, b, sizeof b))
			continue;
		/* "pid ppid name state" */
		e = b + strcspn(b, " ");
		e += strspn(e, " ");
		e += strcspn(e, " ");
		e += strspn(e, " ");
		if(strncmp(e, "sysfuzz ", 8) != 0)
			continue;
		printf("sysfuzz: left behind: %s: killed\n", b);
		kill(pid, SIGKILL);
		n++;
	}
	closedir(d);
	return n;
}

/* cleanup: take away what the workers left */
static void
cleanup(void)
{
	if(sweep() > 0)
		sleep(1);	/* the killed go, and give back what they held */
	rmall("file:/tmp/sysfuzzdir");
	rmall("file:/tmp");
	rmall("env:");
	rmall("srv:");
}

static void
usage(void)
{
	fprint(2, "usage: sysfuzz [-t] [-s seed] [-n calls] [-p procs] [-c call,...] [-w worker]\n");
	exits("usage");
}

/* onlyone: worker k of the run of seed by itself (-w k), watched as run does */
static void
onlyone(uvlong seed, int k)
{
	int pid, rfd, st;
	long before, calls;
	vlong end;

	before = freemem();
	pid = spawn(seed, k, Percalls, &rfd);
	if(pid < 0)
		sysfatal("fork: %r");
	st = 0;
	end = nsec() + (vlong)Worksecs*1000000000LL;
	while(waitpid(pid, &st, WNOHANG) != pid){
		if(nsec() > end){
			printf("sysfuzz: worker %d pid %d blocked for %d s: killed\n", k, pid, Worksecs);
			killgroup(pid);
			waitpid(pid, &st, 0);
			break;
		}
		usleep(20000);
	}
	calls = ticks(rfd);
	cleanup();
	printf("sysfuzz: worker %d: %ld calls, status %#x, %ld bytes less free\n", k, calls, st, before - freemem());
}

void
main(int argc, char **argv)
{
	uvlong seed;
	long calls, before, after;
	int procs, i, failed;
	Run r[2];
	vlong t0;
	char why[256], *p, *q;
	int alone;

	seed = nsec() ^ ((uvlong)getpid() << 32);
	calls = 100000;
	procs = 8;
	alone = -1;
	ARGBEGIN{
	case 's':
		seed = strtoull(EARGF(usage()), nil, 0);
		break;
	case 'n':
		calls = strtol(EARGF(usage()), nil, 0);
		break;
	case 'p':
		procs = strtol(EARGF(usage()), nil, 0);
		break;
	case 't':
		tracing = 1;
		break;
	case 'w':
		alone = strtol(EARGF(usage()), nil, 0);
		break;
	case 'c':
		for(p = EARGF(usage()); *p; p = q + (*q == ',')){
			i = strtol(p, &q, 0);
			if(q == p || i < 0 || i > Ncalls)
				usage();
			only |= 1ULL << i;
		}
		break;
	default:
		usage();
	}ARGEND
	if(argc != 0 || calls <= 0 || procs <= 0 || procs > Maxprocs)
		usage();
	setvbuf(stdout, nil, _IONBF, 0);
	printf("sysfuzz: seed %llu\n", seed);
	rfork(RFNAMEG);
	if(alone >= 0){
		onlyone(seed, alone);
		exits(nil);
	}
	t0 = nsec();
	before = after = 0;
	failed = 0;
	why[0] = 0;
	for(i = 0; i < 2; i++){
		if(i == 1)
			before = freemem();
		run(&r[i], seed, calls, procs, Percalls);
		cleanup();
		if(i == 1)
			after = freemem();
		printf("sysfuzz: run %d: %ld calls, %d workers, %d killed by faults, %d by notes, %d blocked, %d odd exits, %lld ms\n",
			i + 1, r[i].calls, r[i].workers, r[i].faults, r[i].killed, r[i].stuck, r[i].odd,
			(nsec() - t0) / 1000000);
		if(r[i].why[0] && !failed){
			snprintf(why, sizeof why, "run %d: %s", i + 1, r[i].why);
			failed = 1;
		}
	}
	printf("sysfuzz: %ld calls, %d workers, %d killed by faults, free memory before %ld after %ld\n",
		r[0].calls + r[1].calls, r[0].workers + r[1].workers, r[0].faults + r[1].faults, before, after);
	if(!failed && !alive(why, sizeof why))
		failed = 1;
	if(!failed && (before < 0 || after < 0)){
		snprintf(why, sizeof why, "cannot read sys:/mem");
		failed = 1;
	}
	if(!failed && after < before - Margin){
		snprintf(why, sizeof why, "leak: %ld bytes less free after the second run", before - after);
		failed = 1;
	}
	if(failed){
		printf("sysfuzz: FAILED: %s\n", why);
		exits("FAILED");
	}
	printf("sysfuzz: OK\n");
	exits(nil);
}
