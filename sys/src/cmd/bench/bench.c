/*
 * bench: micro-benchmarks of the system interface, portable C (this
 * file and peer.c) built twice: for Ninefold (against its own libc,
 * with __ninefold__ defined) and statically for Linux (glibc), so that
 * tests/bench/run.sh can compare the two in the same emulator
 * (design section 9).
 *
 * Each figure is printed as one line, "bench NAME VALUE UNIT", and the
 * run ends with "bench: done".  Every benchmark picks its own count:
 * it doubles the count until a run takes a while, scales it to about
 * TARGET ns, then keeps the best of ROUNDS runs.  The benchmarks of
 * peer.c, which need a machine at the other end, move a fixed amount
 * instead and measure themselves; they run only when named.  Figures
 * are whole numbers, or have two decimals (report); only C11 and a few
 * POSIX calls are used (and, on Ninefold, dial for TCP).
 *
 * To add a benchmark: write its run function (and setup/done if it
 * needs them) and add a line to the table bench[] below.
 */
#include "bench.h"

#ifdef __ninefold__
#define SELF	"/bin/bench"	/* this program, for forkexec */
#define NULLDEV	"null:"		/* served by misc: a user-space round trip */
#define SHELL	"/bin/rc"
#define ONNF	1		/* column "nf" of bench[] picks the defaults */
#ifndef HAVE_PIPE
#define HAVE_PIPE 1		/* Ninefold's libc has pipe */
#endif
#else
#define SELF	"/bench"	/* where tests/bench/linux.sh puts it */
#define NULLDEV	"/dev/null"
#define SHELL	"/bin/sh"
#define ONNF	0
#ifndef HAVE_PIPE
#define HAVE_PIPE 1
#endif
#endif

#define BENCHDIR "/tmp"		/* default directory for the files made */

static char *self = SELF;
char *dir = BENCHDIR;
char *peeraddr = "10.0.2.100!9000";
long bigmib = 20;
long nsmall = 200;
int prounds = 3;
static char path[256];		/* the file made by setup */
char buf[CHUNK];
static int fd = -1;		/* the file or device being read */

/* Report a failure in the usual form: bench: what: why. */
void
fail(char *what, char *why)
{
	fprintf(stderr, "bench: %s: %s\n", what, why);
}

/* Report a failed system call: bench: what: the error string. */
void
syserr(char *what)
{
	fail(what, strerror(errno));
}

/* Nanoseconds on the monotonic clock (virtual time under -icount). */
long
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec*1000000000L + ts.tv_nsec;
}

/* nullsys: the cheapest system call there is. */
static int
nullsys(long n)
{
	long i;

	for(i = 0; i < n; i++)
		getpid();
	return 0;
}

/* forkexit: a child that exits at once, and the wait for it. */
static int
forkexit(long n)
{
	long i;
	int pid, st;

	for(i = 0; i < n; i++){
		pid = fork();
		if(pid < 0){
			syserr("fork");
			return -1;
		}
		if(pid == 0)
			_exit(0);
		if(waitpid(pid, &st, 0) != pid || st != 0){
			fail("waitpid", "child failed");
			return -1;
		}
	}
	return 0;
}

/* forkexec: a child that runs "bench -x", which exits at once. */
static int
forkexec(long n)
{
	long i;
	int pid, st;
	char *av[3];

	av[0] = self;
	av[1] = "-x";
	av[2] = NULL;
	for(i = 0; i < n; i++){
		pid = fork();
		if(pid < 0){
			syserr("fork");
			return -1;
		}
		if(pid == 0){
			execv(self, av);
			_exit(127);
		}
		if(waitpid(pid, &st, 0) != pid || st != 0){
			fail(self, "exec failed");
			return -1;
		}
	}
	return 0;
}

/*
 * shecho: the shell starting and running echo to completion: rc on
 * Ninefold, the system's sh (busybox) on Linux.
 */
static int
shecho(long n)
{
	long i;
	int pid, st;
	char *av[4];

	av[0] = SHELL;
	av[1] = "-c";
	av[2] = "echo x >" NULLDEV;
	av[3] = NULL;
	for(i = 0; i < n; i++){
		pid = fork();
		if(pid < 0){
			syserr("fork");
			return -1;
		}
		if(pid == 0){
			execv(SHELL, av);
			_exit(127);
		}
		if(waitpid(pid, &st, 0) != pid || st != 0){
			fail(SHELL, "failed");
			return -1;
		}
	}
	return 0;
}

/* Open the null device for nullread. */
static int
opennull(void)
{
	fd = open(NULLDEV, O_RDONLY);
	if(fd < 0){
		syserr(NULLDEV);
		return -1;
	}
	return 0;
}

/* Close the file or device that setup opened. */
static void
closeall(void)
{
	if(fd >= 0)
		close(fd);
	fd = -1;
}

/* nullread: one-byte reads of the null device. */
static int
nullread(long n)
{
	long i;

	for(i = 0; i < n; i++)
		if(read(fd, buf, 1) < 0){
			syserr(NULLDEV);
			return -1;
		}
	return 0;
}

/* Make the file path in dir, named name, of size bytes. */
static int
mkfile(char *name, long size)
{
	long n, m;
	int f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
#if defined(O_CREAT) && defined(O_TRUNC) && defined(O_WRONLY)
	f = open(path, O_WRONLY|O_CREAT|O_TRUNC, 0644);
	if(f < 0){
		syserr(path);
		return -1;
	}
	memset(buf, 'x', sizeof buf);
	for(n = 0; n < size; n += m){
		m = size - n;
		if(m > CHUNK)
			m = CHUNK;
		if(write(f, buf, m) != m){
			syserr(path);
			close(f);
			return -1;
		}
	}
	close(f);
	return 0;
#else
	(void)n; (void)m; (void)f; (void)size;
	fail(path, "no O_CREAT in this libc");
	return -1;
#endif
}

/* Make openclose's small file. */
static int
mksmall(void)
{
	return mkfile("bench.small", SMALL);
}

/* Make read1m's file. */
static int
mkbig(void)
{
	return mkfile("bench.1m", MIB);
}

/* openclose: open, read and close a small file. */
static int
openclose(long n)
{
	long i;
	int f;

	for(i = 0; i < n; i++){
		f = open(path, O_RDONLY);
		if(f < 0){
			syserr(path);
			return -1;
		}
		if(read(f, buf, sizeof buf) != SMALL){
			close(f);
			fail(path, "short read");
			return -1;
		}
		close(f);
	}
	return 0;
}

/* read1m: read the whole 1 MiB file, n times. */
static int
read1m(long n)
{
	long i, tot, m;
	int f;

	for(i = 0; i < n; i++){
		f = open(path, O_RDONLY);
		if(f < 0){
			syserr(path);
			return -1;
		}
		tot = 0;
		while((m = read(f, buf, sizeof buf)) > 0)
			tot += m;
		close(f);
		if(tot != MIB){
			fail(path, "short read");
			return -1;
		}
	}
	return 0;
}

#if HAVE_PIPE
static int tochild[2] = {-1, -1}, fromchild[2] = {-1, -1};
static int child = -1;		/* pipe's echo process */

/* Start pipe's echo process: it sends back each byte it reads. */
static int
startecho(void)
{
	char c;

	if(pipe(tochild) < 0 || pipe(fromchild) < 0){
		syserr("pipe");
		return -1;
	}
	child = fork();
	if(child < 0){
		syserr("fork");
		return -1;
	}
	if(child == 0){
		close(tochild[1]);
		close(fromchild[0]);
		while(read(tochild[0], &c, 1) == 1)
			if(write(fromchild[1], &c, 1) != 1)
				break;
		_exit(0);
	}
	close(tochild[0]);
	close(fromchild[1]);
	tochild[0] = fromchild[1] = -1;
	return 0;
}

/* Stop the echo process: it sees end of file, exits, and is reaped. */
static void
stopecho(void)
{
	int i, st, *p[] = {tochild, fromchild};

	for(i = 0; i < 4; i++)
		if(p[i/2][i%2] >= 0){
			close(p[i/2][i%2]);
			p[i/2][i%2] = -1;
		}
	if(child > 0)
		waitpid(child, &st, 0);
	child = -1;
}

/* pipe: one byte to the echo process and back. */
static int
piperound(long n)
{
	long i;
	char c;

	c = 'x';
	for(i = 0; i < n; i++)
		if(write(tochild[1], &c, 1) != 1 || read(fromchild[0], &c, 1) != 1){
			fail("pipe", "round trip failed");
			return -1;
		}
	return 0;
}
#else
static int
startecho(void)
{
	fail("pipe", "not in this build (HAVE_PIPE=0)");
	return -1;
}

static void
stopecho(void)
{
}

static int
piperound(long n)
{
	(void)n;
	return -1;
}
#endif

/*
 * The benchmarks, in the order "all" runs them.  The nf column says
 * which ones run by default on Ninefold: turn one on when the kernel
 * and libc under it work.  On Linux every one runs by default, except
 * those with an own function (peer.c), which need a peer and run only
 * when named.
 */
static Bench bench[] = {
	{"nullsys",	NULL,		nullsys,	NULL,		NSOP, 1},
	{"nullread",	opennull,	nullread,	closeall,	NSOP, 1},
	{"pipe",	startecho,	piperound,	stopecho,	NSOP, 1},
	{"openclose",	mksmall,	openclose,	NULL,		NSOP, 1},
	{"read1m",	mkbig,		read1m,		NULL,		MIBS, 1},
	{"forkexit",	NULL,		forkexit,	NULL,		NSOP, 1},
	{"forkexec",	NULL,		forkexec,	NULL,		NSOP, 1},
	{"shecho",	NULL,		shecho,		NULL,		NSOP, 1},
	{"tcpsend",	NULL,		NULL,		NULL,		MIBS, 0, tcpsend},
	{"tcprecv",	NULL,		NULL,		NULL,		MIBS, 0, tcprecv},
	{"tcpconn",	NULL,		NULL,		NULL,		OPSS, 0, tcpconn},
	{"fwrite",	NULL,		NULL,		NULL,		MIBS, 0, fwrite20},
	{"fread",	NULL,		NULL,		NULL,		MIBS, 0, fread20},
	{"files",	NULL,		NULL,		NULL,		OPSS, 0, smallfiles},
	{NULL},
};

/*
 * Print a figure: amount units (ns per op: operations; MiB/s:
 * MiB; ops/s: operations) in ns.  Rates below 1000 get two decimals,
 * made with integers (there is no floating point in printf here).
 */
void
report(char *name, long amount, long ns, int unit)
{
	long v;

	if(ns <= 0)
		ns = 1;
	switch(unit){
	case NSOP:
		printf("bench %s %ld ns/op\n", name, (ns + amount/2) / amount);
		break;
	default:
		/* hundredths of a unit per second */
		v = (amount*100000000000L + ns/2) / ns;
		if(v >= 100000)
			printf("bench %s %ld %s\n", name, (v + 50) / 100, unit == MIBS ? "MiB/s" : "ops/s");
		else
			printf("bench %s %ld.%02ld %s\n", name, v / 100, v % 100, unit == MIBS ? "MiB/s" : "ops/s");
		break;
	}
	fflush(stdout);
}

/* Time n operations of b: ns taken, or -1 if they failed. */
static long
timeit(Bench *b, long n)
{
	long t;

	t = now();
	if(b->run(n) < 0)
		return -1;
	t = now() - t;
	return t > 0 ? t : 1;
}

/*
 * Run benchmark b and print its figure.  The count is doubled until a
 * run takes TARGET/4, then scaled to take about TARGET.
 */
static int
measure(Bench *b)
{
	long n, t, best;
	int i, r;

	if(b->own != NULL)
		return b->own();
	if(b->setup != NULL && b->setup() < 0){
		if(b->done != NULL)
			b->done();
		return -1;
	}
	r = -1;
	n = 1;
	for(;;){
		if((t = timeit(b, n)) < 0)
			goto out;
		if(t >= TARGET/4 || n >= MAXN)
			break;
		n *= 2;
	}
	if(n < MAXN && t < TARGET)
		n = n * (TARGET/1000) / (t/1000 + 1);
	if(n < 1)
		n = 1;
	best = -1;
	for(i = 0; i < ROUNDS; i++){
		if((t = timeit(b, n)) < 0)
			goto out;
		if(best < 0 || t < best)
			best = t;
	}
	if(b->unit == MIBS)	/* n MiB in best ns */
		printf("bench %s %ld MiB/s\n", b->name, (n*1000000000L + best/2) / best);
	else
		printf("bench %s %ld ns/op\n", b->name, (best + n/2) / n);
	fflush(stdout);
	r = 0;
out:
	if(b->done != NULL)
		b->done();
	return r;
}

/* Print the usage line and the names of the benchmarks, then exit. */
static void
usage(void)
{
	Bench *b;

	fprintf(stderr, "usage: bench [-d dir] [-a host!port] [-s mib] [-n count] [-r rounds] [name ...]\nnames:");
	for(b = bench; b->name != NULL; b++)
		fprintf(stderr, " %s", b->name);
	fprintf(stderr, "\n");
	exit(1);
}

/* Find the benchmark called name. */
static Bench*
lookup(char *name)
{
	Bench *b;

	for(b = bench; b->name != NULL; b++)
		if(strcmp(b->name, name) == 0)
			return b;
	return NULL;
}

int
main(int argc, char **argv)
{
	Bench *b;
	int i, j, nfail;

	/* forkexec's child: exit at once, as true(1) would */
	if(argc == 2 && strcmp(argv[1], "-x") == 0)
		_exit(0);
	if(argc > 0 && argv[0] != NULL && strchr(argv[0], '/') != NULL)
		self = argv[0];
	for(i = 1; i < argc && argv[i][0] == '-'; i++){
		if(strcmp(argv[i], "--") == 0){
			i++;
			break;
		}
		if(i+1 >= argc)
			usage();
		if(strcmp(argv[i], "-d") == 0)
			dir = argv[++i];
		else if(strcmp(argv[i], "-a") == 0)
			peeraddr = argv[++i];
		else if(strcmp(argv[i], "-s") == 0 && (bigmib = atol(argv[++i])) > 0)
			;
		else if(strcmp(argv[i], "-n") == 0 && (nsmall = atol(argv[++i])) > 0)
			;
		else if(strcmp(argv[i], "-r") == 0 && (prounds = atoi(argv[++i])) > 0)
			;
		else
			usage();
	}
	for(j = i; j < argc; j++)
		if(lookup(argv[j]) == NULL){
			fprintf(stderr, "bench: %s: no such benchmark\n", argv[j]);
			usage();
		}
	nfail = 0;
	if(i == argc){
		for(b = bench; b->name != NULL; b++)
			if(b->own == NULL && (!ONNF || b->nf) && measure(b) < 0)
				nfail++;
	}else{
		for(; i < argc; i++)
			if(measure(lookup(argv[i])) < 0)
				nfail++;
	}
	printf("bench: done\n");
	return nfail ? 1 : 0;
}
